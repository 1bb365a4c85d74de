"""The exports pass independent checkers: openxml-audit (Word), a PDF/UA checker, and python-docx's reading.

Every demo area is exported once per session (final when complete, and as a draft), with one PDF, and
one redline; the tests below read those files.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pikepdf
import pytest
from docx.oxml.ns import qn

from routine_builder import __version__
from tests.helpers.document_checks import heading_levels, ooxml_errors, pdfua_errors, structure_tags

from .conftest import DemoExports, DemoRedline

pytestmark = pytest.mark.slow


def _documents(exports: DemoExports, redline: DemoRedline) -> list[Path]:
    return [*exports.final.values(), *exports.draft.values(), redline.path]


def test_every_export_passes_openxml_audit(demo_exports: DemoExports, demo_redline: DemoRedline) -> None:
    assert len(demo_exports.final) >= 4 and len(demo_exports.draft) == len(demo_exports.workspace.area_ids())
    for path in _documents(demo_exports, demo_redline):
        assert ooxml_errors(path) == [], path.name


def test_the_audit_catches_a_known_error(demo_exports: DemoExports, tmp_path: Path) -> None:
    """The check can fail: a highlight in a style's run properties (what Word calls unreadable content)."""
    source = next(iter(demo_exports.final.values()))
    broken = tmp_path / "trasig.dokument"  # not named .docx: the suite's own audit must not see it
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(broken, "w") as copy:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "word/styles.xml":
                shading = b'<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>'  # 'Saknat svar' in the template
                assert shading in data
                data = data.replace(shading, b'<w:highlight w:val="yellow"/>', 1)
            copy.writestr(item, data)
    errors = ooxml_errors(broken)
    assert any("highlight" in error for error in errors), errors


def _pdfinfo(pdf: Path) -> dict[str, str]:
    assert shutil.which("pdfinfo"), "poppler's pdfinfo is needed"
    output = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _sep, v in (line.partition(":") for line in output.splitlines())}


@pytest.mark.parametrize("which", ["routine", "redline"])
def test_pdf_is_tagged_and_passes_the_pdfua_check(
    which: str, demo_exports: DemoExports, demo_redline: DemoRedline
) -> None:
    pdf = demo_exports.pdf if which == "routine" else demo_redline.pdf
    info = _pdfinfo(pdf)
    assert info["Tagged"] == "yes"
    assert info["Title"].startswith("Lokal rutin för samverkan" if which == "routine" else "Jämförelse:")
    assert pdfua_errors(pdf) == []
    with pikepdf.open(pdf) as document:
        assert str(document.Root.Lang) == "sv-SE"
        assert bool(document.Root.ViewerPreferences.DisplayDocTitle)  # the title, not the file name, in the window
    tags = structure_tags(pdf)
    levels = heading_levels(tags)
    assert levels[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels
    tables = tags.count("Table")
    assert tables and tags.count("TH") >= tables  # every table has header cells


def test_heading_levels_never_jump_and_only_chapters_are_in_the_contents(demo_exports: DemoExports) -> None:
    for path in demo_exports.final.values():
        document = docx.Document(str(path))
        levels = []
        for paragraph in document.paragraphs:
            ppr = paragraph._p.pPr
            outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
            if paragraph.style.name.startswith("Heading"):
                levels.append(int(paragraph.style.name.split()[-1]))
            elif outline is not None:
                levels.append(int(outline.get(qn("w:val"))) + 1)
        assert levels[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels)), path.name
        instruction = next(i.text for i in document.element.body.iter(qn("w:instrText")) if "TOC" in i.text)
        assert "\\u" not in instruction  # question headings (outline levels) stay out of the contents


