"""The folder is the area's identity: a copied folder saves into itself, no file content builds a path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from routine_builder.cli import main
from routine_builder.domain import Answer, save_version
from routine_builder.domain.locks import AreaLock, read_lock
from routine_builder.domain.sync import save_or_merge
from routine_builder.domain.validate import validate_workspace
from routine_builder.errors import WorkspaceError
from tests.helpers.builders import make_workspace


def _first_longtext(workspace) -> str:
    return next(q.id for q in workspace.question_set.questions() if q.type == "longtext")


def test_a_copied_area_folder_locks_and_saves_into_itself(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws", ("simba",))
    shutil.copytree(workspace.area_dir("simba"), workspace.areas_dir / "simba-kopia")
    original = workspace.answers_path("simba").read_bytes()
    qid = _first_longtext(workspace)

    loaded = workspace.load_area("simba-kopia")
    assert loaded.answer_set.area.id == "simba-kopia" and loaded.file_area_id == "simba"
    lock = AreaLock.acquire(workspace.area_dir(loaded.answer_set.area.id), user="anna")
    outcome = save_or_merge(workspace, base=loaded, mine=loaded.answer_set.with_answer(qid, Answer("kopian")))
    assert outcome.saved is not None and outcome.saved.path == workspace.answers_path("simba-kopia")
    save_version(workspace, outcome.saved.answer_set, comment="v1", by="anna")
    lock.release()

    assert workspace.answers_path("simba").read_bytes() == original, "the original area is untouched"
    assert read_lock(workspace.area_dir("simba")) is None
    assert not (workspace.area_dir("simba") / "versions").exists()
    assert (workspace.area_dir("simba-kopia") / "versions" / "1.yaml").is_file()
    copy = workspace.load_area("simba-kopia")
    assert copy.answer_set.get(qid) == Answer("kopian") and copy.file_area_id == ""  # the save wrote its name


def test_validate_reports_an_id_that_differs_from_its_folder(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    workspace = make_workspace(tmp_path / "ws", ("simba",))
    shutil.copytree(workspace.area_dir("simba"), workspace.areas_dir / "simba-kopia")
    report = {a.label: a for a in validate_workspace(workspace.root).areas}
    assert report["simba"].problems == []
    problem = report["simba-kopia"].problems[0]
    assert "anger område-id 'simba' men ligger i mappen 'simba-kopia'" in problem
    assert str(workspace.answers_path("simba-kopia")) in problem
    assert main(["validate", str(workspace.root)]) == 1
    assert "simba-kopia" in capsys.readouterr().out


def test_an_id_that_climbs_out_of_the_workspace_reaches_nothing_outside(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws", ("norr",))
    path = workspace.answers_path("norr")
    path.write_text(path.read_text(encoding="utf-8").replace("id: norr", "id: ../../../utanfor"), encoding="utf-8")
    loaded = workspace.load_area("norr")
    assert loaded.answer_set.area.id == "norr"
    workspace.save_area(loaded.answer_set, expected_digest=loaded.digest, by="anna")
    save_version(workspace, loaded.answer_set, comment="v", by="anna")
    assert not (tmp_path / "utanfor").exists() and not (tmp_path.parent / "utanfor").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ws"]


@pytest.mark.parametrize("area_id", ["..", "../ws", "/etc", "norr/../..", ""])
def test_an_area_name_that_is_a_path_is_refused(tmp_path: Path, area_id: str, capsys: pytest.CaptureFixture) -> None:
    workspace = make_workspace(tmp_path / "ws", ("norr",))
    with pytest.raises(WorkspaceError, match="inget giltigt områdesnamn"):
        workspace.area_dir(area_id)
    assert main(["snapshot", str(workspace.root), "--area", area_id, "-m", "x"]) == 2
    err = capsys.readouterr().err
    assert "inget giltigt områdesnamn" in err and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ws"]
