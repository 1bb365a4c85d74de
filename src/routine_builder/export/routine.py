"""The Word routine: one area's answers laid out in the guideline's outline, built on the template."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from docx.opc.exceptions import PackageNotFoundError

from routine_builder import paths
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import missing_required, question_state
from routine_builder.domain.guideline_status import guideline_notices
from routine_builder.domain.legal import LegalReferences, load_legal_references
from routine_builder.domain.outline import Outline, OutlineSection, load_workspace_outline
from routine_builder.domain.question_set import Question, QuestionType
from routine_builder.domain.versions import list_versions
from routine_builder.domain.workspace import Workspace, today
from routine_builder.errors import ExportError
from routine_builder.export import cover, specials
from routine_builder.export import docx_helpers as dx
from routine_builder.export.block_cache import BlockCache
from routine_builder.export.flowchart import flowchart
from routine_builder.export.package import DocumentParts, TemplatePackage
from routine_builder.export.pdf import convert_to_pdf
from routine_builder.export.render_answers import contact_table, render_question
from routine_builder.export.writer import Writer
from routine_builder.storage import atomic_write

Progress = Callable[[int, str], None]


class IncompleteError(ExportError):
    """Required answers are missing and no draft was asked for; ``missing`` lists them in order."""

    def __init__(self, missing: list[Question], *, path: Path | None = None):
        self.missing = missing
        super().__init__(f"{len(missing)} obligatoriska svar saknas; exportera som utkast eller besvara dem", path=path)


@dataclass(frozen=True)
class ExportResult:
    """What an export produced; ``gaps`` counts the missing required answers marked in a draft."""

    path: Path
    pdf: Path | None
    gaps: int


class RoutineExporter:
    """Exports routines of one workspace; the template, outline and legal references are read once."""

    def __init__(self, workspace: Workspace):
        self.workspace = workspace
        self.question_set = workspace.question_set
        self.outline: Outline = load_workspace_outline(workspace.root, self.question_set)
        self.legal: LegalReferences = load_legal_references(paths.legal_references_path())
        template = workspace.template_path()
        try:
            self.template = TemplatePackage(template.read_bytes())
            self.blocks = BlockCache()
        except FileNotFoundError:
            raise ExportError("Word-mallen finns inte", path=template) from None
        except (PackageNotFoundError, KeyError, ValueError) as exc:
            raise ExportError(f"Word-mallen kan inte läsas ({exc})", path=template) from None

    def export(
        self,
        answer_set: AnswerSet,
        output: Path,
        *,
        draft: bool = False,
        pdf: bool = False,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write the routine of ``answer_set`` to ``output`` (atomically), and a PDF beside it if asked."""
        report = progress or (lambda _percent, _message: None)
        output = Path(output)
        missing = missing_required(self.question_set, answer_set)
        if missing and not draft:
            raise IncompleteError(missing, path=output)
        report(5, "Läser mallen")
        parts = self.template.fresh()
        try:
            versions = list_versions(self.workspace, answer_set.area.id)
        except Exception:
            versions = []
        builder = _Builder(self, parts, answer_set, versions, draft=draft, missing=missing)
        report(15, "Skriver försättsblad och innehåll")
        builder.build(report)
        report(85, "Sparar dokumentet")
        _write_atomically(output, self.template.save(parts))
        pdf_path = None
        if pdf:
            report(90, "Skapar PDF med LibreOffice")
            pdf_path = convert_to_pdf(output)
        report(100, "Klart")
        return ExportResult(path=output, pdf=pdf_path, gaps=len(builder.writer.gaps))


def _write_atomically(output: Path, payload: bytes) -> None:
    if output.exists() and output.is_dir():
        raise ExportError("är en mapp; ange ett filnamn som slutar på .docx", path=output)
    atomic_write(output, payload)


