"""Build ``templates/routine.docx``, the Word template of the routine: lean, current and restylable.

Run from the repository root::

    .venv/bin/python tools/build_template.py [OUTPUT]

It starts from python-docx's default document and keeps only what a routine uses: the styles in use plus
Word's built-in heading, list, caption and contents styles; one list definition per list style; Word 2013
layout (compatibility mode 15, so Word shows no "[Kompatibilitetsläge]"). Leftovers of the default go:
``stylesWithEffects.xml``, the thumbnail, the bibliography ``customXml`` part, stale statistics and
``rsid``s. The result is reproducible. Styles are looked up by their built-in NAME (never by style id,
which Word translates, e.g. ``Rubrik1`` in Swedish Word); ``tests/export/test_template.py`` checks every
style, placeholder and field, so a coordinator's restyled template can be checked the same way.

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
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from routine_builder.export import ooxml
from routine_builder.export.properties import write_app_properties

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "templates" / "routine.docx"

FONT = "Arial"
PRIMARY = RGBColor(0x1B, 0x4F, 0x72)
GREY = RGBColor(0x59, 0x59, 0x59)
BOX_TEXT = RGBColor(0x1F, 0x33, 0x44)
BOX_FILL, BOX_LINE = "EAF1F7", "1B4F72"
DECISION_FILL = "FFF2CC"
ADVICE_FILL, ADVICE_LINE = "F6F2E4", "7A5C12"  # recommendations: a box of their own, apart from the guideline's
TEXT_WIDTH_CM = 16.0
LANG = "sv-SE"
# Where the guideline box's borders sit outside its text (points), so that the box lines up with the margins.
BOX_PAD_LEFT, BOX_BAR = 7, 24  # points; the bar in eighths of a point
BOX_INDENT_LEFT = round((BOX_PAD_LEFT + BOX_BAR / 8) * 20)  # twips

# Built-in styles the template keeps from python-docx's default (by name); everything else is removed.
KEEP_BUILT_IN = {
    "Normal",
    "Default Paragraph Font",
    "Normal Table",
    "No List",
    "Table Grid",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "List Bullet",
    "List Number",
    "Caption",
    "TOC Heading",
    "Header",
    "Footer",
}
# numId of the list definitions: bullets, numbers, the guideline box's bullets, heading numbers.
NUM_BULLET, NUM_NUMBER, NUM_BOX_BULLET, NUM_HEADINGS, NUM_ADVICE_BULLET = 1, 2, 3, 4, 5


def _set_fonts(rpr, font: str) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.insert_element_before(ooxml.element("w:rFonts"), *ooxml.run_properties_after("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)


def _prune(document) -> None:
    """Drop the default template's leftovers: stylesWithEffects, customXml, thumbnail, unused styles."""
    part = document.part
    for r_id, rel in list(part.rels.items()):
        if rel.reltype.endswith(("/stylesWithEffects", "/customXml")):
            part.drop_rel(r_id)
    package = part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package.rels.pop(r_id)
    styles = document.styles.element
    for style in list(styles.iterchildren(qn("w:style"))):
        if style.name_val is None or style.name_val.lower() not in {n.lower() for n in KEEP_BUILT_IN}:
            styles.remove(style)
    for style in styles.iterchildren(qn("w:style")):
        for link in style.findall(qn("w:link")):
            style.remove(link)
        for rsid in style.findall(qn("w:rsid")):
            style.remove(rsid)


def _doc_defaults(document) -> None:
    """Font, size, spacing and language sv-SE for everything that does not say otherwise.

    They stand here rather than in 'Normal' so that the table style's smaller text and tighter spacing
    reach the paragraphs in its cells (a paragraph style's own values would win over the table style's).
    """
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr, FONT)
    for tag in ("w:sz", "w:szCs"):
        ooxml.put(rpr, ooxml.element(tag, {"w:val": "22"}), ooxml.run_properties_after(tag))
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ooxml.element("w:spacing", {"w:after": "120", "w:line": "276", "w:lineRule": "auto"})
    ooxml.put(ppr, spacing, ooxml._PPR_AFTER_SHD[12:])
    lang = parse_xml(f'<w:lang {nsdecls("w")} w:val="{LANG}" w:eastAsia="{LANG}" w:bidi="ar-SA"/>')
    ooxml.put(rpr, lang, ("w:eastAsianLayout", "w:specVanish", "w:oMath"))
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), LANG)
        theme_lang.attrib.pop(qn("w:eastAsia"), None)


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


