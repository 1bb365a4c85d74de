"""The shared shape of every answer editor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from routine_builder.domain import AnswerValue, Question

#: ``edited`` argument for a change that is a step of its own (a click, a paste, a moved row).
STEP = ""
#: ``edited`` argument for typing: consecutive typing in the same part merges into one undo step.
TYPING = "text"


class AnswerEditor(QWidget):
    """Edits the value of one question.

    ``edited(part)`` is emitted only for changes made by the user, never by :meth:`set_value`.
    ``part`` is :data:`STEP` for a change that is one undo step by itself, or the name of the part
    being typed in (:data:`TYPING`, ``"other"`` …): typing in one part merges into one step.
    ``message`` carries a sentence for the status bar (e.g. what a paste took and left out).
    """

    edited = Signal(str)
    message = Signal(str)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question

    def value(self) -> AnswerValue | None:
        """The value shown, or None when it is empty."""
        raise NotImplementedError

    def set_value(self, value: AnswerValue | None) -> None:
        """Show ``value`` without emitting ``edited``."""
        raise NotImplementedError

    def other_text(self) -> str:
        """What an "Annan/Annat" choice stands for ("" for editors without such a choice)."""
        return ""

    def set_other_text(self, text: str) -> None:
        """Show what an "Annan/Annat" choice stands for."""

    def reset(self) -> None:
        """Forget what the editor holds beside its value (a selected row); :meth:`set_value` follows."""
        for view in self.inputs():
            if isinstance(view, QAbstractItemView):
                view.clearSelection()
                view.setCurrentIndex(QModelIndex())

    def commit(self) -> bool:
        """Take over text typed but not yet confirmed (a date not yet read); emits ``edited`` if it changes.

        False when typed text cannot be read (:meth:`problem` says why); it is left as it is.
        """
        return True

    def problem(self) -> str:
        """Why the typed text cannot be read, or ""."""
        return ""

    def focus_target(self) -> QWidget:
        """The widget that takes focus when the question is jumped to."""
        return self

    def inputs(self) -> list[QWidget]:
        """Every input widget, in tab order (they get the accessible name and description)."""
        return [self.focus_target()]

    def set_accessible(self, name: str, description: str) -> None:
        """Give every input the question text as its accessible name and the help as its description."""
        for widget in self.inputs():
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def text_for_search(self) -> str:
        """The shown value as text (for search)."""
        value = self.value()
        return "" if value is None else str(value)

    def retranslate(self) -> None:
        """Set the texts of the editor's own labels and buttons."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
