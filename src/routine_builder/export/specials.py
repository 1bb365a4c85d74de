"""The outline's special chapters: terms, legal references, revision history, contact list, open questions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import question_state
from routine_builder.domain.legal import LegalReferences
from routine_builder.domain.outline import Outline, OutlineSection
from routine_builder.domain.question_set import Question, QuestionSet, QuestionType
from routine_builder.domain.version_index import VersionHeader
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
        writer.table(["Begrepp", "Betydelse i rutinen"], rows, widths=[4.0, writer.text_width_cm - 4.0],
                     first_column=True, caption="Begrepp i rutinen")  # fmt: skip


def legal_references(writer: Writer, legal: LegalReferences, on: dt.date) -> None:
    """The provisions in force on ``on``, in the file's order, cited as the domain's rule says."""
    rows = legal.table_rows(on)
    if rows:
        rest = writer.text_width_cm - 3.8 - 4.8
        described = f"Tabell med {len(rows)} bestämmelser: lagrum, innebörd och vem de gäller för."
        writer.table(["Lagrum", "Innebörd", "Gäller för"], rows, widths=[3.8, rest, 4.8], first_column=True,
                     caption="Lagrum", description=described)  # fmt: skip


def revision_history(
    writer: Writer, versions: list[VersionHeader], current: AnswerSet, *, broken: list[int] | None = None
) -> None:
    """One row per saved version; with none, one row for the current draft.

    A version file that cannot be read (``broken``, in a draft) gets a row that says so, as a gap.
    """
    numbered = []
    for version in versions:
        info = version.version
        if info is None or version.document is None:
            continue
        numbered.append(
            (
                info.number,
                (
                    version.document.version or str(info.number),
                    format_date(info.saved_at.date()),
                    status_label(version.document.status),
                    clean_text(info.comment) or "–",
                    clean_text(info.saved_by) or "–",
                ),
            )
        )
    for number in broken or ():
        gap = f"[Version {number} saknas: filen versions/{number}.yaml kan inte läsas]"
        numbered.append((number, (str(number), "–", "–", gap, "–")))
    rows = [row for _number, row in sorted(numbered, key=lambda item: item[0])]
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
    rest = writer.text_width_cm - 1.9 - 3.1 - 2.6 - 2.8
    writer.table(["Version", "Datum", "Status", "Ändring", "Sparad av"], rows, widths=[1.9, 3.1, 2.6, rest, 2.8],
                 caption="Revisionshistorik")  # fmt: skip


def contact_tables(question_set: QuestionSet, answer_set: AnswerSet, outline: Outline) -> list[ContactTable]:
    """Every answered contacts table of the routine (responsibilities aside), in the outline's order."""
    tables = []
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
                tables.append(ContactTable(question.text, header, rows))
    return tables


@dataclass(frozen=True)
class ContactTable:
    """One contacts answer as a table: the question, the filled-in columns and the rows."""

    title: str
    header: list[str]
    rows: list[list[str]]


def contact_list(writer: Writer, tables: list[ContactTable], level: int, *, width_cm: float | None = None) -> None:
    """Every contacts table under its question, for printing on its own."""
    for table in tables:
        writer.subheading(table.title, level)
        writer.table(table.header, table.rows, caption=table.title, width_cm=width_cm)
    if not tables:
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


def open_questions(writer: Writer, missing: list[Question], question_set: QuestionSet, level: int) -> None:
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
            writer.subheading(section.title, level)
            writer.bullets([clean_text(i) for i in items])
