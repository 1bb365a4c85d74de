"""First start: a short welcome, the demo marked as demo, the focus among the areas."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

from routine_builder.ui import settings as options
from routine_builder.ui.app import create_main_window, demo_workspace
from routine_builder.ui.dialogs.welcome_dialog import WelcomeDialog
from routine_builder.ui.settings import Settings


def test_the_demo_is_marked_and_the_welcome_shows_once(qtbot: QtBot, settings: Settings, tmp_path: Path) -> None:
    window = create_main_window(settings, tmp_path / "data")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_workspace(demo_workspace(tmp_path / "data"))
    assert "[demo med påhittade uppgifter]" in window.windowTitle()
    assert window.area_list.heading.text() == "&Områden (demo)"
    assert (
        window.area_list.demo_note.isVisibleTo(window.area_list) and "Ny arbetsyta" in window.area_list.demo_note.text()
    )
    focus = QApplication.focusWidget()
    assert focus is window.area_list.list or not window.isActiveWindow()
    assert not isinstance(focus, QTextBrowser)  # never in the help panel
    seen: list[WelcomeDialog] = []

    def look_and_close() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible())
        seen.append(dialog)
        dialog.explore_button.click()

    QTimer.singleShot(0, look_and_close)
    window.welcome_on_first_start()
    texts = " ".join(label.text() for label in seen[0].findChildren(QLabel))
    assert len(seen) == 1 and "demo med påhittade områden" in texts and "arbetsyta" in texts
    assert settings.get(options.WELCOME_SHOWN)
    window.welcome_on_first_start()  # not a second time
    assert len(seen) == 1


def test_the_welcome_leads_to_a_new_workspace(qtbot: QtBot) -> None:
    dialog = WelcomeDialog(demo_open=True)
    qtbot.addWidget(dialog)
    dialog.new_button.click()
    assert dialog.choice == "new" and dialog.result() == dialog.DialogCode.Accepted
