"""The side panel: help for the question in focus and the guideline's point for its section."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from routine_builder.domain import LegalReferences, Outline, QuestionSet


def text_to_html(text: str) -> str:
    """Paragraphs (blank-line separated) and '- ' bullets as simple HTML."""
    blocks = []
    for paragraph in text.strip().split("\n\n"):
        lines = [line.strip() for line in paragraph.strip().splitlines() if line.strip()]
        bullets = [line[2:] for line in lines if line.startswith(("- ", "• "))]
        prose = [line for line in lines if not line.startswith(("- ", "• "))]
        if prose:
            blocks.append(f"<p>{html.escape(' '.join(prose))}</p>")
        if bullets:
            blocks.append("<ul>" + "".join(f"<li>{html.escape(b)}</li>" for b in bullets) + "</ul>")
    return "".join(blocks)


class HelpPanel(QWidget):
    """Shows what a good answer contains and what the guideline says, with legal citations expanded."""

    def __init__(self, legal: LegalReferences | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legal = legal
        self.question_set: QuestionSet | None = None
        self.outline: Outline | None = None
        self.question_id = ""
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.browser)
        self.retranslate()

    def retranslate(self) -> None:
        self.browser.setAccessibleName(self.tr("Hjälp till frågan"))
        self.show_question(self.question_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_sources(self, question_set: QuestionSet | None, outline: Outline | None) -> None:
        """The question set (and routine outline, when there is one) of the open workspace."""
        self.question_set = question_set
        self.outline = outline
        self.show_question("")

    def _expand(self, text: str) -> str:
        return self.legal.expand(text) if self.legal is not None else text

    def show_question(self, question_id: str) -> None:
        """Show the help of a question ('' shows a short hint)."""
        self.question_id = question_id
        qs = self.question_set
        if qs is None or question_id not in qs:
            self.browser.setHtml(
                "<p>" + html.escape(self.tr("Välj en fråga för att se hjälp och vad riktlinjen säger.")) + "</p>"
            )
            return
        question = qs.question(question_id)
        section = qs.section(question.section_id)
        parts = [f"<h3>{html.escape(question.text)}</h3>"]
        if question.required:
            parts.append("<p><i>" + html.escape(self.tr("Obligatorisk fråga.")) + "</i></p>")
        if question.help.strip():
            parts.append(f"<h4>{html.escape(self.tr('Så svarar ni'))}</h4>" + text_to_html(self._expand(question.help)))
        guideline = section.intro
        if self.outline is not None:
            chapter = self.outline.section_of_question(question_id)
            if chapter is not None and chapter.guideline:
                guideline = chapter.guideline
        if guideline.strip():
            title = self.tr("Riktlinjen om {section}").format(section=section.title.lower())
            parts.append(f"<h4>{html.escape(title)}</h4>" + text_to_html(self._expand(guideline)))
        if question.example.strip():
            parts.append(f"<h4>{html.escape(self.tr('Exempel'))}</h4>" + text_to_html(question.example))
        self.browser.setHtml("".join(parts))
