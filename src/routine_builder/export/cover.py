"""The cover page, the header and footer placeholders and the document properties."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from routine_builder import __version__
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.question_set import QuestionSet
from routine_builder.export import docx_helpers as dx
from routine_builder.export.swedish_format import format_date, join_list, status_label
from routine_builder.export.text_clean import clean_text
from routine_builder.export.writer import Writer

ROUTINE_TITLE = "Lokal rutin för samverkan vid oro för väntat barn"
DRAFT_MARK = "UTKAST"
EMPTY = "–"


@dataclass(frozen=True)
class DocumentData:
    """What the cover, header, footer and properties say about the document."""

    title: str
    area: str
    municipalities: str
    status: str
    version: str
    revision: int
    draft: bool


def document_data(answer_set: AnswerSet, *, title: str, saved_versions: int, draft: bool) -> DocumentData:
    """Collect the document data of one area."""
    info = answer_set.document
    if info.version:
        version = info.version
    elif answer_set.version is not None:
        version = str(answer_set.version.number)
    else:
        version = ""
    revision = answer_set.version.number if answer_set.version is not None else saved_versions + 1
    return DocumentData(
        title=clean_text(title) or ROUTINE_TITLE,
        area=clean_text(answer_set.area.name),
        municipalities=join_list([clean_text(m) for m in answer_set.area.municipalities]),
        status=status_label(info.status),
        version=clean_text(version),
        revision=max(revision, 1),
        draft=draft,
    )


def fill_header_footer(document: Document, data: DocumentData) -> None:
    """Replace the template's placeholders; in a draft make sure 'UTKAST' shows in every header."""
    values = {
        "titel": data.title,
        "område": data.area,
        "version": f"Version {data.version}" if data.version else "Ej versionsnumrerad",
        "status": data.status,
        "utkast": DRAFT_MARK if data.draft else "",
    }
    for section in document.sections:
        for part in (section.header, section.footer):
            if part.is_linked_to_previous:
                continue
            marked = False
            for paragraph in list(part.paragraphs):
                raw = "".join(t.text or "" for t in paragraph._p.iter(qn("w:t")))
                if raw.strip() == "{utkast}" and not data.draft:
                    paragraph._p.getparent().remove(paragraph._p)
                    continue
                marked |= "{utkast}" in raw
                dx.replace_placeholders(paragraph, values)
            if data.draft and part is section.header and not marked:
                first = part.paragraphs[0] if part.paragraphs else part.add_paragraph()
                dx.add_text(first, f"  {DRAFT_MARK}", bold=True, color="C00000")


def set_properties(document: Document, answer_set: AnswerSet, question_set: QuestionSet, data: DocumentData) -> None:
    """Title, subject, author (the owner), keywords, revision, version, language and status."""
    props = document.core_properties
    props.title = f"{data.title} – {data.area}"
    props.subject = clean_text(question_set.guideline.title) or data.title
    props.author = clean_text(answer_set.document.owner)
    props.keywords = ", ".join(
        ["oro för väntat barn", "lokal rutin", "samverkan", data.area, *answer_set.area.municipalities]
    )
    props.category = "Lokal rutin"
    source = f"frågeunderlaget {question_set.id}, utgåva {question_set.edition}"
    props.comments = f"Skapad med Routine Builder {__version__} från {source}."
    props.content_status = data.status + (f" ({DRAFT_MARK.lower()} med luckor)" if data.draft else "")
    props.version = data.version
    props.revision = data.revision
    props.language = "sv-SE"
    props.identifier = answer_set.area.id
    props.last_modified_by = clean_text(answer_set.updated_by)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    props.created = now
    props.modified = now


def write_cover(
    writer: Writer, answer_set: AnswerSet, question_set: QuestionSet, data: DocumentData, gaps: int
) -> None:
    """Title, area, municipalities, a draft notice and the document-data table."""
    spacer = writer.paragraph()
    spacer.paragraph_format.space_before = Pt(90)
    writer.paragraph(data.title, "Title")
    writer.paragraph(data.area, "Subtitle")
    if data.municipalities:
        writer.paragraph(f"Gäller för {data.municipalities}")
    guideline = question_set.guideline
    if guideline.title:
        adopted = f", fastställd {format_date(guideline.adopted)}" if guideline.adopted else ""
        writer.paragraph(f"Bygger på {guideline.title}{adopted}.", italic=True)
    if data.draft:
        notice = writer.paragraph(style="Saknat svar")
        notice.paragraph_format.space_before = Pt(18)
        text = f"{DRAFT_MARK} – ej fastställd."
        if gaps:
            text += f" {gaps} obligatoriska svar saknas och är markerade med [Svar saknas] i texten."
        dx.add_text(notice, text, bold=True, highlight="yellow")
    label = writer.paragraph("Dokumentuppgifter", bold=True)
    label.paragraph_format.space_before = Pt(36)
    dx.keep_with_next(label)
    info = answer_set.document
    rows = [
        ("Område", data.area),
        ("Kommuner", data.municipalities or EMPTY),
        ("Status", data.status),
        ("Version", data.version or EMPTY),
        ("Fastställd av", clean_text(info.adopted_by) or EMPTY),
        ("Fastställd den", format_date(info.adopted_on, empty=EMPTY)),
        ("Giltig till", format_date(info.valid_until, empty=EMPTY)),
        ("Ägare", clean_text(info.owner) or EMPTY),
        ("Senast ändrad", format_date(answer_set.updated_at.date() if answer_set.updated_at else None, empty=EMPTY)),
    ]
    table = writer.table(["Uppgift", "Värde"], rows, widths=[4.5, 11.5], bold_first_column=True)
    table._tbl.remove(table._tbl.tr_lst[0])  # a key/value table has no header row
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.set(qn("w:firstRow"), "0")
        look.set(qn("w:val"), "0000")
    for row in table.rows:
        dx.shade(row.cells[0], "EAF1F7")
