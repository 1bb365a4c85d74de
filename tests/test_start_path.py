"""Starting the app imports nothing it does not need: python-docx, lxml and the export wait for an export,
the routine's blocks for the preview, the package metadata (slow to import) for the about box, and each
dialog until it opens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from routine_builder.domain import create_demo_workspace

PROBE = """
import sys
from routine_builder.cli import main
status = main(sys.argv[1:])
heavy = sorted({m.split(".")[0] if not m.startswith("routine_builder") else m for m in sys.modules
                if m.startswith(("docx", "lxml", "routine_builder.export"))})
print("status", status, "heavy", heavy)
print("document", any(m.startswith("routine_builder.document") for m in sys.modules))
print("metadata", "importlib.metadata" in sys.modules)
print("dialogs", sorted(m for m in sys.modules if m.startswith("routine_builder.ui.dialogs.")))
"""


def _run(*args: object) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ROUTINE_BUILDER_SMOKE="1")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_app_starts_without_the_export_and_the_export_brings_it(tmp_path: Path) -> None:
    workspace = create_demo_workspace(tmp_path / "demo")
    started = _run("gui", workspace.root)
    assert "ROUTINE_BUILDER_SMOKE: main window shown" in started
    assert "status 0 heavy []" in started
    assert "document False" in started  # the preview's routine blocks wait until the preview is shown
    assert "metadata False" in started  # the version number is looked up when the about box asks for it
    assert "dialogs []" in started  # each dialog is imported when it opens
    exported = _run("export", workspace.root, "--area", "simba", "-o", tmp_path / "simba.docx")
    assert (tmp_path / "simba.docx").is_file()
    assert "heavy ['docx', 'lxml', 'routine_builder.export'" in exported
