"""Holding an area's lock while it is open: a heartbeat on a timer, and notice when the lock is lost."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer, Signal

from routine_builder.domain.locks import HEARTBEAT_EVERY, AreaLock, LockedError, read_lock
from routine_builder.domain.workspace import current_user
from routine_builder.errors import RoutineBuilderError

HEARTBEAT_MS = int(HEARTBEAT_EVERY.total_seconds() * 1000)


class LockKeeper(QObject):
    """Refreshes one :class:`AreaLock` every ``heartbeat_ms``; emits :attr:`lost` when someone took it.

    An unreachable folder (network down) is not a lost lock: the beat is skipped. A lock file that
    simply vanished is created again when nobody else has taken the area meanwhile.
    """

    lost = Signal(object)  # the LockInfo of whoever holds the area now (None if unknown)

    def __init__(self, lock: AreaLock, *, heartbeat_ms: int = HEARTBEAT_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock: AreaLock | None = lock
        self._timer = QTimer(self)
        self._timer.setInterval(heartbeat_ms)
        self._timer.timeout.connect(self.beat)
        self._timer.start()

    @property
    def held(self) -> bool:
        return self.lock is not None

    def beat(self) -> bool:
        """Refresh the heartbeat now; False when the lock was lost."""
        lock = self.lock
        if lock is None:
            return False
        if not lock.area_dir.is_dir():
            return True  # unreachable for now; the lock file is still there when the folder is back
        try:
            if lock.refresh():
                return True
        except (OSError, RoutineBuilderError):
            return True  # a read-only or flaky folder: try again at the next beat
        holder = read_lock(lock.area_dir)
        if holder is None:
            try:
                self.lock = AreaLock.acquire(lock.area_dir, user=current_user())
                return True
            except LockedError as exc:
                holder = exc.holder
            except RoutineBuilderError:
                return True
        self._timer.stop()
        self.lock = None
        self.lost.emit(holder)
        return False

    def release(self) -> None:
        """Stop the heartbeat and remove the lock file (if it is still ours)."""
        self._timer.stop()
        lock, self.lock = self.lock, None
        if lock is not None:
            with contextlib.suppress(OSError, RoutineBuilderError):
                lock.release()