def _clear(style, *tags: str) -> None:
    ppr = style.element.get_or_add_pPr()
    for tag in tags:
        for old in ppr.findall(qn(tag)):
            ppr.remove(old)


def _numbering(style, num_id: int, level: int = 0) -> None:
    ppr = style.element.get_or_add_pPr()
    num_pr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    ooxml.put(ppr, num_pr, ("w:suppressLineNumbers", "w:pBdr", "w:shd", *ooxml._PPR_AFTER_SHD))


def _styles(document) -> None:
    normal = _para_style(document, "Normal", base=None)
    _clear(normal, "w:spacing")
    for tag in ("w:sz", "w:szCs"):
        for old in normal.element.get_or_add_rPr().findall(qn(tag)):
            old.getparent().remove(old)
    title = _para_style(document, "Title", size=28, bold=True, color=PRIMARY, before=0, after=12)
    _clear(title, "w:pBdr", "w:spacing", "w:contextualSpacing")
    title.paragraph_format.space_after = Pt(12)
    title.font.all_caps = False
    _para_style(document, "Subtitle", size=16, italic=False, color=GREY, before=0, after=6)
    document.styles["Subtitle"].element.get_or_add_pPr()
    h1 = _para_style(document, "Heading 1", size=16, bold=True, color=PRIMARY, before=24, after=8, keep_next=True)
    ooxml.paragraph_borders(h1.element.get_or_add_pPr(), {"bottom": ooxml.border_attrs(6, BOX_LINE, 2)})
    h2 = _para_style(document, "Heading 2", size=13, bold=True, color=PRIMARY, before=16, after=4, keep_next=True)
    h3 = _para_style(
        document, "Heading 3", size=11, bold=True, color=RGBColor(0x26, 0x26, 0x26), before=10, after=2, keep_next=True
    )
    # A statement heading in the routine ("Mellanrubrik") and a question's heading in a comparison
    # ("Frågerubrik"): they look like Heading 3 and take their outline level from where they stand (the export
    # sets it), so that heading levels never jump and only chapters are listed in the contents.
    for name in ("Mellanrubrik", "Frågerubrik"):
        _para_style(
            document, name, size=11, bold=True, color=RGBColor(0x26, 0x26, 0x26), before=10, after=2, keep_next=True
        )
    # An attachment's heading ("Bilaga 2. Kontaktlista"): looks like Heading 2 without the chapter numbering, at
    # outline level 2 (navigation pane, PDF bookmarks) and listed in the contents by the TOC field's \t switch.
    appendix = _para_style(
        document, "Bilagerubrik", size=13, bold=True, color=PRIMARY, before=16, after=4, keep_next=True
    )
    ooxml.put(
        appendix.element.get_or_add_pPr(), ooxml.element("w:outlineLvl", {"w:val": "1"}), ooxml._PPR_AFTER_OUTLINE
    )
    for style in (title, h1, h2, h3, appendix):
        style.font.italic = False
    _para_style(document, "List Bullet", after=3)
    _para_style(document, "List Number", after=3)
    _numbering(document.styles["List Bullet"], NUM_BULLET)
    _numbering(document.styles["List Number"], NUM_NUMBER)
    toc_heading = _para_style(document, "TOC Heading", size=16, bold=True, color=PRIMARY, before=0, after=12)
    _clear(toc_heading, "w:numPr", "w:outlineLvl", "w:pBdr", "w:keepLines")
    for level in (1, 2):
        toc = _para_style(document, f"toc {level}", size=11, bold=level == 1, before=6 if level == 1 else 0, after=2)
        fmt = toc.paragraph_format
        fmt.left_indent = Cm(0 if level == 1 else 0.9)
        fmt.tab_stops.add_tab_stop(Cm(0.9 if level == 1 else 2.0))
        fmt.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    caption = _para_style(document, "Caption", size=9, bold=True, color=GREY, before=6, after=3)
    caption.font.italic = False
    _guideline_box(document)
    gap = _para_style(document, "Saknat svar", bold=True, color=RGBColor(0x9C, 0x00, 0x06), before=2, after=6)
    ooxml.run_shading(gap.element.get_or_add_rPr(), "FFFF00")  # a style's runs cannot carry w:highlight
    _flowchart_styles(document)
    for name in ("Header", "Footer"):
        style = _para_style(document, name, size=8.5, color=GREY, after=0)
        _clear(style, "w:tabs")
        style.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)
    ooxml.paragraph_borders(
        document.styles["Header"].element.get_or_add_pPr(), {"bottom": ooxml.border_attrs(4, "A6B8C8", 4)}
    )
    link = document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.base_style = document.styles["Default Paragraph Font"]
    link.font.color.rgb = RGBColor(0x0B, 0x55, 0x94)
    link.font.underline = True
    link.unhide_when_used = True
    _table_styles(document)


