"""The side panel: help for the question in focus, or the section's overview, and what the guideline says.

It follows the question in focus; a new section or area shows that section's overview instead of the
help of a question left behind. The guideline texts are headed by the label the outline data gives
them (a reconstruction says so); without a label they are shown as the guideline's own. What a reader
must know about the guideline (an interpretation, an expired validity) is said under "Om underlaget"
where the routine's first chapter says it too, in every section overview and before a question is chosen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from routine_builder.domain import LegalReferences, Outline, OutlineSection, QuestionSet, guideline_notices
from routine_builder.domain.workspace import today


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


def heading(text: str, level: int = 4) -> str:
    """An escaped HTML heading."""
    return f"<h{level}>{html.escape(text)}</h{level}>"


class HelpPanel(QWidget):
    """Shows what a good answer contains and what the guideline says, with legal citations expanded."""

    def __init__(self, legal: LegalReferences | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legal = legal
        self.question_set: QuestionSet | None = None
        self.outline: Outline | None = None
        self.question_id = ""
        self.section_id = ""
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.browser)
        self.retranslate()

    def retranslate(self) -> None:
        self.browser.setAccessibleName(self.tr("Hjälp till frågan"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_sources(self, question_set: QuestionSet | None, outline: Outline | None) -> None:
        """The question set (and routine outline, when there is one) of the open workspace."""
        self.question_set = question_set
        self.outline = outline
        self.show_section("")

    def _expand(self, text: str) -> str:
        return self.legal.expand(text) if self.legal is not None else text

    def show_question(self, question_id: str) -> None:
        """Show the help of a question ('' shows the current section's overview, or a hint)."""
        self.question_id = question_id
        if self.question_set is not None and question_id in self.question_set:
            self.section_id = self.question_set.question(question_id).section_id
        self._show()

    def show_section(self, section_id: str) -> None:
        """Show a section's overview (the help of the question left behind is cleared)."""
        self.section_id = section_id
        self.question_id = ""
        self._show()

    def _show(self) -> None:
        qs = self.question_set
        if qs is not None and self.question_id in qs:
            self.browser.setHtml(self._question_html(self.question_id))
        elif qs is not None and self.section_id and any(s.id == self.section_id for s in qs.sections):
            self.browser.setHtml(self._section_html(self.section_id))
        else:
            hint = self.tr("Välj en fråga för att se hjälp och vad riktlinjen säger.")
            self.browser.setHtml(f"<p>{html.escape(hint)}</p>" + self._notices())

    def _notices(self) -> str:
        """The notices about the guideline (from the data), under their own heading; '' when there are none."""
        if self.question_set is None:
            return ""
        notices = guideline_notices(self.question_set, self.outline, today())
        if not notices:
            return ""
        return heading(self.tr("Om underlaget")) + "".join(f"<p><i>{html.escape(n)}</i></p>" for n in notices)

    @staticmethod
    def _has_text(chapter: OutlineSection | None) -> bool:
        return chapter is not None and bool(chapter.guideline or chapter.advice)

    def _guideline_parts(self, chapter_guideline: str, advice: str) -> list[str]:
        texts = self.outline.texts if self.outline is not None else None
        label = (
            texts.guideline_label if texts is not None and texts.guideline_label else self.tr("Vad riktlinjen säger")
        )
        parts = []
        if chapter_guideline.strip():
            parts.append(heading(label) + text_to_html(self._expand(chapter_guideline)))
        if advice.strip() and texts is not None:
            parts.append(heading(texts.advice_label) + text_to_html(self._expand(advice)))
        return parts

    def _question_html(self, question_id: str) -> str:
        qs = self.question_set
        assert qs is not None
        question = qs.question(question_id)
        section = qs.section(question.section_id)
        parts = [heading(question.text, 3)]
        if question.required:
            parts.append("<p><i>" + html.escape(self.tr("Obligatorisk fråga.")) + "</i></p>")
        if question.help.strip():
            parts.append(heading(self.tr("Så svarar ni")) + text_to_html(self._expand(question.help)))
        guideline, advice = section.intro, ""
        chapter = self.outline.section_of_question(question_id) if self.outline is not None else None
        if chapter is not None and self._has_text(chapter):
            guideline, advice = chapter.guideline, chapter.advice
        parts += self._guideline_parts(guideline, advice)
        if question.example.strip():
            parts.append(heading(self.tr("Exempel")) + text_to_html(question.example))
        if self.outline is not None and chapter is self.outline.sections[0]:
            parts.append(self._notices())
        return "".join(parts)

    def _section_html(self, section_id: str) -> str:
        qs = self.question_set
        assert qs is not None
        section = qs.section(section_id)
        hint = self.tr("Gå till en fråga i avsnittet för att se hjälp till just den frågan.")
        parts = [heading(section.title, 3), f"<p><i>{html.escape(hint)}</i></p>"]
        chapters: list[OutlineSection] = []
        if self.outline is not None:
            for question in section.questions:
                chapter = self.outline.section_of_question(question.id)
                if chapter is not None and self._has_text(chapter) and chapter not in chapters:
                    chapters.append(chapter)
        if chapters:
            for chapter in chapters:
                parts.append(heading(chapter.title, 4))
                parts += self._guideline_parts(chapter.guideline, chapter.advice)
        else:
            parts += self._guideline_parts(section.intro, "")
        parts.append(self._notices())
        return "".join(parts)
