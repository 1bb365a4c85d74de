"""An exclusive save marker: while it exists, only its holder may replace the file it guards.

Checking that a file is unchanged and then renaming a new one over it are two steps; another saver
between them would be overwritten. Every save therefore first creates ``<name>.saving`` with
``O_CREAT | O_EXCL`` (which is atomic on local disks and on SMB shares), checks the file again
immediately before its rename, renames, and removes the marker. A second saver waits for the
marker to go away; so every save sees the file as the previous save left it, and a save that was
reported as done can never be overwritten by one that started from an older file.

A marker whose holder is gone (a killed program on this PC, a marker still empty after
:data:`EMPTY_ABANDONED_AFTER` because its program died between creating and filling it, or a marker
untouched for :data:`ABANDONED_AFTER`) is moved aside and the wait goes on. The holder confirms that its marker is
still its own just before the rename (:meth:`SaveMarker.confirm`), so a holder that was stalled so
long that its marker was taken away gives up instead of overwriting. The guarantee therefore rests
on one assumption only: no save stalls longer than :data:`ABANDONED_AFTER` between that
confirmation and its rename.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import random
import socket
import time
import uuid
from pathlib import Path
from types import TracebackType
from typing import Any

from routine_builder.errors import WriteError
from routine_builder.storage.atomic import FOLDER_GONE, SAVE_FAILED
from routine_builder.storage.os_errors import os_error
from routine_builder.storage.processes import process_alive
from routine_builder.storage.renames import remove_file

MARKER_SUFFIX = ".saving"
ABANDONED_AFTER = 60.0  # seconds; a save takes milliseconds, even on a slow share
EMPTY_ABANDONED_AFTER = 2.0  # seconds; a holder fills its marker right after creating it
WAIT_FOR = 5.0  # seconds to wait for other savers before this save counts as failed


def _holder(path: Path) -> dict[str, Any] | None:
    """What a marker says about the save that made it (host, process id, token), or None."""
    try:
        data = json.loads(path.read_bytes() or b"null")
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def abandoned(path: Path) -> bool:
    """True when the marker at ``path`` was left behind: its program is gone (on this PC) or it is old.

    An empty marker (its program was killed while creating it) counts as left behind after a moment.
    Raises OSError (FileNotFoundError when it is gone) when the marker cannot be looked at.
    """
    status = path.stat()
    age = time.time() - status.st_mtime
    holder = _holder(path)
    if holder is None and status.st_size == 0 and age >= EMPTY_ABANDONED_AFTER:
        return True
    holder = holder or {}
    dead_here = (
        holder.get("host") == socket.gethostname()
        and isinstance(holder.get("pid"), int)
        and holder["pid"] != os.getpid()
        and not process_alive(holder["pid"])
    )
    return dead_here or age >= ABANDONED_AFTER


def left_markers(folder: Path) -> list[Path]:
    """The markers in ``folder`` that crashed or stalled saves left behind (none when it cannot be listed)."""
    try:
        markers = sorted(p for p in folder.iterdir() if p.name.endswith(MARKER_SUFFIX) and p.is_file())
    except OSError:
        return []
    found = []
    for marker in markers:
        with contextlib.suppress(OSError):
            if abandoned(marker):
                found.append(marker)
    return found


class MarkerLost(WriteError):
    """The marker of a save was taken away (its holder stalled too long); nothing was written."""


class SaveMarker:
    """The right to replace one file; use as a context manager around the write."""

    def __init__(self, target: Path, *, wait: float = WAIT_FOR) -> None:
        self.target = target
        self.path = target.with_name(target.name + MARKER_SUFFIX)
        self.token = uuid.uuid4().hex
        self.wait = wait
        self._held = False

    def __enter__(self) -> SaveMarker:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.release()

    def _payload(self) -> bytes:
        data = {"host": socket.gethostname(), "pid": os.getpid(), "token": self.token}
        return json.dumps(data).encode("utf-8")

    def acquire(self) -> None:
        """Create the marker, waiting (with a growing pause) while another saver holds it."""
        deadline = time.monotonic() + self.wait
        pause = 0.002
        while True:
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except (FileExistsError, PermissionError) as exc:
                if isinstance(exc, PermissionError) and os.name != "nt":
                    raise os_error(exc, path=self.target, doing=SAVE_FAILED) from None
                # (On Windows a marker being deleted right now refuses to be created again for a moment.)
                if isinstance(exc, FileExistsError) and self._remove_if_abandoned():
                    continue
                if time.monotonic() > deadline:
                    if isinstance(exc, PermissionError):  # it never went away: no right to write here
                        raise os_error(exc, path=self.target, doing=SAVE_FAILED) from None
                    raise WriteError(
                        "kunde inte sparas just nu: en annan sparning av filen har inte blivit klar "
                        f"({self.path.name} finns kvar); programmet försöker igen",
                        path=self.target,
                    ) from None
                time.sleep(pause + random.uniform(0, 0.002))  # jitter: never in step with the other saver
                pause = min(pause * 2, 0.01)  # look often: the other save takes milliseconds
                continue
            except OSError as exc:
                if exc.errno == errno.ENOENT and not self.path.parent.is_dir():
                    raise WriteError(f"{SAVE_FAILED}: {FOLDER_GONE}", path=self.target) from None
                raise os_error(exc, path=self.target, doing=SAVE_FAILED) from None
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(self._payload())
            except OSError as exc:
                with contextlib.suppress(OSError):
                    os.unlink(self.path)
                raise os_error(exc, path=self.target, doing=SAVE_FAILED) from None
            self._held = True
            return

    def _read(self, path: Path) -> dict[str, Any] | None:
        return _holder(path)

    def _remove_if_abandoned(self) -> bool:
        """Move an abandoned marker aside; True when the way may be free now."""
        try:
            if not abandoned(self.path):
                return False
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return self._move_aside()

    def _move_aside(self) -> bool:
        """Take the marker away; True when the way may be free now."""
        # Rename first (only one program can move a given file), then delete what was moved.
        aside = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            os.rename(self.path, aside)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        with contextlib.suppress(OSError):
            remove_file(aside)
        return True

    def confirm(self) -> None:
        """Raise :class:`MarkerLost` unless the marker on disk is still this save's own."""
        if not self._held or (self._read(self.path) or {}).get("token") != self.token:
            self._held = False
            raise MarkerLost("kunde inte sparas: en annan sparning tog över filen", path=self.target)

    def release(self) -> None:
        """Remove the marker if it is still this save's own."""
        if not self._held:
            return
        self._held = False
        if (self._read(self.path) or {}).get("token") == self.token:
            with contextlib.suppress(OSError):
                remove_file(self.path)
