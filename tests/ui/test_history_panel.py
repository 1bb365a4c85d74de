"""The history panel: lists versions newest first and asks the main window to act on one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from routine_builder.domain import save_version
from routine_builder.ui.compare.history_panel import HistoryPanel
from tests.helpers.compare_fixtures import compare_workspace


def test_lists_versions_and_emits(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = compare_workspace(tmp_path / "ws")
    draft = workspace.load_area("norr")
    panel = HistoryPanel(workspace)
    qtbot.addWidget(panel)
    panel.set_area("norr")
    assert panel.table.rowCount() == 0 and "Inga sparade versioner" in panel.message.text()
    assert not panel.compare_button.isEnabled()
    save_version(workspace, draft.answer_set, comment="Första", by="anna")
    save_version(workspace, draft.answer_set, comment="Remissversion", by="bo")
    panel.refresh()
    rows = [[panel.table.item(r, c).text() for c in (0, 2, 3)] for r in range(panel.table.rowCount())]
    assert rows == [["2", "bo", "Remissversion"], ["1", "anna", "Första"]]
    panel.select_number(1)
    assert panel.compare_button.isEnabled()
    with qtbot.waitSignal(panel.compare_requested) as compared:
        qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert compared.args == [1]
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [1]
    with qtbot.waitSignal(panel.restore_requested) as restored:
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert restored.args == [1]


def test_other_area_and_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = compare_workspace(tmp_path / "ws")
    save_version(workspace, workspace.load_area("syd").answer_set, comment="Syd ett", by="cia")
    panel = HistoryPanel(workspace)
    qtbot.addWidget(panel)
    panel.set_area("norr")
    assert panel.table.rowCount() == 0
    panel.set_area("syd")
    assert panel.table.item(0, 3).text() == "Syd ett"
    panel.table.setFocus()
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == [1]