def _box_borders(style, fill: str, *, bar: int = BOX_BAR, right: bool = True, line: str = BOX_LINE) -> None:
    ppr = style.element.get_or_add_pPr()
    sides = {
        "top": ooxml.border_attrs(4, line, 5),
        "left": ooxml.border_attrs(bar, line, BOX_PAD_LEFT),
        "bottom": ooxml.border_attrs(4, line, 5),
    }
    if right:
        sides["right"] = ooxml.border_attrs(4, line, BOX_PAD_LEFT)
    ooxml.paragraph_borders(ppr, sides)
    ooxml.paragraph_shading(ppr, fill)


def _guideline_box(document) -> None:
    """The box styles: the guideline's point ('Riktlinje…') and a recommendation ('Rekommendation…').

    'Riktlinjetext' and 'Riktlinjepunkt' put the guideline's point in a shaded, bordered box in line with the
    text; 'Rekommendationstext' and 'Rekommendationspunkt' do the same for a recommendation in another colour.
    Consecutive paragraphs with the same borders form one box; the left indent puts the bar on the margin and
    the box, open on the right, ends at the right margin (a list's indents would move a right edge). The two
    kinds have different borders, so a recommendation after the guideline's point starts a box of its own.
    """
    kinds = (
        ("Riktlinjetext", "Riktlinjepunkt", BOX_FILL, BOX_LINE, NUM_BOX_BULLET),
        ("Rekommendationstext", "Rekommendationspunkt", ADVICE_FILL, ADVICE_LINE, NUM_ADVICE_BULLET),
    )  # each bullet style has a list of its own: LibreOffice drops the bullets of a second style sharing one
    for text_name, bullet_name, fill, line, num_id in kinds:
        text = _para_style(document, text_name, size=10.5, color=BOX_TEXT, before=2, after=4, keep_next=True)
        bullet = _para_style(
            document, bullet_name, base="List Bullet", size=10.5, color=BOX_TEXT, before=0, after=2, keep_next=True
        )
        for style in (text, bullet):
            _box_borders(style, fill, right=False, line=line)
        text.paragraph_format.left_indent = Pt(BOX_INDENT_LEFT / 20)
        _numbering(bullet, num_id)


def _flowchart_styles(document) -> None:
    """Boxes of the flow chart: steps, decisions and the line that joins two boxes (drawn, never read aloud)."""
    for name, fill, bold in (("Flödesruta", BOX_FILL, False), ("Flödesbeslut", DECISION_FILL, True)):
        style = _para_style(document, name, size=10, bold=bold, before=0, after=0, keep_next=True)
        _box_borders(style, fill, bar=8)
        fmt = style.paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt.left_indent, fmt.right_indent = Pt(7.5), Pt(7.5)
        fmt.line_spacing = 1.0
    joint = _para_style(document, "Flödespil", size=4, before=0, after=0, keep_next=True)
    joint.paragraph_format.line_spacing = Pt(11)
    joint.paragraph_format.line_spacing_rule = 4  # exactly
    ooxml.paragraph_borders(joint.element.get_or_add_pPr(), {"left": ooxml.border_attrs(12, BOX_LINE, 0)})


def _table_styles(document) -> None:
    """'Rutintabell', and 'Rutintabell tät' a little smaller for a table whose words would not fit at 9.5 pt.

    Each is complete in itself (LibreOffice does not inherit a table style's header-row formatting).
    """
    _table_style(document, "Rutintabell", 9.5)
    _table_style(document, "Rutintabell tät", 8.5)


