"""Saved versions: numbering, immutability, restore keeps the replaced draft."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from routine_builder.domain import Answer, list_versions, load_version, restore_version, save_version
from routine_builder.domain.compare import compare
from routine_builder.domain.versions import version_path
from tests.helpers.compare_fixtures import compare_workspace, sample_pair


def test_numbering_and_listing(tmp_path: Path) -> None:
    workspace = compare_workspace(tmp_path / "ws")
    draft = workspace.load_area("norr")
    first = save_version(workspace, draft.answer_set, comment="Första", by="anna")
    second = save_version(workspace, draft.answer_set, comment="Andra", by="bo")
    assert first.version is not None and second.version is not None
    assert (first.version.number, second.version.number) == (1, 2)
    listed = list_versions(workspace, "norr")
    assert [(v.version.number, v.version.saved_by, v.version.comment) for v in listed if v.version] == [
        (1, "anna", "Första"),
        (2, "bo", "Andra"),
    ]
    assert load_version(workspace, "norr", 2).answer_set.version == second.version


def test_versions_are_read_only_and_never_replaced(tmp_path: Path) -> None:
    workspace = compare_workspace(tmp_path / "ws")
    draft = workspace.load_area("norr")
    save_version(workspace, draft.answer_set, comment="Första", by="anna")
    path = version_path(workspace, "norr", 1)
    before = path.read_bytes()
    assert not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    if os.geteuid() != 0:  # root may write anyway; the mode is what protects the file for users
        with pytest.raises(PermissionError):
            path.write_text("ändrad", encoding="utf-8")
    changed = draft.answer_set.with_answer("kort", Answer("Ny text"))
    save_version(workspace, changed, comment="Andra", by="anna")
    assert path.read_bytes() == before
    assert version_path(workspace, "norr", 2).is_file()


def test_restore_keeps_the_replaced_draft(tmp_path: Path) -> None:
    workspace = compare_workspace(tmp_path / "ws")
    old, new = sample_pair(workspace.question_set)
    draft = workspace.load_area("norr")
    draft = workspace.save_area(old, expected_digest=draft.digest, by="anna")
    save_version(workspace, draft.answer_set, comment="Fastställd", by="anna")
    draft = workspace.save_area(new, expected_digest=draft.digest, by="anna")
    restored, kept = restore_version(workspace, draft, 1, by="bo")
    assert kept.version is not None and kept.version.number == 2
    qs = workspace.question_set
    assert compare(qs, kept, new).is_empty  # the replaced draft lives on as version 2
    assert compare(qs, restored.answer_set, old).is_empty
    assert restored.answer_set.version is None
    assert compare(qs, workspace.load_area("norr").answer_set, old).is_empty
    assert [v.version.number for v in list_versions(workspace, "norr") if v.version] == [1, 2]


def _workspace_with_a_broken_version(tmp_path: Path):
    from tests.helpers.builders import make_workspace, versions_with_a_broken_one

    workspace = make_workspace(tmp_path / "ws")
    comments = ("Första", "Andra", "Tredje")
    return workspace, versions_with_a_broken_one(
        workspace, comments, broken=2, content=b"format: 1\nversion: [trasig\n"
    )


def test_a_broken_version_file_is_listed_as_broken_not_skipped(tmp_path: Path) -> None:
    from routine_builder.domain.version_index import version_headers

    workspace, broken = _workspace_with_a_broken_version(tmp_path)
    headers = version_headers(workspace, "norr")
    assert [(h.number, bool(h.problem)) for h in headers] == [(1, False), (2, True), (3, False)]
    assert headers[1].path == broken and str(broken) in headers[1].problem


def test_validate_checks_version_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from routine_builder.cli import main
    from routine_builder.domain.validate import validate_workspace

    workspace, broken = _workspace_with_a_broken_version(tmp_path)
    problems = validate_workspace(workspace.root).areas[0].problems
    assert any(p.startswith("version 2 kan inte läsas: ") and str(broken) in p for p in problems), problems
    assert main(["validate", str(workspace.root)]) == 1
    assert "version 2 kan inte läsas" in capsys.readouterr().out
    assert main(["versions", str(workspace.root), "--area", "norr"]) == 2
    captured = capsys.readouterr()
    assert "Första" in captured.out and "Tredje" in captured.out
    assert str(broken) in captured.err
