"""The exclusive save marker: one saver at a time, abandoned markers cleared, a lost marker stops the rename."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from routine_builder.errors import WriteError

_HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from routine_builder.storage.save_marker import SaveMarker
    marker = SaveMarker(Path(sys.argv[1]))
    marker.acquire()
    print("held", flush=True)
    time.sleep(600)
    """
)


def test_a_second_saver_waits_and_then_fails_in_one_sentence(tmp_path: Path) -> None:
    from routine_builder.storage.save_marker import SaveMarker

    target = tmp_path / "answers.yaml"
    with SaveMarker(target):
        other = SaveMarker(target, wait=0.2)
        started = time.monotonic()
        with pytest.raises(WriteError) as info:
            other.acquire()
        assert time.monotonic() - started >= 0.2
    assert info.value.message.startswith(f"{target}: kunde inte sparas just nu")
    assert not (tmp_path / "answers.yaml.saving").exists(), "released on leaving the block"
    with SaveMarker(target, wait=0.2):  # free again
        pass


def test_a_marker_left_by_a_killed_program_on_this_pc_is_cleared_at_once(tmp_path: Path) -> None:
    from routine_builder.storage.save_marker import SaveMarker

    target = tmp_path / "answers.yaml"
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(target)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    with pytest.raises(WriteError):  # alive: it holds
        SaveMarker(target, wait=0.1).acquire()
    holder.kill()
    holder.communicate()
    with SaveMarker(target, wait=0.1):
        assert json.loads((tmp_path / "answers.yaml.saving").read_text())["pid"] == os.getpid()
    assert [p.name for p in tmp_path.iterdir()] == []


def test_a_marker_untouched_for_long_on_another_pc_is_cleared(tmp_path: Path) -> None:
    from routine_builder.storage.save_marker import ABANDONED_AFTER, SaveMarker

    target = tmp_path / "answers.yaml"
    marker = tmp_path / "answers.yaml.saving"
    marker.write_text(json.dumps({"host": "PC-9", "pid": 4242, "token": "gammal"}), encoding="utf-8")
    with pytest.raises(WriteError):  # fresh, from another PC: it may be saving right now
        SaveMarker(target, wait=0.1).acquire()
    old = time.time() - ABANDONED_AFTER - 5
    os.utime(marker, (old, old))
    with SaveMarker(target, wait=0.1) as mine:
        assert json.loads(marker.read_text())["token"] == mine.token


def test_a_holder_whose_marker_was_taken_stops_before_the_rename(tmp_path: Path) -> None:
    from routine_builder.storage.save_marker import MarkerLost, SaveMarker

    target = tmp_path / "answers.yaml"
    marker = SaveMarker(target)
    marker.acquire()
    marker.confirm()  # still ours
    marker.path.unlink()  # someone judged it abandoned and took it
    marker.path.write_text(json.dumps({"host": "PC-9", "pid": 1, "token": "theirs"}), encoding="utf-8")
    with pytest.raises(MarkerLost):
        marker.confirm()
    marker.release()
    assert json.loads(marker.path.read_text())["token"] == "theirs", "never removes someone else's marker"


_EMPTY_CREATOR = textwrap.dedent(
    """
    import os, sys, time
    os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)  # created, never filled
    print("created", flush=True)
    time.sleep(600)
    """
)


def test_a_marker_left_empty_by_a_program_killed_while_creating_it_is_cleared_soon(tmp_path: Path) -> None:
    from routine_builder.storage.save_marker import EMPTY_ABANDONED_AFTER, SaveMarker

    target = tmp_path / "answers.yaml"
    marker = tmp_path / "answers.yaml.saving"
    creator = subprocess.Popen([sys.executable, "-c", _EMPTY_CREATOR, str(marker)], stdout=subprocess.PIPE, text=True)
    assert creator.stdout is not None and creator.stdout.readline().strip() == "created"
    creator.kill()
    creator.communicate()
    assert marker.exists() and marker.stat().st_size == 0
    with pytest.raises(WriteError):  # just created: its program may be about to fill it
        SaveMarker(target, wait=0.1).acquire()
    past = time.time() - EMPTY_ABANDONED_AFTER - 1
    os.utime(marker, (past, past))
    with SaveMarker(target, wait=0.1):
        assert json.loads(marker.read_text())["pid"] == os.getpid()
    assert [p.name for p in tmp_path.iterdir()] == []
