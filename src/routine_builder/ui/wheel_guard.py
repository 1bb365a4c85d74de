"""Fields that react to the mouse wheel (numbers, dates, combo boxes, sliders) only when they have focus.

Without focus the wheel turns the page instead: the event goes to the scroll area the field sits
in, so scrolling a form never changes an answer by accident. Scroll bars are left alone: a box that
scrolls (a comment, a table) hands the wheel to its own scroll bar, and a guarded bar would hand it
straight back to the box, without end.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def is_guarded(widget: QObject) -> bool:
    """True for a field whose value the wheel would change (a scroll bar only moves its box)."""
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area around ``widget``."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


class WheelGuard(QObject):
    """An event filter that lets a guarded field take the wheel only while it has keyboard focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        if not is_guarded(watched):
            return False
        area = scroll_area_of(watched)
        if area is not None:
            QApplication.sendEvent(area.viewport(), event)  # the page scrolls
            event.accept()
        else:
            event.ignore()  # nothing to scroll here: Qt offers the event to the parent
        return True


def guard_wheel(root: QWidget, guard: WheelGuard | None = None) -> WheelGuard:
    """Guard ``root`` and every number, date, combo and slider field below it; returns the filter."""
    guard = guard or WheelGuard(root)
    for widget in [root, *root.findChildren(QWidget)]:
        if is_guarded(widget):
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel must not take focus either
            widget.installEventFilter(guard)
    return guard
