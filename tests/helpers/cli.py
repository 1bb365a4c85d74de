"""The command line as a user meets it: ``python -m routine_builder`` in its own process."""

from __future__ import annotations

import subprocess
import sys


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``routine-builder ARGS…`` in a new process; its exit status, stdout and stderr."""
    return subprocess.run(
        [sys.executable, "-m", "routine_builder", *args], capture_output=True, text=True, encoding="utf-8", check=False
    )
