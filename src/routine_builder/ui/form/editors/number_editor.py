"""A whole number with its unit; may be left empty."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSpinBox, QWidget

from routine_builder.domain import AnswerValue, Question
from routine_builder.ui.form.editors.base import STEP, AnswerEditor

EMPTY = -1  # the spin box's minimum stands for "no number"
MAXIMUM = 1_000_000


class NumberEditor(AnswerEditor):
    """A QSpinBox with the unit as suffix; its minimum shows as 'Ej angivet' and means no answer."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.spin_box = QSpinBox(self)
        self.spin_box.setRange(EMPTY, MAXIMUM)
        self.spin_box.setValue(EMPTY)
        if question.unit:
            self.spin_box.setSuffix(f" {question.unit}")
        self.spin_box.setMinimumWidth(self.spin_box.fontMetrics().horizontalAdvance("0" * 8) * 2)
        self.spin_box.valueChanged.connect(self._on_changed)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearNumber")
        self.clear_button.clicked.connect(self._clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin_box)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self._setting = self._clearing = False
        self.retranslate()

    def retranslate(self) -> None:
        self.spin_box.setSpecialValueText(self.tr("Ej angivet"))
        self.clear_button.setText(self.tr("Töm"))
        self.clear_button.setToolTip(self.tr("Ta bort talet"))

    def _on_changed(self, _value: int) -> None:
        if not self._setting:
            self.edited.emit(STEP if self._clearing else "number")

    def _clear(self) -> None:
        self._clearing = True
        try:
            self.spin_box.setValue(EMPTY)
        finally:
            self._clearing = False
        self.spin_box.setFocus()

    def value(self) -> AnswerValue | None:
        value = self.spin_box.value()
        return None if value == EMPTY else value

    def set_value(self, value: AnswerValue | None) -> None:
        number = value if isinstance(value, int) and not isinstance(value, bool) else EMPTY
        if self.spin_box.value() == number:
            return
        self._setting = True
        try:
            self.spin_box.setValue(number)
        finally:
            self._setting = False

    def focus_target(self) -> QWidget:
        return self.spin_box

    def inputs(self) -> list[QWidget]:
        return [self.spin_box, self.clear_button]

    def set_accessible(self, name: str, description: str) -> None:
        super().set_accessible(name, description)
        self.clear_button.setAccessibleName(self.tr("Töm talet: {question}").format(question=name))
