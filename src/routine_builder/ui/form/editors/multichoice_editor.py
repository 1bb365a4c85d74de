"""Several choices: check boxes, with a text for "Annan/Annat"."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from routine_builder.domain import AnswerValue, Question
from routine_builder.domain.values import is_other_choice
from routine_builder.ui.form.editors.base import STEP, AnswerEditor
from routine_builder.ui.form.editors.choice_parts import OtherField


class MultichoiceEditor(AnswerEditor):
    """One check box per choice; the value lists the checked ids in the question's order."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.other: OtherField | None = None
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        for row, choice in enumerate(question.choices):
            box = QCheckBox(choice.label, self)
            box.setObjectName(f"choice-{choice.id}")
            box.toggled.connect(self._on_toggled)
            self.boxes[choice.id] = box
            layout.addWidget(box, row, 0)
            if is_other_choice(choice.id) and self.other is None:
                self.other = OtherField(box, self)
                self.other.textEdited.connect(lambda _text: self.edited.emit("other"))
                layout.addWidget(self.other, row, 1)
        layout.setColumnStretch(1, 1)
        self._setting = False

    def retranslate(self) -> None:
        if self.other is not None:
            self.other.retranslate()

    def _on_toggled(self, _checked: bool) -> None:
        if self.other is not None:
            self.other.follow_choice()
        if not self._setting:
            self.edited.emit(STEP)

    def value(self) -> list[str] | None:
        checked = [cid for cid, box in self.boxes.items() if box.isChecked()]
        return checked or None

    def set_value(self, value: AnswerValue | None) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        self._setting = True
        try:
            for cid, box in self.boxes.items():
                if box.isChecked() != (cid in chosen):
                    box.setChecked(cid in chosen)
        finally:
            self._setting = False

    def other_text(self) -> str:
        return self.other.answer_text() if self.other is not None else ""

    def set_other_text(self, text: str) -> None:
        if self.other is not None:
            self.other.show_text(text)

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()), self)

    def inputs(self) -> list[QWidget]:
        return [*self.boxes.values(), *([self.other] if self.other else [])]

    def set_accessible(self, name: str, description: str) -> None:
        for box in self.boxes.values():
            box.setAccessibleName(f"{name}: {box.text()}")
            box.setAccessibleDescription(description)
        self.retranslate()

    def text_for_search(self) -> str:
        labels = [self.question.choice_label(c) for c in self.value() or []]
        return " ".join([*labels, self.other_text()]).strip()
