"""WordprocessingML built directly with lxml: paragraphs, runs and tables without python-docx's proxies.

python-docx creates every element through a proxy API that looks styles up and walks the tree on each
call; a routine has thousands of elements, so the export builds them here instead. The elements are
exactly those python-docx would create (same children, same attributes, same order).
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from routine_builder.export.text_clean import segments

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

Element = etree._Element


def w(name: str) -> str:
    """The qualified name of a WordprocessingML tag or attribute (``w:name``)."""
    return f"{{{W_NS}}}{name}"


P, PPR, PSTYLE, R, RPR, T, BR, TAB = (w(n) for n in ("p", "pPr", "pStyle", "r", "rPr", "t", "br", "tab"))
TBL, TBLPR, TBLGRID, GRIDCOL, TR, TRPR, TC, TCPR = (
    w(n) for n in ("tbl", "tblPr", "tblGrid", "gridCol", "tr", "trPr", "tc", "tcPr")
)
VAL, TYPE, WIDTH = w("val"), w("type"), w("w")
_SUB = etree.SubElement
_TBL_LOOK = {
    w("firstColumn"): "1",
    w("firstRow"): "1",
    w("lastColumn"): "0",
    w("lastRow"): "0",
    w("noHBand"): "0",
    w("noVBand"): "1",
    VAL: "04A0",
}


def sub(parent: Element, tag: str, attrib: dict[str, str] | None = None) -> Element:
    """Append a new child ``tag`` (a qualified name) with attributes in the given order."""
    return _SUB(parent, tag, attrib) if attrib else _SUB(parent, tag)


def new_paragraph(style_id: str | None = None, parent: Element | None = None) -> Element:
    """A ``w:p`` appended to ``parent`` (detached without one), pointing at ``style_id`` when given."""
    p = etree.Element(P) if parent is None else _SUB(parent, P)
    if style_id:
        _SUB(_SUB(p, PPR), PSTYLE, {VAL: style_id})
    return p


def get_or_add_ppr(p: Element) -> Element:
    """The paragraph's ``w:pPr``, created as its first child when missing."""
    ppr = p.find(PPR)
    if ppr is None:
        ppr = etree.Element(PPR)
        p.insert(0, ppr)
    return ppr


def add_run(
    p: Element,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    highlight: str | None = None,
    color: str | None = None,
    size_half_points: int | None = None,
) -> Element:
    """Append ``text`` as one run; line feeds, vertical tabs and form feeds become real breaks."""
    run = _SUB(p, R)
    if bold or italic or highlight or color or size_half_points:
        rpr = _SUB(run, RPR)
        if bold:
            _SUB(rpr, w("b"))
        if italic:
            _SUB(rpr, w("i"))
        if color:
            _SUB(rpr, w("color"), {VAL: color})
        if size_half_points:
            _SUB(rpr, w("sz"), {VAL: str(size_half_points)})
        if highlight:
            _SUB(rpr, w("highlight"), {VAL: highlight})
    if not text:
        return run
    for segment in segments(text):
        if segment.kind == "text":
            element = _SUB(run, T)
            element.text = segment.text
            if segment.text != segment.text.strip():
                element.set(XML_SPACE, "preserve")
        elif segment.kind == "tab":
            _SUB(run, TAB)
        elif segment.kind == "page":
            _SUB(run, BR, {TYPE: "page"})
        else:
            _SUB(run, BR)
    return run


def new_table(
    parent: Element, widths_twips: Sequence[int], spans: Sequence[Sequence[int]], cell_style: str | None = None
) -> Element:
    """A ``w:tbl`` appended to ``parent`` as python-docx's ``add_table`` makes it, with fixed column widths.

    ``spans`` gives, per row, the number of grid columns each cell spans; every cell holds one
    paragraph (in ``cell_style`` when given) and its width is the sum of the columns it spans.
    """
    tbl = _SUB(parent, TBL)
    tbl_pr = _SUB(tbl, TBLPR)
    _SUB(tbl_pr, w("tblW"), {TYPE: "auto", WIDTH: "0"})
    _SUB(tbl_pr, w("tblLayout"), {TYPE: "fixed"})
    _SUB(tbl_pr, w("tblLook"), _TBL_LOOK)
    grid = _SUB(tbl, TBLGRID)
    for width in widths_twips:
        _SUB(grid, GRIDCOL, {WIDTH: str(width)})
    for row in spans:
        tr = _SUB(tbl, TR)
        column = 0
        for span in row:
            tc = _SUB(tr, TC)
            tc_pr = _SUB(tc, TCPR)
            _SUB(tc_pr, w("tcW"), {TYPE: "dxa", WIDTH: str(sum(widths_twips[column : column + span]))})
            if span > 1:
                _SUB(tc_pr, w("gridSpan"), {VAL: str(span)})
            new_paragraph(cell_style, tc)
            column += span
    return tbl


def twips(widths_cm: Sequence[float]) -> list[int]:
    """Centimetres as whole twentieths of a point, as the export has always rounded them."""
    return [int(width * 567) for width in widths_cm]


def rows(tbl: Element) -> list[Element]:
    """The ``w:tr`` children of a table."""
    return tbl.findall(TR)


def cells(tr: Element) -> list[Element]:
    """The ``w:tc`` children of a row."""
    return tr.findall(TC)


def tc_pr(tc: Element) -> Element:
    """The cell's ``w:tcPr`` (every cell made by :func:`new_table` has one)."""
    found = tc.find(TCPR)
    if found is None:
        found = etree.Element(TCPR)
        tc.insert(0, found)
    return found


def get_or_add_trpr(tr: Element) -> Element:
    """The row's ``w:trPr``, created before its first cell when missing."""
    tr_pr = tr.find(TRPR)
    if tr_pr is None:
        tr_pr = etree.Element(TRPR)
        tr.insert(0, tr_pr)
    return tr_pr


def tbl_pr(tbl: Element) -> Element:
    """The table's ``w:tblPr`` (every table made by :func:`new_table` has one)."""
    return tbl.find(TBLPR)
