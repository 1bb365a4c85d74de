"""Keep every control of a window at its full height, wrapped texts included.

Qt gives a window the minimum height of its layout, and that minimum counts a wrapped label as one line.
When the window is lower than its wrapped texts need at its width, the layout squeezes the other
controls instead (radio buttons lose half their text). :class:`FullHeight` keeps the window's minimum
height at what the layout needs at the window's current width, whenever the width or the content changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class FullHeight(QObject):
    """An event filter on ``window`` that raises (or lowers) its minimum height to what its layout needs."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.fit()
        return False

    def fit(self) -> None:
        """Set the window's minimum height for its current width (Qt then grows the window if needed)."""
        layout = self._window.layout()
        if layout is None:
            return
        width = self._window.width()
        needed = (
            layout.totalMinimumHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        if needed != self._window.minimumHeight():
            self._window.setMinimumHeight(needed)
