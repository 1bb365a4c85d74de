"""The Word routine: one area's answers laid out in the guideline's outline, built on the template.

Each export opens the template with python-docx, writes the blocks through :class:`Writer`, lets
LibreOffice lay the document out to put page numbers into the table of contents (when LibreOffice is
installed) and saves the file atomically.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.exceptions import PackageNotFoundError
from docx.text.paragraph import Paragraph

from routine_builder import paths
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import missing_required, question_state
from routine_builder.domain.guideline_status import guideline_notices
from routine_builder.domain.legal import LegalReferences, load_legal_references
from routine_builder.domain.outline import Outline, OutlineSection, load_workspace_outline
from routine_builder.domain.question_set import Question, QuestionType
from routine_builder.domain.version_index import VersionHeader, version_headers
from routine_builder.domain.workspace import Workspace, today
from routine_builder.errors import ExportError
from routine_builder.export import cover, ooxml, specials
from routine_builder.export.column_widths import fits
from routine_builder.export.contents import Contents
from routine_builder.export.flowchart import flowchart
from routine_builder.export.inline import cell_display
from routine_builder.export.office import Office, unavailable
from routine_builder.export.pdf import convert_to_pdf
from routine_builder.export.render_answers import contact_table, render_question
from routine_builder.export.swedish_format import format_date
from routine_builder.export.writer import DENSE_TABLE_PT, Writer
from routine_builder.storage import atomic_write

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
        except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
            raise ExportError(f"Word-mallen kan inte läsas ({exc})", path=template) from None

    def export(self, answer_set: AnswerSet, output: Path, *, draft: bool = False, pdf: bool = False,
               progress: Progress | None = None) -> ExportResult:  # fmt: skip
        """Write the routine of ``answer_set`` to ``output`` (atomically), and a PDF beside it if asked."""
        report = progress or (lambda _percent, _message: None)
        output = Path(output)
        if output.exists() and output.is_dir():
            raise ExportError("är en mapp; ange ett filnamn som slutar på .docx", path=output)
        missing = missing_required(self.question_set, answer_set)
        if missing and not draft:
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
        builder = _Builder(self, document, answer_set, versions, draft=draft, missing=missing)
        builder.broken_versions = [header.number for header in broken]
        report(15, "Skriver försättsblad och innehåll")
        builder.build(report)
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
                    builder.contents.write(_heading_pages(document, office, builder.contents.bookmarks))
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
        return ExportResult(path=output, pdf=pdf_path, gaps=len(builder.writer.gaps), page_numbers=numbered,
                            notes=tuple(notes))  # fmt: skip


def _heading_pages(document: DocxDocument, office: Office, bookmarks: list[str]) -> dict[str, int]:
    """Where LibreOffice puts each heading when it lays the document out as it is now."""
    with tempfile.TemporaryDirectory(prefix="routine-builder-layout-") as tmp:
        draft = Path(tmp) / "layout.docx"
        document.save(str(draft))
        return office.heading_pages(draft, bookmarks)


class _Builder:
    """Builds one document; short-lived."""

    def __init__(self, exporter: RoutineExporter, document: DocxDocument, answer_set: AnswerSet,
                 versions: list[VersionHeader], *, draft: bool, missing: list[Question]):  # fmt: skip
        self.exporter = exporter
        self.qs = exporter.question_set
        self.document = document
        self.answer_set = answer_set
        self.versions = versions
        self.broken_versions: list[int] = []
        self.missing = missing
        self.writer = Writer(document, draft=draft)
        self.data = cover.document_data(
            answer_set, title=exporter.outline.title, saved_versions=len(versions), draft=draft
        )
        self.contents: Contents
        self._page_top: Paragraph | None = None

    def build(self, report: Progress) -> None:
        w = self.writer
        cover.write_cover(w, self.answer_set, self.qs, self.data, len(self.missing))
        w.start_page(w.paragraph("Innehåll", "TOC Heading"))
        chapters = [s for s in self.exporter.outline.sections if s.special != "open_questions" or w.draft]
        first: Paragraph | None = None
        for index, section in enumerate(chapters):
            report(15 + 60 * index // max(len(chapters), 1), f"Skriver {section.title}")
            heading = self._section(section, 1)
            first = first or heading
        if w.draft and not any(s.special == "open_questions" for _l, s in self.exporter.outline.walk()):
            heading = w.heading("Öppna frågor", 1)
            first = first or heading
            specials.open_questions(w, self.missing, self.qs, 2)
        assert first is not None
        w.start_page(first)
        if w.ends_with_table():
            w.paragraph(f"Rutinen skapades med Routine Builder den {format_date(dt.date.today())}.", "Caption")
        self.contents = Contents(w.styles, first, w.contents)
        cover.fill_header_footer(self.document, cover.header_values(self.data), draft=w.draft)
        cover.set_properties(self.document, self.answer_set, self.qs, self.data)

    def _section(self, section: OutlineSection, level: int) -> Paragraph:
        w = self.writer
        heading = w.heading(section.title, level)
        if section.special in ("flowchart", "contacts_appendix"):
            w.start_page(heading)
        texts = self.exporter.outline.texts
        if section.guideline:
            w.guideline(self.exporter.legal.expand(section.guideline), label=texts.guideline_label)
        if section.advice:
            w.guideline(self.exporter.legal.expand(section.advice), label=texts.advice_label, advice=True)
        if section is self.exporter.outline.sections[0]:
            for notice in guideline_notices(self.qs, self.exporter.outline, today()):
                w.paragraph(notice, italic=True)
        special = section.special
        written = False
        if special == "terms":
            specials.terms(w, section)
        elif special == "legal_references":
            specials.legal_references(w, self.exporter.legal, dt.date.today())
        elif special == "revision_history":
            specials.revision_history(w, self.versions, self.answer_set, broken=self.broken_versions)
        elif special == "flowchart":
            flowchart(w, self.qs, self.answer_set)
        elif special == "open_questions":
            specials.open_questions(w, self.missing, self.qs, level + 1)
        elif special == "contacts_appendix":
            specials.appendix_list(w, section, self.qs, self.answer_set)
        for qid in section.questions:
            question = self.qs.question(qid)
            if special == "contacts_appendix" and question.type in (QuestionType.MULTICHOICE, QuestionType.LIST):
                written |= self._appendix_gap(question, level + 1)
            elif special == "responsibilities" and question.type is QuestionType.CONTACTS:
                written |= self._responsibilities(question, level + 1)
            else:
                written |= render_question(w, question, self.answer_set, level + 1)
        if not written and not special and not section.subsections and section.questions:
            w.paragraph("Inga lokala tillägg.", italic=True)
        chosen = specials.appendix_choice(section, self.qs, self.answer_set) if special == "contacts_appendix" else None
        for sub in section.subsections:
            if sub.special == "flowchart" and chosen is not None and specials.APPENDIX_FLOWCHART not in chosen:
                continue
            self._section(sub, level + 1)
        if special == "contacts_appendix":
            if chosen is None or specials.APPENDIX_CONTACTS in chosen:
                self._contact_list(level + 1)
            if chosen is not None and specials.APPENDIX_LAW in chosen:
                w.start_page(w.heading("Lagrum i sammandrag", level + 1))
                specials.legal_references(w, self.exporter.legal, dt.date.today())
        return heading

    def _contact_list(self, level: int) -> None:
        """The contact list appendix, on landscape pages when a table is too wide for portrait ones."""
        w = self.writer
        tables = specials.contact_tables(self.qs, self.answer_set, self.exporter.outline)
        width = None
        shown = [(t.header, [[cell_display(v) for v in row] for row in t.rows]) for t in tables]
        if any(not fits(header, rows, w.text_width_cm, size_pt=DENSE_TABLE_PT) for header, rows in shown):
            last = self.document.paragraphs[-1]
            section = ooxml.end_section(last, self.document)
            section.start_type = WD_SECTION.NEW_PAGE
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width
            text_width = section.page_width - section.left_margin - section.right_margin
            ooxml.copy_header_footer(self.document.sections[0], section, text_width)
            width = text_width / 360000
        heading = w.heading("Kontaktlista", level)
        if width is None:
            w.start_page(heading)
        specials.contact_list(w, tables, level + 1, width_cm=width)

    def _appendix_gap(self, question: Question, level: int) -> bool:
        if question in self.missing and self.writer.draft:
            return render_question(self.writer, question, self.answer_set, level)
        return False

    def _responsibilities(self, question: Question, level: int) -> bool:
        answer = self.answer_set.get(question.id)
        if answer is None or question_state(question, self.answer_set) != "answered":
            return render_question(self.writer, question, self.answer_set, level)
        rows_raw = answer.value if isinstance(answer.value, list) else []
        header, rows = contact_table(question, [r for r in rows_raw if isinstance(r, dict)])
        self.writer.table(header, rows, first_column=True, caption=question.text)
        if answer.comment.strip():
            self.writer.rich_text(answer.comment)
        return True


def export_routine(
    *,
    workspace: Workspace,
    answer_set: AnswerSet,
    output: Path,
    draft: bool = False,
    pdf: bool = False,
    progress: Progress | None = None,
    office: Office | None = None,
) -> ExportResult:
    """Export one area's routine (see :class:`RoutineExporter` for exporting many)."""
    exporter = RoutineExporter(workspace, office=office)
    return exporter.export(answer_set, output, draft=draft, pdf=pdf, progress=progress)
