"""Build ``templates/routine.docx``, the Word template of the routine, from python-docx's default template.

Run from the repository root::

    .venv/bin/python tools/build_template.py [OUTPUT]

The result is reproducible: the same python-docx version gives the same styles, header, footer and page
set-up. Styles are looked up by their built-in NAME (never by style id, which Word translates, e.g.
``Rubrik1`` in Swedish Word). The export relies on what this script creates; ``tests/export/test_template.py``
checks every style, placeholder and field, so a coordinator's restyled template can be checked the same way.

Placeholders in the header and footer (replaced by the export, also when Word splits them across runs):
``{titel}``, ``{område}``, ``{version}``, ``{status}`` and ``{utkast}`` ("UTKAST" in a draft, else empty).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from routine_builder.export.docx_helpers import set_update_fields
from routine_builder.export.xml_order import insert_ordered

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "templates" / "routine.docx"

FONT = "Arial"
PRIMARY = RGBColor(0x1B, 0x4F, 0x72)
GREY = RGBColor(0x59, 0x59, 0x59)
TEXT_WIDTH_CM = 16.0
LANG = "sv-SE"


def _set_fonts(rpr, font: str) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        insert_ordered(rpr, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)


def _doc_defaults(document) -> None:
    """Font, size and language sv-SE for everything that does not say otherwise."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr, FONT)
    insert_ordered(rpr, parse_xml(f'<w:lang {nsdecls("w")} w:val="{LANG}" w:eastAsia="{LANG}" w:bidi="ar-SA"/>'))
    lang = document.settings.element.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:val"), LANG)


def _para_style(
    document,
    name: str,
    *,
    base: str | None = "Normal",
    size: float | None = None,
    bold: bool | None = None,
    color: RGBColor | None = None,
    before: float | None = None,
    after: float | None = None,
    italic: bool | None = None,
    keep_next: bool | None = None,
):
    styles = document.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.quick_style = True
    if base:
        style.base_style = styles[base]
    font = style.font
    font.name = FONT
    _set_fonts(style.element.get_or_add_rPr(), FONT)
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    if color is not None:
        font.color.rgb = color
    fmt = style.paragraph_format
    if before is not None:
        fmt.space_before = Pt(before)
    if after is not None:
        fmt.space_after = Pt(after)
    if keep_next is not None:
        fmt.keep_with_next = keep_next
    return style


def _remove_border(style) -> None:
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(qn("w:pBdr")):
        ppr.remove(old)


def _border(style, sides: dict[str, tuple[int, str, int]], shade: str | None = None) -> None:
    ppr = style.element.get_or_add_pPr()
    inner = "".join(
        f'<w:{side} w:val="single" w:sz="{sz}" w:space="{space}" w:color="{color}"/>'
        for side, (sz, color, space) in sides.items()
    )
    insert_ordered(ppr, parse_xml(f"<w:pBdr {nsdecls('w')}>{inner}</w:pBdr>"))
    if shade:
        insert_ordered(ppr, parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))


def _styles(document) -> None:
    normal = _para_style(document, "Normal", base=None, size=11, after=6)
    normal.paragraph_format.line_spacing = 1.15
    title = _para_style(document, "Title", size=28, bold=True, color=PRIMARY, before=0, after=12)
    _remove_border(title)
    title.font.all_caps = False
    _para_style(document, "Subtitle", size=16, italic=False, color=GREY, before=0, after=6)
    h1 = _para_style(document, "Heading 1", size=16, bold=True, color=PRIMARY, before=24, after=8, keep_next=True)
    _border(h1, {"bottom": (6, "1B4F72", 2)})
    _para_style(document, "Heading 2", size=13, bold=True, color=PRIMARY, before=16, after=4, keep_next=True)
    h3 = _para_style(
        document, "Heading 3", size=11, bold=True, color=RGBColor(0x26, 0x26, 0x26), before=10, after=2, keep_next=True
    )
    for style in (title, h1, document.styles["Heading 2"], h3):
        _set_fonts(style.element.get_or_add_rPr(), FONT)
        style.font.italic = False
    _para_style(document, "List Bullet", after=3)
    _para_style(document, "List Number", after=3)
    toc_heading = _para_style(
        document, "TOC Heading", base="Normal", size=16, bold=True, color=PRIMARY, before=0, after=12
    )
    _clear_numbering_and_outline(toc_heading)
    for level in (1, 2):
        toc = _para_style(document, f"toc {level}", size=11, bold=level == 1, before=6 if level == 1 else 0, after=2)
        toc.paragraph_format.left_indent = Cm(0 if level == 1 else 0.6)
        toc.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    # The guideline's point opens each chapter, inside a shaded box drawn by the export (a one-cell table).
    _para_style(document, "Riktlinjetext", size=10.5, color=RGBColor(0x1F, 0x33, 0x44), before=2, after=4)
    _para_style(document, "Riktlinjepunkt", base="List Bullet", size=10.5, color=RGBColor(0x1F, 0x33, 0x44), after=2)
    _para_style(document, "Tabelltext", size=9.5, before=1, after=1).paragraph_format.line_spacing = 1.0
    gap = _para_style(document, "Saknat svar", bold=True, color=RGBColor(0x9C, 0x00, 0x06), before=2, after=6)
    gap.font.highlight_color = 7  # WD_COLOR_INDEX.YELLOW
    _para_style(document, "Dokumentuppgifter", size=10, before=0, after=0)
    for name in ("Header", "Footer"):
        style = _para_style(document, name, size=8.5, color=GREY, after=0)
        for old in style.element.get_or_add_pPr().findall(qn("w:tabs")):
            old.getparent().remove(old)
        style.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)
    _table_style(document)
    _heading_numbering(document)


