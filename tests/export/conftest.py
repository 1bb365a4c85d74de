"""Fixtures of the export tests: a small workspace with every answer type, and readers for the output."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from routine_builder.domain import Answer, AreaInfo, DocumentInfo, Question, QuestionType, Workspace

FIXTURES = Path(__file__).parent / "fixtures"


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
