from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from routine_builder.domain import load_legal_references, load_question_set
from routine_builder.ui.panels.help_panel import HelpPanel, text_to_html
from tests.helpers.builders import SMALL_QUESTION_SET, write_question_set
from tests.ui.area_fixtures import host


def test_shows_help_and_the_sections_guideline_with_citations(qtbot: QtBot, tmp_path: Path) -> None:
    text = SMALL_QUESTION_SET.replace('help: "Skriv kort."', 'help: "Se {ref:osl-25-12}."')
    refs = load_legal_references()
    first_ref = next(iter(refs)).id
    text = text.replace("{ref:osl-25-12}", "{ref:" + first_ref + "}")
    folder = tmp_path / "qs"
    folder.mkdir()
    write_question_set(folder, text)
    panel = HelpPanel(refs)
    host(qtbot, panel, 300, 400)
    panel.set_sources(load_question_set(folder / "testset.yaml"), None)
    assert "Välj en fråga" in panel.browser.toPlainText()
    panel.show_question("kort")
    shown = panel.browser.toPlainText()
    assert "En kort text?" in shown and "Obligatorisk fråga." in shown
    assert refs.cite(first_ref) in shown and "{ref:" not in shown
    assert "Riktlinjen säger något om detta." in shown
    assert "Så svarar ni" in shown and "Vad riktlinjen säger" in shown
    panel.show_section("andra")  # another section: the question's help goes, the section's overview comes
    shown = panel.browser.toPlainText()
    assert "En kort text?" not in shown and "Andra avsnittet" in shown


def test_the_guideline_heading_is_the_label_the_outline_gives(qtbot: QtBot, tmp_path: Path) -> None:
    from routine_builder.domain import load_outline
    from routine_builder.domain.workspace import DEFAULT_QUESTION_SET
    from routine_builder.paths import question_set_path

    question_set = load_question_set(question_set_path(DEFAULT_QUESTION_SET))
    outline = load_outline(question_set)
    panel = HelpPanel(None)
    host(qtbot, panel, 300, 400)
    panel.set_sources(question_set, outline)
    question = next(q for q in question_set.questions() if outline.section_of_question(q.id) is not None)
    panel.show_question(question.id)
    label = outline.texts.guideline_label or "Vad riktlinjen säger"
    assert label in panel.browser.toPlainText()


def test_text_to_html_makes_paragraphs_and_bullets() -> None:
    assert text_to_html("Ett\ntvå\n\n- a\n- b") == "<p>Ett två</p><ul><li>a</li><li>b</li></ul>"
