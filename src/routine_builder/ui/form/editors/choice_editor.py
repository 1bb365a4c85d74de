"""One choice among several: radio buttons, a button that clears the choice, and a text for "Annan"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QRadioButton, QVBoxLayout, QWidget

from routine_builder.domain import AnswerValue, Question
from routine_builder.domain.values import is_other_choice
from routine_builder.ui.form.editors.base import STEP, AnswerEditor
from routine_builder.ui.form.editors.choice_parts import (
    OtherField,
    make_clear_button,
    name_clear_button,
    uncheck_all,
)


class ChoiceEditor(AnswerEditor):
    """Radio buttons, one per choice; arrow keys move between them; 'Töm' takes the choice back."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        self.other: OtherField | None = None
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for row, choice in enumerate(question.choices):
            button = QRadioButton(choice.label, self)
            button.setObjectName(f"choice-{choice.id}")
            self.group.addButton(button)
            self.buttons[choice.id] = button
            grid.addWidget(button, row, 0)
            if is_other_choice(choice.id) and self.other is None:
                self.other = OtherField(button, self)
                self.other.textEdited.connect(lambda _text: self.edited.emit("other"))
                grid.addWidget(self.other, row, 1)
        grid.setColumnStretch(1, 1)
        self.clear_button = make_clear_button(self)
        self.clear_button.clicked.connect(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(grid)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.group.buttonToggled.connect(self._on_toggled)
        self._setting = False
        self._name = question.text
        self.retranslate()

    def retranslate(self) -> None:
        name_clear_button(self.clear_button, self._name)
        if self.other is not None:
            self.other.retranslate()

    def _on_toggled(self, _button: QRadioButton, checked: bool) -> None:
        self._follow()
        if checked and not self._setting:
            self.edited.emit(STEP)

    def _follow(self) -> None:
        self.clear_button.setEnabled(self.group.checkedButton() is not None)
        if self.other is not None:
            self.other.follow_choice()

    def clear(self) -> None:
        """Take the choice back (the question becomes unanswered)."""
        if self.group.checkedButton() is None:
            return
        focus = next(iter(self.buttons.values()), None)
        uncheck_all(self.group)
        self._follow()
        self.edited.emit(STEP)
        if focus is not None:
            focus.setFocus()

    def value(self) -> AnswerValue | None:
        return next((cid for cid, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: AnswerValue | None) -> None:
        if self.value() == value:
            return
        self._setting = True
        try:
            uncheck_all(self.group)
            if isinstance(value, str) and value in self.buttons:
                self.buttons[value].setChecked(True)
        finally:
            self._setting = False
        self._follow()

    def other_text(self) -> str:
        return self.other.answer_text() if self.other is not None else ""

    def set_other_text(self, text: str) -> None:
        if self.other is not None:
            self.other.show_text(text)

    def focus_target(self) -> QWidget:
        checked = self.group.checkedButton()
        if checked is not None:
            return checked
        return next(iter(self.buttons.values()), self)

    def inputs(self) -> list[QWidget]:
        return [*self.buttons.values(), *([self.other] if self.other else []), self.clear_button]

    def set_accessible(self, name: str, description: str) -> None:
        self._name = name
        for button in self.buttons.values():
            button.setAccessibleName(f"{name}: {button.text()}")
            button.setAccessibleDescription(description)
        self.retranslate()

    def text_for_search(self) -> str:
        value = self.value()
        label = self.question.choice_label(value) if isinstance(value, str) else ""
        return " ".join(part for part in (label, self.other_text()) if part)
