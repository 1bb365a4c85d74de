"""The preview: the chapter the key group is writing, as it will read in the routine, updated while they type.

It renders the same blocks as the Word export (:mod:`routine_builder.document`) as HTML, for the chapter
that holds the question in focus (the cover for an answer placed on it). A change of the answers is
shown shortly after the typing pauses, and at the latest a little later while typing goes on, so that
rendering never holds up a keystroke; a panel out of sight (hidden, or a tab behind the help) does no
work until it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPaintEvent, QPalette, QShowEvent, QTextOption
from PySide6.QtWidgets import QCheckBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from routine_builder.domain import AnswerSet, LegalReferences, Outline, QuestionSet
from routine_builder.domain.workspace import Workspace
from routine_builder.ui.capped_delay import CappedDelay

if TYPE_CHECKING:
    from routine_builder.document.blocks import Block

# The document package (the routine's blocks and their HTML) is imported when the panel first renders:
# the panel sits behind the help, and starting the program does not need it.

DELAY_MS = 200  # after the last keystroke
CEILING_MS = 700  # at the latest, while typing goes on
COVER = "<cover>"
LIST_INDENT_PX = 14


def preview_css(palette: QPalette, *, text_pt: float) -> str:
    """The preview's look in the current light or dark palette (Qt's rich text knows a subset of CSS).

    Tables are a size smaller than the text (``text_pt``), as in the routine, so that a two-column
    table fits a narrow panel without breaking its words.
    """
    text = palette.color(QPalette.ColorRole.Text).name()
    base = palette.color(QPalette.ColorRole.Base)
    accent = palette.color(QPalette.ColorRole.Highlight)
    link = palette.color(QPalette.ColorRole.Link).name()
    dark = base.lightness() < 128
    box = _mix(base, accent, 0.16 if dark else 0.10)
    advice = _mix(base, QColor("#c99a2e"), 0.22 if dark else 0.16)
    head = accent.name() if not dark else _mix(accent, QColor("#ffffff"), 0.25)
    return f"""
    body {{ color: {text}; }}
    h1, h2 {{ color: {head}; }}
    h1 {{ font-size: 15pt; margin-top: 4px; }} h2 {{ font-size: 12.5pt; }} h3, h4 {{ font-size: 11pt; }}
    .num {{ color: {head}; }}
    a {{ color: {link}; }}
    .box {{ background-color: {box}; }}
    .box.advice, .advice {{ background-color: {advice}; }}
    .note {{ font-style: italic; }}
    .gap, .notice {{ background-color: #fff2a8; color: #6b1a00; font-weight: bold; }}
    table {{ font-size: {max(text_pt - 1, 7):g}pt; }}
    th {{ background-color: {head}; color: {base.name()}; }}
    td.label {{ font-weight: bold; }}
    .flow p {{ background-color: {box}; }}
    .flow p.decision {{ background-color: {advice}; font-weight: bold; }}
    """


def _mix(first: QColor, second: QColor, share: float) -> str:
    """``share`` of ``second`` over ``first``, as ``#rrggbb``."""
    channels = zip(
        (first.red(), first.green(), first.blue()), (second.red(), second.green(), second.blue()), strict=True
    )
    parts = [round(a * (1 - share) + b * share) for a, b in channels]
    return "#" + "".join(f"{p:02x}" for p in parts)


class PreviewPanel(QWidget):
    """Shows the chapter of the question in focus as the routine will say it (a draft, or the final text)."""

    def __init__(self, legal: LegalReferences | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legal = legal
        self.workspace: Workspace | None = None
        self.outline: Outline | None = None
        self.answer_set: AnswerSet | None = None
        self.chapter_id = ""
        self.question_id = ""
        self._shown_chapter = ""  # the chapter the browser shows (its scroll position belongs to it)
        self.renders = 0  # how many times the preview was rendered (it shows whether work was saved)
        self._waiting_for_screen = False
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.final_box = QCheckBox(self)
        self.final_box.toggled.connect(lambda _on: self.refresh())
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("previewText")
        self.browser.setOpenLinks(False)
        self.browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # Qt's default also breaks inside words
        self.browser.anchorClicked.connect(self._open_link)
        self.delay = CappedDelay(delay_ms=DELAY_MS, ceiling_ms=CEILING_MS, parent=self)
        self.delay.due.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.hint)
        layout.addWidget(self.final_box)
        layout.addWidget(self.browser, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Kapitlet du skriver i, så som det blir i rutinen. Det uppdateras medan du skriver."))
        self.final_box.setText(self.tr("Visa som &färdig rutin"))  # short: the panel fits beside the form
        self.final_box.setToolTip(self.tr("Utan luckor och anteckningar, så som den färdiga rutinen blir"))
        self.browser.setAccessibleName(self.tr("Förhandsgranskning av kapitlet"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.refresh()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # a hidden panel skipped the changes made meanwhile

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._waiting_for_screen:
            self._waiting_for_screen = False
            QTimer.singleShot(0, self, self.refresh)
        super().paintEvent(event)

    # ------------------------------------------------------------ sources

    def set_workspace(self, workspace: Workspace | None, outline: Outline | None) -> None:
        """The open workspace and its routine outline (None when it cannot be read)."""
        self.workspace = workspace
        self.outline = outline
        self.answer_set = None
        self.chapter_id = ""
        self.question_id = ""
        self._shown_chapter = ""
        self.refresh()

    def set_answers(self, answer_set: AnswerSet | None) -> None:
        """The open area's answers changed: show them once the typing pauses."""
        self.answer_set = answer_set
        if answer_set is None:
            self.refresh()
        else:
            self.delay.request()

    def show_question(self, question_id: str) -> None:
        """Show the chapter that holds ``question_id`` (the cover for an answer placed there), at its answer."""
        chapter = self._chapter_of(question_id)
        if not chapter:
            return
        self.question_id = question_id
        if chapter != self.chapter_id:
            self.chapter_id = chapter
            self.refresh()
        elif self.isVisible():
            from routine_builder.document.html import answer_anchor

            self.browser.scrollToAnchor(answer_anchor(question_id))

    def show_section(self, section_id: str) -> None:
        """Show the chapter of a section's first question."""
        question_set = self._question_set
        if question_set is None or not section_id:
            return
        section = next((s for s in question_set.sections if s.id == section_id), None)
        if section is None or not section.questions:
            return
        if self.question_id in {q.id for q in section.questions}:
            return  # a question of this section has the focus: the preview stays at its answer
        self.show_question(section.questions[0].id)

    @property
    def _question_set(self) -> QuestionSet | None:
        return self.workspace.question_set if self.workspace is not None else None

    def _chapter_of(self, question_id: str) -> str:
        question_set = self._question_set
        if question_set is None or self.outline is None or question_id not in question_set:
            return ""
        phrasing = question_set.question(question_id).routine
        if phrasing is not None and phrasing.place == "cover":
            return COVER
        section = self.outline.section_of_question(question_id)
        return section.id if section is not None else ""

    # ------------------------------------------------------------ rendering

    def blocks(self) -> list[Block]:
        """The blocks the preview shows now ([] when there is nothing to show)."""
        if self.workspace is None or self.outline is None or self.legal is None or self.answer_set is None:
            return []
        from routine_builder.document.build import RoutineSource, build_chapter, build_cover

        source = RoutineSource(
            self.workspace.question_set, self.outline, self.legal, self.answer_set, draft=not self.final_box.isChecked()
        )
        if self.chapter_id == COVER:
            return build_cover(source)
        chapter = self.chapter_id or (self.outline.sections[0].id if self.outline.sections else "")
        return build_chapter(source, chapter)

    def refresh(self) -> None:
        """Render the chapter now (only while the panel is shown; showing it renders it)."""
        self.delay.stop()
        if not self.isVisible():
            return
        handle = self.window().windowHandle()
        if handle is None or not handle.isExposed() or self.visibleRegion().isEmpty():
            # Not on screen: the window is not shown yet, or the panel is a tab behind another one (which
            # Qt counts as visible). It renders when it is painted, as it comes to the front.
            self._waiting_for_screen = True
            return
        blocks = self.blocks()
        if not blocks:
            message = self.tr("Välj ett område och en fråga för att se hur kapitlet blir i rutinen.")
            self.browser.setHtml(f"<p>{message}</p>")
            return
        from routine_builder.document.html import answer_anchor, fragment

        position = self.browser.verticalScrollBar().value()
        document = self.browser.document()
        document.setDefaultStyleSheet(preview_css(self.palette(), text_pt=self.browser.font().pointSizeF()))
        document.setIndentWidth(LIST_INDENT_PX)  # Qt's 40 px per list level is a quarter of a narrow panel
        self.browser.setHtml(fragment(blocks))
        bar = self.browser.verticalScrollBar()
        shown = self.chapter_id or "<first>"
        if shown == self._shown_chapter:
            bar.setValue(min(position, bar.maximum()))  # typing: the reader stays where they were
        else:
            bar.setValue(0)
            if self.question_id:
                self.browser.scrollToAnchor(answer_anchor(self.question_id))
            self._shown_chapter = shown
        self.renders += 1

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())

    def text(self) -> str:
        """The preview's text as shown (for tests and screen readers)."""
        return self.browser.toPlainText()
