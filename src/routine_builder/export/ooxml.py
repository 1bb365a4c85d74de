"""What python-docx does not model: shading, borders, table headers, fields, links, columns, settings.

Also table descriptions, bookmarks, outline levels and sections that end without an empty paragraph.

Every function takes python-docx objects (or their ``w:`` elements) and adds the WordprocessingML for one
thing, at the position the schema requires: python-docx's ``insert_element_before`` places a new child
before the first of its schema successors, which are listed here for the few properties the export sets.
"""

from __future__ import annotations

from collections.abc import Iterable
from copy import deepcopy
from typing import Any, cast

from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Length
from docx.styles.style import BaseStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run


def _sequence(names: str) -> tuple[str, ...]:
    """Element names written as one string, in the schema's order."""
    return tuple(names.split())


# Schema successors (ECMA-376 sequences) of the children the export adds; a new child goes before the
# first of these that is present.
_PPR_AFTER_SHD = _sequence(
    "w:tabs w:suppressAutoHyphens w:kinsoku w:wordWrap w:overflowPunct w:topLinePunct w:autoSpaceDE"
    " w:autoSpaceDN w:bidi w:adjustRightInd w:snapToGrid w:spacing w:ind w:contextualSpacing"
    " w:mirrorIndents w:suppressOverlap w:jc w:textDirection w:textAlignment w:textboxTightWrap"
    " w:outlineLvl w:divId w:cnfStyle w:rPr w:sectPr w:pPrChange"
)
_PPR_AFTER_PBDR = ("w:shd", *_PPR_AFTER_SHD)
_PPR_AFTER_OUTLINE = ("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_TCPR_AFTER_SHD = _sequence(
    "w:noWrap w:tcMar w:textDirection w:tcFitText w:vAlign w:hideMark w:headers w:cellIns w:cellDel"
    " w:cellMerge w:tcPrChange"
)
_TCPR_AFTER_BORDERS = ("w:shd", *_TCPR_AFTER_SHD)
_TCPR_AFTER_MAR = _TCPR_AFTER_SHD[2:]
_TRPR_REVISIONS = ("w:ins", "w:del", "w:trPrChange")
_TBLPR_AFTER_LOOK = ("w:tblCaption", "w:tblDescription", "w:tblPrChange")
_TBLPR_AFTER_IND = ("w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", *_TBLPR_AFTER_LOOK)
_SECTPR_AFTER_COLS = _sequence(
    "w:formProt w:vAlign w:noEndnote w:titlePg w:textDirection w:bidi w:rtlGutter w:docGrid"
    " w:printerSettings w:sectPrChange"
)
_SETTINGS_AFTER_UPDATE = _sequence(
    "w:hdrShapeDefaults w:footnotePr w:endnotePr w:compat w:docVars w:rsids m:mathPr w:attachedSchema"
    " w:themeFontLang w:clrSchemeMapping w:doNotIncludeSubdocsInStats w:doNotAutoCompressPictures"
    " w:forceUpgrade w:captions w:readModeInkLockDown w:smartTagType sl:schemaLibrary w:shapeDefaults"
    " w:doNotEmbedSmartTags w:decimalSymbol w:listSeparator"
)
WORD_URI = "http://schemas.microsoft.com/office/word"


def element(tag: str, attrs: dict[str, str] | None = None, *children: BaseOxmlElement) -> BaseOxmlElement:
    """A new element ``tag`` (``"w:shd"``) with attributes given by prefixed name and children."""
    new = OxmlElement(tag)
    for name, value in (attrs or {}).items():
        new.set(qn(name), value)
    for child in children:
        new.append(child)
    return cast(BaseOxmlElement, new)


