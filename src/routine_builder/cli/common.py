"""Small pieces every command uses: exit codes and the error line."""

from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_UNUSABLE = 2


def fail(message: str, *, status: int = EXIT_UNUSABLE) -> int:
    """Print one error sentence to stderr and return ``status``."""
    text = message.rstrip()
    if not text.endswith((".", "!", "?")):
        text += "."
    print(f"routine-builder: {text}", file=sys.stderr)
    return status
