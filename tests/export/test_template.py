"""The Word template carries every style, placeholder and field the export relies on."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from routine_builder import __version__, paths
from routine_builder.export.styles import OPTIONAL_STYLES, REQUIRED_STYLES

REPO = Path(__file__).resolve().parents[2]
TEMPLATE = paths.routine_template_path()


@pytest.fixture(scope="module")
def template() -> docx.document.Document:
    return docx.Document(str(TEMPLATE))


def test_every_style_exists_by_name(template) -> None:
    for name in (*REQUIRED_STYLES, *OPTIONAL_STYLES):
        assert template.styles[name].name.lower() == name.lower()


def test_headings_are_the_built_in_ones(template) -> None:
    for level in (1, 2, 3):
        style = template.styles[f"Heading {level}"]
        assert style.element.get(qn("w:customStyle")) is None
        assert style.element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}") is not None


def test_table_style_has_a_repeated_header_row(template) -> None:
    style = template.styles["Rutintabell"].element
    first_row = [e for e in style.findall(qn("w:tblStylePr")) if e.get(qn("w:type")) == "firstRow"]
    assert first_row and first_row[0].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None


def test_header_placeholders_and_footer_fields(template) -> None:
    section = template.sections[0]
    header = "".join(p.text for p in section.header.paragraphs)
    for token in ("{titel}", "{område}", "{utkast}"):
        assert token in header
    footer = section.footer.paragraphs[0]
    assert "{version}" in footer.text and "{status}" in footer.text and "Sida" in footer.text
    instructions = [i.text.strip() for i in footer._p.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert section.different_first_page_header_footer


def test_page_language_and_settings(template) -> None:
    section = template.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    lang = template.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "sv-SE"
    assert template.settings.element.find(qn("w:updateFields")) is None  # no field-update prompt in Word
    assert not template.paragraphs or all(not p.text for p in template.paragraphs)


def test_the_template_is_lean_and_current() -> None:
    with zipfile.ZipFile(TEMPLATE) as archive:
        names = set(archive.namelist())
        settings = archive.read("word/settings.xml").decode()
        app = archive.read("docProps/app.xml").decode()
        styles = archive.read("word/styles.xml").decode()
    assert not [n for n in names if "stylesWithEffects" in n or "thumbnail" in n or n.startswith("customXml")]
    assert 'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"' in settings
    assert "w:rsids" not in settings and "savePreviewPicture" not in settings
    assert f"<Application>Routine Builder {__version__}</Application>" in app
    assert "Macintosh" not in app and "<Pages>" not in app
    assert "w:highlight" not in styles  # a style's runs cannot carry a highlight (Word: unreadable content)
    assert len(styles) < 60_000


def test_only_the_styles_in_use_are_kept(template) -> None:
    names = {style.name for style in template.styles}
    wanted = {*REQUIRED_STYLES, *OPTIONAL_STYLES, "Caption", "TOC Heading", "Header", "Footer"}
    built_in = {"Default Paragraph Font", "Normal Table", "No List", "Table Grid", "Hyperlink"}
    assert {n.lower() for n in names} == {n.lower() for n in wanted | built_in}


def test_the_builder_reproduces_the_checked_in_template(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_template", REPO / "tools" / "build_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(tmp_path / "routine.docx")
    with zipfile.ZipFile(built) as fresh, zipfile.ZipFile(TEMPLATE) as checked_in:
        for part in (
            "word/styles.xml",
            "word/numbering.xml",
            "word/header1.xml",
            "word/footer1.xml",
            "word/settings.xml",
        ):
            names = set(fresh.namelist())
            if part in names:
                assert fresh.read(part) == checked_in.read(part), part
