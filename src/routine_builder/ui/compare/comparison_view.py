"""Two columns side by side, aligned per question under section headings.

Both columns live in one layout inside one scroll area: a question's two answers always share a row
(same top, same height) and scroll together. Insertions are underlined and deletions struck through (plus colour).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from routine_builder.domain.compare import Comparison, QuestionDiff, SectionDiff
from routine_builder.ui.compare.render import VERSIONS, Wording, side_rich_text

FIRST_ROWS = 12  # questions built before the comparison is shown: more than a screenful
ROWS_PER_STEP = 6  # questions added in each idle moment after that


class WrappedLabel(QLabel):
    """A word-wrapped rich-text label that lays its text out once for each width it is given.

    While a layout settles it asks every label its height for a width again and again, and QLabel lays
    the whole text out each time; with a comparison's hundreds of long answers that was most of the
    time the window took to open. The height depends only on the width and on what the label shows, so
    it is kept under both.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}
        self._look: tuple = ()

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        look = (
            self.text(),
            self.margin(),
            self.indent(),
            self.font().key(),
            margins.left(),
            margins.top(),
            margins.right(),
            margins.bottom(),
        )
        if look != self._look:
            self._heights.clear()
            self._look = look
        if width not in self._heights:
            self._heights[width] = super().heightForWidth(width)
        return self._heights[width]


class QuestionRow:
    """The widgets of one compared question: its heading and the two answer cells (built when first asked for)."""

    def __init__(self, view: ComparisonView, question: QuestionDiff) -> None:
        self.question = question
        self._view = view
        self._widgets: tuple[QLabel, QLabel, QLabel, QPushButton | None] | None = None

    @property
    def built(self) -> bool:
        return self._widgets is not None

    def _parts(self) -> tuple[QLabel, QLabel, QLabel, QPushButton | None]:
        if self._widgets is None:
            self._view.build_through(self)
        if self._widgets is None:
            raise RuntimeError("a row of a comparison no longer shown")
        return self._widgets

    @property
    def heading(self) -> QLabel:
        return self._parts()[0]

    @property
    def left(self) -> QLabel:
        return self._parts()[1]

    @property
    def right(self) -> QLabel:
        return self._parts()[2]

    @property
    def copy(self) -> QPushButton | None:
        return self._parts()[3]


