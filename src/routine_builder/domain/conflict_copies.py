"""Conflict copies that sync tools (OneDrive, Teams, Dropbox, Nextcloud) leave beside an answers file."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from routine_builder.errors import WriteError

# answers-PCNAME.yaml, answers (1).yaml, answers-conflict-2026….yaml, answers (conflicted copy …).yaml,
# answers.sync-conflict-….yaml — anything named like the answers file that is not the file itself.
_COPY = re.compile(r"^answers[\s._-].*\.ya?ml$", re.IGNORECASE)
_NOT_COPIES = {"answers.yaml"}


def find_conflict_copies(area_dir: Path) -> list[Path]:
    """The conflict copies next to an area's answers file, oldest first."""
    if not area_dir.is_dir():
        return []
    found = [
        p
        for p in area_dir.iterdir()
        if p.is_file() and _COPY.match(p.name) and p.name.lower() not in _NOT_COPIES and not p.name.startswith(".")
    ]
    return sorted(found, key=lambda p: p.stat().st_mtime)


def archive_conflict_copy(copy: Path) -> Path:
    """Move a handled conflict copy into the area's ``archive/`` folder (never deleted)."""
    archive = copy.parent / "archive"
    archive.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = archive / f"{stamp}-{copy.name}"
    try:
        os.replace(copy, target)
    except OSError as exc:
        raise WriteError(f"konfliktkopian kunde inte arkiveras ({exc.strerror})", path=copy) from None
    return target
