"""Real programs started together: each prints "ready", waits for a line, and all get it at once."""

from __future__ import annotations

import subprocess


def run_together(commands: list[list[str]], *, timeout: float = 300) -> list[str]:
    """Run ``commands`` side by side from the same starting line; the rest of each one's output."""
    procs = [
        subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for command in commands
    ]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    return [proc.communicate(timeout=timeout)[0] for proc in procs]
