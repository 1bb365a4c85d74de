"""The outline's special chapters: terms, legal references, revision history, contact list, open questions."""

from __future__ import annotations

import datetime as dt

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import question_state
from routine_builder.domain.legal import LegalReferences
from routine_builder.domain.outline import Outline, OutlineSection
from routine_builder.domain.question_set import Question, QuestionSet, QuestionType
from routine_builder.export.render_answers import contact_table
from routine_builder.export.swedish_format import format_date, status_label
from routine_builder.export.text_clean import clean_text
from routine_builder.export.writer import Writer

# Choice ids of the appendix question ("Vilka bilagor ska ingå i rutinen?").
APPENDIX_FLOWCHART = "flodesschema"
APPENDIX_CONTACTS = "kontaktlista"
APPENDIX_LAW = "lagrum"


def terms(writer: Writer, section: OutlineSection) -> None:
    """The defined terms as a two-column table."""
    if section.terms:
        rows = [(clean_text(t.term), " ".join(t.definition.split())) for t in section.terms]
        writer.fixed_table(["Begrepp", "Betydelse i rutinen"], rows, [4.0, 12.0], bold_first_column=True)


def legal_references(writer: Writer, legal: LegalReferences, on: dt.date) -> None:
    """The provisions in force on ``on``, in the file's order, cited as the domain's rule says."""
    rows = legal.table_rows(on)
    if rows:
        writer.fixed_table(["Lagrum", "Innebörd", "Gäller för"], rows, [3.8, 7.4, 4.8], bold_first_column=True)


def revision_history(writer: Writer, versions: list[AnswerSet], current: AnswerSet) -> None:
    """One row per saved version; with no saved version, one row for the current draft."""
    rows = []
    for version in versions:
        info = version.version
        if info is None:
            continue
        rows.append(
            (
                version.document.version or str(info.number),
                format_date(info.saved_at.date()),
                status_label(version.document.status),
                clean_text(info.comment) or "–",
                clean_text(info.saved_by) or "–",
            )
        )
    if not rows:
        when = current.updated_at.date() if current.updated_at else dt.date.today()
        rows.append(
            (
                current.document.version or "–",
                format_date(when),
                status_label(current.document.status),
                "Aktuellt utkast; ingen version har sparats ännu",
                clean_text(current.updated_by) or "–",
            )
        )
    writer.table(["Version", "Datum", "Status", "Ändring", "Sparad av"], rows, widths=[1.9, 3.1, 2.6, 5.6, 2.8])


def contact_list(writer: Writer, question_set: QuestionSet, answer_set: AnswerSet, outline: Outline) -> None:
    """Every contacts table of the routine under its question, for printing on its own."""
    written = False
    for _level, section in outline.walk():
        if section.special == "responsibilities":
            continue
        for qid in section.questions:
            question = question_set.question(qid)
            answer = answer_set.get(qid)
            if question.type is not QuestionType.CONTACTS or question_state(question, answer_set) != "answered":
                continue
            assert answer is not None and isinstance(answer.value, list)
            header, rows = contact_table(question, [r for r in answer.value if isinstance(r, dict)])
            if header and rows:
                writer.heading(question.text, 3)
                writer.table(header, rows)
                written = True
    if not written:
        writer.paragraph("Inga kontaktuppgifter har fyllts i.", italic=True)


def appendix_choice(section: OutlineSection, question_set: QuestionSet, answer_set: AnswerSet) -> set[str] | None:
    """The appendices chosen in the section's multiple-choice question; None when nothing was chosen."""
    for qid in section.questions:
        question = question_set.question(qid)
        answer = answer_set.get(qid)
        if question.type is QuestionType.MULTICHOICE and answer is not None and isinstance(answer.value, list):
            return set(answer.value) if answer.value else None
    return None


def appendix_list(writer: Writer, section: OutlineSection, question_set: QuestionSet, answer_set: AnswerSet) -> None:
    """'Till rutinen hör följande bilagor' with the chosen and the extra appendices."""
    items: list[str] = []
    for qid in section.questions:
        question = question_set.question(qid)
        answer = answer_set.get(qid)
        if answer is None or answer.not_applicable or not isinstance(answer.value, list):
            continue
        if question.type is QuestionType.MULTICHOICE:
            items += [question.choice_label(str(v)) for v in answer.value]
        elif question.type is QuestionType.LIST:
            items += [str(v) for v in answer.value if str(v).strip()]
    if items:
        writer.paragraph("Till rutinen hör följande bilagor:")
        writer.bullets(items)


def open_questions(writer: Writer, missing: list[Question], question_set: QuestionSet) -> None:
    """The missing required answers per section of the question set, with the question text."""
    if not missing:
        writer.paragraph("Alla obligatoriska frågor är besvarade.")
        return
    writer.paragraph(
        f"{len(missing)} obligatoriska frågor saknar svar. De är markerade med [Svar saknas] i texten "
        "och måste besvaras innan rutinen kan fastställas."
    )
    for section in question_set.sections:
        items = [q.text for q in missing if q.section_id == section.id]
        if items:
            writer.heading(section.title, 3)
            writer.bullets([clean_text(i) for i in items])
