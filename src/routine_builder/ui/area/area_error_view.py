"""Shown instead of the form when an area's answers file cannot be read: file, line and what is wrong."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from routine_builder.errors import RoutineBuilderError


class AreaErrorView(QWidget):
    """A read-only page naming the problem; 'Läs in igen' tries again after the file was fixed."""

    reload_requested = Signal(str)

    def __init__(self, area_id: str, error: RoutineBuilderError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area_id = area_id
        self.error = error
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.message = QLabel(self)
        self.message.setObjectName("areaError")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(lambda: self.reload_requested.emit(self.area_id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.advice)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Området {area} kan inte öppnas").format(area=self.area_id))
        where = str(self.error.path) if self.error.path else ""
        if self.error.line is not None:
            where += self.tr(", rad {line}").format(line=self.error.line)
        self.message.setText(self.tr("Fil: {file}\nFel: {reason}").format(file=where or "–", reason=self.error.reason))
        self.message.setAccessibleName(self.message.text())
        self.advice.setText(
            self.tr(
                "Området visas skrivskyddat tills filen är rättad. Övriga områden går att använda som vanligt. "
                "Rätta filen (eller återställ den från en sparad version) och välj sedan Läs in igen."
            )
        )
        self.reload_button.setText(self.tr("Läs in igen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
