"""The routine's document data: status, version, who adopted it and when, validity and content owner."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from routine_builder.domain.answers import STATUSES, DocumentInfo
from routine_builder.ui.dialogs.form_rows import add_rows, problem_label
from routine_builder.ui.form.editors.date_field import DateField


class DocumentDataDialog(QDialog):
    """Edit a :class:`DocumentInfo`; read the result with :meth:`document_info` after accept."""

    def __init__(self, document: DocumentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.setWindowTitle(self.tr("Dokumentuppgifter"))
        self.setMinimumWidth(480)

        labels = {
            "utkast": self.tr("Utkast"),
            "remiss": self.tr("Remiss"),
            "faststalld": self.tr("Fastställd"),
            "under_revidering": self.tr("Under revidering"),
        }
        self.status_combo = QComboBox()
        for status in STATUSES:  # "Fastställd" is set by Versioner › Fastställ…, which records the version
            if status != "faststalld" or document.status == "faststalld":
                self.status_combo.addItem(labels[status], status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(document.status)))
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.setAccessibleDescription(
            self.tr("Var i arbetet rutinen är: utkast, på remiss eller fastställd")
        )

        self.version_edit = self._line(document.version, self.tr("Version"), self.tr("t.ex. 1.0"))
        self.adopted_by_edit = self._line(
            document.adopted_by, self.tr("Fastställd av"), self.tr("t.ex. Styrgruppen för vårdsamverkan")
        )
        self.adopted_on_edit = self._date(document.adopted_on, self.tr("Fastställd datum"))
        self.valid_from_edit = self._date(document.valid_from, self.tr("Giltig från"))
        self.valid_from_edit.line_edit.setPlaceholderText(self.tr("samma dag som fastställandet"))
        self.valid_until_edit = self._date(document.valid_until, self.tr("Giltig till"))
        self.owner_edit = self._line(
            document.owner, self.tr("Innehållsansvarig"), self.tr("Den som ansvarar för att rutinen hålls aktuell")
        )

        form = QFormLayout()
        form.setVerticalSpacing(8)
        rows = (
            (self.tr("&Status:"), self.status_combo, self.status_combo),
            (self.tr("&Version:"), self.version_edit, self.version_edit),
            (self.tr("Fastställd &av:"), self.adopted_by_edit, self.adopted_by_edit),
            (self.tr("Fastställd &datum:"), self.adopted_on_edit, self.adopted_on_edit.line_edit),
            (self.tr("Giltig &från:"), self.valid_from_edit, self.valid_from_edit.line_edit),
            (self.tr("Giltig &till:"), self.valid_until_edit, self.valid_until_edit.line_edit),
            (self.tr("&Innehållsansvarig:"), self.owner_edit, self.owner_edit),
        )
        add_rows(form, rows)
        self.problem = problem_label()
        for field in (self.adopted_on_edit, self.valid_from_edit, self.valid_until_edit):
            field.problem_changed.connect(self._show_problem)
        hint = QLabel(
            self.tr(
                "Datum skrivs som ÅÅÅÅ-MM-DD (20/11 2026 och 20 nov 2026 går också); lämna tomt om det inte finns. "
                "Uppgifterna visas på rutinens försättsblad och sidfot."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        order = (
            self.status_combo,
            self.version_edit,
            self.adopted_by_edit,
            self.adopted_on_edit.line_edit,
            self.adopted_on_edit.calendar_button,
            self.adopted_on_edit.clear_button,
            self.valid_from_edit.line_edit,
            self.valid_from_edit.calendar_button,
            self.valid_from_edit.clear_button,
            self.valid_until_edit.line_edit,
            self.valid_until_edit.calendar_button,
            self.valid_until_edit.clear_button,
            self.owner_edit,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.status_combo.setFocus()

    def _date(self, value: dt.date | None, accessible_name: str) -> DateField:
        field = DateField(self)
        field.set_date(value)
        field.set_accessible(accessible_name)
        return field

    def _show_problem(self, _text: str) -> None:
        problems = [f.problem for f in (self.adopted_on_edit, self.valid_from_edit, self.valid_until_edit) if f.problem]
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))

    def accept(self) -> None:
        """Close with the data, unless a date cannot be read (then the field says why and keeps the focus)."""
        for field in (self.adopted_on_edit, self.valid_from_edit, self.valid_until_edit):
            if not field.commit():
                field.line_edit.setFocus()
                return
        super().accept()

    def _line(self, text: str, accessible_name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(accessible_name)
        edit.setPlaceholderText(placeholder)
        return edit

    def document_info(self) -> DocumentInfo:
        """The document data as edited (what the dialog does not show, such as the adopted version, is kept)."""
        return replace(
            self._document,
            status=self.status_combo.currentData(),
            version=self.version_edit.text().strip(),
            adopted_by=self.adopted_by_edit.text().strip(),
            adopted_on=self.adopted_on_edit.date(),
            valid_from=self.valid_from_edit.date(),
            valid_until=self.valid_until_edit.date(),
            owner=self.owner_edit.text().strip(),
        )
