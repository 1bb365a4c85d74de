"""A contacts table: one row per person or unit, with add/remove/reorder and paste from a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from routine_builder.domain import AnswerValue, Question
from routine_builder.ui.form.editors.base import AnswerEditor
from routine_builder.ui.form.editors.row_buttons import RowButtons

MAX_VISIBLE_ROWS = 12


class ContactsTable(QTableWidget):
    """A table that pastes tab-separated rows (Ctrl+V) and clears cells with Delete; Tab leaves it."""

    pasted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QApplication.clipboard().text())
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            for item in self.selectedItems():
                item.setText("")
            return
        super().keyPressEvent(event)

    def paste_text(self, text: str) -> None:
        """Fill cells from tab-separated lines, starting at the current cell; rows are added as needed."""
        lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
        if not lines:
            return
        start_row = max(self.currentRow(), 0)
        start_col = max(self.currentColumn(), 0)
        self.blockSignals(True)
        try:
            for offset, line in enumerate(lines):
                row = start_row + offset
                if row >= self.rowCount():
                    self.insertRow(row)
                for col_offset, cell in enumerate(line.split("\t")):
                    col = start_col + col_offset
                    if col < self.columnCount():
                        self.setItem(row, col, QTableWidgetItem(cell.strip()))
        finally:
            self.blockSignals(False)
        self.pasted.emit()


class ContactsEditor(AnswerEditor):
    """Rows keyed by the question's columns; completely empty rows are not part of the value."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.columns = [c.id for c in question.columns]
        self.table = ContactsTable(self)
        self.table.setColumnCount(len(self.columns))
        self.table.setHorizontalHeaderLabels([c.label for c in question.columns])
        self.table.resizeColumnsToContents()
        for col in range(self.table.columnCount()):
            self.table.setColumnWidth(col, self.table.columnWidth(col) + 24)
        self.table.itemChanged.connect(self._on_changed)
        self.table.pasted.connect(self._on_changed)
        self.table.model().rowsInserted.connect(self._fit)
        self.table.model().rowsRemoved.connect(self._fit)
        self.buttons = RowButtons(self)
        self.buttons.add_clicked.connect(self.add_row)
        self.buttons.remove_clicked.connect(self.remove_row)
        self.buttons.up_clicked.connect(lambda: self.move_row(-1))
        self.buttons.down_clicked.connect(lambda: self.move_row(1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self._fit()

    def _fit(self) -> None:
        rows = min(max(self.table.rowCount(), 2), MAX_VISIBLE_ROWS)
        row_height = self.table.verticalHeader().defaultSectionSize()
        scroll_bar = self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        height = self.table.horizontalHeader().sizeHint().height() + rows * row_height + scroll_bar
        height += 2 * self.table.frameWidth() + 2
        self.table.setFixedHeight(height)

    def _on_changed(self, *_args: object) -> None:
        self._fit()
        self.edited.emit()

    def add_row(self) -> None:
        """Add an empty row below the current one and start editing its first cell."""
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0) or self._blank(row, 0))

    def _blank(self, row: int, col: int) -> QTableWidgetItem:
        self.table.blockSignals(True)
        item = QTableWidgetItem("")
        self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        return item

    def remove_row(self) -> None:
        """Remove the current row."""
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self.edited.emit()
        self.table.setFocus()

    def move_row(self, step: int) -> None:
        """Move the current row up (-1) or down (+1)."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.table.blockSignals(True)
        for col in range(self.table.columnCount()):
            a, b = self.table.takeItem(row, col), self.table.takeItem(target, col)
            self.table.setItem(target, col, a)
            self.table.setItem(row, col, b)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, max(self.table.currentColumn(), 0))
        self.edited.emit()
        self.table.setFocus()

    def rows(self) -> list[dict[str, str]]:
        """Every row as shown, including empty ones."""
        result = []
        for row in range(self.table.rowCount()):
            cells = {}
            for col, column_id in enumerate(self.columns):
                item = self.table.item(row, col)
                if item is not None and item.text().strip():
                    cells[column_id] = item.text()
            result.append(cells)
        return result

    def value(self) -> AnswerValue | None:
        rows = [row for row in self.rows() if row]
        return rows or None

    def set_value(self, value: AnswerValue | None) -> None:
        rows = [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []
        if self.value() == (rows or None):
            return
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for row_index, row in enumerate(rows):
                self.table.insertRow(row_index)
                for col, column_id in enumerate(self.columns):
                    self.table.setItem(row_index, col, QTableWidgetItem(str(row.get(column_id, ""))))
        finally:
            self.table.blockSignals(False)
        self._fit()

    def focus_target(self) -> QWidget:
        return self.table

    def inputs(self) -> list[QWidget]:
        return [self.table]

    def set_accessible(self, name: str, description: str) -> None:
        super().set_accessible(name, description)
        self.buttons.set_context(name)

    def text_for_search(self) -> str:
        return " ".join(" ".join(row.values()) for row in self.value() or [])
