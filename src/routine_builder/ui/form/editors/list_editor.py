"""A list of short texts: one editable row each, with add/remove/reorder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from routine_builder.domain import AnswerValue, Question
from routine_builder.ui.form.editors.base import AnswerEditor
from routine_builder.ui.form.editors.row_buttons import RowButtons

MAX_VISIBLE_ROWS = 10


class ListEditor(AnswerEditor):
    """A QListWidget whose items are edited in place (F2, Enter or typing); empty items are dropped."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.list_widget = QListWidget(self)
        self.list_widget.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.list_widget.itemChanged.connect(self._on_changed)
        self.list_widget.model().rowsInserted.connect(self._fit)
        self.list_widget.model().rowsRemoved.connect(self._fit)
        self.buttons = RowButtons(self)
        self.buttons.add_clicked.connect(self.add_item)
        self.buttons.remove_clicked.connect(self.remove_item)
        self.buttons.up_clicked.connect(lambda: self.move_item(-1))
        self.buttons.down_clicked.connect(lambda: self.move_item(1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_widget)
        layout.addWidget(self.buttons)
        self._fit()

    def _fit(self) -> None:
        rows = min(max(self.list_widget.count(), 2), MAX_VISIBLE_ROWS)
        row_height = self.list_widget.fontMetrics().height() + 8
        self.list_widget.setFixedHeight(rows * row_height + 2 * self.list_widget.frameWidth() + 4)

    def _on_changed(self, _item: QListWidgetItem) -> None:
        self.edited.emit()

    def _new_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def add_item(self) -> None:
        """Add an empty item below the current one and start editing it."""
        row = self.list_widget.currentRow() + 1 if self.list_widget.currentRow() >= 0 else self.list_widget.count()
        self.list_widget.blockSignals(True)
        item = self._new_item("")
        self.list_widget.insertItem(row, item)
        self.list_widget.blockSignals(False)
        self.list_widget.setCurrentItem(item)
        self.list_widget.setFocus()
        self.list_widget.editItem(item)

    def remove_item(self) -> None:
        """Remove the current item."""
        row = self.list_widget.currentRow()
        if row >= 0:
            self.list_widget.takeItem(row)
            self.edited.emit()
            self.list_widget.setFocus()

    def move_item(self, step: int) -> None:
        """Move the current item up (-1) or down (+1)."""
        row = self.list_widget.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list_widget.count():
            return
        self.list_widget.blockSignals(True)
        item = self.list_widget.takeItem(row)
        self.list_widget.insertItem(target, item)
        self.list_widget.blockSignals(False)
        self.list_widget.setCurrentRow(target)
        self.edited.emit()
        self.list_widget.setFocus()

    def value(self) -> AnswerValue | None:
        items = [self.list_widget.item(i).text() for i in range(self.list_widget.count())]
        items = [text for text in items if text.strip()]
        return items or None

    def set_value(self, value: AnswerValue | None) -> None:
        items = [str(v) for v in value] if isinstance(value, list) else []
        if self.value() == (items or None):
            return
        self.list_widget.blockSignals(True)
        try:
            self.list_widget.clear()
            for text in items:
                self.list_widget.addItem(self._new_item(text))
        finally:
            self.list_widget.blockSignals(False)
        self._fit()

    def focus_target(self) -> QWidget:
        return self.list_widget

    def inputs(self) -> list[QWidget]:
        return [self.list_widget]

    def set_accessible(self, name: str, description: str) -> None:
        super().set_accessible(name, description)
        self.buttons.set_context(name)

    def text_for_search(self) -> str:
        return " ".join(self.value() or [])
