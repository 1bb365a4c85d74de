"""Yes or no: two radio buttons and a button that takes the answer back."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from routine_builder.domain import AnswerValue, Question
from routine_builder.ui.form.editors.base import STEP, AnswerEditor
from routine_builder.ui.form.editors.choice_parts import make_clear_button, name_clear_button, uncheck_all


class YesNoEditor(AnswerEditor):
    """'Ja' / 'Nej'; neither checked means unanswered ('Töm' goes back there)."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.yes = QRadioButton(self)
        self.yes.setObjectName("yes")
        self.no = QRadioButton(self)
        self.no.setObjectName("no")
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.clear_button = make_clear_button(self)
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addSpacing(12)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self._setting = False
        self.group.buttonToggled.connect(self._on_toggled)
        self._name = question.text
        self.retranslate()

    def retranslate(self) -> None:
        self.yes.setText(self.tr("Ja"))
        self.no.setText(self.tr("Nej"))
        self.yes.setAccessibleName(f"{self._name}: {self.yes.text()}")
        self.no.setAccessibleName(f"{self._name}: {self.no.text()}")
        name_clear_button(self.clear_button, self._name)

    def _on_toggled(self, _button: QRadioButton, checked: bool) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        if checked and not self._setting:
            self.edited.emit(STEP)

    def clear(self) -> None:
        """Take the answer back (neither yes nor no)."""
        if self.value() is None:
            return
        uncheck_all(self.group)
        self.clear_button.setEnabled(False)
        self.edited.emit(STEP)
        self.yes.setFocus()

    def value(self) -> AnswerValue | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: AnswerValue | None) -> None:
        if self.value() == value:
            return
        self._setting = True
        try:
            uncheck_all(self.group)
            self.yes.setChecked(value is True)
            self.no.setChecked(value is False)
        finally:
            self._setting = False
        self.clear_button.setEnabled(self.value() is not None)

    def focus_target(self) -> QWidget:
        return self.no if self.no.isChecked() else self.yes

    def inputs(self) -> list[QWidget]:
        return [self.yes, self.no]

    def set_accessible(self, name: str, description: str) -> None:
        self._name = name
        for button in (self.yes, self.no):
            button.setAccessibleDescription(description)
        self.retranslate()

    def text_for_search(self) -> str:
        value = self.value()
        return "" if value is None else (self.yes.text() if value else self.no.text())
