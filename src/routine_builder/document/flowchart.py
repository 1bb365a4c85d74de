"""The flow chart's text: the common start, the decision on consent, both alternatives' steps, the birth.

Where the area has answered the matching question, a step carries the local decision (who calls the
meeting, within how many days the recipient reports back, …), in running-text form ("inom sju dagar").
"""

from __future__ import annotations

from routine_builder.document.blocks import Flowchart
from routine_builder.document.sentences import value_text
from routine_builder.document.swedish import lower_first
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import question_state
from routine_builder.domain.question_set import QuestionSet

COMMON = (
    "Oro för ett väntat barn uppmärksammas i region eller kommun.",
    "Samtal med den gravida (och partnern) om oron och om stödet som finns. "
    "Rådfrågning internt eller avidentifierat med socialtjänsten. Dokumentation.",
)
DECISION = "Samtycker den gravida till kontakt med den andra huvudmannen?"
ALTERNATIVE_1 = "Ja – Alternativ 1, med samtycke"
ALTERNATIVE_2 = "Nej – Alternativ 2, utan samtycke"
BIRTH = (
    "Vid födseln: anmälan till socialnämnden om oron finns kvar, information till BB/neonatal "
    "och överrapportering till BVC."
)


def _local(question_set: QuestionSet, answer_set: AnswerSet, question_id: str, template: str) -> str:
    """``template`` filled with the answer's short text, or '' when the question is unanswered."""
    if question_id not in question_set:
        return ""
    question = question_set.question(question_id)
    answer = answer_set.get(question_id)
    if answer is None or question_state(question, answer_set) != "answered":
        return ""
    text = lower_first(value_text(question, answer).rstrip("."))
    return template.format(text) if text else ""


def flowchart(question_set: QuestionSet, answer_set: AnswerSet) -> Flowchart:
    """The chart with the area's decisions in the steps of Alternativ 1 (with consent) and 2 (without)."""

    def local(qid: str, template: str) -> str:
        return _local(question_set, answer_set, qid, template)

    alt1 = (
        "Samtycke inhämtas och dokumenteras" + local("alt1-samtycke-form", " ({})") + ".",
        "Kontakt med socialtjänstens mottagning" + local("alt1-vem-kontaktar", " – {}") + ".",
        "Samverkansmöte" + local("alt1-dagar-till-mote", " inom {}") + local("alt1-kallar", "; kallas av {}") + ".",
        "SIP erbjuds när insatser behövs från både kommun och region.",
        "Plan för graviditeten, förlossningen och tiden efter.",
    )
    alt2 = (
        "Sekretessprövning: behövs uppgifterna för en nödvändig insats till skydd för det väntade barnet?",
        "Beslut om uppgiftslämnande" + local("alt2-beslut", " – {}") + ".",
        "Den gravida informeras" + local("alt2-information", " – {}") + ".",
        "Nödvändiga uppgifter lämnas till socialtjänsten och dokumenteras.",
        "Socialtjänsten återkopplar" + local("alt2-aterkoppling-dagar", " inom {}") + ".",
    )
    return Flowchart(COMMON, DECISION, ((ALTERNATIVE_1, alt1), (ALTERNATIVE_2, alt2)), BIRTH)
