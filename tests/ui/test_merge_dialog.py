"""The merge dialog: mine / theirs / base per conflicting question, and the app's merging saves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer, Workspace
from routine_builder.domain.merge import Conflict
from routine_builder.ui.dialogs.merge_dialog import MergeDialog
from routine_builder.ui.settings import Settings
from tests.ui.sharing_fixtures import fast_window, save_as_other_user


def _texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_the_dialog_shows_three_readable_columns_and_defaults_to_mine(qtbot: QtBot, workspace: Workspace) -> None:
    conflicts = [
        Conflict("kort", Answer("Grunden"), Answer("Min text"), Answer("Deras text")),
        Conflict("janej", None, Answer(True), Answer(False)),
    ]
    dialog = MergeDialog(question_set=workspace.question_set, conflicts=conflicts, intro="Välj.")
    qtbot.addWidget(dialog)
    text = _texts(dialog)
    for expected in ("Mina svar", "Deras svar", "Gemensam grund", "Min text", "Deras text", "Grunden", "Ja", "Nej"):
        assert expected in text
    assert workspace.question_set.question("kort").text in text
    assert "(inget svar)" in text  # the base of 'janej' had no answer
    assert dialog.choices() == {"kort": "mine", "janej": "mine"}
    dialog.all_theirs_button.click()
    assert dialog.choices() == {"kort": "theirs", "janej": "theirs"}
    dialog.choose("kort", "mine")
    assert dialog.choices() == {"kort": "mine", "janej": "theirs"}
    dialog.all_mine_button.click()
    assert set(dialog.choices().values()) == {"mine"}


def _kort(window) -> QLineEdit:
    return window.form.widgets["kort"].editor.focus_target()


def test_a_real_conflict_is_resolved_in_the_dialog(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    window = fast_window(qtbot, settings, tmp_path / "data", workspace.root)
    save_as_other_user(workspace.root, {"kort": "Bertils svar", "lang": "Bertils langa text"})
    qtbot.keyClicks(_kort(window), "Mitt svar")
    qtbot.waitUntil(lambda: window.pane.area.merge_dialog is not None, timeout=3000)
    dialog = window.pane.area.merge_dialog
    assert [c.key for c in dialog.conflicts] == ["kort"], "the other question merges by itself"
    assert "bertil har sparat ändringar" in dialog.intro.text()
    assert "Mitt svar" in _texts(dialog) and "Bertils svar" in _texts(dialog)
    assert window.banner.isVisible() and "Inte sparat" in window.banner.message.text()
    assert "Mitt svar" not in workspace.answers_path("norr").read_text("utf-8")
    dialog.choose("kort", "theirs")
    dialog.ok_button.click()
    on_disk = workspace.load_area("norr").answer_set
    assert on_disk.get("kort") == Answer("Bertils svar") and on_disk.get("lang") == Answer("Bertils langa text")
    assert _kort(window).text() == "Bertils svar"
    assert not window.banner.isVisible() and not window.session.dirty
    assert window.undo_group.undoText() == "sammanfogning med ändringar från bertil"
    window.undo_group.undo()  # back to my own text, as one step
    assert _kort(window).text() == "Mitt svar"


def test_cancel_keeps_my_text_unsaved_until_i_choose(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    window = fast_window(qtbot, settings, tmp_path / "data", workspace.root)
    save_as_other_user(workspace.root, {"kort": "Bertils svar"})
    qtbot.keyClicks(_kort(window), "Mitt")
    qtbot.waitUntil(lambda: window.pane.area.merge_dialog is not None, timeout=3000)
    window.pane.area.merge_dialog.cancel_button.click()
    assert window.pane.area.merge_dialog is None and window.session.has_conflict
    qtbot.keyClicks(_kort(window), " svar")  # editing goes on; autosave waits
    assert not window.session.save() and "Mitt svar" not in workspace.answers_path("norr").read_text("utf-8")
    assert window.banner.merge_button.isVisible()
    window.banner.merge_button.click()  # asks again, with the latest text
    dialog = window.pane.area.merge_dialog
    assert dialog is not None and "Mitt svar" in _texts(dialog)
    dialog.ok_button.click()  # mine is the default
    assert workspace.load_area("norr").answer_set.get("kort") == Answer("Mitt svar")
    assert not window.session.has_conflict and not window.banner.isVisible()


def test_a_change_to_another_question_merges_silently(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    window = fast_window(qtbot, settings, tmp_path / "data", workspace.root)
    save_as_other_user(workspace.root, {"lang": "Bertils text"})
    qtbot.keyClicks(_kort(window), "Mitt svar")
    qtbot.waitUntil(lambda: "togs med" in window.save_status.text(), timeout=3000)
    assert window.save_status.text() == "Sparat – ändringar från en annan användare togs med (1 fråga)"
    assert window.form.widgets["lang"].editor.value() == "Bertils text"
    on_disk = workspace.load_area("norr").answer_set
    assert on_disk.get("kort") == Answer("Mitt svar") and on_disk.get("lang") == Answer("Bertils text")
    assert window.pane.area.merge_dialog is None and not window.banner.isVisible()
