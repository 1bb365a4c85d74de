"""Crash recovery: unsaved text is offered back by content (never by clocks), merged with later saves."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer, Workspace
from routine_builder.domain.locks import read_lock
from routine_builder.domain.recovery import RecoveryStore
from routine_builder.ui import settings as options
from routine_builder.ui.dialogs.merge_dialog import MergeDialog
from routine_builder.ui.dialogs.recovery_dialog import RecoveryDialog
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.actions import ActionId
from routine_builder.ui.window.main_window import MainWindow
from tests.ui import area_fixtures
from tests.ui.sharing_fixtures import fast_window, lock_held_by_other_process, open_window, save_as_other_user


def crashed_with(
    qtbot: QtBot, settings: Settings, data: Path, workspace: Workspace, answers: dict[str, str], area_id: str = "norr"
) -> RecoveryStore:
    """Type ``answers`` into the app, then leave the disk as a crash before the save would: the
    answers file as it was, and the recovery file the app wrote while typing."""
    settings.set(options.AUTOSAVE_DELAY_MS, 600_000)
    answers_file = workspace.answers_path(area_id)
    before = answers_file.read_bytes()
    window = open_window(qtbot, settings, data, workspace.root)
    window.area_list.select(area_id)
    recovery_file = RecoveryStore(data / "recovery").path_for(workspace, area_id)
    for qid, text in answers.items():
        editor = window.form.widgets[qid].editor.focus_target()
        qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # type after what is there
        qtbot.keyClicks(editor, text)
    qtbot.waitUntil(
        lambda: recovery_file.is_file() and all(t in recovery_file.read_text("utf-8") for t in answers.values())
    )
    kept = recovery_file.read_bytes()
    window.close()  # a normal close saves and removes the recovery file ...
    answers_file.write_bytes(before)  # ... so put the disk back in the state a crash leaves
    recovery_file.write_bytes(kept)
    settings.set(options.AUTOSAVE_DELAY_MS, area_fixtures.AUTOSAVE_MS)
    return RecoveryStore(data / "recovery")


def prompt(qtbot: QtBot, window: MainWindow) -> RecoveryDialog:
    qtbot.waitUntil(lambda: window.findChild(RecoveryDialog, "recoveryPrompt") is not None)
    return window.findChild(RecoveryDialog, "recoveryPrompt")


def test_store_keeps_and_forgets_unsaved_state(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    store = RecoveryStore(tmp_path / "data" / "recovery")
    assert store.pending(workspace) == []
    crashed_with(qtbot, settings, tmp_path / "data", workspace, {"kort": "osparat"})
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
    again = open_window(qtbot, settings, data, workspace.root)
    box = prompt(qtbot, again)
    assert "Norr" in box.message.text()
    box.findChild(QPushButton, "restoreButton").click()
    qtbot.waitUntil(lambda: again.session.answer_set.get("kort") == Answer("Inte sparat"))
    assert again.form.widgets["kort"].editor.value() == "Inte sparat"
    assert again.session.dirty
    again.action(ActionId.SAVE).trigger()
    assert "Inte sparat" in answers_file.read_text(encoding="utf-8")
    assert not recovery_file.exists()


def test_the_prompt_lists_each_question_and_slang_discards(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    data = tmp_path / "data"
    store = crashed_with(
        qtbot, settings, data, workspace, {"kort": "Kort osparat svar", "lang": "Rad ett, rad tva"}, "soder"
    )
    window = open_window(qtbot, settings, data, workspace.root)
    box = prompt(qtbot, window)
    assert "2 frågor har osparade ändringar" in box.message.text()
    details = box.details.text()
    assert "En kort text?" in details and "Kort osparat svar" in details
    assert "En lång text?" in details and "Rad ett, rad tva" in details
    discard = box.findChild(QPushButton, "discardButton")
    assert discard.text() == "Släng"
    discard.click()
    qtbot.waitUntil(lambda: not store.path_for(workspace, "soder").exists())
    assert window.session.area_id == "soder" and window.session.answer_set.get("kort") is None


def test_offered_after_a_colleague_saved_the_area_since(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    data = tmp_path / "data"
    crashed_with(qtbot, settings, data, workspace, {"kort": "Mitt osparade svar"})
    time.sleep(0.05)
    save_as_other_user(workspace.root, {"lang": "Bertils svar"})  # saved after the crash: the file is newer
    window = open_window(qtbot, settings, tmp_path / "data", workspace.root)
    box = prompt(qtbot, window)
    assert "En kort text?" in box.details.text() and "En lång text?" not in box.details.text()
    box.findChild(QPushButton, "restoreButton").click()
    qtbot.waitUntil(lambda: window.session.answer_set.get("kort") == Answer("Mitt osparade svar"))
    assert window.session.answer_set.get("lang") == Answer("Bertils svar"), "the colleague's save stays"
    assert window.statusBar().currentMessage() == "En osparad ändring återställdes."
    assert window.focusWidget() is window.form.widgets["kort"].editor.focus_target(), "shown where it went"
    assert window.session.save()
    on_disk = workspace.load_area("norr").answer_set
    assert on_disk.get("kort") == Answer("Mitt osparade svar") and on_disk.get("lang") == Answer("Bertils svar")


def test_offered_when_the_file_servers_clock_runs_ahead(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    data = tmp_path / "data"
    crashed_with(qtbot, settings, data, workspace, {"kort": "Skrivet fore kraschen"})
    ahead = time.time() + 3600
    os.utime(workspace.answers_path("norr"), (ahead, ahead))
    window = open_window(qtbot, settings, data, workspace.root)
    assert "En kort text?" in prompt(qtbot, window).details.text()


def test_a_question_both_changed_is_a_choice(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    data = tmp_path / "data"
    store = crashed_with(qtbot, settings, data, workspace, {"kort": "Min text", "lang": "Bara min"})
    save_as_other_user(workspace.root, {"kort": "Bertils text"})
    window = open_window(qtbot, settings, data, workspace.root)
    box = prompt(qtbot, window)
    assert "Ändrad av någon annan också" in box.details.text()
    box.findChild(QPushButton, "restoreButton").click()
    qtbot.waitUntil(lambda: window.findChild(MergeDialog) is not None)
    merge = window.findChild(MergeDialog)
    radios = [r for r in merge.findChildren(QRadioButton) if r.isChecked()]
    assert radios, "mine is chosen by default"
    merge.accept()
    qtbot.waitUntil(lambda: window.session.answer_set.get("kort") == Answer("Min text"))
    assert window.session.answer_set.get("lang") == Answer("Bara min")
    assert store.path_for(workspace, "norr").is_file(), "kept until the restored text is saved"
    assert window.session.save()
    assert not store.path_for(workspace, "norr").exists()


def test_nothing_is_offered_when_the_file_already_holds_it(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    data = tmp_path / "data"
    store = crashed_with(qtbot, settings, data, workspace, {"kort": "Sparat anda"})
    save_as_other_user(workspace.root, {"kort": "Sparat anda"}, by="anna")  # the save went through after all
    window = open_window(qtbot, settings, data, workspace.root)
    qtbot.waitUntil(lambda: not store.path_for(workspace, "norr").exists())
    assert window.findChild(RecoveryDialog, "recoveryPrompt") is None


def test_text_left_when_the_lock_was_taken_over_is_offered_to_its_writer(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    """Anna's program died; Bertil took the stale lock over and saved. Anna gets her text back, merged."""
    data = tmp_path / "anna"
    store = crashed_with(qtbot, settings, data, workspace, {"kort": "Annas osparade text"})
    save_as_other_user(workspace.root, {"lang": "Bertils text"})
    with lock_held_by_other_process(workspace.area_dir("norr"), "bertil"):
        window = fast_window(qtbot, settings, data, workspace.root)
        assert window.session.read_only
        box = prompt(qtbot, window)
        box.findChild(QPushButton, "restoreButton").click()
        qtbot.waitUntil(lambda: "erbjuds igen när du kan redigera" in window.statusBar().currentMessage())
        assert store.path_for(workspace, "norr").is_file(), "kept while Bertil holds the area"
        assert window.session.answer_set.get("kort") is None
    qtbot.waitUntil(lambda: read_lock(workspace.area_dir("norr")) is None)
    window.pane.lock_banner.retry_button.click()  # the area is free: Anna takes it
    qtbot.waitUntil(lambda: not window.session.read_only)
    box = prompt(qtbot, window)
    box.findChild(QPushButton, "restoreButton").click()
    qtbot.waitUntil(lambda: window.session.answer_set.get("kort") == Answer("Annas osparade text"))
    assert window.session.save()
    on_disk = workspace.load_area("norr").answer_set
    assert on_disk.get("kort") == Answer("Annas osparade text") and on_disk.get("lang") == Answer("Bertils text")
    assert not store.path_for(workspace, "norr").exists()


