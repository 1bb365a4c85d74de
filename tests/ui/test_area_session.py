from __future__ import annotations

import shutil

from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer, Workspace
from routine_builder.domain.operations import set_answer
from routine_builder.domain.recovery import RecoveryStore
from routine_builder.ui.area.area_session import AreaSession


def edit(session: AreaSession, qid: str, text: str) -> None:
    session.apply(
        set_answer(session.answer_set, question_id=qid, answer=Answer(text), question_text=qid), merge_key=qid
    )


def test_autosave_writes_the_answer_shortly_after_the_edit(
    qtbot: QtBot, session: AreaSession, workspace: Workspace
) -> None:
    with qtbot.waitSignal(session.saved, timeout=3000):
        edit(session, "kort", "Hej hopp")
    assert "kort: Hej hopp" in workspace.answers_path("norr").read_text(encoding="utf-8")
    assert not session.dirty


def test_consecutive_edits_of_one_field_are_one_undo_step(qtbot: QtBot, session: AreaSession) -> None:
    edit(session, "kort", "H")
    edit(session, "kort", "He")
    edit(session, "kort", "Hej")
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "ändring av svar: kort"
    session.seal()
    edit(session, "kort", "Hej då")
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.answer_set.get("kort") == Answer("Hej")
    session.undo_stack.undo()
    assert session.answer_set.get("kort") is None
    session.undo_stack.redo()
    assert session.answer_set.get("kort") == Answer("Hej")


def test_undo_emits_changed_from_undo(qtbot: QtBot, session: AreaSession) -> None:
    edit(session, "kort", "x")
    with qtbot.waitSignal(session.changed) as blocker:
        session.undo_stack.undo()
    assert blocker.args == [frozenset({"kort"}), True]


def test_a_failed_save_keeps_the_text_and_is_retried(
    qtbot: QtBot, session: AreaSession, workspace: Workspace, recovery: RecoveryStore
) -> None:
    shutil.rmtree(workspace.area_dir("norr"))  # the folder is gone (a disconnected network drive)
    with qtbot.waitSignal(session.save_failed, timeout=3000) as blocker:
        edit(session, "kort", "Viktig text")
    assert "mappen finns inte längre" in blocker.args[0]
    assert session.dirty
    assert session.answer_set.get("kort") == Answer("Viktig text")
    assert recovery.path_for(workspace, "norr").is_file()  # the safety net holds the text
    workspace.area_dir("norr").mkdir()  # the drive is back
    with qtbot.waitSignal(session.saved, timeout=3000):
        session.save()
    assert "Viktig text" in workspace.answers_path("norr").read_text(encoding="utf-8")
    assert not recovery.path_for(workspace, "norr").exists()


def test_an_unwritable_answers_file_reports_the_failure(
    qtbot: QtBot, session: AreaSession, workspace: Workspace
) -> None:
    path = workspace.answers_path("norr")
    path.unlink()
    path.mkdir()  # a directory where the file was: no write can replace it, even as root
    edit(session, "kort", "Text")
    with qtbot.waitSignal(session.save_failed, timeout=3000):
        assert not session.save()
    assert session.answer_set.get("kort") == Answer("Text")


def _save_elsewhere(workspace: Workspace, qid: str, text: str, *, by: str = "bertil") -> None:
    """Another user (a separate Workspace object) saves one answer."""
    other = Workspace.open(workspace.root)
    loaded = other.load_area("norr")
    other.save_area(loaded.answer_set.with_answer(qid, Answer(text)), expected_digest=loaded.digest, by=by)


def test_someone_elses_change_to_another_question_merges_as_one_undo_step(
    qtbot: QtBot, session: AreaSession, workspace: Workspace
) -> None:
    _save_elsewhere(workspace, "lang", "Bertils text")
    edit(session, "kort", "Min text")
    with qtbot.waitSignal(session.merged, timeout=3000) as blocker:
        assert session.save()
    assert blocker.args == [("lang",)]
    on_disk = workspace.load_area("norr").answer_set
    assert on_disk.get("kort") == Answer("Min text") and on_disk.get("lang") == Answer("Bertils text")
    assert session.answer_set.get("lang") == Answer("Bertils text") and not session.dirty
    assert session.undo_stack.undoText() == "sammanfogning med ändringar från bertil"
    session.undo_stack.undo()  # undoing the merge is an ordinary, undoable step
    assert session.answer_set.get("lang") is None and session.answer_set.get("kort") == Answer("Min text")


def test_a_true_conflict_writes_nothing_until_the_user_chooses(
    qtbot: QtBot, session: AreaSession, workspace: Workspace
) -> None:
    _save_elsewhere(workspace, "kort", "Bertils text")
    before = workspace.answers_path("norr").read_bytes()
    with qtbot.waitSignal(session.merge_needed, timeout=3000) as blocker:
        edit(session, "kort", "Min text")  # autosave meets the conflict
    assert [c.key for c in blocker.args[0].pending.conflicts] == ["kort"]
    assert workspace.answers_path("norr").read_bytes() == before and session.has_conflict
    assert not session.save(), "autosave waits while the choice is open"
    assert session.resolve_merge({"kort": "theirs"})
    assert workspace.load_area("norr").answer_set.get("kort") == Answer("Bertils text")
    assert session.answer_set.get("kort") == Answer("Bertils text") and not session.has_conflict


def test_a_read_only_session_refuses_edits(session: AreaSession, workspace: Workspace) -> None:
    session.set_read_only(True)
    edit(session, "kort", "Nej")
    assert session.answer_set.get("kort") is None and not session.dirty


def test_a_close_that_fails_keeps_retrying_while_the_area_stays_open(
    qtbot: QtBot, workspace: Workspace, settings, recovery: RecoveryStore
) -> None:
    session = AreaSession(workspace, workspace.load_area("norr"), settings=settings, recovery=recovery, retry_ms=100)
    away = workspace.area_dir("norr").with_name("norr-borta")
    workspace.area_dir("norr").rename(away)  # the network drive is gone
    with qtbot.waitSignal(session.save_failed, timeout=3000):
        edit(session, "kort", "Skrivet före avbrottet")
    assert not session.close()  # switching area is refused: the text could not be saved
    away.rename(workspace.area_dir("norr"))  # the drive is back
    with qtbot.waitSignal(session.saved, timeout=3000):  # the banner promised another try
        pass
    assert "Skrivet före avbrottet" in workspace.answers_path("norr").read_text(encoding="utf-8")
