"""The shipped content (question set, outline, legal references, catalogue, demo) and the demo exported.

Every content test reads the real files in ``resources/`` and the text of a routine exported from a real
demo workspace, read back with python-docx.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from docx.table import Table

from routine_builder import paths
from routine_builder.domain import (
    Catalogue,
    LegalReferences,
    Outline,
    QuestionSet,
    Workspace,
    create_demo_workspace,
    load_catalogue,
    load_legal_references,
    load_outline,
    load_question_set,
)
from routine_builder.export.routine import RoutineExporter


@dataclass(frozen=True)
class Shipped:
    """The bundled data files, parsed and as text."""

    question_set: QuestionSet
    outline: Outline
    legal: LegalReferences
    catalogue: Catalogue
    texts: dict[str, str]  # file name -> its text, for every shipped content file

    def all_text(self) -> str:
        """Every shipped content file's text with whitespace collapsed (YAML folds long texts over lines)."""
        return " ".join(" ".join(self.texts.values()).split())


@dataclass(frozen=True)
class Routine:
    """An exported routine read back: its lines in document order, headings marked."""

    lines: list[tuple[bool, str]]  # (is a heading, text)
    comments: str

    @property
    def text(self) -> str:
        """All text, one line per paragraph or table cell."""
        return "\n".join(text for _heading, text in self.lines)

    def chapter(self, title: str) -> str:
        """The text from the heading ``title`` up to the next heading."""
        start = next(i for i, (heading, text) in enumerate(self.lines) if heading and text == title)
        end = next((i for i in range(start + 1, len(self.lines)) if self.lines[i][0]), len(self.lines))
        return "\n".join(text for _heading, text in self.lines[start + 1 : end])

    def law(self) -> str:
        """The legal text: the chapter 'Lagstöd i korthet' and the attachment with the legal table, if any."""
        appendix = next((t for h, t in self.lines if h and t.endswith("Lagrum i sammandrag")), None)
        return self.chapter("Lagstöd i korthet") + ("\n" + self.chapter(appendix) if appendix else "")

    def label_before(self, needle: str, labels: tuple[str, ...]) -> str:
        """Which of ``labels`` stands nearest above the first line containing ``needle``."""
        index = next(i for i, (_h, text) in enumerate(self.lines) if needle in text)
        return next(text for _h, text in reversed(self.lines[:index]) if text in labels)


def _seen(text: str) -> str:
    """Text as a reader sees it: no-break spaces as spaces, invisible line-break opportunities gone."""
    return text.replace("\u00a0", " ").replace("\u200b", "")


def read_routine(path: Path) -> Routine:
    """A .docx routine's text through python-docx's public API (paragraphs and table cells in order)."""
    document = docx.Document(str(path))
    lines: list[tuple[bool, str]] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    lines += [(False, _seen(p.text)) for p in cell.paragraphs if p.text.strip()]
        elif block.text.strip():
            heading = block.style.name.startswith("Heading") or block.style.name == "Bilagerubrik"
            lines.append((heading, _seen(block.text)))
    return Routine(lines, document.core_properties.comments or "")


def shipped_files() -> list[Path]:
    """The content files of the product: question set, outline, legal references, catalogue, demo."""
    resources = paths.resources_dir()
    files = [
        paths.question_set_path("oro-for-vantat-barn"),
        paths.guideline_path("oro-for-vantat-barn"),
        paths.legal_references_path(),
        paths.areas_catalogue_path(),
    ]
    files += sorted((resources / "demo").rglob("*.yaml"))
    return files


@pytest.fixture(scope="session")
def shipped() -> Shipped:
    question_set = load_question_set(paths.question_set_path("oro-for-vantat-barn"))
    return Shipped(
        question_set=question_set,
        outline=load_outline(question_set),
        legal=load_legal_references(),
        catalogue=load_catalogue(),
        texts={str(p.relative_to(paths.resources_dir())): p.read_text(encoding="utf-8") for p in shipped_files()},
    )


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """The bundled demo workspace, created the way ``init --demo`` does."""
    return create_demo_workspace(tmp_path_factory.mktemp("demo") / "ws")


@pytest.fixture(scope="session")
def simba(demo: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Routine:
    """The final routine of the demo's SIMBA area (complete, with private clinics under vårdval)."""
    out = tmp_path_factory.mktemp("export") / "simba.docx"
    RoutineExporter(demo).export(demo.load_area("simba").answer_set, out)
    return read_routine(out)
