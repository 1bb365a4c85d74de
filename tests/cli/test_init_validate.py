"""``init`` and ``validate`` through the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from routine_builder.cli import main
from tests.helpers.cli import run_cli


def test_init_creates_an_empty_workspace(tmp_path: Path) -> None:
    result = run_cli("init", str(tmp_path / "ws"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "ws" / "workspace.yaml").is_file()
    assert (tmp_path / "ws" / "areas").is_dir()
    again = run_cli("init", str(tmp_path / "ws"))
    assert again.returncode == 2
    assert "redan en arbetsyta" in again.stderr
    assert "Traceback" not in again.stderr


def test_validate_empty_workspace_reports_no_areas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", str(tmp_path / "ws")]) == 0
    assert main(["validate", str(tmp_path / "ws")]) == 1
    assert "inga områden" in capsys.readouterr().out


def test_demo_workspace_validates(tmp_path: Path) -> None:
    result = run_cli("init", str(tmp_path / "demo"), "--demo")
    assert result.returncode == 0, result.stderr
    check = run_cli("validate", str(tmp_path / "demo"))
    # The demo holds one half-done area on purpose: problems found, but every file is readable.
    assert check.returncode == 1, check.stdout + check.stderr
    lines = check.stdout.splitlines()
    complete = [line for line in lines if line.startswith("OK ")]
    incomplete = [line for line in lines if line.startswith("!! ")]
    assert len(complete) >= 4, check.stdout
    assert len(incomplete) == 1, check.stdout
    assert "obligatoriska saknas" in incomplete[0]


def test_validate_question_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from routine_builder import paths

    assert main(["validate", str(paths.question_set_path("oro-for-vantat-barn"))]) == 0
    assert "frågor" in capsys.readouterr().out


def test_unknown_path_is_one_sentence(tmp_path: Path) -> None:
    result = run_cli("validate", str(tmp_path / "nothing.yaml"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "finns inte" in result.stderr


@pytest.mark.parametrize("command", ["gui", "init", "validate", "export", "snapshot", "versions", "diff"])
def test_every_command_has_help(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0
    assert "användning: routine-builder " + command in result.stdout


def test_version_goes_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    """Like every program's --version (and as the bundle's smoke test reads it): on stdout, exit status 0."""
    import routine_builder

    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code in (0, None)
    captured = capsys.readouterr()
    assert captured.out.strip().endswith(routine_builder.__version__) and captured.err == ""
