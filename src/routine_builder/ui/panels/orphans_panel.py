"""Answers to questions the question set no longer has: shown read-only, kept in the file, never lost.

The panel shows what was answered, in words; the old question's internal id means nothing to a reader
and is only in the tooltip, for whoever maintains the files.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from routine_builder.domain.readable import raw_text


class OrphansPanel(QWidget):
    """Lists every orphaned answer, numbered, as readable text."""

    def __init__(self, orphans: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.orphans: dict[str, Any] = {}
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setProperty("role", "hint")
        self.text = QTextBrowser(self)
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
            self.text.setHtml("")
            self.text.setVisible(False)
            return
        self.explanation.setText(
            self.tr(
                "Dessa svar hör till frågor som inte finns i det nuvarande frågeunderlaget. "
                "De sparas oförändrade i svarsfilen så att inget går förlorat; kopiera gärna texten till rätt fråga."
            )
        )
        self.text.setVisible(True)
        parts = []
        for number, value in enumerate(self.orphans.values(), start=1):
            title = self.tr("Svar på en borttagen fråga ({number})").format(number=number)
            body = "<br>".join(html.escape(line) for line in raw_text(value).splitlines()) or "–"
            parts.append(f"<h4>{html.escape(title)}</h4><p>{body}</p>")
        self.text.setHtml("".join(parts))
        self.text.setToolTip(self.tr("I svarsfilen: {ids}").format(ids=", ".join(map(str, self.orphans))))