def put(parent: BaseOxmlElement, child: BaseOxmlElement, successors: Iterable[str] = ()) -> BaseOxmlElement:
    """Insert ``child`` at its schema position in ``parent``, replacing an element of the same tag."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    parent.insert_element_before(child, *successors)
    return child


def border_attrs(size: int, color: str, space: int = 0) -> dict[str, str]:
    """Attributes of a single line border: ``size`` in eighths of a point, ``space`` in points."""
    return {"w:val": "single", "w:sz": str(size), "w:space": str(space), "w:color": color}


# ------------------------------------------------------------------ paragraphs


def paragraph_borders(ppr: BaseOxmlElement, sides: dict[str, dict[str, str]]) -> None:
    """Borders of a paragraph (or paragraph style): ``{"left": border_attrs(24, "1B4F72", 8), …}``."""
    order = ("top", "left", "bottom", "right", "between")
    borders = element("w:pBdr", None, *(element(f"w:{s}", sides[s]) for s in order if s in sides))
    put(ppr, borders, _PPR_AFTER_PBDR)


def paragraph_shading(ppr: BaseOxmlElement, fill: str) -> None:
    """A background colour (hex RGB) behind a paragraph (or every paragraph of a style)."""
    put(ppr, element("w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": fill}), _PPR_AFTER_SHD)


def set_paragraph_style(paragraph: Paragraph, style_id: str) -> None:
    """Put the paragraph in the style ``style_id``, resolved once per document by the caller.

    python-docx's ``paragraph.style`` setter looks the style up again (and checks whether it is the
    default one) on every call; a routine sets a style on thousands of paragraphs. A new paragraph (no
    properties yet) gets its ``w:pPr`` with the style directly, as its first child.
    """
    p = paragraph._p
    if p.pPr is None:
        p.insert(0, element("w:pPr", None, element("w:pStyle", {"w:val": style_id})))
    else:
        p.pPr.style = style_id


def keep_with_next(paragraph: Paragraph) -> None:
    """Keep the paragraph on the page of the next one (``w:keepNext``, right after a style if any).

    The same as python-docx's ``paragraph_format.keep_with_next = True``, placed directly: ``w:keepNext``
    follows only ``w:pStyle`` in ``w:pPr``; a table of a routine sets it on hundreds of cell paragraphs.
    """
    p = paragraph._p
    ppr = p.pPr
    if ppr is None:
        p.insert(0, element("w:pPr", None, element("w:keepNext")))
    elif ppr.find(qn("w:keepNext")) is None:
        style = ppr.find(qn("w:pStyle"))
        ppr.insert(0 if style is None else ppr.index(style) + 1, element("w:keepNext"))


def emphasis(run: Run, *, bold: bool, italic: bool) -> None:
    """Bold and/or italic on a new run (its ``w:rPr`` with ``w:b`` before ``w:i``, as the schema orders them)."""
    if not (bold or italic):
        return
    r = run._r
    if r.rPr is not None:
        run.bold = run.bold or bold
        run.italic = run.italic or italic
        return
    marks = [element("w:b")] if bold else []
    if italic:
        marks.append(element("w:i"))
    r.insert(0, element("w:rPr", None, *marks))


def outline_level(paragraph: Paragraph, level: int) -> None:
    """Make the paragraph a heading of ``level`` (1 = top) for the navigation pane and tagged PDF."""
    ppr = paragraph._p.get_or_add_pPr()
    put(ppr, element("w:outlineLvl", {"w:val": str(level - 1)}), _PPR_AFTER_OUTLINE)


# The children of a run's properties (``w:rPr``) in the schema's order, after ``w:rStyle``.
RUN_PROPERTIES = _sequence(
    "w:rFonts w:b w:bCs w:i w:iCs w:caps w:smallCaps w:strike w:dstrike w:outline w:shadow w:emboss"
    " w:imprint w:noProof w:snapToGrid w:vanish w:webHidden w:color w:spacing w:w w:kern w:position"
    " w:sz w:szCs w:highlight w:u w:effect w:bdr w:shd w:fitText w:vertAlign w:rtl w:cs w:em w:lang"
    " w:eastAsianLayout w:specVanish w:oMath"
)


def run_properties_after(tag: str) -> tuple[str, ...]:
    """The run properties that the schema places after ``tag`` (for :func:`put`)."""
    return RUN_PROPERTIES[RUN_PROPERTIES.index(tag) + 1 :]


def run_shading(rpr: BaseOxmlElement, fill: str) -> None:
    """A background colour behind the text of a run (or a style's runs): what a style may use for emphasis."""
    put(rpr, element("w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": fill}), run_properties_after("w:shd"))


