from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from routine_builder.ui.form.editors.list_editor import ListEditor
from tests.helpers.builders import small_question_set
from tests.ui.area_fixtures import host


def test_add_edit_move_and_remove_items(qtbot: QtBot, tmp_path: Path) -> None:
    editor = ListEditor(small_question_set(tmp_path).question("lista"))
    host(qtbot, editor, 500, 300)
    editor.set_value(["ett", "två"])
    assert editor.value() == ["ett", "två"]
    editor.list_widget.setCurrentRow(1)
    editor.add_item()
    with qtbot.waitSignal(editor.edited):
        qtbot.keyClicks(QApplication.focusWidget(), "tre")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert editor.value() == ["ett", "två", "tre"]
    editor.move_item(-1)
    assert editor.value() == ["ett", "tre", "två"]
    editor.remove_item()
    assert editor.value() == ["ett", "två"]
    editor.set_value(None)
    assert editor.value() is None


def test_enter_adds_the_next_item_and_backspace_removes_an_empty_one(qtbot: QtBot, tmp_path: Path) -> None:
    editor = ListEditor(small_question_set(tmp_path).question("lista"))
    host(qtbot, editor, 500, 300)
    editor.add_item()
    for text in ("ett", "två", "tre"):
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: editor.list_widget.state() == editor.list_widget.State.EditingState)
    assert editor.value() == ["ett", "två", "tre"]  # each Enter went on to a new item below
    assert editor.list_widget.count() == 4 and editor.list_widget.currentRow() == 3
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)  # the new, empty item goes away
    qtbot.waitUntil(lambda: editor.list_widget.count() == 3)
    assert editor.value() == ["ett", "två", "tre"] and editor.list_widget.currentRow() == 2
    qtbot.keyClicks(QApplication.focusWidget(), "!")  # editing goes on at the end of the item before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.value() == ["ett", "två", "tre!"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter in the empty item ends the list
    qtbot.waitUntil(lambda: editor.list_widget.count() == 3)
    assert editor.value() == ["ett", "två", "tre!"]
