"""Conflict copies that sync tools (OneDrive, Teams, Dropbox, Nextcloud) leave beside an answers file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from routine_builder.storage import os_error
from routine_builder.storage.renames import move_without_replacing

# answers-PCNAME.yaml, answers (1).yaml, answers-conflict-2026….yaml, answers (conflicted copy …).yaml,
# answers.sync-conflict-….yaml — anything named like the answers file that is not the file itself.
_COPY = re.compile(r"^answers[\s._-].*\.ya?ml$", re.IGNORECASE)
_NOT_COPIES = {"answers.yaml"}


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def find_conflict_copies(area_dir: Path) -> list[Path]:
    """The conflict copies next to an area's answers file, oldest first (none when the folder cannot be read)."""
    try:
        found = [
            p
            for p in area_dir.iterdir()
            if _COPY.match(p.name) and p.name.lower() not in _NOT_COPIES and not p.name.startswith(".") and p.is_file()
        ]
    except OSError:
        return []
    return sorted(found, key=_modified)


def archive_conflict_copy(copy: Path) -> Path:
    """Move a handled conflict copy into the area's ``archive/`` folder (never deleted, never overwriting)."""
    archive = copy.parent / "archive"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        archive.mkdir(exist_ok=True)
        return move_without_replacing(copy, archive / f"{stamp}-{copy.name}")
    except OSError as exc:
        raise os_error(exc, path=copy, doing="konfliktkopian kunde inte arkiveras") from None
