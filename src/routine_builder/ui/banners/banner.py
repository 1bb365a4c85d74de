"""The shared look of the notices above the form: a coloured edge, an icon, one message, a few buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

ACCENTS = {"error": "#b3261e", "info": "#2f6fb3", "notice": "#a86b00"}
_ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "notice": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class Banner(QFrame):
    """A calm, full-width notice; subclasses set the text and add buttons, and retranslate."""

    def __init__(self, name: str, kind: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(
            f"QFrame#{name} {{ background: palette(alternate-base); border: 1px solid palette(mid);"
            f" border-left: 5px solid {ACCENTS[kind]}; border-radius: 3px; }}"
        )
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(_ICONS[kind]).pixmap(size, size))
        self.message = QLabel(self)
        self.message.setObjectName(f"{name}Message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        text_column = QVBoxLayout()
        text_column.addWidget(self.message)
        text_column.addLayout(self.buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text_column, 1)
        self.setVisible(False)

    def add_button(self, name: str) -> QPushButton:
        """A button in the banner's button row (right-aligned, in the order added)."""
        button = QPushButton(self)
        button.setObjectName(name)
        self.buttons.addWidget(button)
        return button

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def retranslate(self) -> None:
        """Set every text again (subclasses)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
