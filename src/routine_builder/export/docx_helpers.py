"""Small pieces of WordprocessingML that python-docx has no API for: fields, breaks, table details.

Styles are looked up by their NAME (``document.styles["Heading 1"]``), never by style id, because
Word translates style ids (``Rubrik1`` in Swedish Word) but keeps the built-in names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Twips
from docx.styles.style import BaseStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from routine_builder.export.text_clean import segments
from routine_builder.export.xml_order import AFTER_UPDATE_FIELDS, insert_ordered, local_name

# Styles the export uses; those with a fallback may be deleted by a coordinator without breaking it.
REQUIRED_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Number")
OPTIONAL_STYLES = {
    "TOC Heading": "Normal",
    "toc 1": "Normal",
    "toc 2": "Normal",
    "Riktlinjetext": "Normal",
    "Riktlinjepunkt": "List Bullet",
    "Tabelltext": "Normal",
    "Saknat svar": "Normal",
    "Dokumentuppgifter": "Normal",
    "Rutintabell": "Table Grid",
}
TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'


class Styles:
    """The styles of one document by name, resolved once; a missing optional style falls back."""

    def __init__(self, document: Document):
        self._document = document
        self._cache: dict[str, BaseStyle | None] = {}
        self._ids: dict[str, str | None] = {}

    def get(self, name: str) -> BaseStyle | None:
        """The style called ``name`` (or its fallback), None when neither exists."""
        if name not in self._cache:
            try:
                self._cache[name] = self._document.styles[name]
            except KeyError:
                fallback = OPTIONAL_STYLES.get(name)
                self._cache[name] = self.get(fallback) if fallback else None
        return self._cache[name]

    def style_id(self, name: str) -> str | None:
        """The id of the style called ``name`` (or of its fallback): what ``w:pStyle`` refers to."""
        if name not in self._ids:
            style = self.get(name)
            self._ids[name] = style.style_id if style is not None else None
        return self._ids[name]


def set_paragraph_style(p, style_id: str) -> None:
    """Point a paragraph at a style id directly (python-docx's setter scans all styles on every call)."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        p.insert(0, ppr)
    for old in ppr.findall(qn("w:pStyle")):
        ppr.remove(old)
    element = OxmlElement("w:pStyle")
    element.set(qn("w:val"), style_id)
    ppr.insert(0, element)


def _run(bold: bool = False, italic: bool = False, highlight: str | None = None, color: str | None = None):
    run = OxmlElement("w:r")
    if bold or italic or highlight or color:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        if color:
            element = OxmlElement("w:color")
            element.set(qn("w:val"), color)
            rpr.append(element)
        if highlight:
            element = OxmlElement("w:highlight")
            element.set(qn("w:val"), highlight)
            rpr.append(element)
        run.append(rpr)
    return run


def add_text(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    highlight: str | None = None,
    color: str | None = None,
) -> None:
    """Append ``text`` as one run; line feeds, vertical tabs and form feeds become real breaks."""
    run = _run(bold, italic, highlight, color)
    for segment in segments(text):
        if segment.kind == "text":
            element = OxmlElement("w:t")
            element.text = segment.text
            if segment.text != segment.text.strip():
                element.set(qn("xml:space"), "preserve")
        elif segment.kind == "tab":
            element = OxmlElement("w:tab")
        else:
            element = OxmlElement("w:br")
            if segment.kind == "page":
                element.set(qn("w:type"), "page")
        run.append(element)
    paragraph._p.append(run)


def _fld_char(kind: str):
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        char.set(qn("w:dirty"), "true")
    run.append(char)
    return run


def _instr(instruction: str):
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run.append(instr)
    return run


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "") -> None:
    """Append a complex field (``PAGE``, ``NUMPAGES``, …) with a cached result."""
    paragraph._p.append(_fld_char("begin"))
    paragraph._p.append(_instr(instruction))
    paragraph._p.append(_fld_char("separate"))
    add_text(paragraph, placeholder)
    paragraph._p.append(_fld_char("end"))


