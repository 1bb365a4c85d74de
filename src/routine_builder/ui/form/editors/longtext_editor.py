"""Multi-line text that grows with its content."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from routine_builder.domain import AnswerValue, Question
from routine_builder.ui.form.editors.base import TYPING, AnswerEditor

MIN_LINES = 3
MAX_LINES = 24


class GrowingPlainTextEdit(QPlainTextEdit):
    """A QPlainTextEdit whose height follows its line count, between a minimum and a maximum.

    Lines are counted from the blocks' layouts; blocks not laid out yet count as one line, and the
    count stops at the maximum, so typing into a long text stays fast. Past the maximum it scrolls.
    """

    def __init__(self, parent: QWidget | None = None, *, min_lines: int = MIN_LINES) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self._lines = 0
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def _count_lines(self) -> int:
        lines = 0
        block = self.document().firstBlock()
        while block.isValid() and lines < MAX_LINES:
            layout = block.layout()
            lines += max(layout.lineCount() if layout is not None else 0, 1)
            block = block.next()
        return lines

    def _fit(self) -> None:
        lines = max(self._min_lines, min(MAX_LINES, self._count_lines()))
        if lines == self._lines:
            return
        self._lines = lines
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() if self.frameShape() != QFrame.Shape.NoFrame else 0
        height = lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
        self.setFixedHeight(int(height) + margins.top() + margins.bottom() + frame + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit)  # after the new width has re-wrapped the lines

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # Painting lays out the visible blocks; a block that turned out to wrap may need more room.
        if max(self._min_lines, min(MAX_LINES, self._count_lines())) != self._lines:
            QTimer.singleShot(0, self, self._fit)


class LongtextEditor(AnswerEditor):
    """Several lines of text; lines starting with '- ' become bullets in Word."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.text_edit = GrowingPlainTextEdit(self)
        self.text_edit.setPlaceholderText(question.example)
        self.text_edit.textChanged.connect(self._on_changed)
        self._setting = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_edit)

    def _on_changed(self) -> None:
        if not self._setting:
            self.edited.emit(TYPING)

    def value(self) -> AnswerValue | None:
        text = self.text_edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: AnswerValue | None) -> None:
        text = value if isinstance(value, str) else ""
        if self.text_edit.toPlainText() == text:
            return
        self._setting = True
        try:
            self.text_edit.setPlainText(text)
        finally:
            self._setting = False

    def focus_target(self) -> QWidget:
        return self.text_edit
