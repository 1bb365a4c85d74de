"""Several choices: check boxes."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from routine_builder.domain import AnswerValue, Question
from routine_builder.ui.form.editors.base import AnswerEditor


class MultichoiceEditor(AnswerEditor):
    """One check box per choice; the value lists the checked ids in the question's order."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for choice in question.choices:
            box = QCheckBox(choice.label, self)
            box.setObjectName(f"choice-{choice.id}")
            box.toggled.connect(self._on_toggled)
            self.boxes[choice.id] = box
            layout.addWidget(box)
        self._setting = False

    def _on_toggled(self, _checked: bool) -> None:
        if not self._setting:
            self.edited.emit()

    def value(self) -> AnswerValue | None:
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

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()), self)

    def inputs(self) -> list[QWidget]:
        return list(self.boxes.values())

    def set_accessible(self, name: str, description: str) -> None:
        for box in self.boxes.values():
            box.setAccessibleName(f"{name}: {box.text()}")
            box.setAccessibleDescription(description)

    def text_for_search(self) -> str:
        return " ".join(self.question.choice_label(c) for c in self.value() or [])
