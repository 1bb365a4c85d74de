from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from routine_builder.ui.form.editors.contacts_editor import ContactsEditor
from tests.helpers.builders import small_question_set
from tests.ui.area_fixtures import host


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> ContactsEditor:
    widget = ContactsEditor(small_question_set(tmp_path).question("kontakter"))
    host(qtbot, widget, 600, 400)
    return widget


def test_add_type_remove_and_move_rows(qtbot: QtBot, editor: ContactsEditor) -> None:
    with qtbot.waitSignal(editor.edited):
        editor.set_value([{"namn": "Anna"}])
        editor.table.item(0, 1).setText("031-1")
    editor.add_row()
    qtbot.keyClicks(QApplication.focusWidget(), "Bo")
    with qtbot.waitSignal(editor.edited):  # the delegate commits on the next turn of the event loop
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert editor.value() == [{"namn": "Anna", "telefon": "031-1"}, {"namn": "Bo"}]
    editor.move_row(-1)
    assert editor.value() == [{"namn": "Bo"}, {"namn": "Anna", "telefon": "031-1"}]
    editor.table.setCurrentCell(0, 0)
    with qtbot.waitSignal(editor.edited):
        editor.remove_row()
    assert editor.value() == [{"namn": "Anna", "telefon": "031-1"}]


def test_paste_tab_separated_rows_with_ctrl_v(qtbot: QtBot, editor: ContactsEditor) -> None:
    QApplication.clipboard().setText("Anna\t031-111\r\nBo\t031-222\tignored\n\n")
    editor.table.setFocus()
    with qtbot.waitSignal(editor.edited):
        qtbot.keyClick(editor.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.value() == [{"namn": "Anna", "telefon": "031-111"}, {"namn": "Bo", "telefon": "031-222"}]


def test_empty_rows_are_not_part_of_the_value(editor: ContactsEditor) -> None:
    editor.add_row()
    assert editor.table.rowCount() == 1
    assert editor.value() is None


def test_delete_clears_selected_cells(qtbot: QtBot, editor: ContactsEditor) -> None:
    editor.set_value([{"namn": "Anna", "telefon": "1"}])
    editor.table.setCurrentCell(0, 1)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert editor.value() == [{"namn": "Anna"}]


def test_tab_leaves_the_table(editor: ContactsEditor) -> None:
    assert not editor.table.tabKeyNavigation()
