"""Answers to questions the question set no longer has: shown read-only, kept in the file, never lost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from routine_builder.storage import dump_yaml


class OrphansPanel(QWidget):
    """Lists every orphaned answer by its old question id, as it stands in the file."""

    def __init__(self, orphans: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.orphans: dict[str, Any] = {}
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setProperty("role", "hint")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("orphans")
        self.text.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.explanation)
        layout.addWidget(self.text, 1)
        self.retranslate()
        self.set_orphans(orphans or {})

    def retranslate(self) -> None:
        self.text.setAccessibleName(self.tr("Svar på frågor som inte längre finns"))
        self.set_orphans(self.orphans)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_orphans(self, orphans: dict[str, Any]) -> None:
        """Show the orphaned answers of the open area."""
        self.orphans = dict(orphans)
        if not orphans:
            self.explanation.setText(self.tr("Området har inga svar på frågor som tagits bort ur frågeunderlaget."))
            self.text.setPlainText("")
            self.text.setVisible(False)
            return
        self.explanation.setText(
            self.tr(
                "Dessa svar hör till frågor som inte finns i det nuvarande frågeunderlaget. "
                "De sparas oförändrade i svarsfilen så att inget går förlorat; kopiera gärna texten till rätt fråga."
            )
        )
        self.text.setVisible(True)
        self.text.setPlainText(dump_yaml(self._plain(self.orphans)))

    def _plain(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {str(k): self._plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._plain(v) for v in value]
        return value
