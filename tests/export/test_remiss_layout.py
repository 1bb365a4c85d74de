"""The remiss file (and a draft) as a reviewer sees it when opening it in LibreOffice: laid out as the contents say.

The file is converted the way a reviewer opens it (``soffice --headless --convert-to pdf``), not through
Routine Builder's own LibreOffice process, and its pages are read back with poppler's pdftotext.
These tests FAIL (they do not skip) when LibreOffice is missing: CI installs it.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from routine_builder.domain import Workspace, create_demo_workspace
from routine_builder.domain.remiss import version_for_remiss
from routine_builder.export import Office, RoutineExporter
from routine_builder.export.remiss_export import export_remiss
from tests.helpers.document_checks import libreoffice_convert

pytestmark = pytest.mark.slow

REPLY_BY = dt.date(2027, 1, 15)
AREAS = ("boras", "simba", "goteborg-nordost", "dalsland")
BOX_STYLES = ("Flödesruta", "Flödesbeslut")
CONTENTS_STYLES = ("toc 1", "toc 2")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return create_demo_workspace(tmp_path_factory.mktemp("remiss-layout") / "ws")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _remiss_copy(workspace: Workspace, office: Office, area_id: str, folder: Path) -> Path:
    """The remiss file of ``area_id``, made as ``routine-builder export --remiss`` makes it."""
    version = version_for_remiss(workspace, workspace.load_area(area_id).answer_set, reply_by=REPLY_BY)
    path = folder / f"{area_id}-remiss.docx"
    result = export_remiss(RoutineExporter(workspace, office=office), version, path, reply_by=REPLY_BY)
    assert result.page_numbers
    return path


def _pages(path: Path, *, layout: bool) -> list[str]:
    """The text of each page LibreOffice lays ``path`` out on, opening it as a reviewer does.

    With ``layout`` each page's lines are as laid out (a heading is a line of its own); without, the
    text is in reading order (a column's text is not interleaved with its neighbour's).
    """
    libreoffice_convert(path, "pdf", path.parent, path.parent / "profile")
    text = subprocess.run(
        ["pdftotext", *(["-layout"] if layout else []), str(path.with_suffix(".pdf")), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text.split("\f")


def _paragraphs(path: Path, styles: tuple[str, ...]) -> list[str]:
    """The texts of the body's paragraphs in ``styles`` (those inside content controls included), in order."""
    document = docx.Document(str(path))
    ids = {s.style_id for s in document.styles if s.name in styles}
    found = []
    for paragraph in document.element.body.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is not None and style.get(qn("w:val")) in ids:
            found.append(
                "".join(
                    "\t" if node.tag == qn("w:tab") else node.text or ""
                    for node in paragraph.iter(qn("w:t"), qn("w:tab"))
                )
            )
    return found


def _pages_showing(pages: list[str], text: str) -> list[int]:
    """The page numbers (from 1) whose text holds ``text`` (compared with single spaces)."""
    return [number for number, page in enumerate(pages, 1) if _flat(text) in _flat(page)]


@pytest.mark.parametrize("area_id", AREAS)
def test_the_remiss_copy_keeps_the_flowchart_on_one_page(
    workspace: Workspace, office: Office, area_id: str, tmp_path: Path
) -> None:
    path = _remiss_copy(workspace, office, area_id, tmp_path)
    pages = _pages(path, layout=False)
    boxes = _paragraphs(path, BOX_STYLES)
    assert len(boxes) >= 8, boxes
    where = {box: _pages_showing(pages, box[:45]) for box in boxes}
    assert all(len(found) == 1 for found in where.values()), where
    first, birth = where[boxes[0]][0], where[boxes[-1]][0]
    assert boxes[-1].startswith("Vid födseln")
    assert {found[0] for found in where.values()} == {first}, (area_id, where)
    assert birth == first


def _assert_contents_name_the_pages(path: Path) -> None:
    """Each contents entry's page is the page on which LibreOffice, opening ``path``, shows the heading."""
    pages = _pages(path, layout=True)
    entries = _paragraphs(path, CONTENTS_STYLES)
    assert len(entries) >= 15
    contents_page = _pages_showing(pages, "Innehåll")[0]
    lines = {
        number: {_flat(line) for line in text.splitlines()}
        for number, text in enumerate(pages, 1)
        if number > contents_page
    }
    for entry in entries:
        *numbered, page = entry.split("\t")
        title = _flat(" ".join(numbered))
        assert page.isdigit(), entry
        shown = [number for number, seen in lines.items() if title in seen]  # the heading's own line
        assert shown, (path.name, title)
        assert int(page) == shown[0], (path.name, title, page, shown)


@pytest.mark.parametrize("area_id", AREAS)
def test_the_remiss_copys_contents_name_the_pages_libreoffice_lays_out(
    workspace: Workspace, office: Office, area_id: str, tmp_path: Path
) -> None:
    _assert_contents_name_the_pages(_remiss_copy(workspace, office, area_id, tmp_path))


@pytest.mark.parametrize("area_id", AREAS)
def test_a_drafts_contents_name_the_pages_libreoffice_lays_out(
    workspace: Workspace, office: Office, area_id: str, tmp_path: Path
) -> None:
    answers = workspace.load_area(area_id).answer_set
    result = RoutineExporter(workspace, office=office).export(answers, tmp_path / f"{area_id}.docx", draft=True)
    assert result.page_numbers
    _assert_contents_name_the_pages(result.path)
