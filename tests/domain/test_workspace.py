"""Workspaces on disk: create, list, save with change detection, loading never writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from routine_builder.domain import Answer, AreaInfo, Workspace, create_demo_workspace
from routine_builder.errors import ConflictError, WorkspaceError, WriteError
from tests.helpers.builders import make_workspace


def test_create_open_and_areas(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws", ("norr", "syd"))
    again = Workspace.open(tmp_path / "ws")
    assert again.name == "Testarbetsyta"
    assert again.area_ids() == ["norr", "syd"]
    assert again.question_set.id == "oro-for-vantat-barn"
    with pytest.raises(WorkspaceError, match="finns redan"):
        workspace.create_area(AreaInfo(id="norr", name="Norr"))
    with pytest.raises(WorkspaceError, match="små bokstäver"):
        workspace.create_area(AreaInfo(id="Norr Väst", name="x"))


def test_loading_never_writes(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    path = workspace.answers_path("norr")
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    workspace.load_area("norr")
    Workspace.open(tmp_path / "ws").load_area("norr")
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before


def test_save_detects_a_change_by_someone_else(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    loaded = workspace.load_area("norr")
    qid = next(q.id for q in workspace.question_set.questions() if q.type == "longtext")
    mine = loaded.answer_set.with_answer(qid, Answer("Min text"))
    # Someone else saves first.
    theirs = workspace.save_area(
        loaded.answer_set.with_answer(qid, Answer("Deras text")), expected_digest=loaded.digest
    )
    with pytest.raises(ConflictError, match="ändrats av någon annan"):
        workspace.save_area(mine, expected_digest=loaded.digest)
    assert workspace.load_area("norr").answer_set.answers[qid].value == "Deras text"
    saved = workspace.save_area(mine, expected_digest=theirs.digest, by="anna")
    assert saved.answer_set.updated_by == "anna"
    assert workspace.load_area("norr").answer_set.answers[qid].value == "Min text"
    assert (workspace.area_dir("norr") / "answers.yaml.bak").is_file()


def test_folder_gone_is_a_write_error(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    loaded = workspace.load_area("norr")
    gone = tmp_path / "elsewhere"
    os.rename(workspace.area_dir("norr"), gone)
    with pytest.raises((WriteError, ConflictError)):
        workspace.save_area(loaded.answer_set, expected_digest=None)


def test_demo_copies_into_an_empty_folder_only(tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("x", encoding="utf-8")
    with pytest.raises(WorkspaceError, match="inte tom"):
        create_demo_workspace(tmp_path / "full")
    demo = create_demo_workspace(tmp_path / "demo")
    assert len(demo.area_ids()) >= 5
