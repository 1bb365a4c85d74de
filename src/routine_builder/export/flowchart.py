"""The flow chart of the two alternatives: boxes in paragraph styles, the alternatives in two columns.

The chart is text in reading order, not a table: the common start, then Alternativ 1's steps, then
Alternativ 2's, then the birth, so a screen reader reads it as a sequence. Boxes are paragraphs in
'Flödesruta' and 'Flödesbeslut' (a coordinator restyles them in Word); the lines joining them are
paragraph borders in 'Flödespil', drawn but never read aloud. Where the area has answered the matching
question, the step carries the local decision (who calls, within how many days, …).
"""

from __future__ import annotations

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.shared import Cm
from docx.text.paragraph import Paragraph

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import question_state
from routine_builder.domain.question_set import QuestionSet
from routine_builder.export import ooxml
from routine_builder.export.render_answers import value_text
from routine_builder.export.writer import Writer

COLUMN_GAP_CM = 0.75


def _local(question_set: QuestionSet, answer_set: AnswerSet, question_id: str, template: str) -> str:
    """``template`` filled with the answer's short text, or '' when the question is unanswered."""
    if question_id not in question_set:
        return ""
    question = question_set.question(question_id)
    answer = answer_set.get(question_id)
    if answer is None or question_state(question, answer_set) != "answered":
        return ""
    text = value_text(question, answer).rstrip(".")
    if text[1:2].islower():  # "Den gravida själv" → "den gravida själv", but "BMM" stays
        text = text[:1].lower() + text[1:]
    return template.format(text) if text else ""


def steps(question_set: QuestionSet, answer_set: AnswerSet) -> tuple[list[str], list[str]]:
    """The steps of Alternativ 1 (with consent) and Alternativ 2 (without), with the area's decisions."""

    def local(qid: str, template: str) -> str:
        return _local(question_set, answer_set, qid, template)

    alt1 = [
        "Samtycke inhämtas och dokumenteras" + local("alt1-samtycke-form", " ({})") + ".",
        "Kontakt med socialtjänstens mottagning" + local("alt1-vem-kontaktar", " – {}") + ".",
        "Samverkansmöte" + local("alt1-dagar-till-mote", " inom {}") + local("alt1-kallar", "; kallas av {}") + ".",
        "SIP erbjuds när insatser behövs från både kommun och region.",
        "Plan för graviditeten, förlossningen och tiden efter.",
    ]
    alt2 = [
        "Sekretessprövning: behövs uppgifterna för en nödvändig insats till skydd för det väntade barnet?",
        "Beslut om uppgiftslämnande" + local("alt2-beslut", " – {}") + ".",
        "Den gravida informeras" + local("alt2-information", " – {}") + ".",
        "Nödvändiga uppgifter lämnas till socialtjänsten och dokumenteras.",
        "Socialtjänsten återkopplar" + local("alt2-aterkoppling-dagar", " inom {}") + ".",
    ]
    return alt1, alt2


COMMON = (
    "Oro för ett väntat barn uppmärksammas i region eller kommun.",
    "Samtal med den gravida (och partnern) om oron och om stödet som finns. "
    "Rådfrågning internt eller avidentifierat med socialtjänsten. Dokumentation.",
)
DECISION = "Samtycker den gravida till kontakt med den andra huvudmannen?"
BIRTH = (
    "Vid födseln: anmälan till socialnämnden om oron finns kvar, information till BB/neonatal "
    "och överrapportering till BVC."
)


class _Chart:
    def __init__(self, writer: Writer):
        self.writer = writer

    def box(self, text: str, *, decision: bool = False, bold: bool = False) -> Paragraph:
        return self.writer.paragraph(text, "Flödesbeslut" if decision else "Flödesruta", bold=bold)

    def joint(self, width_cm: float) -> Paragraph:
        """The line from one box down to the next, at the middle of the column."""
        line = self.writer.paragraph(style="Flödespil")
        line.paragraph_format.left_indent = Cm(width_cm / 2)
        return line


def flowchart(writer: Writer, question_set: QuestionSet, answer_set: AnswerSet) -> None:
    """Common start, the decision on consent, the two alternatives side by side and the birth."""
    alt1, alt2 = steps(question_set, answer_set)
    chart = _Chart(writer)
    width = writer.text_width_cm
    column = (width - COLUMN_GAP_CM) / 2
    chart.box(COMMON[0], bold=True)
    for text in COMMON[1:]:
        chart.joint(width)
        chart.box(text)
    chart.joint(width)
    decision = chart.box(DECISION, decision=True)
    columns = ooxml.end_section(decision, writer.document)
    columns.start_type = WD_SECTION.CONTINUOUS
    ooxml.columns(columns, 2, space_twips=round(COLUMN_GAP_CM * 567))
    last = decision
    for label, alternative in (("Ja – Alternativ 1, med samtycke", alt1), ("Nej – Alternativ 2, utan samtycke", alt2)):
        joint = chart.joint(column)
        if last is not decision:
            joint.add_run().add_break(WD_BREAK.COLUMN)  # the second alternative starts the second column
        chart.box(label, decision=True)
        for number, step in enumerate(alternative, start=1):
            chart.joint(column)
            last = chart.box(f"{number}. {step}")
    after = ooxml.end_section(last, writer.document)
    after.start_type = WD_SECTION.CONTINUOUS
    ooxml.columns(after, 1)
    chart.joint(width)
    chart.box(BIRTH, bold=True)
