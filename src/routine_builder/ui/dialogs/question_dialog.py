"""A small question dialog (icon, message, buttons) used instead of QMessageBox.

QMessageBox makes some platform plugins warn on every show; a plain QDialog does not, and gives the
subclasses full control over their buttons' roles and object names.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class QuestionDialog(QDialog):
    """Icon, word-wrapped message and an empty :attr:`buttons` box for the subclass to fill."""

    def __init__(self, *, object_name: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion).pixmap(size, size))
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.message, 1)
        self.main_layout = layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # sized once, in finish()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("m") * 40)

    def finish(self) -> None:
        """Size the dialog to its content once the subclass has added its buttons."""
        self.resize(self.sizeHint())
