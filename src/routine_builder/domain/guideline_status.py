"""What a reader must know about the guideline a routine builds on.

Two things, both derived from data so that the region's official files change them without code: whether
the outline's texts are an interpretation (the outline file says so in ``texts.notice``) and whether the
guideline's own stated validity has ended (the question set's ``guideline.valid_until``).
"""

from __future__ import annotations

import datetime as dt

from routine_builder.domain.outline import Outline
from routine_builder.domain.question_set import GuidelineInfo, QuestionSet


def expiry_notice(guideline: GuidelineInfo, on: dt.date, *, for_reader: bool = False) -> str:
    """Plain sentences when the guideline's validity ended before ``on`` ('' while it is valid).

    For the key group (in the app) they say how to record a newer edition; ``for_reader`` (the published
    routine) states only the fact, since its readers cannot act on instructions to its authors.
    """
    if guideline.valid_until is None or guideline.valid_until >= on:
        return ""
    title = guideline.title or "Riktlinjen"
    fact = f"{title} gällde enligt sin egen uppgift till och med {guideline.valid_until.isoformat()}"
    if for_reader:
        return f"{fact}. Rutinen bygger på den utgåvan, eftersom ingen nyare utgåva var känd när rutinen skrevs."
    return (
        f"{fact}, och programmet känner inte till någon nyare utgåva. Rutinen bygger alltså på en riktlinje vars "
        "giltighetstid har gått ut. Kontrollera på vardsamverkan.se om det finns en ny eller förlängd "
        "utgåva. Finns det en, ange den i rutinen och låt den som förvaltar Routine Builder föra in "
        "riktlinjens titel och giltighetstid i frågeunderlaget; då försvinner den här anmärkningen."
    )


def guideline_notices(
    question_set: QuestionSet, outline: Outline | None, on: dt.date, *, for_reader: bool = False
) -> list[str]:
    """The notices to show once in the app and (``for_reader``) in the exported routine, in reading order."""
    notices = []
    if outline is not None and outline.texts.notice:
        notices.append(" ".join(outline.texts.notice.split()))
    expired = expiry_notice(question_set.guideline, on, for_reader=for_reader)
    if expired:
        notices.append(expired)
    return notices