def bookmark(paragraph: Paragraph, name: str, number: int) -> None:
    """Wrap the paragraph's content in a bookmark (as Word marks the headings its contents link to)."""
    p = paragraph._p
    start = element("w:bookmarkStart", {"w:id": str(number), "w:name": name})
    ppr = p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(element("w:bookmarkEnd", {"w:id": str(number)}))


def text_run(text: str, style_id: str | None = None) -> BaseOxmlElement:
    """A ``w:r`` with ``text`` (one line, no tabs) in the character style ``style_id``."""
    run = element("w:r")
    if style_id:
        run.append(element("w:rPr", None, element("w:rStyle", {"w:val": style_id})))
    t = element("w:t")
    t.text = text
    if text != text.strip():
        t.set(qn("xml:space"), "preserve")
    run.append(t)
    return run


def link_to(paragraph: Paragraph, url: str) -> BaseOxmlElement:
    """An empty ``w:hyperlink`` to ``url`` (related to ``paragraph``'s part), not yet placed; fill it with runs."""
    return element(
        "w:hyperlink", {"r:id": paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True), "w:history": "1"}
    )


def hyperlink(
    paragraph: Paragraph, text: str, *, url: str | None = None, anchor: str | None = None, style_id: str | None = None
) -> BaseOxmlElement:
    """Append a link (to a web or e-mail address, or to a bookmark in the document) showing ``text``."""
    link = link_to(paragraph, url) if url is not None else element("w:hyperlink", {"w:history": "1"})
    if anchor is not None:
        link.set(qn("w:anchor"), anchor)
    if text:
        link.append(text_run(text, style_id))
    paragraph._p.append(link)
    return link


def field_runs(instruction: str, result: str = "", *, dirty: bool = False) -> list[BaseOxmlElement]:
    """The runs of a complex field: begin, instruction, separate, ``result``, end."""
    begin = element("w:fldChar", {"w:fldCharType": "begin", **({"w:dirty": "true"} if dirty else {})})
    instr = element("w:instrText", {"xml:space": "preserve"})
    instr.text = f" {instruction} "
    runs = [element("w:r", None, begin), element("w:r", None, instr)]
    runs.append(element("w:r", None, element("w:fldChar", {"w:fldCharType": "separate"})))
    if result:
        runs.append(text_run(result))
    runs.append(element("w:r", None, element("w:fldChar", {"w:fldCharType": "end"})))
    return runs


def add_field(paragraph: Paragraph, instruction: str, result: str = "") -> None:
    """Append a complex field (``PAGE``, ``NUMPAGES``, …) with its cached result."""
    for run in field_runs(instruction, result):
        paragraph._p.append(run)


# ------------------------------------------------------------------ tables


def header_row(row: _Row) -> None:
    """Mark a row as the table's header: repeated on every page, read as column headers, kept whole."""
    tr_pr = row._tr.get_or_add_trPr()
    put(
        tr_pr,
        element("w:cantSplit"),
        ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden", *_TRPR_REVISIONS),
    )
    put(tr_pr, element("w:tblHeader"), ("w:tblCellSpacing", "w:jc", "w:hidden", *_TRPR_REVISIONS))


def keep_row_together(row: _Row) -> None:
    """Never split the row across two pages."""
    tr_pr = row._tr.get_or_add_trPr()
    put(
        tr_pr,
        element("w:cantSplit"),
        ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden", *_TRPR_REVISIONS),
    )


def cell_width(cell: _Cell, width: Length) -> None:
    """The cell's width, set on the ``w:tcW`` every new python-docx cell has (else as python-docx sets it)."""
    tc_pr = cell._tc.tcPr
    tc_w = tc_pr.find(qn("w:tcW")) if tc_pr is not None else None
    if tc_w is None:
        cell.width = width
        return
    tc_w.set(qn("w:type"), "dxa")
    tc_w.set(qn("w:w"), str(width.twips))


