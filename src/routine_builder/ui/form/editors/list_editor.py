"""A list of short texts: one editable row each, with add/remove/reorder.

Typing an item and pressing Enter adds the next item below it and moves there; Backspace in an
empty item removes it and goes back to the one before. Every confirmed item is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from routine_builder.domain import AnswerValue, Question
from routine_builder.ui.form.editors.base import STEP, AnswerEditor
from routine_builder.ui.form.editors.row_buttons import RowButtons

MAX_VISIBLE_ROWS = 10


class ItemDelegate(QStyledItemDelegate):
    """Edits one item in a line edit; reports Enter and Backspace-in-an-empty-item."""

    enter_pressed = Signal()
    emptied = Signal()

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(editor, QLineEdit) and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.enter_pressed.emit()
                return True
            if event.key() == Qt.Key.Key_Backspace and not editor.text():
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
                self.emptied.emit()
                return True
        return super().eventFilter(editor, event)


class ItemList(QListWidget):
    """The list itself: Enter on an item (not being edited) edits it; on an empty list it adds one."""

    start_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self.start_requested.emit()
            return
        super().keyPressEvent(event)


class ListEditor(AnswerEditor):
    """A QListWidget whose items are edited in place (F2, Enter or a double click); empty items are dropped."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.list_widget = ItemList(self)
        self.list_widget.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.delegate = ItemDelegate(self.list_widget)
        self.list_widget.setItemDelegate(self.delegate)
        self.delegate.enter_pressed.connect(lambda: QTimer.singleShot(0, self, self._after_enter))
        self.delegate.emptied.connect(lambda: QTimer.singleShot(0, self, self._remove_empty))
        self.list_widget.start_requested.connect(self._start_editing)
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
        self.edited.emit(STEP)

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

    def _start_editing(self) -> None:
        item = self.list_widget.currentItem()
        if item is None:
            self.add_item()
        else:
            self.list_widget.editItem(item)

    def _after_enter(self) -> None:
        """Enter in an item: the next item starts below it; Enter in an empty item ends the list."""
        item = self.list_widget.currentItem()
        if item is not None and not item.text().strip():
            self._drop_current_empty()
            return
        self.add_item()

    def _remove_empty(self) -> None:
        """Backspace in an empty item: remove it and continue at the end of the item before."""
        row = self.list_widget.currentRow()
        self._drop_current_empty()
        previous = self.list_widget.item(max(row - 1, 0))
        if previous is not None:
            self.list_widget.setCurrentItem(previous)
            self.list_widget.editItem(previous)
            editor = self.list_widget.findChild(QLineEdit)
            if editor is not None:
                editor.deselect()
                editor.end(False)

    def _drop_current_empty(self) -> None:
        row = self.list_widget.currentRow()
        item = self.list_widget.item(row)
        if item is None or item.text().strip():
            return
        before = self.value()
        self.list_widget.blockSignals(True)
        self.list_widget.takeItem(row)
        self.list_widget.blockSignals(False)
        self.list_widget.setCurrentRow(min(row, self.list_widget.count() - 1))
        if self.value() != before:
            self.edited.emit(STEP)
        self.list_widget.setFocus()

    def remove_item(self) -> None:
        """Remove the current item."""
        row = self.list_widget.currentRow()
        if row >= 0:
            self.list_widget.takeItem(row)
            self.edited.emit(STEP)
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
        self.edited.emit(STEP)
        self.list_widget.setFocus()

    def value(self) -> list[str] | None:
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