def _clear_numbering_and_outline(style) -> None:
    """Make sure a style based on a heading neither numbers nor enters the contents."""
    ppr = style.element.get_or_add_pPr()
    for tag in ("w:numPr", "w:outlineLvl"):
        for old in ppr.findall(qn(tag)):
            ppr.remove(old)
    insert_ordered(ppr, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'))


def _table_style(document) -> None:
    """'Rutintabell': thin grid, blue header row with white bold text (repeated on each page by the export)."""
    styles = document.styles
    style = styles.add_style("Rutintabell", WD_STYLE_TYPE.TABLE)
    style.base_style = styles["Table Grid"]
    style.font.name = FONT
    style.font.size = Pt(9.5)
    insert_ordered(
        style.element,
        parse_xml(
            f'<w:pPr {nsdecls("w")}><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>'
        ),
    )
    insert_ordered(
        style.element,
        parse_xml(
            f"<w:tblPr {nsdecls('w')}><w:tblBorders>"
            + "".join(
                f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="A6B8C8"/>'
                for side in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + '</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
            '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        ),
    )
    insert_ordered(
        style.element,
        parse_xml(
            f'<w:tblStylePr {nsdecls("w")} w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>'
            "<w:tblPr/><w:trPr><w:tblHeader/></w:trPr>"
            '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1B4F72"/></w:tcPr></w:tblStylePr>'
        ),
    )


def _heading_numbering(document) -> None:
    """Give Heading 1 and 2 numbers ('3', '8.2') through a list definition linked to the styles."""
    numbering = document.part.numbering_part.element
    abstract_id, num_id = 90, 90
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="{sid}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{ind}" w:hanging="{ind}"/></w:pPr></w:lvl>'
        for i, (sid, text, ind) in enumerate((("Heading1", "%1", 567), ("Heading2", "%1.%2", 680)))
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}"><w:nsid w:val="5A3C1B90"/>'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    )
    for level, name in enumerate(("Heading 1", "Heading 2")):
        style = document.styles[name]
        ppr = style.element.get_or_add_pPr()
        insert_ordered(
            ppr, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
        )


def _field(paragraph, instruction: str, placeholder: str) -> None:
    def run_with(element) -> None:
        paragraph.add_run()._r.append(element)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    paragraph.add_run(placeholder)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _page_setup(document) -> None:
    section = document.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance, section.footer_distance = Cm(1.2), Cm(1.0)
    section.different_first_page_header_footer = True  # the cover page has no header or footer
    header = section.header.paragraphs[0]
    header.style = document.styles["Header"]
    header.add_run("{titel}")
    header.add_run("\t")
    header.add_run("{område}")
    draft = section.header.add_paragraph(style=document.styles["Header"])
    draft.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    mark = draft.add_run("{utkast}")
    mark.bold = True
    mark.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    mark.font.size = Pt(10)
    _border(document.styles["Header"], {"bottom": (4, "A6B8C8", 4)})
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    footer.add_run("{version} · {status}\tSida ")
    _field(footer, "PAGE", "1")
    footer.add_run(" av ")
    _field(footer, "NUMPAGES", "1")
    for part in (section.first_page_header, section.first_page_footer):
        part.is_linked_to_previous = False
        part.paragraphs[0].text = ""
        part.paragraphs[0].style = document.styles["Normal"]


def _settings(document) -> None:
    set_update_fields(document)
    settings = document.settings.element
    for tag, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        element = settings.find(qn(tag))
        if element is not None:
            element.set(qn("w:val"), value)


def _properties(document) -> None:
    props = document.core_properties
    props.title = "Lokal rutin för samverkan vid oro för väntat barn"
    props.subject = "Mall för Routine Builder"
    props.author = ""
    props.last_modified_by = ""
    props.comments = "Mall för lokala rutiner. Formatmallarna kan ändras i Word; se README."
    props.keywords = ""
    props.language = LANG
    props.revision = 1
    stamp = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    props.created = props.modified = stamp
    props.last_printed = stamp


def build(output: Path = DEFAULT_OUTPUT) -> Path:
    """Build the template and return its path."""
    document = Document()
    _doc_defaults(document)
    _styles(document)
    _page_setup(document)
    _settings(document)
    _properties(document)
    body = document.element.body
    for paragraph in list(document.paragraphs):
        body.remove(paragraph._p)
    output.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(output))
    keep = output.parent / ".keep"
    if keep.exists():
        keep.unlink()
    return output


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT
    print(f"Mallen skrevs: {build(target)}")
