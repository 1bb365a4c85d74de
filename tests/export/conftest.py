"""Fixtures of the export tests: a small workspace with every answer type, and readers for the output."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from routine_builder.domain import (
    Answer,
    AnswerSet,
    AreaInfo,
    DocumentInfo,
    Question,
    QuestionType,
    Workspace,
    create_demo_workspace,
    load_version,
    missing_required,
)
from routine_builder.domain.compare import compare
from routine_builder.export import Office, RoutineExporter, convert_to_pdf
from routine_builder.export.comparison_docx import write_comparison_docx
from routine_builder.export.redline_authors import versions_between
from tests.helpers.document_checks import is_package, ooxml_errors

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def office() -> Iterator[Office]:
    """One LibreOffice for the whole session: it lays documents out and writes PDFs."""
    with Office() as running:
        yield running


@dataclass(frozen=True)
class DemoExports:
    """Every demo area exported once: final documents (of complete areas) with their PDFs, and drafts."""

    workspace: Workspace
    final: dict[str, Path]
    draft: dict[str, Path]
    pdf: Path
    pdfs: dict[str, Path]  # the PDF of every final document (``pdf`` is the first of them)


@pytest.fixture(scope="session")
def demo_exports(tmp_path_factory: pytest.TempPathFactory, office: Office) -> DemoExports:
    """The demo workspace exported as a coordinator would: each area final (when complete) and as a draft."""
    root = tmp_path_factory.mktemp("demo")
    workspace = create_demo_workspace(root / "ws")
    exporter = RoutineExporter(workspace, office=office)
    final, draft = {}, {}
    pdfs: dict[str, Path] = {}
    for area_id in workspace.area_ids():
        answers = workspace.load_area(area_id).answer_set
        if not missing_required(workspace.question_set, answers):
            result = exporter.export(answers, root / f"{area_id}.docx", pdf=True)
            final[area_id] = result.path
            assert result.pdf is not None
            pdfs[area_id] = result.pdf
        draft[area_id] = exporter.export(answers, root / f"{area_id}-utkast.docx", draft=True).path
    assert pdfs
    return DemoExports(workspace, final, draft, next(iter(pdfs.values())), pdfs)


@pytest.fixture(autouse=True)
def _every_export_passes_the_audit(tmp_path: Path) -> Iterator[None]:
    """Whatever .docx a test writes must be valid Open XML for Microsoft 365 (openxml-audit)."""
    yield
    for path in sorted(tmp_path.rglob("*.docx")):
        if is_package(path):
            assert ooxml_errors(path) == [], path


@pytest.fixture
def mini(tmp_path: Path) -> Workspace:
    """A copy of the small test workspace (own question set and outline, one complete area)."""
    root = tmp_path / "ws"
    shutil.copytree(FIXTURES / "mini", root)
    return Workspace.open(root)


def body_texts(document: Document) -> list[str]:
    """Every paragraph text of the body, table cells included, in document order."""
    texts = []
    for element in document.element.body.iter(qn("w:p")):
        texts.append("".join(t.text or "" for t in element.iter(qn("w:t"))))
    return texts


def all_text(document: Document) -> str:
    """The body's text as one string (paragraphs joined by newlines)."""
    return "\n".join(body_texts(document))


def headings(document: Document) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph in a built-in heading style."""
    return [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]


def all_paragraphs(document: Document) -> list[Paragraph]:
    """Every paragraph of the body, those in table cells included, in document order."""
    return [Paragraph(p, document._body) for p in document.element.body.iter(qn("w:p"))]


def open_docx(path: Path) -> Document:
    return docx.Document(str(path))


def pdf_pages(pdf: Path) -> int:
    """The page count of a PDF, from poppler's pdfinfo (or by counting page objects)."""
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    data = pdf.read_bytes()
    return data.count(b"/Type /Page") - data.count(b"/Type /Pages")


def pdf_text(pdf: Path) -> str:
    """The text of a PDF, in layout order (poppler's pdftotext)."""
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def full(tmp_path: Path) -> Workspace:
    """A workspace on the bundled question set with one area answering every question (hard characters too)."""
    ws = Workspace.create(tmp_path / "full", name="Full")
    loaded = ws.create_area(
        AreaInfo(id="simba", name="SIMBA – Kungälv, Ale, Stenungsund, Tjörn", municipalities=("Kungälv", "Ale")),
        document=DocumentInfo(
            status="remiss", version="0.3", owner="Anna Andersson", valid_until=dt.date(2028, 12, 31)
        ),
    )
    answers = loaded.answer_set
    for question in ws.question_set.questions():
        answers = answers.with_answer(question.id, sample_answer(question))
    ws.save_area(answers, expected_digest=loaded.digest)
    return ws


def sample_answer(question: Question) -> Answer:
    """A plausible answer of the question's type."""
    kind = question.type
    value: object
    if kind is QuestionType.TEXT:
        value = 'Svar <med> & "tecken" 👶 مرحبا'
    elif kind is QuestionType.LONGTEXT:
        value = "Vi gör så här:\n- ringer mottagningen\n- dokumenterar\n\nSedan följer vi upp\vinom en vecka."
    elif kind is QuestionType.CHOICE:
        value = question.choices[0].id
    elif kind is QuestionType.MULTICHOICE:
        value = [c.id for c in question.choices[:2]]
    elif kind is QuestionType.YESNO:
        value = True
    elif kind is QuestionType.DATE:
        value = dt.date(2026, 11, 22)
    elif kind is QuestionType.NUMBER:
        value = 14
    elif kind is QuestionType.CONTACTS:
        value = [{c.id: f"{c.label} {row}" for c in question.columns} for row in range(2)]
    else:
        value = ["Första", "Andra"]
    return Answer(value=value, comment="En kommentar." if question.comment else "")


@dataclass(frozen=True)
class DemoRedline:
    """Borås's first saved version compared with its draft, as a reviewer exports it, and its PDF."""

    path: Path
    pdf: Path
    old: AnswerSet
    new: AnswerSet
    between: list[AnswerSet]


@pytest.fixture(scope="session")
def demo_redline(demo_exports: DemoExports, office: Office) -> DemoRedline:
    workspace = demo_exports.workspace
    old = load_version(workspace, "boras", 1).answer_set
    new = workspace.load_area("boras").answer_set
    between = versions_between(workspace, old, new)
    path = write_comparison_docx(
        compare(workspace.question_set, old, new),
        question_set=workspace.question_set,
        old=old,
        new=new,
        between=between,
        output=demo_exports.pdf.parent / "redline-boras.docx",
        exported_by="Granskare",
        template=workspace.template_path(),
        workspace=workspace,
    )
    return DemoRedline(path, convert_to_pdf(path, office=office), old, new, between)
