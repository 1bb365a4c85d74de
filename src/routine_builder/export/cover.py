"""The cover page, the header and footer placeholders and the document properties."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from docx.opc.coreprops import CoreProperties
from docx.oxml.ns import qn

from routine_builder import __version__
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.question_set import QuestionSet
from routine_builder.export import docx_helpers as dx
from routine_builder.export import xml_build as xb
from routine_builder.export.swedish_format import format_date, join_list, status_label
from routine_builder.export.text_clean import clean_text
from routine_builder.export.writer import Writer
from routine_builder.export.xml_build import Element

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


def fill_header_footer(parts: list[tuple[str, Element]], data: DocumentData) -> None:
    """Replace the template's placeholders; in a draft make sure 'UTKAST' shows in every header.

    ``parts`` are the ``w:hdr``/``w:ftr`` elements of each section's default header and footer.
    """
    values = {
        "titel": data.title,
        "område": data.area,
        "version": f"Version {data.version}" if data.version else "Ej versionsnumrerad",
        "status": data.status,
        "utkast": DRAFT_MARK if data.draft else "",
    }
    for kind, part in parts:
        marked = False
        for paragraph in part.findall(xb.P):
            raw = "".join(t.text or "" for t in paragraph.iter(xb.T))
            if raw.strip() == "{utkast}" and not data.draft:
                part.remove(paragraph)
                continue
            marked |= "{utkast}" in raw
            dx.replace_placeholders(paragraph, values)
        if data.draft and kind == "header" and not marked:
            paragraphs = part.findall(xb.P)
            first = paragraphs[0] if paragraphs else xb.sub(part, xb.P)
            xb.add_run(first, f"  {DRAFT_MARK}", bold=True, color="C00000")


def set_properties(props: CoreProperties, answer_set: AnswerSet, question_set: QuestionSet, data: DocumentData) -> None:
    """Title, subject, author (the owner), keywords, revision, version, language and status."""
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
    dx.spacing(writer.paragraph(), before=1800)  # 90 pt
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
        dx.spacing(notice, before=360)  # 18 pt
        text = f"{DRAFT_MARK} – ej fastställd."
        if gaps:
            text += f" {gaps} obligatoriska svar saknas och är markerade med [Svar saknas] i texten."
        dx.add_text(notice, text, bold=True, highlight="yellow")
    label = writer.paragraph("Dokumentuppgifter", bold=True)
    dx.spacing(label, before=720)  # 36 pt
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
    table.remove(xb.rows(table)[0])  # a key/value table has no header row
    look = xb.tbl_pr(table).find(qn("w:tblLook"))
    if look is not None:
        look.set(qn("w:firstRow"), "0")
        look.set(qn("w:val"), "0000")
    for tr in xb.rows(table):
        dx.shade(xb.cells(tr)[0], "EAF1F7")
