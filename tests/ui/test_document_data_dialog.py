"""The document data dialog: every field round-trips, optional dates, Swedish date format."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialog, QLineEdit

from routine_builder.domain.answers import DocumentInfo
from routine_builder.ui.dialogs.document_data_dialog import DocumentDataDialog

FULL = DocumentInfo(
    status="remiss",
    version="0.3",
    adopted_by="Styrgruppen",
    adopted_on=dt.date(2026, 11, 1),
    valid_until=dt.date(2028, 12, 31),
    owner="Anna Andersson",
)


def test_round_trip(qtbot) -> None:
    dlg = DocumentDataDialog(FULL)
    qtbot.addWidget(dlg)
    assert dlg.status_combo.currentText() == "Remiss"
    assert dlg.adopted_on_edit.date_edit.text() == "2026-11-01"
    assert dlg.document_info() == FULL


def test_edit_everything(qtbot) -> None:
    dlg = DocumentDataDialog(DocumentInfo())
    qtbot.addWidget(dlg)
    dlg.show()  # Return presses the default button only in a shown dialog
    qtbot.waitExposed(dlg)
    assert dlg.adopted_on_edit.date() is None
    assert dlg.valid_until_edit.date_edit.text() == "inget datum"
    dlg.status_combo.setCurrentIndex(dlg.status_combo.findText("Fastställd"))
    qtbot.keyClicks(dlg.version_edit, "1.0")
    qtbot.keyClicks(dlg.adopted_by_edit, "Ledningsgruppen")
    dlg.adopted_on_edit.check.click()
    assert dlg.adopted_on_edit.date_edit.isEnabled()
    dlg.adopted_on_edit.date_edit.setDate(QDate(2026, 12, 1))
    qtbot.keyClicks(dlg.owner_edit, "  Bo  ")
    qtbot.keyClick(dlg.owner_edit, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted
    info = dlg.document_info()
    assert info == DocumentInfo("faststalld", "1.0", "Ledningsgruppen", dt.date(2026, 12, 1), None, "Bo")


def test_a_date_can_be_removed(qtbot) -> None:
    dlg = DocumentDataDialog(FULL)
    qtbot.addWidget(dlg)
    dlg.valid_until_edit.check.click()
    assert dlg.document_info().valid_until is None
    assert not dlg.valid_until_edit.date_edit.isEnabled()


def test_keyboard_order_and_accessible_names(qtbot) -> None:
    dlg = DocumentDataDialog(FULL)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    expected = [
        dlg.status_combo,
        dlg.version_edit,
        dlg.adopted_by_edit,
        dlg.adopted_on_edit.check,
        dlg.adopted_on_edit.date_edit,
        dlg.valid_until_edit.check,
        dlg.valid_until_edit.date_edit,
        dlg.owner_edit,
    ]
    dlg.status_combo.setFocus()
    seen = [dlg.focusWidget()]
    for _ in expected[1:]:
        dlg.focusNextChild()
        widget = dlg.focusWidget()
        seen.append(
            widget.parentWidget()
            if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QDateEdit)
            else widget
        )
    assert seen == expected
    for kind in (QComboBox, QLineEdit, QCheckBox, QDateEdit):
        for widget in dlg.findChildren(kind):
            if isinstance(widget.parentWidget(), (QDateEdit, QComboBox)):
                continue  # the inner line edit of a date field
            assert widget.accessibleName(), widget
