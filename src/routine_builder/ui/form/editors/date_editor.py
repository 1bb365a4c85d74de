"""A date: QDateEdit with a calendar, shown as ÅÅÅÅ-MM-DD, and a button to leave it empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QPushButton, QWidget

from routine_builder.domain import AnswerValue, Question
from routine_builder.ui.form.editors.base import AnswerEditor

EMPTY = QDate(1900, 1, 1)  # the minimum date stands for "no date"


class DateEditor(AnswerEditor):
    """A date picker; its minimum shows as 'Inget datum' and means no answer."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(EMPTY)
        self.date_edit.setDate(EMPTY)
        self.date_edit.calendarWidget().setFirstDayOfWeek(self.locale().firstDayOfWeek())
        self.date_edit.dateChanged.connect(self._on_changed)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearDate")
        self.clear_button.clicked.connect(self._clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self._setting = False
        self._show_today_when_empty()
        self.retranslate()

    def retranslate(self) -> None:
        self.date_edit.setSpecialValueText(self.tr("Inget datum"))
        self.clear_button.setText(self.tr("Töm"))
        self.clear_button.setToolTip(self.tr("Ta bort datumet"))

    def _show_today_when_empty(self) -> None:
        if self.date_edit.date() == EMPTY:
            today = QDate.currentDate()
            self.date_edit.calendarWidget().setCurrentPage(today.year(), today.month())

    def _on_changed(self, _date: QDate) -> None:
        self._show_today_when_empty()
        if not self._setting:
            self.edited.emit()

    def _clear(self) -> None:
        if self.date_edit.date() != EMPTY:
            self.date_edit.setDate(EMPTY)
        self.date_edit.setFocus()

    def value(self) -> AnswerValue | None:
        date = self.date_edit.date()
        if date == EMPTY:
            return None
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: AnswerValue | None) -> None:
        date = QDate(value.year, value.month, value.day) if isinstance(value, dt.date) else EMPTY
        if self.date_edit.date() == date:
            return
        self._setting = True
        try:
            self.date_edit.setDate(date)
        finally:
            self._setting = False

    def focus_target(self) -> QWidget:
        return self.date_edit

    def inputs(self) -> list[QWidget]:
        return [self.date_edit, self.clear_button]

    def set_accessible(self, name: str, description: str) -> None:
        super().set_accessible(name, description)
        self.clear_button.setAccessibleName(self.tr("Töm datumet: {question}").format(question=name))

    def text_for_search(self) -> str:
        value = self.value()
        return value.isoformat() if isinstance(value, dt.date) else ""