def add_toc(document: Document, styles: Styles, entries: Iterable[tuple[int, str]]) -> None:
    """A table-of-contents field whose cached result already lists the headings (without page numbers).

    Word updates it on opening (``updateFields``); the PDF conversion updates it with LibreOffice.
    """
    entries = list(entries) or [(1, "Högerklicka och välj Uppdatera fält för att visa innehållet.")]
    paragraphs = []
    for level, title in entries:
        paragraph = document._body._add_paragraph()
        style_id = styles.style_id(f"toc {level}")
        if style_id:
            set_paragraph_style(paragraph._p, style_id)
        add_text(paragraph, title)
        paragraphs.append(paragraph)
    first, last = paragraphs[0]._p, paragraphs[-1]._p
    ppr = first.find(qn("w:pPr"))
    anchor = 0 if ppr is None else 1
    for offset, element in enumerate((_fld_char("begin"), _instr(TOC_INSTRUCTION), _fld_char("separate"))):
        first.insert(anchor + offset, element)
    last.append(_fld_char("end"))


def set_update_fields(document: Document) -> None:
    """Mark the fields (contents, page numbers) to be updated when Word opens the document."""
    settings = document.settings.element
    update = settings.find(qn("w:updateFields"))
    if update is None:
        update = OxmlElement("w:updateFields")
        later = next((e for e in settings if local_name(e.tag) in AFTER_UPDATE_FIELDS), None)
        if later is not None:
            later.addprevious(update)
        else:
            settings.append(update)
    update.set(qn("w:val"), "true")


_TOKEN = re.compile(r"\{(titel|område|version|status|utkast)\}")


def replace_placeholders(paragraph: Paragraph, values: dict[str, str]) -> bool:
    """Replace ``{token}`` placeholders, also when Word has split one across runs; field runs stay intact.

    Returns whether the paragraph held a placeholder.
    """
    texts = list(paragraph._p.iter(qn("w:t")))
    joined = "".join(t.text or "" for t in texts)
    matches = list(_TOKEN.finditer(joined))
    if not matches:
        return False
    substitute: dict[int, str] = {}
    for match in matches:
        for position in range(match.start(), match.end()):
            substitute[position] = values.get(match.group(1), "") if position == match.start() else ""
    start = 0
    for element in texts:
        end = start + len(element.text or "")
        element.text = "".join(substitute.get(p, joined[p]) for p in range(start, end))
        element.set(qn("xml:space"), "preserve")
        start = end
    return True


def repeat_header(row: _Row) -> None:
    """Repeat the row at the top of every page the table runs over, and keep it in one piece."""
    tr_pr = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        element = OxmlElement(tag)
        tr_pr.append(element)


def cant_split(row: _Row) -> None:
    """Keep a row on one page."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def shade(cell: _Cell, fill: str) -> None:
    """Fill a cell with a colour (hex RGB)."""
    element = OxmlElement("w:shd")
    element.set(qn("w:val"), "clear")
    element.set(qn("w:color"), "auto")
    element.set(qn("w:fill"), fill)
    insert_ordered(cell._tc.get_or_add_tcPr(), element)


def cell_borders(cell: _Cell, color: str | None, size: int = 8) -> None:
    """Draw (colour) or hide (None) all four borders of a cell."""
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "single" if color else "nil")
        if color:
            element.set(qn("w:sz"), str(size))
            element.set(qn("w:color"), color)
        borders.append(element)
    insert_ordered(cell._tc.get_or_add_tcPr(), borders)


def column_widths(table: Table, widths_cm: list[float]) -> None:
    """Fixed column widths: the grid (which LibreOffice follows) and every cell (which Word follows)."""
    table.autofit = False
    twips = [int(w * 567) for w in widths_cm]
    for grid_col, width in zip(table._tbl.tblGrid.gridCol_lst, twips, strict=False):
        grid_col.w = Twips(width)
    for tr in table._tbl.tr_lst:
        column = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Twips(sum(twips[column : column + span]))
            column += span


def cell_margins(cell: _Cell, **twips: int) -> None:
    """Inner margins of one cell in twentieths of a point (top, left, bottom, right)."""
    margins = OxmlElement("w:tcMar")
    for side in ("top", "left", "bottom", "right"):
        if side in twips:
            element = OxmlElement(f"w:{side}")
            element.set(qn("w:w"), str(twips[side]))
            element.set(qn("w:type"), "dxa")
            margins.append(element)
    insert_ordered(cell._tc.get_or_add_tcPr(), margins)


def keep_with_next(paragraph: Paragraph) -> None:
    """Keep the paragraph on the same page as the next one."""
    paragraph.paragraph_format.keep_with_next = True
