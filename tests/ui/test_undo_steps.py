"""Undo: each user action is one step, typing in one field merges, Ctrl+Y redoes everywhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer
from routine_builder.ui.app import create_main_window
from routine_builder.ui.area.area_session import AreaSession
from routine_builder.ui.form.form_view import FormView
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.actions import ActionId
from routine_builder.ui.window.main_window import MainWindow
from tests.ui.area_fixtures import host


def test_adding_typing_pasting_and_moving_rows_are_separate_steps(qtbot: QtBot, session: AreaSession) -> None:
    form = FormView(session)
    host(qtbot, form)
    form.show_section("andra")
    contacts = form.widgets["kontakter"].editor
    contacts.add_row()
    qtbot.keyClicks(QApplication.focusWidget(), "Anna")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.answer_set.get("kontakter") == Answer([{"namn": "Anna"}]))
    contacts.paste_text("Bo\t031-2\nCilla\t031-3\n")
    contacts.table.setCurrentCell(2, 0)
    contacts.move_row(-1)
    after_move = [{"namn": "Anna"}, {"namn": "Cilla", "telefon": "031-3"}, {"namn": "Bo", "telefon": "031-2"}]
    assert session.answer_set.get("kontakter") == Answer(after_move)
    assert session.undo_stack.count() == 3
    session.undo_stack.undo()  # the move
    after_paste = [{"namn": "Anna"}, {"namn": "Bo", "telefon": "031-2"}, {"namn": "Cilla", "telefon": "031-3"}]
    assert session.answer_set.get("kontakter") == Answer(after_paste)
    assert contacts.value() == after_paste
    session.undo_stack.undo()  # the paste
    assert session.answer_set.get("kontakter") == Answer([{"namn": "Anna"}])
    session.undo_stack.undo()  # the new row with what was typed in it
    assert session.answer_set.get("kontakter") is None


def test_typing_in_one_field_merges_but_another_field_is_a_new_step(qtbot: QtBot, session: AreaSession) -> None:
    form = FormView(session)
    host(qtbot, form)
    qtbot.keyClicks(form.widgets["kort"].editor.focus_target(), "Hej hopp")
    assert session.undo_stack.count() == 1
    form.widgets["val"].editor.buttons["ett"].click()
    qtbot.keyClicks(form.widgets["val"].comment_edit, "En kommentar")
    assert session.undo_stack.count() == 3  # typing, a click, typing in the comment
    session.undo_stack.undo()
    assert session.answer_set.get("val") == Answer("ett")
    session.undo_stack.undo()
    assert session.answer_set.get("val") is None
    assert session.answer_set.get("kort") == Answer("Hej hopp")


def test_ctrl_z_and_ctrl_y_in_a_text_field_use_the_areas_history(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace
) -> None:
    window: MainWindow = create_main_window(settings, tmp_path / "data")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_workspace(workspace.root)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert "Ctrl+Y" in [k.toString() for k in window.action(ActionId.REDO).shortcuts()]
    field = window.form.widgets["kort"].editor.focus_target()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Svar")
    window.form.widgets["val"].editor.buttons["tva"].click()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.answer_set.get("val") is None  # the last step, even though the focus is elsewhere
    assert window.session.answer_set.get("kort") == Answer("Svar")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.answer_set.get("kort") is None and field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.session.answer_set.get("kort") == Answer("Svar") and field.text() == "Svar"
    qtbot.keyClick(field, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.session.answer_set.get("val") == Answer("tva")
