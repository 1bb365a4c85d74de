"""A debounce with a ceiling: run shortly after the last request, but never later than a limit after the first.

A plain debounce timer restarts on every keystroke, so someone who types without pausing is never
saved. Here the first request of a batch fixes a deadline (``ceiling_ms``); later requests push the
run back by ``delay_ms`` at most up to that deadline. Autosave and the crash-recovery file both use it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal


class CappedDelay(QObject):
    """Emits :attr:`due` ``delay_ms`` after the last :meth:`request`, at most ``ceiling_ms`` after the first."""

    due = Signal()

    def __init__(
        self,
        *,
        delay_ms: int,
        ceiling_ms: int,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.delay_ms = delay_ms
        self.ceiling_ms = ceiling_ms
        self._clock = clock
        self._first: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    @property
    def pending(self) -> bool:
        """Whether a run is scheduled."""
        return self._timer.isActive()

    def interval_ms(self) -> int:
        """How long the scheduled run waited when it was last (re)scheduled."""
        return self._timer.interval()

    def request(self) -> None:
        """Ask for a run: ``delay_ms`` from now, but no later than ``ceiling_ms`` after the first request."""
        now = self._clock()
        if self._first is None:
            self._first = now
        left_ms = round((self._first - now) * 1000) + self.ceiling_ms
        self._timer.start(max(0, min(self.delay_ms, left_ms)))

    def stop(self) -> None:
        """Cancel the scheduled run (the work was done some other way)."""
        self._timer.stop()
        self._first = None

    def _fire(self) -> None:
        self._first = None
        self.due.emit()
