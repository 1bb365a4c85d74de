"""The table of a contacts answer: columns sized to their content, text wrapped, every row shown.

Nothing is hidden behind a horizontal scroll bar or inside a scroll area of its own: the columns
share the width in proportion to their content (never narrower than their header or longest word),
long cells wrap (an e-mail address at its "@" and dots), and the table grows with its rows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPainter, QPalette, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QWidget,
)

from routine_builder.ui.wording import ZERO_WIDTH_SPACE, breakable, is_number, unbreakable_pieces

NATURAL_CHARS = 40  # a column never asks for more than about this many characters before wrapping
MINIMUM_CHARS = 9  # below this a long word is broken rather than making the column wider
CELL_PADDING = 16
CELL_MARGIN = 5


class WrappingDelegate(QStyledItemDelegate):
    """Draws cell text wrapped to the column: at spaces and inside addresses, a very long word anywhere.

    Qt's own item drawing wraps at spaces only and cuts a word longer than the column; nothing of a
    contact may be cut off, so the text is laid out here with :class:`QTextLayout`.
    """

    def _layout(self, text: str, font: QFont, width: int) -> tuple[QTextLayout, float]:
        layout = QTextLayout(breakable(text), font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(max(width, 1))
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height

    def _text_width(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        view = self.parent()
        width = view.columnWidth(index.column()) if isinstance(view, QTableWidget) else option.rect.width()
        return width - 2 * CELL_MARGIN

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)  # background, selection
        layout, _height = self._layout(text, item.font, option.rect.width() - 2 * CELL_MARGIN)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal if item.state & QStyle.StateFlag.State_Enabled else QPalette.ColorGroup.Disabled
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(item.palette.color(group, role))
        layout.draw(painter, QPointF(option.rect.left() + CELL_MARGIN, option.rect.top() + CELL_MARGIN / 2))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = option.font
        width = self._text_width(option, index)
        _layout, height = self._layout(text or " ", font, width)
        return QSize(width + 2 * CELL_MARGIN, int(height + 0.999) + CELL_MARGIN)


class ContactsTable(QTableWidget):
    """Pastes with Ctrl+V (the editor decides how), clears cells with Delete; Tab leaves the table."""

    paste_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(WrappingDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap)
        )
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.fit)
        self.model().rowsInserted.connect(self.schedule_fit)
        self.model().rowsRemoved.connect(self.schedule_fit)
        self.model().dataChanged.connect(self.schedule_fit)
        self.verticalHeader().geometriesChanged.connect(self.schedule_fit)  # row numbers got wider

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit(QApplication.clipboard().text())
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            for item in self.selectedItems():
                item.setText("")
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.schedule_fit()

    def schedule_fit(self, *_args: object) -> None:
        """Size columns and rows on the next turn of the event loop (once for many changes)."""
        self._fit_timer.start(0)

    # ------------------------------------------------------------ sizing

    def _text_width(self, text: str) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(line) for line in text.splitlines() or [""]), default=0)

    def set_headers(self, labels: list[str]) -> None:
        """The column headers (they wrap, also inside "E-post/funktionsbrevlåda")."""
        self.setColumnCount(len(labels))
        self.setHorizontalHeaderLabels([breakable(label) for label in labels])

    def _column_needs(self, column: int) -> tuple[int, int, int]:
        """Widths: the content on one line, its longest word, and a narrower minimum that breaks long words.

        The narrower minimum still fits the longest number whole: a phone number is never broken.
        """
        metrics = self.fontMetrics()
        header_item = self.horizontalHeaderItem(column)
        header = (header_item.text() if header_item is not None else "").replace(ZERO_WIDTH_SPACE, "")
        header_metrics = self.horizontalHeader().fontMetrics()
        natural = header_metrics.horizontalAdvance(header) + CELL_PADDING
        longest_word = max((header_metrics.horizontalAdvance(word) for word in unbreakable_pieces(header)), default=0)
        longest_number = 0
        for row in range(self.rowCount()):
            item = self.item(row, column)
            text = item.text() if item is not None else ""
            natural = max(
                natural, min(self._text_width(text), metrics.averageCharWidth() * NATURAL_CHARS) + CELL_PADDING
            )
            for word in unbreakable_pieces(text):
                width = metrics.horizontalAdvance(word)
                longest_word = max(longest_word, width)
                if is_number(word):
                    longest_number = max(longest_number, width)
        cap = metrics.averageCharWidth() * MINIMUM_CHARS
        whole_words = min(longest_word + CELL_PADDING, natural)
        return natural, whole_words, min(max(min(longest_word, cap), longest_number) + CELL_PADDING, natural)

    def _fit_header(self, widths: list[int]) -> None:
        """Make the header tall enough for labels that wrap in their column."""
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        lines = 1
        for column, width in enumerate(widths):
            item = self.horizontalHeaderItem(column)
            if item is not None:
                box = metrics.boundingRect(0, 0, max(width - CELL_PADDING, 1), 10_000, flags, item.text())
                lines = max(lines, round(box.height() / metrics.lineSpacing()))
        height = lines * metrics.lineSpacing() + 10
        if header.minimumHeight() != height:
            header.setMinimumHeight(height)

    def fit(self) -> None:
        """Share the width among the columns and make every row as tall as its wrapped text."""
        count = self.columnCount()
        if count == 0:
            return
        available = self.viewport().width()
        needs = [self._column_needs(c) for c in range(count)]
        natural_total = sum(n for n, _w, _b in needs)
        word_total = sum(w for _n, w, _b in needs)
        if natural_total <= available:
            widths = [n + (available - natural_total) * n // natural_total for n, _w, _b in needs]
        else:
            # Whole words if they fit, else long words may break; the rest of the width goes to long texts.
            floor = [w for _n, w, _b in needs] if word_total <= available else [b for _n, _w, b in needs]
            if (floor_total := sum(floor)) <= available:
                growth = sum(n - f for (n, _w, _b), f in zip(needs, floor, strict=True)) or 1
                widths = [
                    f + (available - floor_total) * (n - f) // growth
                    for (n, _w, _b), f in zip(needs, floor, strict=True)
                ]
            else:  # very narrow: every column shrinks alike and long words break; still nothing is hidden
                widths = [max(f * available // floor_total, 1) for f in floor]
        for column, width in enumerate(widths):
            if self.columnWidth(column) != width:
                self.setColumnWidth(column, width)
        self._fit_header(widths)
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.rowCount())) or self.verticalHeader().defaultSectionSize()
        header = self.horizontalHeader()
        header_height = max(header.minimumHeight(), header.sizeHint().height())
        height = header_height + rows + 2 * self.frameWidth() + 2
        if self.height() != height:
            self.setFixedHeight(height)
