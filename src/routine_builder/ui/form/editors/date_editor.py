"""A date answer: typed in Swedish forms or picked in a calendar, and clearable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from routine_builder.domain import AnswerValue, Question
from routine_builder.ui.form.editors.base import AnswerEditor
from routine_builder.ui.form.editors.date_field import ISO, DateField


class DateEditor(AnswerEditor):
    """A :class:`DateField`; an empty field is no answer, and a text that is no date is not stored."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.field = DateField(self)
        self.field.date_changed.connect(lambda: self.edited.emit(""))
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("dateProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setProperty("role", "error")
        self.problem_label.hide()
        self.field.problem_changed.connect(self._show_problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.problem_label)

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def value(self) -> AnswerValue | None:
        return self.field.date()

    def set_value(self, value: AnswerValue | None) -> None:
        date = value if isinstance(value, dt.date) else None
        if date != self.field.date() or self.field.problem:
            self.field.set_date(date)

    def commit(self) -> bool:
        return self.field.commit()

    def problem(self) -> str:
        return self.field.problem

    def focus_target(self) -> QWidget:
        return self.field.line_edit

    def inputs(self) -> list[QWidget]:
        return [self.field.line_edit, self.field.calendar_button, self.field.clear_button]

    def set_accessible(self, name: str, description: str) -> None:
        self.field.set_accessible(name, description)

    def text_for_search(self) -> str:
        value = self.value()
        return value.strftime(ISO) if isinstance(value, dt.date) else ""
