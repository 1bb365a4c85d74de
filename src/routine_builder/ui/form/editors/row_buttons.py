"""The add / remove / move up / move down buttons shared by the table-like editors."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


class RowButtons(QWidget):
    """A row of four buttons; the owner connects their signals and names what a row is."""

    add_clicked = Signal()
    remove_clicked = Signal()
    up_clicked = Signal()
    down_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add = QPushButton(self)
        self.remove = QPushButton(self)
        self.up = QPushButton(self)
        self.down = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button, signal in (
            (self.add, self.add_clicked),
            (self.remove, self.remove_clicked),
            (self.up, self.up_clicked),
            (self.down, self.down_clicked),
        ):
            button.clicked.connect(signal)
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.add.setText(self.tr("Lägg till rad"))
        self.remove.setText(self.tr("Ta bort rad"))
        self.up.setText(self.tr("Flytta upp"))
        self.down.setText(self.tr("Flytta ned"))

    def set_context(self, name: str) -> None:
        """Name the buttons after the question, for screen readers."""
        for button in (self.add, self.remove, self.up, self.down):
            button.setAccessibleName(f"{button.text()}: {name}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
