"""Temporary files left behind by a program that was killed while it saved.

A write that completes renames its temporary file and one that fails removes it; only a program
killed in between (power cut, kill -9) leaves one. They are named ``.<name>.<8 random>.tmp`` by
:func:`~routine_builder.storage.atomic.write_temporary`; nothing else is ever touched here.
"""

from __future__ import annotations

import contextlib
import re
import time
from pathlib import Path

from routine_builder.storage.renames import remove_file

#: A temporary file younger than this may belong to a save in progress right now (on another PC).
STALE_AFTER_SECONDS = 5 * 60
_TEMPORARY = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


def temporaries(folder: Path) -> list[Path]:
    """The temporary files of interrupted saves in ``folder`` (none when it cannot be listed)."""
    try:
        return sorted(p for p in folder.iterdir() if _TEMPORARY.match(p.name) and p.is_file())
    except OSError:
        return []


def remove_stale_temporaries(folder: Path, *, older_than: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Delete the temporary files in ``folder`` not changed for ``older_than`` seconds; the ones removed."""
    removed = []
    limit = time.time() - older_than
    for path in temporaries(folder):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                remove_file(path)
                removed.append(path)
    return removed
