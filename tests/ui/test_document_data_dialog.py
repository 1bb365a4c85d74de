"""The document data dialog: every field round-trips, dates typed in Swedish forms or left out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPushButton, QToolButton

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
    assert dlg.adopted_on_edit.line_edit.text() == "2026-11-01"
    assert dlg.document_info() == FULL


def test_edit_everything(qtbot) -> None:
    dlg = DocumentDataDialog(DocumentInfo())
    qtbot.addWidget(dlg)
    dlg.show()  # Return presses the default button only in a shown dialog
    qtbot.waitExposed(dlg)
    assert dlg.adopted_on_edit.date() is None
    assert dlg.valid_until_edit.line_edit.text() == ""
    dlg.status_combo.setCurrentIndex(dlg.status_combo.findText("Remiss"))
    qtbot.keyClicks(dlg.version_edit, "1.0")
    qtbot.keyClicks(dlg.adopted_by_edit, "Ledningsgruppen")
    qtbot.keyClicks(dlg.adopted_on_edit.line_edit, "1/12 2026")
    qtbot.keyClicks(dlg.owner_edit, "  Bo  ")
    qtbot.keyClick(dlg.owner_edit, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted
    info = dlg.document_info()
    assert info == DocumentInfo("remiss", "1.0", "Ledningsgruppen", dt.date(2026, 12, 1), None, "Bo")


def test_fastställd_comes_from_an_adoption_and_its_record_is_kept(qtbot) -> None:
    """The status "Fastställd" is set by Fastställ…, which records the version; the dialog never invents it."""
    dlg = DocumentDataDialog(DocumentInfo())
    qtbot.addWidget(dlg)
    offered = [dlg.status_combo.itemData(i) for i in range(dlg.status_combo.count())]
    assert offered == ["utkast", "remiss", "under_revidering"]
    adopted = DocumentInfo("faststalld", "1.0", "Styrgruppen", dt.date(2026, 3, 12), None, "Eva", adopted_version=3)
    dlg = DocumentDataDialog(adopted)
    qtbot.addWidget(dlg)
    assert dlg.status_combo.currentData() == "faststalld"
    dlg.owner_edit.setText("Eva Nordin")
    assert dlg.document_info() == DocumentInfo(
        "faststalld", "1.0", "Styrgruppen", dt.date(2026, 3, 12), None, "Eva Nordin", adopted_version=3
    )


def test_an_unreadable_date_keeps_the_dialog_open(qtbot) -> None:
    dlg = DocumentDataDialog(DocumentInfo())
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.keyClicks(dlg.valid_until_edit.line_edit, "snart")
    dlg.accept()
    assert dlg.isVisible() and "snart" in dlg.problem.text()
    assert dlg.document_info().valid_until is None


def test_valid_from_is_its_own_date_and_empty_means_the_adoption_date(qtbot) -> None:
    dlg = DocumentDataDialog(FULL)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.valid_from_edit.line_edit.text() == "" and dlg.valid_from_edit.line_edit.placeholderText()
    qtbot.keyClicks(dlg.valid_from_edit.line_edit, "2026-12-01")
    dlg.accept()
    assert dlg.document_info().valid_from == dt.date(2026, 12, 1)


def test_a_date_can_be_removed(qtbot) -> None:
    dlg = DocumentDataDialog(FULL)
    qtbot.addWidget(dlg)
    dlg.valid_until_edit.clear_button.click()
    assert dlg.document_info().valid_until is None


def test_keyboard_order_and_accessible_names(qtbot) -> None:
    dlg = DocumentDataDialog(FULL)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    expected = [
        dlg.status_combo,
        dlg.version_edit,
        dlg.adopted_by_edit,
        dlg.adopted_on_edit.line_edit,
        dlg.adopted_on_edit.calendar_button,
        dlg.adopted_on_edit.clear_button,
        dlg.valid_from_edit.line_edit,
        dlg.valid_from_edit.calendar_button,
        dlg.valid_from_edit.clear_button,
        dlg.valid_until_edit.line_edit,
        dlg.valid_until_edit.calendar_button,
        dlg.valid_until_edit.clear_button,
        dlg.owner_edit,
    ]
    dlg.status_combo.setFocus()
    seen = [dlg.focusWidget()]
    for _ in expected[1:]:
        dlg.focusNextChild()
        seen.append(dlg.focusWidget())
    assert seen == expected
    for kind in (QComboBox, QLineEdit, QPushButton, QToolButton):
        for widget in dlg.findChildren(kind):
            if isinstance(widget.parentWidget(), QComboBox) or not widget.isVisibleTo(dlg):
                continue
            assert widget.accessibleName() or widget.text(), widget
