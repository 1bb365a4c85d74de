"""Small pieces every command uses: exit codes and the error line."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_UNUSABLE = 2


def sentence(message: str) -> str:
    """``message`` as a sentence: ends with a full stop unless it already ends a sentence."""
    text = message.rstrip()
    return text if text.endswith((".", "!", "?")) else text + "."


class UsageError(Exception):
    """Arguments that do not go together: reported as argparse reports a mistyped command (usage line, exit 2)."""


def fail(message: str, *, status: int = EXIT_UNUSABLE) -> int:
    """Print one error sentence to stderr and return ``status``."""
    print(f"routine-builder: {sentence(message)}", file=sys.stderr)
    return status


def iso_date(text: str) -> dt.date:
    """An argument that is a date written ÅÅÅÅ-MM-DD (argparse reports anything else, exit status 2)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2027-01-15") from None


def positive(text: str) -> int:
    """An argument that is a version number (1 or more)."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' är inget versionsnummer")
    return int(text)
