"""The Word routine: one area's answers laid out in the guideline's outline, built on the template.

Each export opens the template with python-docx, writes the blocks through :class:`Writer`, lets
LibreOffice lay the document out to put page numbers into the table of contents (when LibreOffice is
installed), writes the page breaks that layout added into the file (:mod:`page_breaks`) and saves the
file atomically.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError

from routine_builder import paths
from routine_builder.document.blocks import Block
from routine_builder.document.blocks import Contents as ContentsBlock
from routine_builder.document.build import RoutineSource, build_routine
from routine_builder.document.remiss_summary import summary_blocks
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import missing_required
from routine_builder.domain.legal import LegalReferences, load_legal_references
from routine_builder.domain.outline import Outline, load_workspace_outline
from routine_builder.domain.question_set import Question
from routine_builder.domain.reviews import load_reviews
from routine_builder.domain.version_index import VersionHeader, version_headers
from routine_builder.domain.workspace import Workspace, today
from routine_builder.errors import ExportError
from routine_builder.export import cover, ooxml
from routine_builder.export.contents import Contents
from routine_builder.export.office import Layout, Office, unavailable
from routine_builder.export.page_breaks import write_breaks
from routine_builder.export.pdf import convert_to_pdf
from routine_builder.export.remiss_marking import REMISS_MARK, MarkingWriter, RemissInfo, mark_document, notice_blocks
from routine_builder.export.writer import Writer
from routine_builder.storage import atomic_write, os_reason

Progress = Callable[[int, str], None]
NO_PAGE_NUMBERS = (
    "Innehållsförteckningen har inga sidnummer ({reason}); Word fyller i dem när dokumentet öppnas "
    "och du svarar Ja på frågan om att uppdatera fälten."
)


class IncompleteError(ExportError):
    """Required answers are missing and no draft was asked for; ``missing`` lists them in order."""

    def __init__(self, missing: list[Question], *, path: Path | None = None):
        self.missing = missing
        super().__init__(f"{len(missing)} obligatoriska svar saknas; exportera som utkast eller besvara dem", path=path)


@dataclass(frozen=True)
class ExportResult:
    """What an export produced.

    ``gaps`` counts the missing required answers marked in a draft; ``page_numbers`` says whether the
    table of contents carries page numbers; ``notes`` are sentences for the user about the result.
    """

    path: Path
    pdf: Path | None
    gaps: int
    page_numbers: bool = True
    notes: tuple[str, ...] = field(default=())
    version: int | None = None  # the saved version a remiss file was made from


class RoutineExporter:
    """Exports routines of one workspace; the template, outline and legal references are read once.

    ``office`` is a running LibreOffice to share between exports (else each export starts its own when it
    needs one); ``page_numbers=False`` leaves the contents without page numbers and LibreOffice unused.
    """

    def __init__(self, workspace: Workspace, *, office: Office | None = None, page_numbers: bool = True):
        self.workspace = workspace
        self.question_set = workspace.question_set
        self.office = office
        self.page_numbers = page_numbers
        self.outline: Outline = load_workspace_outline(workspace.root, self.question_set)
        self.legal: LegalReferences = load_legal_references(paths.legal_references_path())
        template = workspace.template_path()
        try:
            self._template = template.read_bytes()
            Document(io.BytesIO(self._template))
        except FileNotFoundError:
            raise ExportError("Word-mallen finns inte", path=template) from None
        except OSError as exc:
            raise ExportError(f"Word-mallen kan inte läsas ({os_reason(exc)})", path=template) from None
        except (PackageNotFoundError, KeyError, ValueError):
            raise ExportError("Word-mallen är inget Word-dokument eller är skadad", path=template) from None

    def export(
        self,
        answer_set: AnswerSet,
        output: Path,
        *,
        draft: bool = False,
        pdf: bool = False,
        progress: Progress | None = None,
        remiss: RemissInfo | None = None,
        saved_version: bool = False,
        remiss_summary: bool = False,
    ) -> ExportResult:
        """Write the routine of ``answer_set`` to ``output`` (atomically), and a PDF beside it if asked.

        A ``saved_version`` is exported as it was saved: questions it has no answer to (added to the
        question set since) are left out instead of refusing the export. With ``remiss`` the document is a
        remiss file: its answers marked for reviewers (see :mod:`remiss_marking`), its gaps shown as in a draft.
        ``remiss_summary`` ends the document with the area's remiss items and how each was handled.
        """
        report = progress or (lambda _percent, _message: None)
        output = Path(output)
        if output.exists() and output.is_dir():
            raise ExportError("är en mapp; ange ett filnamn som slutar på .docx", path=output)
        missing = missing_required(self.question_set, answer_set)
        if missing and not draft and not saved_version:
            raise IncompleteError(missing, path=output)
        report(5, "Läser mallen")
        document = Document(io.BytesIO(self._template))
        versions = version_headers(self.workspace, answer_set.area.id)
        broken = [header for header in versions if header.problem]
        if broken and not draft:
            raise ExportError(
                f"version {broken[0].number} kan inte läsas, så revisionshistoriken blir ofullständig; rätta "
                "filen eller exportera ett utkast, där den saknade versionen markeras",
                path=broken[0].path,
            )
        builder = _Builder(self, document, answer_set, versions, draft=draft, remiss=remiss)
        if remiss_summary:
            reviews, _unreadable = load_reviews(self.workspace, answer_set.area.id)
            builder.appendix = summary_blocks(reviews, self.question_set, self.outline, today())
        report(15, "Skriver försättsblad och innehåll")
        builder.build(report)
        if isinstance(builder.writer, MarkingWriter) and remiss is not None:
            mark_document(document, builder.writer.recorder.regions(), remiss)
        office, own, reason = self.office, False, None
        if (self.page_numbers or pdf) and office is None:
            reason = unavailable()
            if reason is None:
                try:
                    office, own = Office(), True
                except ExportError as exc:  # e.g. no LibreOffice profile can be made: numbers left to Word
                    reason = exc.reason
        try:
            notes: list[str] = []
            numbered = False
            if self.page_numbers and office is not None:
                report(80, "Sidnumrerar innehållet med LibreOffice")
                try:
                    builder.contents.write(None, placeholder=True)
                    layout = _layout(document, office, builder.contents.bookmarks)
                    write_breaks(document, layout.breaks)
                    builder.contents.write(layout.pages)
                    numbered = True
                except ExportError as exc:
                    reason = exc.reason
            if not numbered:
                builder.contents.write(None)
                ooxml.set_update_fields(document.settings.element, True)
                if self.page_numbers:
                    notes.append(NO_PAGE_NUMBERS.format(reason=reason))
            report(88, "Sparar dokumentet")
            buffer = io.BytesIO()
            document.save(buffer)
            atomic_write(output, buffer.getvalue())
            pdf_path = None
            if pdf:
                report(92, "Skapar PDF med LibreOffice")
                pdf_path = convert_to_pdf(output, office=office)
        finally:
            if own and office is not None:
                office.close()
        report(100, "Klart")
        return ExportResult(
            path=output, pdf=pdf_path, gaps=builder.writer.gaps, page_numbers=numbered, notes=tuple(notes)
        )


def _layout(document: DocxDocument, office: Office, bookmarks: list[str]) -> Layout:
    """Where LibreOffice puts each heading when it lays the document out as it is now, and the breaks it adds."""
    with tempfile.TemporaryDirectory(prefix="routine-builder-layout-") as tmp:
        draft = Path(tmp) / "layout.docx"
        document.save(str(draft))
        return office.layout(draft, bookmarks)


class _Builder:
    """Builds one document from the routine's blocks; short-lived."""

    def __init__(
        self,
        exporter: RoutineExporter,
        document: DocxDocument,
        answer_set: AnswerSet,
        versions: list[VersionHeader],
        *,
        draft: bool,
        remiss: RemissInfo | None = None,
    ):
        self.exporter = exporter
        self.document = document
        self.answer_set = answer_set
        source = RoutineSource(
            exporter.question_set, exporter.outline, exporter.legal, answer_set, draft=draft, versions=lambda: versions
        )
        self.routine = build_routine(source)
        self.remiss = remiss
        self.appendix: list[Block] = []  # after the routine (the remiss summary)
        if remiss is None:
            self.writer = Writer(document, draft=draft)
        else:
            self.writer = MarkingWriter(document, draft=draft, titles=exporter.question_set)
        self.contents: Contents

    def build(self, report: Progress) -> None:
        w = self.writer
        report(20, "Skriver rutinens kapitel")
        blocks = list(self.routine.blocks)
        if self.remiss is not None:  # the note to reviewers ends the cover
            at = next(i for i, block in enumerate(blocks) if isinstance(block, ContentsBlock))
            blocks[at:at] = notice_blocks(self.remiss)
        w.render([*blocks, *self.appendix])
        w.finish()
        assert w.contents_anchor is not None
        self.contents = Contents(w.styles, w.contents_anchor, w.contents)
        data = self.routine.data
        values = cover.header_values(data)
        if self.remiss is not None:
            values["utkast"] = REMISS_MARK
        cover.fill_header_footer(self.document, values, draft=w.draft or self.remiss is not None)
        cover.set_properties(self.document, self.answer_set, self.exporter.question_set, data)


def export_routine(
    *,
    workspace: Workspace,
    answer_set: AnswerSet,
    output: Path,
    draft: bool = False,
    pdf: bool = False,
    progress: Progress | None = None,
    office: Office | None = None,
    saved_version: bool = False,
    remiss_summary: bool = False,
) -> ExportResult:
    """Export one area's routine (see :class:`RoutineExporter` for exporting many)."""
    exporter = RoutineExporter(workspace, office=office)
    return exporter.export(
        answer_set,
        output,
        draft=draft,
        pdf=pdf,
        progress=progress,
        saved_version=saved_version,
        remiss_summary=remiss_summary,
    )
