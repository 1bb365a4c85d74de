"""One choice among several: radio buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from routine_builder.domain import AnswerValue, Question
from routine_builder.ui.form.editors.base import AnswerEditor


class ChoiceEditor(AnswerEditor):
    """Radio buttons, one per choice; arrow keys move between them."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for choice in question.choices:
            button = QRadioButton(choice.label, self)
            button.setObjectName(f"choice-{choice.id}")
            self.group.addButton(button)
            self.buttons[choice.id] = button
            layout.addWidget(button)
        self.group.buttonToggled.connect(self._on_toggled)
        self._setting = False

    def _on_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked and not self._setting:
            self.edited.emit()

    def value(self) -> AnswerValue | None:
        return next((cid for cid, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: AnswerValue | None) -> None:
        if self.value() == value:
            return
        self._setting = True
        try:
            self.group.setExclusive(False)
            for cid, button in self.buttons.items():
                button.setChecked(cid == value)
            self.group.setExclusive(True)
        finally:
            self._setting = False

    def focus_target(self) -> QWidget:
        checked = self.group.checkedButton()
        if checked is not None:
            return checked
        return next(iter(self.buttons.values()), self)

    def inputs(self) -> list[QWidget]:
        return list(self.buttons.values())

    def set_accessible(self, name: str, description: str) -> None:
        for button in self.buttons.values():
            button.setAccessibleName(f"{name}: {button.text()}")
            button.setAccessibleDescription(description)

    def text_for_search(self) -> str:
        value = self.value()
        return self.question.choice_label(value) if isinstance(value, str) else ""