def test_the_prompt_shows_the_text_from_where_it_differs(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    saved = "Barnmorskan ringer socialtjänstens mottagning samma dag och dokumenterar samtalet i journalen."
    save_as_other_user(workspace.root, {"lang": saved}, by="anna")
    data = tmp_path / "data"
    crashed_with(qtbot, settings, data, workspace, {"lang": " Sedan bokas ett samverkansmote inom tva veckor."})
    details = prompt(qtbot, open_window(qtbot, settings, data, workspace.root)).details.text()
    assert "”…dokumenterar samtalet i journalen. Sedan bokas ett samverkansmote inom tva veckor.”" in details
    assert "Barnmorskan ringer" not in details


def test_closing_the_prompt_without_a_choice_keeps_the_text(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    data = tmp_path / "data"
    store = crashed_with(qtbot, settings, data, workspace, {"kort": "Ingenting valt"})
    window = open_window(qtbot, settings, data, workspace.root)
    qtbot.keyClick(prompt(qtbot, window), Qt.Key.Key_Escape)
    qtbot.waitUntil(
        lambda: (
            window.findChild(RecoveryDialog, "recoveryPrompt") is None
            or not window.findChild(RecoveryDialog, "recoveryPrompt").isVisible()
        )
    )
    assert store.path_for(workspace, "norr").is_file(), "Esc is no choice: the text is offered again next time"
    window.close()
    assert store.path_for(workspace, "norr").is_file()
    again = open_window(qtbot, settings, data, workspace.root)
    assert "Ingenting valt" in prompt(qtbot, again).details.text()
