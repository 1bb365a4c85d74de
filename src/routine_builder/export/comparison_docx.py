"""The comparison as a Word document: the newer routine, its differences from the older as tracked changes.

Both sides are built as routines (:func:`~routine_builder.document.build.build_routine`: the same chapters,
sentences, lists and tables as the exported routine), aligned unit by unit (:mod:`.redline_units`) and
written on the routine's Word template (:mod:`.redline_writer`). Accepting every change gives exactly
the newer routine's text, rejecting every change the older one's. Each change carries the author and
date of the version that made it. A short header says what is compared; the cover and the table of
contents are left out.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Length
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph as DocxParagraph

from routine_builder import __version__, paths
from routine_builder.document.blocks import Block, Contents, Heading
from routine_builder.document.build import RoutineSource, build_routine
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.compare import Comparison
from routine_builder.domain.completeness import missing_required
from routine_builder.domain.legal import load_legal_references
from routine_builder.domain.outline import load_outline, load_workspace_outline
from routine_builder.domain.question_set import QuestionSet
from routine_builder.domain.version_index import VersionHeader, version_headers
from routine_builder.domain.workspace import Workspace
from routine_builder.errors import ExportError, RoutineBuilderError
from routine_builder.export import ooxml
from routine_builder.export.column_widths import text_cm
from routine_builder.export.cover import fill_header_footer
from routine_builder.export.properties import write_app_properties
from routine_builder.export.redline_authors import (
    author_of,
    change_authors,
    compact_title,
    shorten_to_width,
    side_label,
)
from routine_builder.export.redline_units import align, units
from routine_builder.export.redline_writer import RoutineRedline
from routine_builder.export.writer import Writer
from routine_builder.storage import atomic_write


def _header_title(document: Document, old: AnswerSet, new: AnswerSet, old_label: str, new_label: str) -> str:
    """What is compared, on one line of the page header (the full text is the document's title)."""
    compact = compact_title(old, new, old_label, new_label)
    section = document.sections[0]
    width = float(Length(ooxml.text_width(section)).cm)
    style = document.styles["Header"] if "Header" in [s.name for s in document.styles] else None
    font_size = style.font.size if isinstance(style, ParagraphStyle) else None
    size = float(font_size.pt) if font_size is not None else 9.0

    def fits(text: str) -> bool:
        return text_cm(text, size) <= width - 0.5

    tail = compact[compact.rfind(": ") :] if old.area.id == new.area.id else ""
    return shorten_to_width(compact, fits, keep_end=tail)


def _open_template(template: Path | None) -> Document:
    """The workspace's template, or the bundled one when there is none (or it has gone missing)."""
    path = template if template is not None and template.is_file() else paths.routine_template_path()
    try:
        document = docx.Document(io.BytesIO(path.read_bytes()))
    except Exception as exc:
        raise ExportError(f"Word-mallen kunde inte läsas ({exc})", path=path) from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _summary(writer: Writer, comparison: Comparison, old_label: str, new_label: str) -> list[DocxParagraph]:
    """What the document is: the newer routine, its differences from the older as tracked changes."""
    counts = comparison.counts
    return [
        writer.paragraph(
            f"Rutinen enligt {new_label}, med skillnaderna mot {old_label} som spårade ändringar. Godkänn alla "
            "ändringar för att få rutinens nyare text, avvisa alla för att få den äldre."
        ),
        writer.paragraph(
            f"Bakom ändringarna: {counts.changed} ändrade, {counts.added} tillagda och "
            f"{counts.removed} borttagna svar.",
            bold=True,
        ),
    ]


def _area_versions(workspace: Workspace | None, answers: AnswerSet) -> list[VersionHeader]:
    """The saved versions a side's revision history lists, as its export lists them (the area's, all)."""
    if workspace is None:
        return []
    try:
        return version_headers(workspace, answers.area.id)
    except (RoutineBuilderError, OSError):
        return []


def routine_body(source: RoutineSource) -> list[Block]:
    """The routine's chapters and attachments (no cover, no contents), as the side is exported.

    A saved version reads as its export does (questions it has no answer to left out); a draft with
    missing required answers reads as the draft export (gaps marked, its open questions listed).
    """
    answers = source.answer_set
    draft = answers.version is None and bool(missing_required(source.question_set, answers))
    source = replace(source, draft=draft)
    blocks = list(build_routine(source).blocks)
    start = next((i + 1 for i, block in enumerate(blocks) if isinstance(block, Contents)), 0)
    body = blocks[start:]
    if body and isinstance(body[0], Heading):
        body[0] = replace(body[0], new_page=False)  # the first chapter follows what is compared
    return body


def write_comparison_docx(
    comparison: Comparison,
    *,
    question_set: QuestionSet,
    old: AnswerSet,
    new: AnswerSet,
    output: Path,
    between: Sequence[AnswerSet] = (),
    old_label: str | None = None,
    new_label: str | None = None,
    exported_by: str = "",
    template: Path | None = None,
    workspace: Workspace | None = None,
) -> Path:
    """Write the routine of ``new`` with its differences from ``old`` as tracked changes to ``output`` (atomically).

    ``between`` are the saved versions between the two (of one area), so that each change is attributed
    to the version that made it; ``old_label``/``new_label`` name the sides as the user chose them. The
    routine follows ``workspace``'s outline (the bundled one without a workspace).
    """
    outline = (
        load_workspace_outline(workspace.root, question_set) if workspace is not None else load_outline(question_set)
    )
    legal = load_legal_references(paths.legal_references_path())
    sides = [
        routine_body(
            RoutineSource(question_set, outline, legal, side, versions=partial(_area_versions, workspace, side))
        )
        for side in (old, new)
    ]
    if template is None and workspace is not None:
        template = workspace.template_path()
    document = _open_template(template)
    old_label = old_label or side_label(old)
    new_label = new_label or side_label(new)
    title = f"Jämförelse: {old_label} → {new_label}"
    values = {
        "titel": _header_title(document, old, new, old_label, new_label),
        "område": "",
        "version": "Jämförelse",
        "status": "Spårade ändringar",
        "utkast": "",
    }
    fill_header_footer(document, values, draft=False)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    props = document.core_properties
    props.title = title
    props.subject = f"Spårade ändringar i {question_set.title}"
    props.author = props.last_modified_by = exported_by or "Routine Builder"
    props.keywords = "jämförelse, ändringar"
    props.category = "Jämförelse"
    props.comments = (
        f"Skillnaderna mellan {old_label} och {new_label} som spårade ändringar. "
        f"Skapad med Routine Builder {__version__}."
    )
    props.content_status = "Jämförelse"
    props.language = "sv-SE"
    props.version = ""
    props.revision = 1
    props.created = props.modified = now
    write_app_properties(document)
    old_units, new_units = units(sides[0]), units(sides[1])
    ids = sorted({u.source for u in [*old_units, *new_units] if u.source})
    redline = RoutineRedline(document, change_authors(ids, old, new, between), author_of(new))
    writer = redline.writer
    redline.keep(writer.paragraph(compact_title(old, new, old_label, new_label), "Title"))
    for paragraph in _summary(writer, comparison, old_label, new_label):
        redline.keep(paragraph)
    redline.write(align(old_units, new_units))
    who = f" av {exported_by}" if exported_by else ""
    writer.paragraph(f"Jämförelsen skapades {now.astimezone():%Y-%m-%d %H:%M}{who} med Routine Builder.", "Caption")
    writer.finish()
    buffer = io.BytesIO()
    document.save(buffer)
    output = Path(output)
    atomic_write(output, buffer.getvalue())
    return output


__all__ = ["routine_body", "write_comparison_docx"]
