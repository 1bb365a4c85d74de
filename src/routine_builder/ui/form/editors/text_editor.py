"""One-line text."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from routine_builder.domain import AnswerValue, Question
from routine_builder.ui.form.editors.base import TYPING, AnswerEditor
from routine_builder.ui.form.editors.line_edit import StartLineEdit


class TextEditor(AnswerEditor):
    """A one-line field; an empty or whitespace-only text is no answer."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.line_edit = StartLineEdit(self)
        self.line_edit.setPlaceholderText(question.example)
        self.line_edit.textEdited.connect(lambda _text: self.edited.emit(TYPING))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit)

    def value(self) -> AnswerValue | None:
        text = self.line_edit.text()
        return text if text.strip() else None

    def set_value(self, value: AnswerValue | None) -> None:
        self.line_edit.show_text(value if isinstance(value, str) else "")

    def focus_target(self) -> QWidget:
        return self.line_edit
