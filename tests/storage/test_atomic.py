"""Atomic writes: a killed writer leaves the old or the new file, never a broken one."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from routine_builder.errors import WriteError
from routine_builder.storage import atomic_write
from tests.helpers.processes import run_together


def test_write_and_backup(tmp_path: Path) -> None:
    target = tmp_path / "answers.yaml"
    atomic_write(target, "one\n")
    atomic_write(target, "two\n", keep_backup=True)
    assert target.read_text(encoding="utf-8") == "two\n"
    assert (tmp_path / "answers.yaml.bak").read_text(encoding="utf-8") == "one\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="finns inte längre") as info:
        atomic_write(tmp_path / "gone" / "answers.yaml", "x")
    assert "answers.yaml" in info.value.message


def test_lf_line_ends_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "f.yaml"
    atomic_write(target, "a\nb\n")
    assert target.read_bytes() == b"a\nb\n"


_WRITER = textwrap.dedent(
    """
    import sys
    from routine_builder.storage import atomic_write
    target = sys.argv[1]
    i = 0
    print("ready", flush=True)
    while True:
        i += 1
        body = (f"version: {i}\\n" + ("x" * 200 + "\\n") * 2000 + f"end: {i}\\n")
        atomic_write(target, body, keep_backup=True)
    """
)


@pytest.mark.slow
def test_killed_writer_never_leaves_a_broken_file(tmp_path: Path) -> None:
    target = tmp_path / "answers.yaml"
    target.write_text("version: 0\nend: 0\n", encoding="utf-8")
    script = tmp_path / "writer.py"
    script.write_text(_WRITER, encoding="utf-8")
    for round_ in range(12):
        proc = subprocess.Popen([sys.executable, str(script), str(target)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.02 + 0.013 * round_)  # let it write for a varying while, then kill it mid-way
        proc.kill()
        proc.wait()
        proc.stdout.close()
        lines = target.read_text(encoding="utf-8").splitlines()
        first, last = lines[0], lines[-1]
        assert first.startswith("version: ")
        assert last == "end: " + first.split(": ")[1], "the file is half written"


@pytest.mark.skipif(os.name != "posix", reason="permission bits and the umask are POSIX features")
def test_new_files_are_readable_by_colleagues(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "shared.yaml", "x\n")
    finally:
        os.umask(old)
    assert (tmp_path / "shared.yaml").stat().st_mode & 0o777 == 0o644


_BACKUP_WRITER = textwrap.dedent(
    """
    import sys
    from routine_builder.errors import RoutineBuilderError
    from routine_builder.storage import atomic_write
    target, name, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    print("ready", flush=True)
    sys.stdin.readline()
    failures = 0
    for i in range(rounds):
        try:
            atomic_write(target, f"{name} {i}\\n" * 50, keep_backup=True)
        except RoutineBuilderError as exc:
            failures += 1
            print("FAILED: " + exc.message, flush=True)
    print(f"done {failures}", flush=True)
    """
)


def test_two_processes_keeping_backups_never_report_a_false_error(tmp_path: Path) -> None:
    """Every temporary file has its own name: overlapping savers never take each other's backup copy."""
    target = tmp_path / "answers.yaml"
    target.write_text("start\n", encoding="utf-8")
    script = tmp_path / "writer.py"
    script.write_text(_BACKUP_WRITER, encoding="utf-8")
    outputs = run_together([[sys.executable, str(script), str(target), name, "400"] for name in ("a", "b")])
    assert all(out.strip().endswith("done 0") for out in outputs), outputs
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert target.read_text(encoding="utf-8").splitlines()[0] in {"a 399", "b 399"}


class _BusyFor:
    """A test double for ``os.replace``: its first ``times`` calls fail as Windows fails while a scanner holds
    the target.

    Used only here: a file held open by another program cannot be made on Linux.
    """

    def __init__(self, times: int, real=os.replace) -> None:
        self.left = times
        self.calls = 0
        self.real = real

    def __call__(self, source, target) -> None:
        self.calls += 1
        if self.left > 0:
            self.left -= 1
            raise PermissionError(13, "Access is denied", str(target))
        self.real(source, target)


def test_a_busy_target_is_retried_until_the_rename_goes_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "answers.yaml"
    atomic_write(target, "old\n")
    busy = _BusyFor(4)
    monkeypatch.setattr(os, "replace", busy)
    atomic_write(target, "new\n", keep_backup=True)
    assert target.read_text(encoding="utf-8") == "new\n"
    assert (tmp_path / "answers.yaml.bak").read_text(encoding="utf-8") == "old\n"
    assert busy.calls == 6  # the backup's rename and the file's, four refusals between them
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_target_busy_for_too_long_fails_in_swedish_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "answers.yaml"
    atomic_write(target, "old\n")
    monkeypatch.setattr(os, "replace", _BusyFor(1000))
    with pytest.raises(WriteError) as info:
        atomic_write(target, "new\n")
    assert info.value.message == f"{target}: kunde inte sparas (åtkomst nekad)"
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.yaml"]


def test_a_lock_refresh_waits_for_a_busy_lock_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from routine_builder.domain.locks import AreaLock, read_lock

    lock = AreaLock.acquire(tmp_path, user="anna")
    monkeypatch.setattr(os, "replace", _BusyFor(3))
    assert lock.refresh()
    assert read_lock(tmp_path).token == lock.info.token
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_write_new_never_replaces_a_file(tmp_path: Path) -> None:
    from routine_builder.storage import write_new

    target = tmp_path / "1.yaml"
    write_new(target, "first\n", mode=0o444)
    with pytest.raises(FileExistsError):
        write_new(target, "second\n")
    assert target.read_text(encoding="utf-8") == "first\n"
    assert target.stat().st_mode & 0o777 == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["1.yaml"]