def row_revision(row: _Row, mark: BaseOxmlElement) -> None:
    """Mark a whole row as inserted or deleted (``w:ins``/``w:del`` after the row's base properties)."""
    row._tr.get_or_add_trPr().insert_element_before(mark, "w:trPrChange")


def describe_table(table: Table, caption: str, description: str = "") -> None:
    """The table's title and description, read by screen readers (Word: Table Properties › Alt Text)."""
    tbl_pr = table._tbl.tblPr
    put(tbl_pr, element("w:tblCaption", {"w:val": caption}), _TBLPR_AFTER_LOOK[1:])
    if description:
        put(tbl_pr, element("w:tblDescription", {"w:val": description}), _TBLPR_AFTER_LOOK[2:])


def set_table_style(table: Table, style_id: str) -> None:
    """Put the table in the table style ``style_id`` (resolved once per document by the caller)."""
    table._tbl.tblPr.style = style_id


def move_before(table: Table, paragraph: Paragraph) -> None:
    """Move a table (python-docx appends new ones at the end of the body) to just before ``paragraph``."""
    paragraph._p.addprevious(table._tbl)


def table_look(table: Table, *, first_row: bool, first_column: bool) -> None:
    """Which parts of the table style apply: the header row and the first column."""
    bits = (0x20 if first_row else 0) | (0x80 if first_column else 0) | 0x200 | 0x400  # no banding
    look = {
        "w:val": f"{bits:04X}",
        "w:firstRow": "1" if first_row else "0",
        "w:lastRow": "0",
        "w:firstColumn": "1" if first_column else "0",
        "w:lastColumn": "0",
        "w:noHBand": "1",
        "w:noVBand": "1",
    }
    put(table._tbl.tblPr, element("w:tblLook", look), _TBLPR_AFTER_LOOK)


def table_indent(table: Table, twips: int) -> None:
    """Indent the whole table from the left margin."""
    put(table._tbl.tblPr, element("w:tblInd", {"w:w": str(twips), "w:type": "dxa"}), _TBLPR_AFTER_IND)


def cell_shading(cell: _Cell, fill: str) -> None:
    """Fill a cell with a colour (hex RGB)."""
    put(
        cell._tc.get_or_add_tcPr(),
        element("w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": fill}),
        _TCPR_AFTER_SHD,
    )


def cell_borders(cell: _Cell, sides: dict[str, dict[str, str] | None]) -> None:
    """Borders of one cell; None for a side hides it."""
    order = ("top", "left", "bottom", "right")
    children = [element(f"w:{s}", sides[s] or {"w:val": "nil"}) for s in order if s in sides]
    put(cell._tc.get_or_add_tcPr(), element("w:tcBorders", None, *children), _TCPR_AFTER_BORDERS)


def cell_margins(cell: _Cell, **twips: int) -> None:
    """Inner margins of one cell in twentieths of a point (top, left, bottom, right)."""
    sides = [
        element(f"w:{s}", {"w:w": str(twips[s]), "w:type": "dxa"})
        for s in ("top", "left", "bottom", "right")
        if s in twips
    ]
    put(cell._tc.get_or_add_tcPr(), element("w:tcMar", None, *sides), _TCPR_AFTER_MAR)


# ------------------------------------------------------------------ sections and settings


def columns(section: Section, count: int, *, space_twips: int = 425) -> None:
    """Lay the section out in ``count`` columns (1 for the usual single column)."""
    attrs = {"w:space": str(space_twips)} if count == 1 else {"w:num": str(count), "w:space": str(space_twips)}
    put(section._sectPr, element("w:cols", attrs), _SECTPR_AFTER_COLS)


def set_update_fields(settings: BaseOxmlElement, update: bool) -> None:
    """Ask Word to update every field when it opens the document (it shows a prompt), or not."""
    for old in settings.findall(qn("w:updateFields")):
        settings.remove(old)
    if update:
        settings.insert_element_before(element("w:updateFields", {"w:val": "true"}), *_SETTINGS_AFTER_UPDATE)


