"""``routine-builder snapshot`` and ``versions``: run in a subprocess on real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from routine_builder.domain.versions import version_path
from tests.helpers.compare_fixtures import compare_workspace


def _cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "routine_builder", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_versions_lists_what_can_be_read_and_names_the_file_that_cannot(tmp_path: Path) -> None:
    workspace = compare_workspace(tmp_path / "ws")
    assert "inga sparade versioner" in _cli("versions", workspace.root, "--area", "norr").stdout
    for comment in ("Första", "Andra", "Tredje"):
        assert _cli("snapshot", workspace.root, "--area", "norr", "-m", comment).returncode == 0
    listed = _cli("versions", workspace.root, "--area", "norr")
    assert listed.returncode == 0, listed.stderr
    assert [line.split()[-1] for line in listed.stdout.splitlines()] == ["Första", "Andra", "Tredje"]
    broken = version_path(workspace, "norr", 2)
    broken.chmod(0o644)
    broken.write_text("format: 1\nquestion_set: {id: testset\n", encoding="utf-8")
    listed = _cli("versions", workspace.root, "--area", "norr")
    assert listed.returncode == 2
    assert [line.split()[-1] for line in listed.stdout.splitlines()] == ["Första", "Tredje"]
    assert str(broken) in listed.stderr and "Traceback" not in listed.stderr
