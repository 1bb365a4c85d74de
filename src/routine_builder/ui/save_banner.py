"""A banner above the form when a save failed: what went wrong, that the text is kept, and what to do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

BANNER_STYLE = """
QFrame#saveBanner { background: palette(alternate-base); border: 1px solid palette(dark);
                    border-left: 5px solid #b3261e; border-radius: 3px; }
"""


class SaveBanner(QFrame):
    """Hidden while saving works; shown with the reason when it does not."""

    retry_requested = Signal()
    overwrite_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.message = QLabel(self)
        self.message.setObjectName("saveBannerMessage")
        self.message.setWordWrap(True)
        self.retry_button = QPushButton(self)
        self.retry_button.clicked.connect(self.retry_requested)
        self.overwrite_button = QPushButton(self)
        self.overwrite_button.clicked.connect(self.overwrite_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.overwrite_button)
        self._reason = ""
        self._conflict = False
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Försök igen"))
        self.overwrite_button.setText(self.tr("Behåll mina svar"))
        self.overwrite_button.setToolTip(self.tr("Spara dina svar över den version som någon annan sparat"))
        if self._reason:
            self._show_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_text(self) -> None:
        if self._conflict:
            advice = self.tr(
                "Någon annan har ändrat filen. Dina svar finns kvar här; välj Behåll mina svar för att spara dem ändå."
            )
        else:
            advice = self.tr("Dina svar finns kvar i programmet och sparas så fort det går igen.")
        self.message.setText(self.tr("Kunde inte spara: {reason}").format(reason=self._reason) + "\n" + advice)
        self.message.setAccessibleName(self.message.text())

    def show_failure(self, reason: str, *, conflict: bool = False) -> None:
        """Show why saving failed."""
        self._reason = reason
        self._conflict = conflict
        self.overwrite_button.setVisible(conflict)
        self._show_text()
        self.setVisible(True)

    def clear(self) -> None:
        """Hide the banner (the area was saved)."""
        self._reason = ""
        self.setVisible(False)
