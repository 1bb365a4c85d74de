"""The preview panel: the chapter being written, as the routine will say it, following the typing."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from routine_builder.domain import create_demo_workspace
from routine_builder.ui.app import create_main_window
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.actions import ActionId
from routine_builder.ui.window.main_window import MainWindow
from tests.helpers.cli import run_cli
from tests.ui.area_fixtures import app_theme
from tests.ui.test_main_window import open_window


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, tmp_path: Path) -> MainWindow:
    workspace = create_demo_workspace(tmp_path / "demo")
    window = open_window(qtbot, settings, tmp_path / "data", workspace.root)
    window.area_list.select("simba")
    assert window.session is not None and window.session.area_id == "simba"
    return window


def _type_at_end(qtbot: QtBot, window: MainWindow, question_id: str, text: str) -> None:
    window.form.focus_question(question_id)
    editor = window.form.widgets[question_id].editor.focus_target()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, text)


def test_the_preview_shows_the_chapter_of_the_question_as_the_routine_says_it(qtbot: QtBot, window: MainWindow) -> None:
    window.action(ActionId.PREVIEW).trigger()
    panel = window.preview_panel
    qtbot.waitUntil(panel.isVisible)
    window.form.focus_question("alt2-aterkoppling-dagar")
    qtbot.waitUntil(lambda: "Alternativ 2 – utan samtycke" in panel.text())
    text = panel.text()
    assert re.search(r"^7\.3\s+Alternativ 2", text, re.MULTILINE)  # the number stands apart from the title
    assert "Mottagaren återkopplar inom sju dagar." in text  # SIMBA answers 7: a sentence, in words
    assert "Inom hur många dagar ska mottagaren återkoppla?" not in text  # never the question
    assert "Om den gravida tackar nej" in text  # a statement heading
    window.form.focus_question("grund-riktlinjeversion")  # an answer placed on the cover
    qtbot.waitUntil(lambda: "Dokumentuppgifter" in panel.text())
    assert "Bygger på Länsgemensam riktlinje vid oro för väntat barn" in panel.text()


def test_typing_updates_the_preview_shortly_after_and_never_waits_for_it(qtbot: QtBot, window: MainWindow) -> None:
    window.action(ActionId.PREVIEW).trigger()
    panel = window.preview_panel
    qtbot.waitUntil(panel.isVisible)
    window.form.focus_question("alt2-avbojer")
    qtbot.waitUntil(lambda: "Om den gravida tackar nej" in panel.text())
    before = panel.renders
    sentence = " Barnmorskan ringer upp igen efter en vecka."
    _type_at_end(qtbot, window, "alt2-avbojer", sentence)
    editor = window.form.widgets["alt2-avbojer"].editor.focus_target()
    assert editor.toPlainText().endswith(sentence.strip())  # every keystroke is in the editor at once
    assert panel.renders == before and sentence.strip() not in panel.text()  # the preview renders afterwards
    qtbot.waitUntil(lambda: sentence.strip() in panel.text(), timeout=5000)
    assert panel.renders == before + 1  # one rendering for the whole sentence


def test_a_hidden_preview_does_no_work_until_it_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.preview_panel
    window.preview_dock.hide()
    qtbot.waitUntil(lambda: not panel.isVisible())
    before = panel.renders
    _type_at_end(qtbot, window, "alt2-avbojer", " Ny mening.")
    assert panel.delay.pending
    qtbot.waitUntil(lambda: not panel.delay.pending)  # the delay has run out: nothing is rendered while hidden
    assert panel.renders == before
    window.action(ActionId.PREVIEW).trigger()
    qtbot.waitUntil(lambda: "Ny mening." in panel.text())


def test_a_draft_shows_its_gaps_and_the_final_view_leaves_them_out(qtbot: QtBot, window: MainWindow) -> None:
    window.area_list.select("dalsland")
    window.action(ActionId.PREVIEW).trigger()
    panel = window.preview_panel
    window.form.focus_question("alt2-mottagare")
    gap = "[Svar saknas: Till vem lämnas uppgifterna och på vilket sätt?]"
    qtbot.waitUntil(lambda: gap in panel.text())
    assert "Mottagare och sätt att lämna uppgifterna" in panel.text()  # under its statement heading
    panel.final_box.setChecked(True)
    assert gap not in panel.text() and "Alternativ 2 – utan samtycke" in panel.text()


def test_the_preview_scrolls_to_the_answer_of_the_question_in_focus(qtbot: QtBot, window: MainWindow) -> None:
    window.action(ActionId.PREVIEW).trigger()
    panel = window.preview_panel

    def position() -> int:
        return panel.browser.verticalScrollBar().value()

    window.form.focus_question("alt2-beslut")  # the chapter's first answer: its top
    qtbot.waitUntil(lambda: "Beslut om att lämna uppgifter" in panel.text())
    top = position()
    window.form.focus_question("alt2-vard-utan-samtycke")  # far down the same chapter
    qtbot.waitUntil(lambda: position() > top)
    heading = panel.browser.cursorRect(panel.browser.document().find("Anmälan enligt LVM och vård"))
    assert 0 <= heading.top() < panel.browser.viewport().height()  # its statement heading is in view
    window.form.focus_question("alt2-beslut")
    qtbot.waitUntil(lambda: position() == top)


def test_the_preview_renders_once_it_is_on_screen_and_not_while_it_waits_behind_the_help(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    workspace = create_demo_workspace(tmp_path / "demo")
    window = open_window(qtbot, settings, tmp_path / "data", workspace.root)  # the help tab in front
    qtbot.waitExposed(window)
    panel = window.preview_panel
    window.form.focus_question("alt2-beslut")
    _type_at_end(qtbot, window, "alt2-avbojer", " Ny mening.")
    qtbot.waitUntil(lambda: not panel.delay.pending)
    assert panel.renders == 0  # a tab behind the help: nothing rendered, neither at start nor while typing
    window.preview_dock.raise_()  # the user clicks its tab
    qtbot.waitUntil(lambda: "Ny mening." in panel.text())
    assert panel.renders == 1
    again = create_main_window(settings, tmp_path / "data2")  # the preview tab in front from the start
    qtbot.addWidget(again)
    again.preview_dock.raise_()
    again.resize(1200, 800)
    again.show()
    assert again.open_workspace(workspace.root)
    assert again.preview_panel.renders == 0  # not before the window is on screen
    qtbot.waitUntil(lambda: again.preview_panel.renders == 1)
    assert again.preview_panel.text() and "Välj ett område" not in again.preview_panel.text()


def _breaks_inside_words(document: QTextDocument) -> list[str]:
    """Every place where the laid-out text of ``document`` goes on to the next line in the middle of a word."""
    found = []
    block = document.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for index in range(layout.lineCount() - 1):
            end = layout.lineAt(index).textStart() + layout.lineAt(index).textLength()
            if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
                found.append(f"{text[:end]}|{text[end:]}")
        block = block.next()
    return found


def test_the_document_data_wraps_between_words_and_names_the_status_as_the_export_does(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.resize(1366, 768)  # a laptop: the preview shares the width with the form
    window.area_list.select("boras")  # under revision since version 3 was adopted
    window.action(ActionId.PREVIEW).trigger()
    panel = window.preview_panel
    with app_theme(QApplication.instance(), "light"):
        window.form.focus_question("grund-riktlinjeversion")  # an answer placed on the cover
        qtbot.waitUntil(lambda: "Dokumentuppgifter" in panel.text())
        assert panel.browser.viewport().width() < 420  # narrow enough to have wrapped inside words before
        assert _breaks_inside_words(panel.browser.document()) == []
    text = panel.text()
    assert "Under revidering" in text and "UTKAST" not in text  # the banner and the table say the same
    assert "Under revidering – ej fastställd." in text
    assert window.session is not None
    output = tmp_path / "boras.docx"
    result = run_cli("export", str(window.session.workspace.root), "--area", "boras", "-o", str(output))
    assert result.returncode == 0, result.stderr
    cells = [cell.text for table in docx.Document(str(output)).tables for row in table.rows for cell in row.cells]
    assert "Under revidering" in cells  # the export's status, which the preview's banner repeats
