"""Command-line messages in real processes: a closed pipe ends quietly, the system's reasons in Swedish."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import run_cli


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli-messages") / "ws"
    assert run_cli("init", str(root), "--demo").returncode == 0
    return root


def _with_reader_gone(*args: str) -> tuple[int, str]:
    """Run ``routine-builder ARGS…`` with its output going to a reader that has already stopped reading.

    That is what ``routine-builder diff A B | head`` comes to once head has its lines: our end of the pipe
    is closed before the program writes, so every write finds the reader gone.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "routine_builder", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    with process.stderr:
        stderr = process.stderr.read().decode("utf-8")
    return process.wait(), stderr


def test_a_reader_that_stops_reading_ends_the_output_quietly(demo: Path) -> None:
    versions = demo / "areas" / "boras" / "versions"
    status, stderr = _with_reader_gone("diff", str(versions / "1.yaml"), str(versions / "3.yaml"))
    assert (status, stderr) == (0, "")
    status, stderr = _with_reader_gone("versions", str(demo), "--area", "boras")
    assert (status, stderr) == (0, "")


def test_head_after_its_lines_leaves_no_error(demo: Path) -> None:
    versions = demo / "areas" / "boras" / "versions"
    script = 'routine="$1"; shift; "$routine" -m routine_builder "$@" | head -n 2; echo "status=${PIPESTATUS[0]}" >&2'
    result = subprocess.run(
        ["bash", "-c", script, "bash", sys.executable, "diff", str(versions / "1.yaml"), str(versions / "3.yaml")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert len(result.stdout.splitlines()) == 2
    assert result.stderr == "status=0\n"


def test_a_missing_file_is_named_with_its_reason_in_swedish(demo: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nonexist.docx"
    result = run_cli("review", "import", str(demo), "--area", "boras", str(missing))
    assert result.returncode == 2
    assert result.stderr == f"routine-builder: {missing}: filen kan inte läsas (filen eller mappen finns inte).\n"