class ComparisonView(QScrollArea):
    """The side-by-side comparison; :meth:`show_comparison` fills it.

    Building and laying out the rows is what takes the time (hundreds of wrapped rich-text labels), so a
    comparison first gets the rows of about a screenful and the rest a few at a time while the program
    is idle; a row asked for before (the next change, say) is built at once, with the rows above it.

    With ``copy_text`` each question that differs gets a button that asks (``copy_requested``) for the
    left side's answer to be taken into the draft on the right.
    """

    copy_requested = Signal(str)  # question id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Jämförelse sida vid sida"))
        self.rows: list[QuestionRow] = []
        self._section_labels: list[QLabel] = []
        self._plan: list[SectionDiff | QuestionRow] = []  # what is still to be built, in order
        self._column: QVBoxLayout | None = None
        self._texts: tuple[str, str, Wording, str] = ("", "", VERSIONS, "")
        self._current: QuestionRow | None = None
        self._pending: QWidget | None = None
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.timeout.connect(self._build_more)
        self.show_comparison(None, left_label="", right_label="")

    def _label(self, text: str, *, name: str, selectable: bool = False) -> QLabel:
        label = WrappedLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAccessibleName(name)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        if selectable:
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setMargin(6)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    def show_comparison(
        self,
        comparison: Comparison | None,
        *,
        left_label: str,
        right_label: str,
        only_changed: bool = False,
        wording: Wording = VERSIONS,
        copy_text: str = "",
    ) -> None:
        """Show ``comparison`` (None: empty), all questions or only those that differ."""
        self._more.stop()
        content = QWidget()
        content.setObjectName("comparisonContent")
        policy = content.sizePolicy()
        policy.setHeightForWidth(True)  # lets the scroll area size the wrapped labels for the real width
        content.setSizePolicy(policy)
        self._column = column = QVBoxLayout(content)
        self.rows = []
        self._section_labels = []
        self._plan = []
        self._current = None
        self._texts = (left_label, right_label, wording, copy_text)
        for section in comparison.sections if comparison is not None else ():
            questions = [q for q in section.questions if q.differs or not only_changed]
            if questions:
                rows = [QuestionRow(self, question) for question in questions]
                self._plan += [section, *rows]
                self.rows += rows
        if not self.rows:
            empty = QLabel(self.tr("Inga skillnader att visa.") if comparison is not None else "")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(empty)
        column.addStretch(1)
        self._build(FIRST_ROWS)
        if self._pending is not None:
            self._pending.deleteLater()
        self._pending = content
        if self.isVisible() or self.widget() is None:
            self._place_pending()

    def _build(self, count: int) -> None:
        """Build the next ``count`` questions (with the section headings before them)."""
        built = 0
        while self._plan and built < count:
            item = self._plan.pop(0)
            if isinstance(item, QuestionRow):
                self._build_row(item)
                built += 1
            else:
                self._build_section(item)
        if self._plan:
            self._more.start(0)

    def _build_more(self) -> None:
        self._build(ROWS_PER_STEP)

    def build_through(self, row: QuestionRow) -> None:
        """Build the rows up to and including ``row`` now."""
        while self._plan and not row.built:
            self._build(1)

    def _add(self, item: QWidget | QHBoxLayout) -> None:
        assert self._column is not None
        at = self._column.count() - 1  # before the closing stretch
        if isinstance(item, QWidget):
            self._column.insertWidget(at, item)
            widgets = [item]
        else:
            self._column.insertLayout(at, item)
            widgets = _widgets_in(item)
        page = self._column.parentWidget()
        if page is not None and page.isVisible():
            for widget in widgets:  # at once, not when Qt gets round to it: a row may be scrolled to right away
                widget.show()

    def _build_section(self, section: SectionDiff) -> None:
        wording = self._texts[2]
        counts = section.counts
        title = self._label(
            f"<h3>{html.escape(section.title)}</h3>"
            f"<span>{html.escape(wording.counts(counts.changed, counts.added, counts.removed))}</span>",
            name=section.title,
        )
        self._section_labels.append(title)
        self._add(title)

    def _build_row(self, row: QuestionRow) -> None:
        left_label, right_label, wording, copy_text = self._texts
        question = row.question
        status = wording.status(question.status)
        marker = f" <i>[{html.escape(status)}]</i>" if status else ""
        heading = self._label(f"<b>{html.escape(question.question_text)}</b>{marker}", name=question.question_text)
        copy = None
        if copy_text and question.differs and question.type is not None:
            copy = QPushButton(copy_text)
            copy.setAccessibleName(f"{copy_text}: {question.question_text}")
            copy.clicked.connect(lambda _checked=False, qid=question.question_id: self.copy_requested.emit(qid))
        left = self._label(
            side_rich_text(question, "old"), name=f"{left_label}: {question.question_text}", selectable=True
        )
        right = self._label(
            side_rich_text(question, "new"), name=f"{right_label}: {question.question_text}", selectable=True
        )
        pair = QHBoxLayout()  # one row for both sides: same top, same height
        pair.setSpacing(12)
        pair.addWidget(left, 1)
        pair.addWidget(right, 1)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        if copy is not None:
            top.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
        self._add(top)
        self._add(pair)
        row._widgets = (heading, left, right, copy)
        if row is self._current:
            self._mark(row, True)

    @property
    def section_labels(self) -> list[QLabel]:
        """The section headings (all of them built first)."""
        if self.rows:
            self.build_through(self.rows[-1])
        return self._section_labels

    def _place_pending(self) -> None:
        """Put the content built last into the scroll area.

        While the view is hidden (a window being built) that waits until it is shown: the text is then
        laid out once, at the width the user sees, instead of first at a width nobody sees.
        """
        content, self._pending = self._pending, None
        if content is None:
            return
        old = self.takeWidget()
        self.setWidget(content)
        if old is not None:
            old.deleteLater()

    def showEvent(self, event: QShowEvent) -> None:
        self._place_pending()
        super().showEvent(event)

    def changed_rows(self) -> list[QuestionRow]:
        """The rows whose question differs, in order."""
        return [r for r in self.rows if r.question.differs]

    def reveal(self, row: QuestionRow) -> None:
        """Scroll so that the question's heading and both answers are in view, and focus the newer side."""
        self._place_pending()
        self.build_through(row)
        page = self.widget()
        if page is not None and (page_layout := page.layout()) is not None:
            page_layout.activate()
        self.ensureWidgetVisible(row.right, 0, 40)
        self.ensureWidgetVisible(row.heading, 0, 20)
        row.right.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_current(self, current: QuestionRow | None) -> None:
        """Mark the current change with an arrow before its question and thicker frames (not colour alone)."""
        previous, self._current = self._current, current
        for row in (previous, current):
            if row is not None and row.built:
                self._mark(row, row is current)

    @staticmethod
    def _mark(row: QuestionRow, is_current: bool) -> None:
        text = row.heading.text().removeprefix("➤ ")
        row.heading.setText(("➤ " if is_current else "") + text)
        for cell in (row.left, row.right):
            cell.setLineWidth(3 if is_current else 1)


def _widgets_in(layout: QLayout) -> list[QWidget]:
    """The widgets a layout holds, in order."""
    items = (layout.itemAt(i) for i in range(layout.count()))
    return [widget for item in items if item is not None and (widget := item.widget()) is not None]
