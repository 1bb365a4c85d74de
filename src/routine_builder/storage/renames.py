"""Renames that survive a busy file on Windows, and moves that never replace a file.

On Windows, and on SMB shares used from Windows, replacing a file that another program holds open
(an antivirus scanner, the search indexer, a colleague's program reading it) fails with a permission
error for a moment. :func:`replace_file` retries such a rename briefly, with a growing pause, before it
gives up; every other error is reported at once.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

#: Pauses between attempts (seconds): about 1.3 s in all before a busy file counts as a failure.
RETRY_PAUSES = (0.01, 0.02, 0.05, 0.1, 0.2, 0.4, 0.5)
_BUSY_WINERRORS = frozenset({5, 32, 33})  # access denied, sharing violation, lock violation


def _busy(exc: OSError) -> bool:
    """Whether ``exc`` may be a file held open for a moment by another program."""
    return isinstance(exc, PermissionError) or getattr(exc, "winerror", None) in _BUSY_WINERRORS


def replace_file(source: Path | str, target: Path | str) -> None:
    """``os.replace(source, target)``, retried with backoff while the target is busy."""
    for pause in (*RETRY_PAUSES, None):
        try:
            os.replace(source, target)
            return
        except OSError as exc:
            if pause is None or not _busy(exc):
                raise
            time.sleep(pause)


def remove_file(path: Path | str) -> None:
    """Delete a file (gone already is fine), retried like :func:`replace_file` while it is busy."""
    for pause in (*RETRY_PAUSES, None):
        try:
            os.unlink(path)
            return
        except FileNotFoundError:
            return
        except OSError as exc:
            if pause is None or not _busy(exc):
                raise
            time.sleep(pause)


def move_without_replacing(source: Path, target: Path) -> Path:
    """Move ``source`` to ``target``, or to ``<stem>-2<suffix>``, ``-3``, … when that name is taken.

    The new name is reserved first by creating it exclusively, so two programs moving files into the
    same folder at the same moment never overwrite each other's file. Returns where the file went.
    """
    for number in range(1, 10_000):
        candidate = target if number == 1 else target.with_name(f"{target.stem}-{number}{target.suffix}")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        except FileExistsError:
            continue
        try:
            replace_file(source, candidate)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(candidate)
            raise
        return candidate
    raise FileExistsError(f"no free name for {target}")