class _Builder:
    """Builds one document; short-lived."""

    def __init__(self, exporter: RoutineExporter, parts: DocumentParts, answer_set: AnswerSet,
                 versions: list[AnswerSet], *, draft: bool, missing: list[Question]):  # fmt: skip
        self.exporter = exporter
        self.qs = exporter.question_set
        self.answer_set = answer_set
        self.versions = versions
        self.missing = missing
        self.parts = parts
        self.writer = Writer(parts.body, exporter.template.styles, parts.numbering, draft=draft, blocks=exporter.blocks)
        self._page_top = -1
        self.data = cover.document_data(
            answer_set, title=exporter.outline.title, saved_versions=len(versions), draft=draft
        )

    def build(self, report: Progress) -> None:
        w = self.writer
        cover.write_cover(w, self.answer_set, self.qs, self.data, len(self.missing))
        w.page_break()
        w.paragraph("Innehåll", "TOC Heading")
        marker = w.paragraph()
        w.page_break()
        chapters = self.exporter.outline.sections
        for index, section in enumerate(chapters):
            report(15 + 65 * index // max(len(chapters), 1), f"Skriver {section.title}")
            if section.special == "open_questions" and not w.draft:
                continue
            self._section(section, 1)
        if w.draft and not any(s.special == "open_questions" for _l, s in self.exporter.outline.walk()):
            w.heading("Öppna frågor", 1)
            specials.open_questions(w, self.missing, self.qs)
        if w.ends_with_table():
            w.spacer(1)  # a document never ends in a table
        w.finish()
        body = w.body
        for element in dx.toc_paragraphs(w.styles, w.toc):
            marker.addprevious(element)
        body.remove(marker)
        cover.fill_header_footer(self.parts.header_footers, self.data)
        cover.set_properties(self.parts.core_properties, self.answer_set, self.qs, self.data)
        dx.set_update_fields(self.parts.settings)

    def _section(self, section: OutlineSection, level: int) -> None:
        w = self.writer
        if section.special == "flowchart":
            self._appendix_heading(section.title, level)
        else:
            heading = w.heading(section.title, level)
            if section.special == "contacts_appendix":
                dx.page_break_before(heading)
                self._page_top = len(w.body)
        texts = self.exporter.outline.texts
        if section.guideline:
            w.callout(self._labelled(texts.guideline_label, section.guideline))
        if section.advice:
            w.callout(self._labelled(texts.advice_label, section.advice))
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
            specials.revision_history(w, self.versions, self.answer_set)
        elif special == "flowchart":
            flowchart(w, self.qs, self.answer_set)
        elif special == "open_questions":
            specials.open_questions(w, self.missing, self.qs)
        elif special == "contacts_appendix":
            specials.appendix_list(w, section, self.qs, self.answer_set)
        for qid in section.questions:
            question = self.qs.question(qid)
            if special == "contacts_appendix" and question.type in (QuestionType.MULTICHOICE, QuestionType.LIST):
                written |= self._appendix_gap(question)
            elif special == "responsibilities" and question.type is QuestionType.CONTACTS:
                written |= self._responsibilities(question)
            else:
                written |= render_question(w, question, self.answer_set)
        if not written and not special and not section.subsections and section.questions:
            w.paragraph("Inga lokala tillägg.", italic=True)
        chosen = specials.appendix_choice(section, self.qs, self.answer_set) if special == "contacts_appendix" else None
        for sub in section.subsections:
            if sub.special == "flowchart" and chosen is not None and specials.APPENDIX_FLOWCHART not in chosen:
                continue
            self._section(sub, level + 1)
        if special == "contacts_appendix":
            if chosen is None or specials.APPENDIX_CONTACTS in chosen:
                self._appendix_heading("Kontaktlista", level + 1)
                specials.contact_list(w, self.qs, self.answer_set, self.exporter.outline)
            if chosen is not None and specials.APPENDIX_LAW in chosen:
                self._appendix_heading("Lagrum i sammandrag", level + 1)
                specials.legal_references(w, self.exporter.legal, dt.date.today())

    def _labelled(self, label: str, text: str) -> str:
        """A box's text with its label (from the outline file) as the first paragraph."""
        text = self.exporter.legal.expand(text)
        return f"{label}\n\n{text}" if label else text

    def _appendix_heading(self, title: str, level: int) -> None:
        """Every appendix starts on a new page, unless nothing stands on the page above it yet."""
        heading = self.writer.heading(title, level)
        if len(self.writer.body) - 1 != self._page_top:
            dx.page_break_before(heading)
        self._page_top = -1

    def _appendix_gap(self, question: Question) -> bool:
        if question in self.missing and self.writer.draft:
            return render_question(self.writer, question, self.answer_set)
        return False

    def _responsibilities(self, question: Question) -> bool:
        answer = self.answer_set.get(question.id)
        if answer is None or question_state(question, self.answer_set) != "answered":
            return render_question(self.writer, question, self.answer_set)
        rows_raw = answer.value if isinstance(answer.value, list) else []
        header, rows = contact_table(question, [r for r in rows_raw if isinstance(r, dict)])
        self.writer.table(header, rows, bold_first_column=True)
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
) -> ExportResult:
    """Export one area's routine (see :class:`RoutineExporter` for exporting many)."""
    return RoutineExporter(workspace).export(answer_set, output, draft=draft, pdf=pdf, progress=progress)
