"""One-line text."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from routine_builder.domain import AnswerValue, Question
from routine_builder.ui.form.editors.base import AnswerEditor


class TextEditor(AnswerEditor):
    """A QLineEdit; an empty or whitespace-only text is no answer."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(question.example)
        self.line_edit.textEdited.connect(self.edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit)

    def value(self) -> AnswerValue | None:
        text = self.line_edit.text()
        return text if text.strip() else None

    def set_value(self, value: AnswerValue | None) -> None:
        text = value if isinstance(value, str) else ""
        if self.line_edit.text() != text:
            self.line_edit.setText(text)

    def focus_target(self) -> QWidget:
        return self.line_edit
