"""A full disk (a small tmpfs mounted by the test): save, lock, snapshot, export and init.

Each failure is one Swedish sentence naming the file ("disken är full"); nothing is half written,
no empty lock file blocks colleagues, and whatever was there before is unchanged.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from routine_builder.cli import main
from routine_builder.domain import Answer, Workspace
from routine_builder.domain.locks import AreaLock, read_lock
from routine_builder.errors import WriteError
from tests.helpers.builders import make_workspace
from tests.helpers.system import files_under, fill_disk, small_filesystem


@pytest.fixture
def disk(tmp_path: Path):
    with small_filesystem(tmp_path, size="2m") as mount_point:
        yield mount_point


@pytest.fixture
def full_workspace(disk: Path) -> Workspace:
    workspace = make_workspace(disk / "ws", ("norr",))
    fill_disk(disk)
    return workspace


def _longtext(workspace: Workspace) -> str:
    return next(q.id for q in workspace.question_set.questions() if q.type == "longtext")


def test_save_on_a_full_disk(full_workspace: Workspace, disk: Path) -> None:
    before = files_under(disk)
    path = full_workspace.answers_path("norr")
    content = path.read_bytes()
    loaded = full_workspace.load_area("norr")
    edited = loaded.answer_set.with_answer(_longtext(full_workspace), Answer("lång text " * 500))
    with pytest.raises(WriteError) as info:
        full_workspace.save_area(edited, expected_digest=loaded.digest)
    assert info.value.message == f"{path}: kunde inte sparas (disken är full)"
    assert path.read_bytes() == content
    assert files_under(disk) == before, "no temporary file, no backup copy, no save marker left"


def test_opening_an_area_on_a_full_disk_leaves_no_empty_lock(full_workspace: Workspace) -> None:
    area = full_workspace.area_dir("norr")
    with pytest.raises(WriteError) as info:
        AreaLock.acquire(area, user="anna")
    assert info.value.message == f"{area / '.lock'}: låsfilen kunde inte skapas (disken är full)"
    assert not (area / ".lock").exists() and read_lock(area) is None


def test_snapshot_on_a_full_disk(full_workspace: Workspace, disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (full_workspace.area_dir("norr") / "versions").mkdir()
    before = files_under(disk)
    assert main(["snapshot", str(full_workspace.root), "--area", "norr", "-m", "Första"]) == 2
    err = capsys.readouterr().err.strip()
    target = full_workspace.area_dir("norr") / "versions" / "1.yaml"
    assert err == f"routine-builder: {target}: versionen kunde inte sparas (disken är full)."
    assert files_under(disk) == before


def test_export_to_a_full_disk(tmp_path: Path, disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = make_workspace(tmp_path / "ws", ("norr",))
    fill_disk(disk)
    before = files_under(disk)
    out = disk / "rutin.docx"
    assert main(["export", str(workspace.root), "--area", "norr", "--draft", "-o", str(out)]) == 2
    assert capsys.readouterr().err.strip() == f"routine-builder: {out}: kunde inte sparas (disken är full)."
    assert files_under(disk) == before


@pytest.mark.parametrize("demo", [True, False])
def test_init_on_a_full_disk_leaves_nothing(disk: Path, demo: bool, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copyfile(__file__, disk / "annat.txt")  # something that was there before stays
    fill_disk(disk)
    before = files_under(disk)
    target = disk / "ny-arbetsyta"
    assert main(["init", str(target), *(["--demo"] if demo else [])]) == 2
    what = "demo-arbetsytan" if demo else "arbetsytan"
    assert capsys.readouterr().err.strip() == (
        f"routine-builder: {target}: {what} kunde inte skapas (disken är full); inget lämnades kvar."
    )
    assert files_under(disk) == before


def test_init_demo_on_a_read_only_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with small_filesystem(tmp_path, size="1m", read_only=True) as disk:
        target = disk / "demo"
        assert main(["init", str(target), "--demo"]) == 2
        assert capsys.readouterr().err.strip() == (
            f"routine-builder: {target}: demo-arbetsytan kunde inte skapas (enheten är skrivskyddad); "
            "inget lämnades kvar."
        )
        assert files_under(disk) == set()
