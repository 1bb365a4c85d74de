"""Atomic writes: a killed writer leaves the old or the new file, never a broken one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from routine_builder.errors import WriteError
from routine_builder.storage import atomic_write


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
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        lines = target.read_text(encoding="utf-8").splitlines()
        first, last = lines[0], lines[-1]
        assert first.startswith("version: ")
        assert last == "end: " + first.split(": ")[1], "the file is half written"


def test_new_files_are_readable_by_colleagues(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "shared.yaml", "x\n")
    finally:
        os.umask(old)
    assert (tmp_path / "shared.yaml").stat().st_mode & 0o777 == 0o644
