"""Undo and redo keys in text fields go to the area's undo history, not to the field's own.

Qt's text fields keep an undo history of their own and take Ctrl+Z first. In the form every edit is
already a step of the area's history (typing in one field merged into one step), so the keys are
left to the window's Undo and Redo actions: one history, the same for every kind of answer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

EXTRA_REDO = QKeySequence("Ctrl+Y")


def is_undo_or_redo(event: QKeyEvent) -> bool:
    """Whether a key press asks for undo or redo (Ctrl+Y counts as redo on every platform)."""
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    return QKeySequence(event.keyCombination()) == EXTRA_REDO


class WindowUndoKeys(QObject):
    """An event filter: a text field does not claim undo/redo keys, so the window's actions get them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and is_undo_or_redo(event):
            event.ignore()
            return True
        return False


def route_undo_keys(root: QWidget, keys: WindowUndoKeys | None = None) -> WindowUndoKeys:
    """Let the text fields below ``root`` leave undo and redo to the window."""
    keys = keys or WindowUndoKeys(root)
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            widget.installEventFilter(keys)
    return keys
