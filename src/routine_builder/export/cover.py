"""The header and footer placeholders and the document properties (the cover itself is blocks)."""

from __future__ import annotations

import datetime as dt

from docx.document import Document
from docx.shared import RGBColor

from routine_builder import __version__
from routine_builder.document.cover import DRAFT_MARK, DocumentData
from routine_builder.document.text import clean_text
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.question_set import QuestionSet
from routine_builder.export import ooxml
from routine_builder.export.placeholders import paragraph_text, replace_placeholders
from routine_builder.export.properties import write_app_properties

KEYWORDS = "rutin, samverkan, graviditet, barnskydd"  # single words: PDF readers split keywords at spaces


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
