"""Parts shared by the choice editors: the button that clears a choice and the "Annan/Annat" text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QPushButton, QWidget

from routine_builder.ui.form.editors.line_edit import StartLineEdit


def tr(text: str) -> str:
    """Translate in the context of the choice editors."""
    return QCoreApplication.translate("ChoiceParts", text)


def make_clear_button(parent: QWidget) -> QPushButton:
    """A small 'Töm' button that takes back a choice (enabled only while something is chosen)."""
    button = QPushButton(parent)
    button.setObjectName("clearChoice")
    button.setEnabled(False)
    return button


def name_clear_button(button: QPushButton, question: str) -> None:
    """Texts of the clear button, in the current language."""
    button.setText(tr("Töm"))
    button.setToolTip(tr("Ta bort valet, så att frågan blir obesvarad"))
    button.setAccessibleName(tr("Töm svaret: {question}").format(question=question))


def uncheck_all(group: QButtonGroup) -> None:
    """Uncheck every button of an exclusive group (Qt refuses that while the group is exclusive)."""
    group.setExclusive(False)
    for button in group.buttons():
        button.setChecked(False)
    group.setExclusive(True)


class OtherField(StartLineEdit):
    """Beside an "Annan/Annat" choice: what the other choice is. Shown only while that choice is made."""

    def __init__(self, choice: QAbstractButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("otherText")
        self.choice = choice
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(tr("Skriv vilken"))
        self.setAccessibleName(tr("Vilken: {choice}").format(choice=self.choice.text()))

    def follow_choice(self) -> None:
        """Show the field while its choice is made."""
        self.setVisible(self.choice.isChecked())

    def answer_text(self) -> str:
        """What the other choice is ("" while it is not chosen)."""
        return self.text().strip() if self.choice.isChecked() else ""
