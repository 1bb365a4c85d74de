"""Small pieces of WordprocessingML on lxml elements: styles by name, fields, contents, table details.

Styles are looked up by their NAME (``document.styles["Heading 1"]``), never by style id, because
Word translates style ids (``Rubrik1`` in Swedish Word) but keeps the built-in names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph
from lxml import etree

from routine_builder.export import xml_build as xb
from routine_builder.export.xml_build import Element
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


def _element(item: Paragraph | Element) -> Element:
    """The ``w:p`` of a python-docx paragraph, or the element itself."""
    return getattr(item, "_p", item)


def set_paragraph_style(p: Element, style_id: str) -> None:
    """Point a paragraph at a style id directly (python-docx's setter scans all styles on every call)."""
    ppr = xb.get_or_add_ppr(p)
    for old in ppr.findall(xb.PSTYLE):
        ppr.remove(old)
    ppr.insert(0, etree.Element(xb.PSTYLE, {xb.VAL: style_id}))


def add_text(
    paragraph: Paragraph | Element,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    highlight: str | None = None,
    color: str | None = None,
) -> None:
    """Append ``text`` as one run; line feeds, vertical tabs and form feeds become real breaks."""
    xb.add_run(_element(paragraph), text, bold=bold, italic=italic, highlight=highlight, color=color)


def _fld_char(kind: str) -> Element:
    run = etree.Element(xb.R)
    attrib = {xb.w("fldCharType"): kind}
    if kind == "begin":
        attrib[xb.w("dirty")] = "true"
    xb.sub(run, xb.w("fldChar"), attrib)
    return run


def _instr(instruction: str) -> Element:
    run = etree.Element(xb.R)
    instr = xb.sub(run, xb.w("instrText"), {xb.XML_SPACE: "preserve"})
    instr.text = f" {instruction} "
    return run


def add_field(paragraph: Paragraph | Element, instruction: str, placeholder: str = "") -> None:
    """Append a complex field (``PAGE``, ``NUMPAGES``, …) with a cached result."""
    p = _element(paragraph)
    p.append(_fld_char("begin"))
    p.append(_instr(instruction))
    p.append(_fld_char("separate"))
    xb.add_run(p, placeholder)
    p.append(_fld_char("end"))


def toc_paragraphs(styles: Styles, entries: Iterable[tuple[int, str]]) -> list[Element]:
    """A table-of-contents field whose cached result already lists the headings (without page numbers).

    Word updates it on opening (``updateFields``); the PDF conversion updates it with LibreOffice.
    """
    entries = list(entries) or [(1, "Högerklicka och välj Uppdatera fält för att visa innehållet.")]
    paragraphs = []
    for level, title in entries:
        paragraph = xb.new_paragraph(styles.style_id(f"toc {level}"))
        xb.add_run(paragraph, title)
        paragraphs.append(paragraph)
    first, last = paragraphs[0], paragraphs[-1]
    anchor = 0 if first.find(xb.PPR) is None else 1
    for offset, element in enumerate((_fld_char("begin"), _instr(TOC_INSTRUCTION), _fld_char("separate"))):
        first.insert(anchor + offset, element)
    last.append(_fld_char("end"))
    return paragraphs


def set_update_fields(document: Document | Element) -> None:
    """Mark the fields (contents, page numbers) to be updated when Word opens the document.

    Takes a python-docx document or the ``w:settings`` element itself.
    """
    settings = document.settings.element if isinstance(document, Document) else document
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


def replace_placeholders(paragraph: Paragraph | Element, values: dict[str, str]) -> bool:
    """Replace ``{token}`` placeholders, also when Word has split one across runs; field runs stay intact.

    Returns whether the paragraph held a placeholder.
    """
    texts = list(_element(paragraph).iter(qn("w:t")))
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


def repeat_header(tr: Element) -> None:
    """Repeat the row at the top of every page the table runs over, and keep it in one piece."""
    tr_pr = xb.get_or_add_trpr(tr)
    xb.sub(tr_pr, xb.w("cantSplit"))
    xb.sub(tr_pr, xb.w("tblHeader"))


def cant_split(tr: Element) -> None:
    """Keep a row on one page."""
    xb.sub(xb.get_or_add_trpr(tr), xb.w("cantSplit"))


def shade(tc: Element, fill: str) -> None:
    """Fill a cell with a colour (hex RGB)."""
    element = etree.Element(xb.w("shd"), {xb.VAL: "clear", xb.w("color"): "auto", xb.w("fill"): fill})
    insert_ordered(xb.tc_pr(tc), element)


def cell_borders(tc: Element, color: str | None, size: int = 8) -> None:
    """Draw (colour) or hide (None) all four borders of a cell."""
    borders = etree.Element(xb.w("tcBorders"))
    attrib = {xb.VAL: "single", xb.w("sz"): str(size), xb.w("color"): color} if color else {xb.VAL: "nil"}
    for side in ("top", "left", "bottom", "right"):
        xb.sub(borders, xb.w(side), attrib)
    insert_ordered(xb.tc_pr(tc), borders)


def cell_margins(tc: Element, **twips: int) -> None:
    """Inner margins of one cell in twentieths of a point (top, left, bottom, right)."""
    margins = etree.Element(xb.w("tcMar"))
    for side in ("top", "left", "bottom", "right"):
        if side in twips:
            xb.sub(margins, xb.w(side), {xb.WIDTH: str(twips[side]), xb.TYPE: "dxa"})
    insert_ordered(xb.tc_pr(tc), margins)


def _ppr_child(p: Element, name: str, attrib: dict[str, str] | None = None) -> None:
    insert_ordered(xb.get_or_add_ppr(p), etree.Element(xb.w(name), attrib or {}))


def keep_with_next(p: Element) -> None:
    """Keep the paragraph on the same page as the next one."""
    _ppr_child(p, "keepNext")


def page_break_before(p: Element) -> None:
    """Start the paragraph on a new page."""
    _ppr_child(p, "pageBreakBefore")


def centre(p: Element) -> None:
    """Centre the paragraph."""
    _ppr_child(p, "jc", {xb.VAL: "center"})


def spacing(p: Element, **values: int | str) -> None:
    """Paragraph spacing in twips, e.g. ``before=1800``; ``lineRule``/``line`` for an exact line height."""
    _ppr_child(p, "spacing", {xb.w(key): str(value) for key, value in values.items()})