def test_contents_carry_page_numbers_from_the_layout(demo_exports: DemoExports) -> None:
    for path in demo_exports.final.values():
        document = docx.Document(str(path))
        assert document.settings.element.find(qn("w:updateFields")) is None
        body = document.element.body
        bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
        entries = [p for p in document.paragraphs if re.fullmatch(r"toc \d", p.style.name.lower())]
        assert len(entries) >= 15
        for entry in entries:
            link = entry._p.find(qn("w:hyperlink"))
            assert link is not None and link.get(qn("w:anchor")) in bookmarks
            page = entry.text.rsplit("\t", 1)[-1]
            assert page.isdigit() and 2 < int(page) < 60, entry.text
    pdf_text = subprocess.run(
        ["pdftotext", "-layout", str(demo_exports.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = pdf_text.split("\f")
    document = docx.Document(str(next(p for p in demo_exports.final.values() if p.stem == demo_exports.pdf.stem)))
    for entry in [p for p in document.paragraphs if p.style.name.lower() == "toc 1"]:
        title, page = entry.text.split("\t")[-2:]
        assert title in pages[int(page) - 1], (title, page)  # the heading is on the page the contents name


def test_tables_have_header_rows_and_descriptions(demo_exports: DemoExports) -> None:
    for path in [*demo_exports.final.values(), *demo_exports.draft.values()]:
        document = docx.Document(str(path))
        assert document.tables
        for index, table in enumerate(document.tables):
            first = table.rows[0]._tr
            assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
            tbl_pr = table._tbl.tblPr
            assert tbl_pr.find(qn("w:tblCaption")).get(qn("w:val"))
            description = tbl_pr.find(qn("w:tblDescription")).get(qn("w:val"))
            assert description.startswith("Tabell") or index == 0  # the cover's document data says what it holds


def test_no_empty_spacer_paragraphs_and_no_layout_tables(demo_exports: DemoExports) -> None:
    for path in demo_exports.final.values():
        document = docx.Document(str(path))
        body = document.element.body
        for p in body.iter(qn("w:p")):
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            style = p.pPr.pStyle.val if p.pPr is not None and p.pPr.pStyle is not None else "Normal"
            if not text.strip():
                assert document.styles.get_by_id(style, 1).name == "Flödespil", (path.name, style)
        # guideline boxes are paragraphs in their own styles, not one-cell tables
        names = {p.style.name for p in document.paragraphs}
        assert {"Riktlinjetext", "Riktlinjepunkt", "Flödesruta", "Flödesbeslut"} <= names
        assert all(len(t.columns) > 1 for t in document.tables)


def test_flow_chart_reads_alternative_1_then_alternative_2(demo_exports: DemoExports) -> None:
    path = next(iter(demo_exports.final.values()))
    document = docx.Document(str(path))
    boxes = [p.text for p in document.paragraphs if p.style.name in ("Flödesruta", "Flödesbeslut")]
    first, second = boxes.index("Ja – Alternativ 1, med samtycke"), boxes.index("Nej – Alternativ 2, utan samtycke")
    assert [b[:2] for b in boxes[first + 1 : second]] == ["1.", "2.", "3.", "4.", "5."]
    assert [b[:2] for b in boxes[second + 1 : second + 6]] == ["1.", "2.", "3.", "4.", "5."]
    assert not any("↓" in b for b in boxes)  # the joining lines are drawn, never read aloud


def test_addresses_are_links_and_phone_numbers_stay_whole(demo_exports: DemoExports) -> None:
    path = demo_exports.final["boras"]
    document = docx.Document(str(path))
    targets = [rel.target_ref for rel in document.part.rels.values() if rel.is_external]
    assert sum(t.startswith("mailto:") for t in targets) >= 10
    assert "mailto:johanna.fredriksson@vgregion.example" in targets
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any(re.fullmatch(r"0\d{2,3}-\d{3}\u00a0\d{2}\u00a0\d{2}", c) for c in cells)
    assert any("@\u200b" in c for c in cells)  # an address may wrap after @, never mid-word


def test_a_wide_contact_list_gets_landscape_pages(demo_exports: DemoExports) -> None:
    document = docx.Document(str(demo_exports.final["boras"]))
    orientations = [s.orientation for s in document.sections]
    assert orientations[0] == 0 and 1 in orientations  # portrait, then landscape for the contact list
    landscape = next(s for s in document.sections if s.orientation == 1)
    assert not landscape.header.is_linked_to_previous  # its header reaches its own right margin


def test_app_properties_and_compatibility(demo_exports: DemoExports) -> None:
    with zipfile.ZipFile(demo_exports.final["boras"]) as archive:
        app = archive.read("docProps/app.xml").decode()
        settings = archive.read("word/settings.xml").decode()
    assert f"<Application>Routine Builder {__version__}</Application>" in app
    assert 'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"' in settings
