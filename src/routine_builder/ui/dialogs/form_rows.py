"""Pieces the data dialogs share: labelled form rows with their shortcuts, and the line that names a problem."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def add_rows(form: QFormLayout, rows: Iterable[tuple[str, QWidget, QWidget]]) -> None:
    """Add (label text with its &-shortcut, field, the widget the shortcut focuses) rows to ``form``."""
    for text, widget, buddy in rows:
        label = QLabel(text)
        label.setBuddy(buddy)
        form.addRow(label, widget)


def problem_label() -> QLabel:
    """A hidden, wrapping label in the theme's error style, shown when a field holds something impossible."""
    label = QLabel()
    label.setWordWrap(True)
    label.setProperty("role", "error")
    label.hide()
    return label