def compatibility_mode(settings: BaseOxmlElement, mode: int) -> None:
    """Word's layout compatibility (15: Word 2013 and later, no "[Compatibility Mode]" in the title bar)."""
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = settings.insert_element_before(element("w:compat"), *_SETTINGS_AFTER_UPDATE[4:])
    for child in list(compat):
        compat.remove(child)
    for name, value in (
        ("compatibilityMode", str(mode)),
        ("overrideTableStyleFontSizeAndJustification", "1"),
        ("enableOpenTypeFeatures", "1"),
        ("doNotFlipMirrorIndents", "1"),
    ):
        compat.append(element("w:compatSetting", {"w:name": name, "w:uri": WORD_URI, "w:val": value}))


# ------------------------------------------------------------------ lists and document structure


def style_is_numbered(style: BaseStyle | None) -> bool:
    """Whether the paragraph style (or a style it is based on) carries list numbering ("1", "7.2")."""
    while style is not None:
        ppr = style.element.pPr
        if ppr is not None and ppr.numPr is not None:
            return True
        style = getattr(style, "base_style", None)
    return False


def restart_numbering(document: Document, paragraphs: list[Paragraph], style: BaseStyle | None) -> None:
    """Number ``paragraphs`` from 1, as a list of their own (a new ``w:num`` restarting the style's list)."""
    num_pr = None
    while style is not None and num_pr is None:
        ppr = style.element.pPr
        num_pr = ppr.numPr if ppr is not None else None
        style = getattr(style, "base_style", None)
    if num_pr is None or num_pr.numId is None:
        return
    numbering = document.part.numbering_part.element
    abstract = numbering.num_having_numId(num_pr.numId.val).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    for paragraph in paragraphs:
        own = cast(Any, paragraph._p.get_or_add_pPr()).get_or_add_numPr()  # python-docx makes it at run time
        own.get_or_add_ilvl().val = 0
        own.get_or_add_numId().val = num.numId


def last_block_is_table(document: Document) -> bool:
    """Whether the body's last block (before the section properties) is a table."""
    blocks = [child for child in document.element.body if child.tag in (qn("w:p"), qn("w:tbl"))]
    return bool(blocks) and blocks[-1].tag == qn("w:tbl")


def remove(paragraph: Paragraph) -> None:
    """Take the paragraph out of the document."""
    p = paragraph._p
    parent = p.getparent()
    if parent is not None:
        parent.remove(p)


def text_width(section: Section) -> int:
    """The width between a section's margins, in EMU."""
    return (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)


def end_section(paragraph: Paragraph, document: Document) -> Section:
    """End the document's current section at ``paragraph`` (no empty break paragraph); return the next one.

    The ended section keeps its header and footer; the next one, which starts after ``paragraph`` and
    is now the last, inherits them and has no separate first-page header. Change its layout (columns,
    orientation, start type) for what follows.
    """
    sentinel = document.element.body.get_or_add_sectPr()
    paragraph._p.get_or_add_pPr().insert_element_before(deepcopy(sentinel), "w:pPrChange")
    for reference in sentinel.xpath("w:headerReference|w:footerReference"):
        sentinel.remove(reference)
    section = document.sections[-1]
    section.different_first_page_header_footer = False
    return section


def copy_header_footer(source: Section, target: Section, right_tab: Length) -> None:
    """Give ``target`` its own copy of ``source``'s header and footer, with the right tab at ``right_tab``.

    A landscape section is wider than the template's portrait pages; its header and footer keep their
    right-hand text at its right margin.
    """
    for own, theirs in ((target.header, source.header), (target.footer, source.footer)):
        own.is_linked_to_previous = False
        element = own._element
        for child in list(element):
            element.remove(child)
        for child in theirs._element:
            element.append(deepcopy(child))
        for paragraph in own.paragraphs:
            stops = paragraph.paragraph_format.tab_stops
            style_stops = paragraph.style.paragraph_format.tab_stops if paragraph.style is not None else []
            for stop in style_stops:
                stops.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
            stops.add_tab_stop(right_tab, WD_TAB_ALIGNMENT.RIGHT)
