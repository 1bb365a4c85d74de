"""The area lock in the app: held while open, read-only when someone else has it, stale takeover, lost lock."""

from __future__ import annotations

import json
import socket
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer, Workspace
from routine_builder.domain.locks import LOCK_NAME, read_lock
from routine_builder.domain.workspace import current_user
from routine_builder.ui import settings as options
from routine_builder.ui.dialogs.take_over_dialog import TakeOverDialog
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.actions import ActionId
from tests.ui.sharing_fixtures import fast_window, lock_held_by_other_process, save_as_other_user, write_stale_lock


def _kort(window) -> QLineEdit:
    editor = window.form.widgets["kort"].editor.focus_target()
    assert isinstance(editor, QLineEdit)
    return editor


def test_the_open_area_is_locked_and_released_on_switch_and_close(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    window = fast_window(qtbot, settings, tmp_path / "data", workspace.root)
    holder = read_lock(workspace.area_dir("norr"))
    assert holder is not None and holder.user == current_user() and holder.host == socket.gethostname()
    assert not window.pane.lock_banner.isVisible()
    first_beat = holder.heartbeat
    qtbot.waitUntil(lambda: read_lock(workspace.area_dir("norr")).heartbeat != first_beat, timeout=3000)
    window.area_list.select("soder")
    assert read_lock(workspace.area_dir("norr")) is None
    assert read_lock(workspace.area_dir("soder")) is not None
    window.close()
    assert read_lock(workspace.area_dir("soder")) is None


def test_an_area_held_by_another_process_is_read_only_and_follows_the_file(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    area_dir = workspace.area_dir("norr")
    with lock_held_by_other_process(area_dir, "bertil"):
        window = fast_window(qtbot, settings, tmp_path / "data", workspace.root)
        banner = window.pane.lock_banner
        assert banner.isVisible()
        text = banner.message.text()
        assert text.startswith(f"Öppet för redigering av bertil på {socket.gethostname()} sedan ")
        assert "Du ser en skrivskyddad vy som uppdateras när filen ändras." in text
        assert not banner.take_over_button.isVisible()
        assert "(skrivskyddad)" in window.windowTitle()
        editor = _kort(window)
        assert editor.isReadOnly() and editor.isEnabled()  # still selectable
        qtbot.keyClicks(editor, "ska inte ga")
        assert editor.text() == "" and not window.session.dirty
        window.action(ActionId.SAVE).trigger()  # nothing to save, nothing written
        save_as_other_user(workspace.root, {"kort": "Bertil skrev detta"})
        qtbot.waitUntil(lambda: _kort(window).text() == "Bertil skrev detta", timeout=3000)
        assert _kort(window).isReadOnly()
        window.form.next_section()  # another page of the form is read-only too
        assert window.form.widgets and all(_refuses_edits(w) for w in window.form.widgets.values())
        window.form.previous_section()
    qtbot.waitUntil(lambda: "Ingen redigerar området just nu" in banner.message.text(), timeout=3000)
    banner.retry_button.click()
    assert not banner.isVisible() and not window.session.read_only
    assert read_lock(area_dir).user == current_user()
    _kort(window).end(False)  # a long answer shows its beginning; go on typing at its end
    qtbot.keyClicks(_kort(window), " och jag")
    qtbot.waitUntil(lambda: "Bertil skrev detta och jag" in workspace.answers_path("norr").read_text("utf-8"))


def test_a_stale_lock_is_taken_over_after_confirmation(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    write_stale_lock(workspace.area_dir("norr"), "bertil", "PC-7")
    window = fast_window(qtbot, settings, tmp_path / "data", workspace.root)
    banner = window.pane.lock_banner
    assert "bertil verkar inte ha programmet öppet längre (senaste livstecken" in banner.message.text()
    assert banner.take_over_button.isVisible()
    banner.take_over_button.click()
    dialog = window.findChild(TakeOverDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Ta över området?" in dialog.message.text()
    dialog.cancel_button.click()
    assert read_lock(workspace.area_dir("norr")).user == "bertil" and window.session.read_only
    banner.take_over_button.click()
    dialog = window.pane.area.take_over_dialog
    dialog.take_over_button.click()
    assert read_lock(workspace.area_dir("norr")).user == current_user()
    assert not banner.isVisible() and not window.session.read_only
    assert not _kort(window).isReadOnly()
    assert "(skrivskyddad)" not in window.windowTitle()


def test_a_lost_lock_turns_read_only_and_keeps_the_text(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    settings.set(options.AUTOSAVE_DELAY_MS, 60_000)
    window = fast_window(qtbot, settings, tmp_path / "data", workspace.root)
    qtbot.keyClicks(_kort(window), "Osparat")
    path = workspace.area_dir("norr") / LOCK_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(user="cecilia", host="PC-9", token="deras")  # someone took the area over
    path.write_text(json.dumps(data), encoding="utf-8")
    banner = window.pane.lock_banner
    qtbot.waitUntil(lambda: window.session.read_only, timeout=3000)
    assert "Området har tagits över av cecilia på PC-9" in banner.message.text()
    assert "Dina osparade ändringar finns kvar" in banner.message.text()
    assert window.session.answer_set.get("kort") == Answer("Osparat")
    assert _kort(window).text() == "Osparat" and _kort(window).isReadOnly()
    assert window.recovery.path_for(workspace, "norr").is_file()
    save_as_other_user(workspace.root, {"lang": "Cecilias text"}, by="cecilia")
    banner.merge_button.click()  # merge my kept text with theirs
    on_disk = workspace.load_area("norr").answer_set
    assert on_disk.get("kort") == Answer("Osparat") and on_disk.get("lang") == Answer("Cecilias text")
    assert not window.session.dirty and read_lock(workspace.area_dir("norr")).user == "cecilia"


def test_a_workspace_that_goes_away_saves_when_it_is_back(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    """The network folder disappears (renamed away) while typing, then comes back."""
    window = fast_window(qtbot, settings, tmp_path / "data", workspace.root)
    root, away = workspace.root, workspace.root.with_name("borta")
    area_dir = workspace.area_dir("norr")
    root.rename(away)
    qtbot.keyClicks(_kort(window), "Far inte forsvinna")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=3000)
    assert "Dina svar finns kvar" in window.banner.message.text()
    assert window.recovery.path_for(workspace, "norr").is_file()
    away.rename(root)
    qtbot.waitUntil(lambda: "Far inte forsvinna" in workspace.answers_path("norr").read_text("utf-8"), timeout=3000)
    qtbot.waitUntil(lambda: not window.banner.isVisible())
    assert window.save_status.text().startswith("Senast sparat")
    assert read_lock(area_dir).user == current_user()


def _refuses_edits(widget) -> bool:
    """No input of a question accepts edits (text stays selectable, lists stay browsable)."""

    def refuses(w) -> bool:
        if isinstance(w, QAbstractItemView):
            return w.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        return not w.isEnabled() or getattr(w, "isReadOnly", lambda: False)()

    inputs = [widget.na_box, widget.comment_edit, widget.reason_edit, *widget.editor.inputs()]
    buttons = widget.findChildren(QAbstractButton)
    return all(refuses(w) for w in inputs) and not any(b.isEnabled() for b in buttons)


def test_the_read_only_form_can_still_be_searched_and_scrolled(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    write_stale_lock(workspace.area_dir("norr"))
    window = fast_window(qtbot, settings, tmp_path / "data", workspace.root)
    assert window.form.search_edit.isEnabled() and not window.form.search_edit.isReadOnly()
    qtbot.keyClicks(window.form.search_edit, "e")  # a search rebuilds the page: still read-only
    assert window.form.widgets and all(_refuses_edits(w) for w in window.form.widgets.values())
    assert window.form.scroll_area.verticalScrollBar().isEnabled()
