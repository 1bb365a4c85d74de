"""The redline's contact tables and page header, as the routine shows them: whole words, whole phone numbers, links."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Length

from routine_builder.document.text import LINK
from routine_builder.domain import create_demo_workspace, load_version
from routine_builder.domain.compare import compare
from routine_builder.export import ooxml
from routine_builder.export.column_widths import needed_widths, text_cm
from routine_builder.export.comparison_docx import write_comparison_docx
from routine_builder.export.redline_authors import versions_between
from routine_builder.export.writer import DENSE_TABLE_PT, TABLE_PT


@pytest.fixture(scope="module")
def simba_redline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SIMBA's version 1 compared with its version 3 (a long area name, wide contact tables)."""
    root = tmp_path_factory.mktemp("simba")
    workspace = create_demo_workspace(root / "ws")
    old = load_version(workspace, "simba", 1).answer_set
    new = load_version(workspace, "simba", 3).answer_set
    return write_comparison_docx(
        compare(workspace.question_set, old, new),
        question_set=workspace.question_set,
        old=old,
        new=new,
        between=versions_between(workspace, old, new),
        output=root / "simba.docx",
        workspace=workspace,
    )


def _cell_text(tc: object) -> str:
    """A cell's text as the redline shows it: the deleted text beside the inserted."""
    return "".join(t.text or "" for t in tc.iter(qn("w:t"), qn("w:delText")))  # type: ignore[attr-defined]


def test_header_names_the_area_once_on_one_line(simba_redline: Path) -> None:
    document = docx.Document(str(simba_redline))
    section = document.sections[0]
    width_cm = Length(ooxml.text_width(section)).cm
    lines = [p.text for p in section.header.paragraphs if p.text.strip()]
    assert len(lines) == 1
    shown = lines[0].split("\t")[0].strip()
    assert shown.count("SIMBA") == 1, shown
    assert "version 1" in shown and "version 3" in shown
    size = document.styles["Header"].font.size.pt
    assert text_cm(lines[0].rstrip().replace("\t", "    "), size) <= width_cm, lines[0]
    title = document.core_properties.title
    assert title.count("SIMBA – Kungälv, Ale, Stenungsund, Tjörn") == 2  # the full text stays in the properties


def test_contact_cells_are_whole_words_whole_numbers_and_links(simba_redline: Path) -> None:
    document = docx.Document(str(simba_redline))
    body = document.element.body
    links = 0
    changed = [
        t
        for t in document.tables
        if t._tbl.find(f".//{qn('w:ins')}") is not None or t._tbl.find(f".//{qn('w:del')}") is not None
    ]
    assert len(changed) >= 2
    for table in changed:  # the tables the redline sizes itself (an unchanged one is the routine's own)
        grid = [int(c.get(qn("w:w"))) / 567 for c in table._tbl.tblGrid.iterfind(qn("w:gridCol"))]
        header = [_cell_text(tc) for tc in table._tbl.tr_lst[0].tc_lst]
        rows = [[_cell_text(tc) for tc in tr.tc_lst] for tr in table._tbl.tr_lst[1:]]
        size = DENSE_TABLE_PT if "tät" in (table.style.name if table.style else "") else TABLE_PT
        for needed, width in zip(needed_widths(header, rows, size_pt=size), grid, strict=True):
            assert width + 0.01 >= needed, (header, grid)  # no word split in the middle
        for tr in table._tbl.tr_lst[1:]:
            for tc in tr.tc_lst:
                both = "".join(t.text or "" for t in tc.iter(qn("w:t"), qn("w:delText")))
                assert not re.search(r"\d \d", both), both  # numbers whole, also where a change splits one
                for link in tc.iter(qn("w:hyperlink")):
                    target = document.part.rels[link.get(qn("r:id"))].target_ref
                    shown = "".join(t.text or "" for t in link.iter(qn("w:t"), qn("w:delText")))
                    assert target == "mailto:" + shown.replace("\u200b", ""), (target, shown)
                    assert "@\u200b" in shown
                    links += 1
    assert links >= 8
    plain = [
        t.text
        for t in body.iter(qn("w:t"), qn("w:delText"))
        if t.getparent().getparent().tag != qn("w:hyperlink")
        and t.getparent().getparent().getparent().tag != qn("w:hyperlink")
    ]
    assert not [text for text in plain if LINK.search(text.replace("\u200b", ""))], "an address outside a link"
    assert "070-174\u00a006\u00a005" in "".join(t.text or "" for t in body.iter(qn("w:t")))
