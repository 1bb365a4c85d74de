"""The routine's document data: status, version, who adopted it and when, validity and owner."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from routine_builder.domain.answers import STATUSES, DocumentInfo

DATE_FORMAT = "yyyy-MM-dd"  # the Swedish date format (SS-ISO 8601)
_NO_DATE = QDate(2000, 1, 1)  # shown as "inget datum" while the date is left out


class OptionalDateEdit(QWidget):
    """A date that may be left out: a check box that turns a Swedish-format date field on or off."""

    def __init__(self, check_text: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.check.setAccessibleName(accessible_name)
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(accessible_name)
        self.date_edit.setMinimumDate(_NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("inget datum"))
        self.date_edit.setDate(_NO_DATE)
        self.date_edit.setEnabled(False)
        self.check.toggled.connect(self._toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit, 1)
        self.setFocusProxy(self.check)

    def _toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        if checked and self.date_edit.date() == _NO_DATE:
            self.date_edit.setDate(QDate.currentDate())
        elif not checked:
            self.date_edit.setDate(_NO_DATE)

    def set_date(self, value: dt.date | None) -> None:
        """Show ``value``; None leaves the date out."""
        self.check.setChecked(value is not None)
        if value is not None:
            self.date_edit.setDate(QDate(value.year, value.month, value.day))

    def date(self) -> dt.date | None:
        """The date, or None when it is left out."""
        if not self.check.isChecked():
            return None
        qdate = self.date_edit.date()
        return dt.date(qdate.year(), qdate.month(), qdate.day())


class DocumentDataDialog(QDialog):
    """Edit a :class:`DocumentInfo`; read the result with :meth:`document_info` after accept."""

    def __init__(self, document: DocumentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.setWindowTitle(self.tr("Dokumentuppgifter"))
        self.setMinimumWidth(480)

        labels = {"utkast": self.tr("Utkast"), "remiss": self.tr("Remiss"), "faststalld": self.tr("Fastställd")}
        self.status_combo = QComboBox()
        for status in STATUSES:
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
        self.adopted_on_edit = OptionalDateEdit(self.tr("Ange datum"), self.tr("Fastställd datum"))
        self.adopted_on_edit.set_date(document.adopted_on)
        self.valid_until_edit = OptionalDateEdit(self.tr("Ange datum"), self.tr("Giltig till"))
        self.valid_until_edit.set_date(document.valid_until)
        self.owner_edit = self._line(
            document.owner, self.tr("Ägare"), self.tr("Den som ansvarar för att rutinen hålls aktuell")
        )

        form = QFormLayout()
        form.setVerticalSpacing(8)
        rows = (
            (self.tr("&Status:"), self.status_combo, self.status_combo),
            (self.tr("&Version:"), self.version_edit, self.version_edit),
            (self.tr("Fastställd &av:"), self.adopted_by_edit, self.adopted_by_edit),
            (self.tr("Fastställd &datum:"), self.adopted_on_edit, self.adopted_on_edit.check),
            (self.tr("Giltig &till:"), self.valid_until_edit, self.valid_until_edit.check),
            (self.tr("Ä&gare:"), self.owner_edit, self.owner_edit),
        )
        for text, widget, buddy in rows:
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, widget)

        hint = QLabel(self.tr("Datum skrivs som ÅÅÅÅ-MM-DD. Uppgifterna visas på rutinens försättsblad och sidfot."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        order = (
            self.status_combo,
            self.version_edit,
            self.adopted_by_edit,
            self.adopted_on_edit.check,
            self.adopted_on_edit.date_edit,
            self.valid_until_edit.check,
            self.valid_until_edit.date_edit,
            self.owner_edit,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.status_combo.setFocus()

    def _line(self, text: str, accessible_name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(accessible_name)
        edit.setPlaceholderText(placeholder)
        return edit

    def document_info(self) -> DocumentInfo:
        """The document data as edited."""
        return DocumentInfo(
            status=self.status_combo.currentData(),
            version=self.version_edit.text().strip(),
            adopted_by=self.adopted_by_edit.text().strip(),
            adopted_on=self.adopted_on_edit.date(),
            valid_until=self.valid_until_edit.date(),
            owner=self.owner_edit.text().strip(),
        )
