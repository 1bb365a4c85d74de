"""Conflict copies from sync tools: shown in a banner, merged question by question, then archived."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer, Workspace
from routine_builder.ui.settings import Settings
from tests.ui.sharing_fixtures import fast_window, save_as_other_user


def _make_copy(workspace: Workspace, name: str, answers: dict[str, str]) -> Path:
    """A sync tool's copy: the draft as another machine had it, with some answers of its own."""
    draft = workspace.answers_path("norr")
    original = draft.read_bytes()
    save_as_other_user(workspace.root, answers, by="pc-bertil")
    copy = draft.with_name(name)
    copy.write_bytes(draft.read_bytes())
    draft.write_bytes(original)
    return copy


def test_a_copy_is_merged_per_question_then_archived(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    save_as_other_user(workspace.root, {"kort": "Utkastets svar"}, by="anna")
    copy = _make_copy(workspace, "answers (1).yaml", {"kort": "Kopians svar", "lang": "Bara i kopian"})
    window = fast_window(qtbot, settings, tmp_path / "data", workspace.root)
    banner = window.pane.copy_banner
    assert banner.isVisible()
    assert banner.message.text() == "Det finns en konfliktkopia från en synkroniseringstjänst: answers (1).yaml"
    banner.merge_button.click()
    dialog = window.pane.area.merge_dialog
    assert dialog is not None and [c.key for c in dialog.conflicts] == ["kort"]
    assert "answers (1).yaml" in dialog.intro.text()
    dialog.choose("kort", "theirs")
    dialog.ok_button.click()
    on_disk = workspace.load_area("norr").answer_set
    assert on_disk.get("kort") == Answer("Kopians svar") and on_disk.get("lang") == Answer("Bara i kopian")
    assert not copy.exists()
    assert [p.name.endswith("answers (1).yaml") for p in (copy.parent / "archive").iterdir()] == [True]
    assert not banner.isVisible()
    assert window.undo_group.undoText() == "sammanfogning med konfliktkopian answers (1).yaml"


def test_a_copy_appearing_later_is_noticed_and_can_be_archived_unmerged(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    window = fast_window(qtbot, settings, tmp_path / "data", workspace.root)
    banner = window.pane.copy_banner
    assert not banner.isVisible()
    copy = _make_copy(workspace, "answers-PC-17.yaml", {"kort": "Från PC-17"})
    qtbot.waitUntil(banner.isVisible, timeout=3000)
    assert "answers-PC-17.yaml" in banner.message.text()
    banner.archive_button.click()
    assert not copy.exists() and len(list((copy.parent / "archive").iterdir())) == 1
    assert workspace.load_area("norr").answer_set.get("kort") is None
    assert not banner.isVisible()
