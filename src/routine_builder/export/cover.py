"""The cover page, the header and footer placeholders and the document properties."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from docx.document import Document
from docx.shared import Pt, RGBColor

from routine_builder import __version__
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.question_set import QuestionSet
from routine_builder.export import ooxml
from routine_builder.export.placeholders import paragraph_text, replace_placeholders
from routine_builder.export.properties import write_app_properties
from routine_builder.export.swedish_format import format_date, join_list, status_label
from routine_builder.export.text_clean import clean_text
from routine_builder.export.writer import Writer

ROUTINE_TITLE = "Lokal rutin för samverkan vid oro för väntat barn"
DRAFT_MARK = "UTKAST"
EMPTY = "–"
KEYWORDS = "rutin, samverkan, graviditet, barnskydd"  # single words: PDF readers split keywords at spaces


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


def fill_header_footer(document: Document, values: dict[str, str], *, draft: bool) -> None:
    """Replace the template's placeholders in every header and footer; in a draft show 'UTKAST' in the header.

    ``values`` maps ``titel``, ``område``, ``version``, ``status`` and ``utkast``; a paragraph holding
    only ``{utkast}`` disappears from a final document.
    """
    for section in document.sections:
        parts = [("header", section.header), ("footer", section.footer)]
        for kind, part in parts:
            if part.is_linked_to_previous:
                continue
            marked = False
            for paragraph in part.paragraphs:
                raw = paragraph_text(paragraph)
                if raw.strip() == "{utkast}" and not draft:
                    ooxml.remove(paragraph)
                    continue
                marked |= "{utkast}" in raw
                replace_placeholders(paragraph, values)
            if draft and kind == "header" and not marked:
                run = part.paragraphs[0].add_run(f"  {DRAFT_MARK}")
                run.bold = True
                run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)


def header_values(data: DocumentData) -> dict[str, str]:
    """The placeholder values of a routine."""
    return {
        "titel": data.title,
        "område": data.area,
        "version": f"Version {data.version}" if data.version else "Ej versionsnumrerad",
        "status": data.status,
        "utkast": DRAFT_MARK if data.draft else "",
    }


def set_properties(document: Document, answer_set: AnswerSet, question_set: QuestionSet, data: DocumentData) -> None:
    """Title, subject, author (the owner), keywords, revision, version, language, status and the program."""
    props = document.core_properties
    props.title = f"{data.title} – {data.area}"
    props.subject = clean_text(question_set.guideline.title) or data.title
    props.author = clean_text(answer_set.document.owner) or "Routine Builder"
    props.keywords = KEYWORDS
    props.category = "Lokal rutin"
    source = f"frågeunderlaget {question_set.id}, utgåva {question_set.edition}"
    props.comments = f"Lokal rutin för {data.area}. Skapad med Routine Builder {__version__} från {source}."
    props.content_status = data.status + (f" ({DRAFT_MARK.lower()} med luckor)" if data.draft else "")
    props.version = data.version
    props.revision = data.revision
    props.language = "sv-SE"
    props.identifier = answer_set.area.id
    props.last_modified_by = clean_text(answer_set.updated_by) or "Routine Builder"
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    props.created = now
    props.modified = now
    write_app_properties(document)


def write_cover(writer: Writer, answer_set: AnswerSet, question_set: QuestionSet, data: DocumentData,
                gaps: int) -> None:  # fmt: skip
    """Title, area, municipalities, a draft notice and the document-data table."""
    title = writer.paragraph(data.title, "Title")
    title.paragraph_format.space_before = Pt(90)
    writer.paragraph(data.area, "Subtitle")
    if data.municipalities:
        writer.paragraph(f"Gäller för {data.municipalities}")
    guideline = question_set.guideline
    if guideline.title:
        adopted = f", fastställd {format_date(guideline.adopted)}" if guideline.adopted else ""
        writer.paragraph(f"Bygger på {guideline.title}{adopted}.", italic=True)
    if data.draft:
        text = f"{DRAFT_MARK} – ej fastställd."
        if gaps:
            text += f" {gaps} obligatoriska svar saknas och är markerade med [Svar saknas] i texten."
        notice = writer.paragraph(text, "Saknat svar", bold=True)
        notice.paragraph_format.space_before = Pt(18)
    label = writer.paragraph("Dokumentuppgifter", bold=True)
    label.paragraph_format.space_before = Pt(36)
    label.paragraph_format.keep_with_next = True
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
    writer.table(
        ["Uppgift", "Värde"], rows, widths=[4.5, writer.text_width_cm - 4.5], first_column=True,
        caption="Dokumentuppgifter", description="Rutinens område, status, version, giltighet och ägare.",
    )  # fmt: skip