def _table_style(document, name: str, size: float) -> None:
    """Thin grid, blue header row with white bold text (repeated on each page by the export)."""
    styles = document.styles
    style = styles.add_style(name, WD_STYLE_TYPE.TABLE)
    style.base_style = styles["Table Grid"]
    style.font.name = FONT
    style.font.size = Pt(size)
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="A6B8C8"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    element = style.element
    element.insert_element_before(
        parse_xml(
            f'<w:pPr {nsdecls("w")}><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>'
        ),
        "w:rPr",
        "w:tblPr",
        "w:trPr",
        "w:tcPr",
        "w:tblStylePr",
    )
    element.insert_element_before(
        parse_xml(
            f"<w:tblPr {nsdecls('w')}><w:tblBorders>{borders}</w:tblBorders><w:tblCellMar>"
            '<w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
            '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        ),
        "w:trPr",
        "w:tcPr",
        "w:tblStylePr",
    )
    element.append(
        parse_xml(
            f'<w:tblStylePr {nsdecls("w")} w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>'
            "<w:tblPr/><w:trPr><w:tblHeader/></w:trPr>"
            f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{BOX_LINE}"/></w:tcPr></w:tblStylePr>'
        )
    )
    element.append(
        parse_xml(
            f'<w:tblStylePr {nsdecls("w")} w:type="firstCol"><w:rPr><w:b/></w:rPr><w:tblPr/>'
            f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{BOX_FILL}"/></w:tcPr></w:tblStylePr>'
        )
    )


def _lvl(level: int, fmt: str, text: str, left: int, hanging: int, style_id: str | None = None) -> str:
    font = '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>' if fmt == "bullet" else ""
    style = f'<w:pStyle w:val="{style_id}"/>' if style_id else ""
    return (
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{style}'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{font}</w:lvl>'
    )


def _list_definitions(document) -> None:
    """One list definition per list style, replacing the default template's nine."""
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    bullet = "\uf0b7"  # the Symbol font's bullet, as Word writes it
    definitions = (
        (NUM_BULLET, "singleLevel", _lvl(0, "bullet", bullet, 360, 360)),
        (NUM_NUMBER, "singleLevel", _lvl(0, "decimal", "%1.", 360, 360)),
        (NUM_BOX_BULLET, "singleLevel", _lvl(0, "bullet", bullet, BOX_INDENT_LEFT + 300, 300)),
        (
            NUM_HEADINGS,
            "multilevel",
            _lvl(0, "decimal", "%1", 567, 567, "Heading1") + _lvl(1, "decimal", "%1.%2", 680, 680, "Heading2"),
        ),
        (NUM_ADVICE_BULLET, "singleLevel", _lvl(0, "bullet", bullet, BOX_INDENT_LEFT + 300, 300)),
    )
    for number, kind, levels in definitions:
        numbering.append(
            parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{number}"><w:nsid w:val="5A3C1B{number:02X}"/>'
                f'<w:multiLevelType w:val="{kind}"/>{levels}</w:abstractNum>'
            )
        )
    for number, _kind, _levels in definitions:
        numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{number}"><w:abstractNumId w:val="{number}"/></w:num>')
        )
    for level, name in enumerate(("Heading 1", "Heading 2")):
        _numbering(document.styles[name], NUM_HEADINGS, level)


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
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    footer.add_run("{version} · {status}\tSida ")
    ooxml.add_field(footer, "PAGE", "1")
    footer.add_run(" av ")
    ooxml.add_field(footer, "NUMPAGES", "1")
    for part in (section.first_page_header, section.first_page_footer):
        part.is_linked_to_previous = False
        part.paragraphs[0].style = document.styles["Normal"]


def _settings(document) -> None:
    settings = document.settings.element
    for tag in ("w:updateFields", "w:rsids", "w:proofState", "w:savePreviewPicture"):
        for old in settings.findall(qn(tag)):
            settings.remove(old)
    ooxml.compatibility_mode(settings, 15)
    for tag, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        element = settings.find(qn(tag))
        if element is not None:
            element.set(qn("w:val"), value)


def _properties(document) -> None:
    props = document.core_properties
    props.title = "Lokal rutin för samverkan vid oro för väntat barn"
    props.subject = "Mall för lokala rutiner"
    props.author = "Routine Builder"
    props.last_modified_by = "Routine Builder"
    props.comments = "Mall för lokala rutiner. Formatmallarna kan ändras i Word; se README."
    props.keywords = "rutin, samverkan, mall"
    props.category = "Mall"
    props.language = LANG
    props.revision = 1
    stamp = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    props.created = props.modified = stamp
    write_app_properties(document)


def build(output: Path = DEFAULT_OUTPUT) -> Path:
    """Build the template and return its path."""
    document = Document()
    _prune(document)
    _doc_defaults(document)
    _list_definitions(document)
    _styles(document)
    _page_setup(document)
    _settings(document)
    _properties(document)
    body = document.element.body
    for paragraph in list(document.paragraphs):
        body.remove(paragraph._p)
    output.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(output))
    return output


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT
    print(f"Mallen skrevs: {build(target)}")
