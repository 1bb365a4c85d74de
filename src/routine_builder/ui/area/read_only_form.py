"""A read-only form: inputs refuse edits but text stays selectable and the page scrollable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from routine_builder.ui.form.form_view import FormView


def lock_inputs(root: QWidget) -> None:
    """Make every input below ``root`` read-only (text fields) or disabled (buttons, lists of choices)."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
            widget.setReadOnly(True)
        elif isinstance(widget, (QAbstractButton, QComboBox)):
            widget.setEnabled(False)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            widget.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)


class ReadOnlyForm(QObject):
    """Keeps a :class:`FormView`'s answer inputs read-only, also after it rebuilds its page or refreshes.

    Search, filter and section navigation stay usable. Lives as long as the form (its child).
    """

    def __init__(self, form: FormView) -> None:
        super().__init__(form)
        self.form = form
        form.read_only = True
        form.scroll_area.viewport().installEventFilter(self)
        form.session.changed.connect(self.apply)
        self.apply()

    def apply(self) -> None:
        """Lock the inputs of the page shown now."""
        page = self.form.scroll_area.widget()
        if page is not None:
            lock_inputs(page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildAdded:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget):
                lock_inputs(child)
        return False
