"""A one-line text field that shows the beginning of its text whenever it is not being edited."""

from __future__ import annotations

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class StartLineEdit(QLineEdit):
    """A QLineEdit that scrolls back to the start of a long text when it is set or left.

    Qt puts the cursor at the end after ``setText`` and keeps it there, so a long answer would show
    its last words ("…iktlinje vid oro…"); the beginning is what a reader needs to recognise it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def show_text(self, text: str) -> None:
        """Show ``text`` (when it differs), from its beginning unless the field is being edited."""
        if self.text() != text:
            self.setText(text)
            if not self.hasFocus():
                self.setCursorPosition(0)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.deselect()
        self.setCursorPosition(0)
