"""The path a new user takes, on the real question set.

Create an area for their municipalities, answer with the keyboard, close, reopen with everything there,
export a Word draft.
"""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from routine_builder.domain import Workspace, load_catalogue
from routine_builder.ui.dialogs.export_dialog import ExportDialog
from routine_builder.ui.dialogs.new_area_dialog import NewAreaDialog
from routine_builder.ui.settings import Settings
from tests.ui.test_main_window import open_window


def test_create_fill_close_reopen_export(qtbot: QtBot, settings: Settings, tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path / "ws", name="Vår arbetsyta")

    dialog = NewAreaDialog(load_catalogue(), set(), None)
    qtbot.addWidget(dialog)
    dialog.way_buttons.button(2).click()  # a custom set of municipalities
    for row in range(dialog.municipality_list.count()):
        item = dialog.municipality_list.item(row)
        if item.text() in ("Ale", "Kungälv"):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.name_edit.setText("Ale och Kungälv")
    assert dialog.ok_button.isEnabled(), dialog.problem()
    area = dialog.area_info()
    assert area.municipalities == ("Ale", "Kungälv") and area.id == "ale-och-kungalv"
    workspace.create_area(area)

    window = open_window(qtbot, settings, tmp_path / "data", workspace.root)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.form.focus_first_question()
    focus = QApplication.focusWidget
    assert isinstance(focus(), QLineEdit)
    qtbot.keyClicks(focus(), "Riktlinjen från 2020")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # 'Ej aktuellt'
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # the key group's table
    qtbot.keyClick(focus(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # next section
    qtbot.waitUntil(lambda: window.form.section_id == "syfte-och-malgrupp")
    window.form.focus_first_question()
    assert isinstance(focus(), QPlainTextEdit)
    qtbot.keyClicks(focus(), "Vi ringer mottagningen & dokumenterar <alltid>.")
    window.close()

    again = open_window(qtbot, settings, tmp_path / "data2", workspace.root)
    answers = again.session.answer_set.answers
    assert answers["grund-riktlinjeversion"].value == "Riktlinjen från 2020"
    assert answers["syfte-lokala-tillagg"].value == "Vi ringer mottagningen & dokumenterar <alltid>."

    export = ExportDialog(workspace, again.session.answer_set, settings)
    qtbot.addWidget(export)
    export.show()
    assert export.draft_radio.isChecked()  # most required answers are still missing
    export.path_edit.setText(str(tmp_path / "rutin.docx"))
    export.export_button.click()
    qtbot.waitUntil(lambda: not export.is_exporting(), timeout=60_000)
    assert export.export_result is not None, export.status_label.text()
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "rutin.docx")).paragraphs)
    assert "Riktlinjen från 2020" in text
    assert "Vi ringer mottagningen & dokumenterar <alltid>." in text
    assert "Ale och Kungälv" in text
