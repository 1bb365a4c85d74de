"""The About dialog: name, version, licence, purpose and the Qt it runs on."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from routine_builder import __version__
from routine_builder.ui.dialogs.about_dialog import build_about, show_about


def test_contents(qtbot) -> None:
    box = build_about(None)
    qtbot.addWidget(box)
    text = box.text()
    for part in ("Routine Builder", __version__, "MIT", qVersion(), PySide6.__version__, "oro för väntat barn"):
        assert part in text
    assert box.windowTitle() == "Om Routine Builder"


def test_show_about_is_modal_and_closes(qtbot) -> None:
    seen: list[str] = []

    def close_it() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(0, close_it)
    show_about(None)
    assert seen and __version__ in seen[0]
