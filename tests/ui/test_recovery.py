from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer, Workspace
from routine_builder.ui import settings as options
from routine_builder.ui.actions import ActionId
from routine_builder.ui.app import create_main_window
from routine_builder.ui.main_window import MainWindow
from routine_builder.ui.recovery import RecoveryDialog, RecoveryStore
from routine_builder.ui.settings import Settings
from tests.ui import area_fixtures

settings = area_fixtures.settings
workspace = area_fixtures.workspace


def open_window(qtbot: QtBot, settings: Settings, data: Path, root: Path) -> MainWindow:
    window = create_main_window(settings, data)
    qtbot.addWidget(window)
    window.show()
    assert window.open_workspace(root)
    return window


def test_store_keeps_and_forgets_unsaved_state(tmp_path: Path, workspace: Workspace) -> None:
    store = RecoveryStore(tmp_path / "rec")
    answers = workspace.load_area("norr").answer_set.with_answer("kort", Answer("osparat"))
    assert store.pending(workspace) == []
    store.write(workspace, answers)
    assert store.pending(workspace) == ["norr"]
    assert store.load(workspace, "norr").get("kort") == Answer("osparat")
    store.remove(workspace, "norr")
    assert store.pending(workspace) == []


def test_unsaved_text_is_offered_back_after_a_crash(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    settings.set(options.AUTOSAVE_DELAY_MS, 600_000)  # no autosave before the "crash"
    data = tmp_path / "data"
    store = RecoveryStore(data / "recovery")
    answers_file = workspace.answers_path("norr")
    before = answers_file.read_bytes()
    window = open_window(qtbot, settings, data, workspace.root)
    qtbot.keyClicks(window.form.widgets["kort"].editor.focus_target(), "Inte sparat")
    recovery_file = store.path_for(workspace, "norr")
    qtbot.waitUntil(recovery_file.is_file)
    kept = recovery_file.read_bytes()
    window.close()  # a normal close saves and removes the recovery file ...
    assert not recovery_file.exists()
    answers_file.write_bytes(before)  # ... so put the disk back in the state a crash leaves
    recovery_file.write_bytes(kept)
    os.utime(answers_file, (1, 1))
    again = open_window(qtbot, settings, data, workspace.root)
    qtbot.waitUntil(lambda: again.findChild(RecoveryDialog, "recoveryPrompt") is not None)
    prompt = again.findChild(RecoveryDialog, "recoveryPrompt")
    assert "Norr" in prompt.message.text()
    prompt.findChild(QPushButton, "restoreButton").click()
    qtbot.waitUntil(lambda: again.session.answer_set.get("kort") == Answer("Inte sparat"))
    assert again.form.widgets["kort"].editor.value() == "Inte sparat"
    assert again.session.dirty
    again.actions[ActionId.SAVE].trigger()
    assert "Inte sparat" in answers_file.read_text(encoding="utf-8")
    assert not recovery_file.exists()


def test_discarding_removes_the_recovery_file(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    data = tmp_path / "data"
    store = RecoveryStore(data / "recovery")
    store.write(workspace, workspace.load_area("soder").answer_set.with_answer("kort", Answer("x")))
    window = open_window(qtbot, settings, data, workspace.root)
    qtbot.waitUntil(lambda: window.findChild(RecoveryDialog, "recoveryPrompt") is not None)
    window.findChild(RecoveryDialog, "recoveryPrompt").findChild(QPushButton, "discardButton").click()
    qtbot.waitUntil(lambda: not store.path_for(workspace, "soder").exists())
    assert window.session.area_id == "norr"
