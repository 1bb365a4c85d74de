"""Area locks on shared drives: a small lock file beside the answers says who has the area open.

Operating-system locks do not hold across SMB shares and sync tools, so the lock file itself is the
mechanism. It is created exclusively (``O_CREAT | O_EXCL``), so two people opening at the same moment
cannot both win. The holder refreshes the heartbeat while the area is open; a lock whose heartbeat is
older than :data:`STALE_AFTER` counts as stale and may be taken over after a confirmation.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from routine_builder.domain.workspace import current_user
from routine_builder.errors import RoutineBuilderError
from routine_builder.storage import atomic_write, os_error
from routine_builder.storage.processes import process_alive

LOCK_NAME = ".lock"
STALE_AFTER = dt.timedelta(minutes=5)
HEARTBEAT_EVERY = dt.timedelta(seconds=60)


class LockedError(RoutineBuilderError):
    """Someone else holds the area; ``holder`` says who."""

    def __init__(self, holder: LockInfo, *, path: Path):
        self.holder = holder
        super().__init__(f"området är öppet för redigering av {holder.describe()}", path=path)


@dataclass(frozen=True)
class LockInfo:
    """What a lock file records."""

    user: str
    host: str
    pid: int
    since: str
    heartbeat: str
    token: str

    def heartbeat_time(self) -> dt.datetime:
        """The last heartbeat as an aware datetime (the epoch when unreadable)."""
        try:
            return dt.datetime.fromisoformat(self.heartbeat)
        except ValueError:
            return dt.datetime.fromtimestamp(0, dt.UTC)

    def is_stale(self, now: dt.datetime | None = None) -> bool:
        """Whether the holder has stopped refreshing the lock."""
        return (now or _now()) - self.heartbeat_time() > STALE_AFTER

    def describe(self) -> str:
        """'anna på PC-123 sedan 2026-11-22 10:15' (a lock file that cannot be read says so)."""
        try:
            since = dt.datetime.fromisoformat(self.since).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            since = self.since
        if not self.token:
            return f"ett okänt program (låsfilen går inte att läsa; den ändrades senast {since})"
        return f"{self.user} på {self.host} sedan {since}"


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def read_lock(area_dir: Path) -> LockInfo | None:
    """The lock of an area, or None when nobody holds it.

    A lock file that cannot be read (empty, damaged) holds the area like any other, with the time the
    file was last changed as its heartbeat, so it turns stale and can be taken over like any other.
    """
    path = area_dir / LOCK_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        info = LockInfo(**{k: data[k] for k in LockInfo.__dataclass_fields__})
        if all(isinstance(getattr(info, k), str) for k in ("user", "host", "since", "heartbeat", "token")):
            return info
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        pass
    try:
        changed = dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone().replace(microsecond=0).isoformat()
    except OSError:
        changed = dt.datetime.fromtimestamp(0, dt.UTC).isoformat()
    return LockInfo("okänd", "okänd dator", 0, changed, changed, "")


def _left_behind_here(holder: LockInfo) -> bool:
    """A lock written on this machine by a program that is no longer running (it crashed or was killed)."""
    return holder.host == socket.gethostname() and holder.pid != os.getpid() and not process_alive(holder.pid)


def _read_settled(area_dir: Path) -> LockInfo | None:
    """Read a lock, giving a holder that has just created the file a moment to write it."""
    holder = read_lock(area_dir)
    for _ in range(50):
        if holder is None or holder.token:
            break
        time.sleep(0.01)
        holder = read_lock(area_dir)
    return holder


class AreaLock:
    """A lock this process holds on one area."""

    def __init__(self, area_dir: Path, info: LockInfo):
        self.area_dir = area_dir
        self.info = info

    @property
    def path(self) -> Path:
        return self.area_dir / LOCK_NAME

    @classmethod
    def acquire(cls, area_dir: Path, *, take_over_stale: bool = False, user: str = "") -> AreaLock:
        """Take the lock, or raise :class:`LockedError` naming the holder.

        With ``take_over_stale`` a stale lock is replaced; a fresh one never is.
        """
        now = _now().isoformat()
        info = LockInfo(user or current_user(), socket.gethostname(), os.getpid(), now, now, uuid.uuid4().hex)
        payload = json.dumps(asdict(info), ensure_ascii=False).encode("utf-8")
        path = area_dir / LOCK_NAME
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = _read_settled(area_dir)
            if holder is None:  # released in between: try once more
                return cls.acquire(area_dir, take_over_stale=take_over_stale, user=user)
            if not ((take_over_stale and holder.is_stale()) or _left_behind_here(holder)):
                raise LockedError(holder, path=area_dir) from None
            atomic_write(path, payload)
            lock = cls(area_dir, info)
            if not lock.still_held():  # someone else took it over at the same moment
                raise LockedError(read_lock(area_dir) or holder, path=area_dir) from None
            return lock
        except OSError as exc:
            raise os_error(exc, path=path, doing="låsfilen kunde inte skapas") from None
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:  # a full disk: never leave an empty lock that blocks colleagues
            with contextlib.suppress(OSError):
                path.unlink()
            raise os_error(exc, path=path, doing="låsfilen kunde inte skapas") from None
        return cls(area_dir, info)

    def still_held(self) -> bool:
        """Whether the lock file on disk is still ours."""
        current = read_lock(self.area_dir)
        return current is not None and current.token == self.info.token

    def refresh(self) -> bool:
        """Write a new heartbeat; False when the lock was lost (taken over or removed)."""
        if not self.still_held():
            return False
        self.info = LockInfo(**{**asdict(self.info), "heartbeat": _now().isoformat()})
        atomic_write(self.path, json.dumps(asdict(self.info), ensure_ascii=False))
        return True

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if self.still_held():
            with contextlib.suppress(OSError):
                self.path.unlink()
