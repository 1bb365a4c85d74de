"""Noticing changes in an area's folder: the answers file, the lock file, conflict copies.

:class:`QFileSystemWatcher` reacts at once on a local disk, but SMB shares and sync tools often miss
notifications, so a polling timer compares a cheap snapshot of the folder as well.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

POLL_MS = 5000


def _snapshot(area_dir: Path) -> tuple:
    """Names, sizes and modification times of the folder's files ('' when it is unreachable)."""
    try:
        entries = sorted(area_dir.iterdir())
        return tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in entries if p.is_file())
    except OSError:
        return ("",)


class AreaWatcher(QObject):
    """Emits :attr:`changed` when anything in the area's folder changes."""

    changed = Signal()

    def __init__(self, area_dir: Path, *, poll_ms: int = POLL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.area_dir = area_dir
        self._state = _snapshot(area_dir)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self.check)
        self._watcher.fileChanged.connect(self.check)
        self._watch()
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def _watch(self) -> None:
        # A file replaced atomically drops out of the watcher; add whatever exists again.
        wanted = [str(p) for p in (self.area_dir, self.area_dir / "answers.yaml") if p.exists()]
        missing = [p for p in wanted if p not in self._watcher.files() + self._watcher.directories()]
        if missing:
            self._watcher.addPaths(missing)

    def check(self) -> None:
        """Compare the folder with what was seen last; emit :attr:`changed` when it differs."""
        self._watch()
        state = _snapshot(self.area_dir)
        if state != self._state:
            self._state = state
            self.changed.emit()

    def stop(self) -> None:
        """Stop watching (the area is closed)."""
        self._timer.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
