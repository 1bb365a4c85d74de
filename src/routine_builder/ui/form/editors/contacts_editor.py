"""A contacts table: one row per person or unit, with add/remove/reorder and paste from a spreadsheet.

Each of these is one undo step: adding a row and filling a cell, removing a row, moving a row, a
paste. A paste inserts new rows (never overwriting the ones there), skips a header line that names
the columns, takes the columns by their names, and says in the status bar what it took and left out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget

from routine_builder.domain import AnswerValue, Question
from routine_builder.ui.form.editors.base import STEP, AnswerEditor
from routine_builder.ui.form.editors.contacts_table import ContactsTable
from routine_builder.ui.form.editors.paste_rows import PastedRows, read_pasted_rows, split_cells
from routine_builder.ui.form.editors.row_buttons import RowButtons
from routine_builder.ui.wording import plural


def tr(text: str) -> str:
    """Translate in the context of the contacts editor."""
    return QCoreApplication.translate("ContactsEditor", text)


def paste_message(result: PastedRows) -> str:
    """What a paste did, in one or two sentences for the status bar."""
    rows = len(result.rows)
    parts = [plural(rows, tr("1 rad inklistrad som ny rad."), tr("{n} rader inklistrade som nya rader."))]
    if result.header:
        parts.append(tr("Rubrikraden hoppades över och kolumnerna togs efter sina namn."))
    if result.unknown_headers:
        names = ", ".join(f"”{name}”" for name in result.unknown_headers)
        parts.append(tr("Lämnades utanför eftersom tabellen saknar kolumnen: {names}.").format(names=names))
    if result.extra_columns:
        parts.append(
            plural(
                result.extra_columns,
                tr("1 kolumn längst till höger fick inte plats och lämnades utanför."),
                tr("{n} kolumner längst till höger fick inte plats och lämnades utanför."),
            )
        )
    return " ".join(parts)


class ContactsEditor(AnswerEditor):
    """Rows keyed by the question's columns; completely empty rows are not part of the value."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.columns = [c.id for c in question.columns]
        self.table = ContactsTable(self)
        self.table.set_headers([c.label for c in question.columns])
        self.table.itemChanged.connect(lambda _item: self.edited.emit(STEP))
        self.table.paste_requested.connect(self.paste_text)
        self.buttons = RowButtons(self)
        self.buttons.add_clicked.connect(self.add_row)
        self.buttons.remove_clicked.connect(self.remove_row)
        self.buttons.up_clicked.connect(lambda: self.move_row(-1))
        self.buttons.down_clicked.connect(lambda: self.move_row(1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.table.fit()

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
        self.edited.emit(STEP)
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
        self.edited.emit(STEP)
        self.table.setFocus()

    def paste_text(self, text: str) -> None:
        """Paste cells: one cell replaces the current cell; rows are inserted as new rows."""
        cells = split_cells(text)
        if not cells:
            return
        row, column = self.table.currentRow(), max(self.table.currentColumn(), 0)
        if len(cells) == 1 and len(cells[0]) == 1 and row >= 0:
            item = self.table.item(row, column) or self._blank(row, column)
            item.setText(cells[0][0])  # itemChanged: one undo step
            return
        result = read_pasted_rows(text, list(self.question.columns), first_column=column)
        if result.rows:
            start = row + 1 if row >= 0 else self.table.rowCount()
            if row >= 0 and not self.rows()[row]:
                self.table.removeRow(row)  # an empty row (just added) is filled rather than kept
                start = row
            self.table.blockSignals(True)
            try:
                for offset, cells_by_id in enumerate(result.rows):
                    self.table.insertRow(start + offset)
                    for col, column_id in enumerate(self.columns):
                        self.table.setItem(start + offset, col, QTableWidgetItem(cells_by_id.get(column_id, "")))
            finally:
                self.table.blockSignals(False)
            self.table.setCurrentCell(start, 0)
            self.table.schedule_fit()
            self.edited.emit(STEP)
        self.message.emit(paste_message(result))

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

    def value(self) -> list[dict[str, str]] | None:
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
        self.table.fit()

    def focus_target(self) -> QWidget:
        return self.table

    def inputs(self) -> list[QWidget]:
        return [self.table]

    def set_accessible(self, name: str, description: str) -> None:
        super().set_accessible(name, description)
        self.buttons.set_context(name)

    def text_for_search(self) -> str:
        return " ".join(" ".join(row.values()) for row in self.value() or [])
