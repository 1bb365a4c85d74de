"""Keyboard only: no two Alt keys clash in the main window (in either language), Tab follows the page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from routine_builder.ui.app import create_main_window
from routine_builder.ui.i18n import apply_language
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, tmp_path: Path, workspace) -> Iterator[MainWindow]:
    main = create_main_window(settings, tmp_path / "data")
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.show()
    assert main.open_workspace(workspace.root)
    yield main
    apply_language(QApplication.instance(), "sv")


def alt_keys(window: MainWindow) -> dict[str, list[str]]:
    """Letter -> the window-level controls it opens or focuses (menus, labelled fields, buttons)."""
    keys: dict[str, list[str]] = {}
    texts = [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
    for text in texts:
        for letter in _MNEMONIC.findall(text):
            keys.setdefault(letter.casefold(), []).append(text)
    return keys


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_two_alt_keys_clash(window: MainWindow, language: str) -> None:
    apply_language(QApplication.instance(), language)
    clashes = {letter: texts for letter, texts in alt_keys(window).items() if len(texts) > 1}
    assert clashes == {}
    keys = alt_keys(window)
    section_letter = "s"
    assert section_letter in keys  # the section list has its own key (Alt+A stays with the Arkiv/File menu)


def test_tab_goes_through_the_questions_before_the_buttons(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form = window.form
    form.search_edit.setFocus()
    qtbot.waitUntil(form.search_edit.hasFocus)
    order = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
        if order[-1] is form.next_button:
            break
    assert order[0] is form.filter_combo
    first_question = form.widgets["kort"].editor.focus_target()
    assert order[1] is first_question  # not the buttons at the bottom, not the scroll area
    assert not any(isinstance(w, QScrollArea) for w in order)
    assert order.index(form.missing_button) > order.index(form.widgets["flera"].na_box)  # (no previous section)
    assert order[-1] is form.next_button


def test_tab_never_goes_into_the_panels_behind_the_tab_shown(qtbot: QtBot, window: MainWindow) -> None:
    docks = [window.help_dock, window.orphans_dock, window.preview_dock, window.history_dock, window.reviews.dock]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.form.next_button.setFocus()
    visited = []
    for _ in range(60):  # around the whole window and back
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        visited.append(focused)
        hidden_behind = [d.objectName() for d in docks if d.isAncestorOf(focused) and d.visibleRegion().isEmpty()]
        assert not hidden_behind, f"Tab went to {focused!r} inside {hidden_behind}, which is not on screen"
    assert any(window.help_dock.isAncestorOf(w) for w in visited)  # the panel shown is reached
