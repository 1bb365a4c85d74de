"""Temporary files of saves that a kill -9 interrupted: removed when the area is opened, reported by validate."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from routine_builder.cli import main
from routine_builder.domain import Answer
from routine_builder.domain.validate import validate_workspace
from tests.helpers.builders import make_workspace

_SAVER = textwrap.dedent(
    """
    import sys
    from routine_builder.domain import Answer, Workspace
    workspace = Workspace.open(sys.argv[1])
    qid = sys.argv[2]
    loaded = workspace.load_area("norr")
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        loaded = workspace.save_area(
            loaded.answer_set.with_answer(qid, Answer("text " * 20000 + str(i))), expected_digest=loaded.digest
        )
    """
)


def _temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(".answers.yaml") and p.name.endswith(".tmp")]


def _kill_saves_until_leftovers(workspace, tmp_path: Path) -> list[Path]:
    """Kill a program that saves over and over, the moment a temporary file of its save is seen."""
    qid = next(q.id for q in workspace.question_set.questions() if q.type == "longtext")
    script = tmp_path / "saver.py"
    script.write_text(_SAVER, encoding="utf-8")
    folder = workspace.area_dir("norr")
    for _attempt in range(40):
        before = set(_temporaries(folder))
        proc = subprocess.Popen([sys.executable, str(script), str(workspace.root), qid], stdout=subprocess.PIPE)
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not set(_temporaries(folder)) - before:
            pass
        proc.kill()
        proc.communicate()
        found = _temporaries(folder)
        if len(found) >= 2:
            return found
    pytest.fail("no interrupted save left a temporary file in 40 kills")


def test_interrupted_saves_leave_temporaries_that_are_reported_and_cleaned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = make_workspace(tmp_path / "ws")
    leftovers = _kill_saves_until_leftovers(workspace, tmp_path)
    workspace.load_area("norr")  # the file itself is whole: the old or the new content

    report = validate_workspace(workspace.root).areas[0]
    for path in leftovers:
        assert any(str(path) in problem and "tillfällig fil" in problem for problem in report.problems)
    assert main(["validate", str(workspace.root)]) == 1
    assert "tillfällig fil" in capsys.readouterr().out

    assert workspace.remove_leftovers("norr") == [], "young ones may belong to a save in progress elsewhere"
    old = time.time() - 10 * 60
    for path in leftovers[:-1]:
        os.utime(path, (old, old))
    assert sorted(workspace.remove_leftovers("norr")) == sorted(leftovers[:-1])
    assert [p for p in leftovers if p.exists()] == leftovers[-1:]
    loaded = workspace.load_area("norr")
    qid = next(q.id for q in workspace.question_set.questions() if q.type == "longtext")
    workspace.save_area(loaded.answer_set.with_answer(qid, Answer("efteråt")), expected_digest=loaded.digest)
    assert workspace.load_area("norr").answer_set.get(qid) == Answer("efteråt")


_MARKER_HOLDER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from routine_builder.storage.save_marker import SaveMarker
    SaveMarker(Path(sys.argv[1])).acquire()
    if sys.argv[2] == "crash":
        os._exit(0)  # dies mid-save, without removing its marker
    print("holding", flush=True)
    sys.stdin.read()  # keeps the marker until the test closes its input
    """
)


def _hold_marker(tmp_path: Path, target: Path, mode: str) -> subprocess.Popen[bytes]:
    script = tmp_path / "holder.py"
    script.write_text(_MARKER_HOLDER, encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, str(script), str(target), mode], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )


def test_a_save_marker_left_by_a_crashed_save_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = make_workspace(tmp_path / "ws")
    marker = workspace.area_dir("norr") / "answers.yaml.saving"
    crashed = _hold_marker(tmp_path, workspace.answers_path("norr"), "crash")
    crashed.communicate(timeout=60)
    assert crashed.returncode == 0 and marker.is_file()

    report = validate_workspace(workspace.root).areas[0]
    assert [p for p in report.problems if str(marker) in p] == [
        f"{marker}: en sparmarkering från en sparning som avbröts (programmet avslutades troligen oväntat); "
        "den tas bort vid nästa sparning"
    ]
    assert main(["validate", str(workspace.root)]) == 1
    assert "sparmarkering" in capsys.readouterr().out

    loaded = workspace.load_area("norr")  # the next save clears it
    workspace.save_area(loaded.answer_set, expected_digest=loaded.digest)
    assert not marker.exists()
    assert not any("sparmarkering" in p for p in validate_workspace(workspace.root).areas[0].problems)


def test_the_marker_of_a_save_under_way_is_not_reported(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    holder = _hold_marker(tmp_path, workspace.answers_path("norr"), "hold")
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"holding"
        marker = workspace.area_dir("norr") / "answers.yaml.saving"
        assert marker.is_file()
        assert not any("sparmarkering" in p for p in validate_workspace(workspace.root).areas[0].problems)
        old = time.time() - 10 * 60  # a marker untouched for ten minutes counts as left behind, whoever holds it
        os.utime(marker, (old, old))
        assert any("sparmarkering" in p for p in validate_workspace(workspace.root).areas[0].problems)
    finally:
        holder.communicate(b"")
