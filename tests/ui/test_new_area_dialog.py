"""The new-area dialog: three ways to choose, verified marks, ids from names, unique ids."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QTreeWidget

from routine_builder.domain.catalogue import Catalogue, load_catalogue
from routine_builder.ui.dialogs.new_area_dialog import CUSTOM, GROUP, WHOLE, NewAreaDialog


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def dialog(qtbot, catalogue: Catalogue) -> NewAreaDialog:
    dlg = NewAreaDialog(catalogue, {"norr", "simba"})
    qtbot.addWidget(dlg)
    return dlg


def _select_area(dlg: NewAreaDialog, area_id: str) -> None:
    for row in range(dlg.area_list.count()):
        if dlg.area_list.item(row).data(Qt.ItemDataRole.UserRole) == area_id:
            dlg.area_list.setCurrentRow(row)
            return
    raise AssertionError(area_id)


def _tree_item(dlg: NewAreaDialog, text: str):
    found = dlg.group_tree.findItems(text, Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)
    assert found, text
    return found[0]


def test_whole_collaboration_area(dialog: NewAreaDialog, catalogue: Catalogue) -> None:
    _select_area(dialog, "narvard-sodra-alvsborg")
    assert dialog.name_edit.text() == "Närvårdssamverkan Södra Älvsborg"
    assert dialog.id_edit.text() == "narvardssamverkan-sodra-alvsborg"
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    info = dialog.area_info()
    assert info.municipalities == catalogue.area("narvard-sodra-alvsborg").municipalities
    assert info.name == "Närvårdssamverkan Södra Älvsborg"
    assert info.units == ()


def test_unverified_parts_are_marked_in_text(dialog: NewAreaDialog) -> None:
    texts = [dialog.area_list.item(r).text() for r in range(dialog.area_list.count())]
    assert "Vårdsamverkan Fyrbodal (delvis osäker indelning)" in texts
    assert any(t.startswith("SIMBA") and "osäker" not in t for t in texts)
    assert _tree_item(dialog, "Göteborg Nordost").text(0) == "Göteborg Nordost (osäker indelning)"
    assert "osäker" not in _tree_item(dialog, "Norra Skaraborg").text(0)
    _select_area(dialog, "vardsamverkan-skaraborg")
    assert "ingen källa räknar upp vilka kommuner som ingår" in dialog.details.text()  # the catalogue's own words


def test_local_group_of_a_per_municipality_area(dialog: NewAreaDialog) -> None:
    dialog.way_buttons.button(GROUP).click()
    assert dialog.pages.currentIndex() == GROUP
    dialog.group_tree.setCurrentItem(_tree_item(dialog, "Kungälv"))
    assert dialog.id_edit.text() == "kungalv"
    info = dialog.area_info()
    assert (info.id, info.name, info.municipalities) == ("kungalv", "Kungälv", ("Kungälv",))


def test_an_area_row_in_the_group_list_is_no_choice(dialog: NewAreaDialog) -> None:
    dialog.way_buttons.button(GROUP).click()
    dialog.group_tree.setCurrentItem(dialog.group_tree.topLevelItem(1))
    assert not dialog.ok_button.isEnabled()
    assert "Välj en grupp" in dialog.message.text()


def test_local_own_group(dialog: NewAreaDialog) -> None:
    dialog.way_buttons.button(GROUP).click()
    dialog.group_tree.setCurrentItem(_tree_item(dialog, "Mölndal/Härryda"))
    info = dialog.area_info()
    assert info.municipalities == ("Mölndal", "Härryda", "Partille", "Öckerö")


def test_custom_area_with_filter_and_units(qtbot, dialog: NewAreaDialog) -> None:
    dialog.way_buttons.button(CUSTOM).click()
    assert dialog.name_edit.text() == ""
    assert not dialog.ok_button.isEnabled()
    assert "namn" in dialog.message.text()
    dialog.filter_edit.setText("BORÅ")  # QTest types ASCII only
    shown = [
        dialog.municipality_list.item(r).text()
        for r in range(dialog.municipality_list.count())
        if not dialog.municipality_list.item(r).isHidden()
    ]
    assert shown == ["Borås"]
    dialog.municipality_list.findItems("Borås", Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Checked)
    dialog.filter_edit.clear()
    dialog.municipality_list.findItems("Mark", Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Checked)
    dialog.region_unit_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.municipal_unit_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.name_edit.setText("Sjuhärad syd")
    assert dialog.id_edit.text() == "sjuharad-syd"
    assert dialog.ok_button.isEnabled()
    info = dialog.area_info()
    assert info.municipalities == ("Borås", "Mark")
    assert info.units == (dialog.region_unit_list.item(0).text(), dialog.municipal_unit_list.item(0).text())
    assert "(2 av 49): Borås, Mark." in dialog.details.text()


def test_taken_id_is_refused_with_a_message(qtbot, dialog: NewAreaDialog) -> None:
    _select_area(dialog, "vardsamverkan-fyrbodal")
    dialog.id_edit.clear()
    qtbot.keyClicks(dialog.id_edit, "simba")
    assert not dialog.ok_button.isEnabled()
    assert "”simba” används redan" in dialog.message.text()
    dialog.id_edit.clear()
    qtbot.keyClicks(dialog.id_edit, "Fel id")
    assert "små bokstäver" in dialog.message.text()
    dialog.id_edit.clear()
    qtbot.keyClicks(dialog.id_edit, "fyrbodal-egen")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, " norr")  # an edited id stays when the name changes
    assert dialog.id_edit.text() == "fyrbodal-egen"


def test_keyboard_only(qtbot, dialog: NewAreaDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.area_list.setFocus()
    qtbot.keyClick(dialog.area_list, Qt.Key.Key_Down)
    assert dialog.area_list.currentRow() == 1
    assert dialog.id_edit.text() == "simba-vardsamverkan-i-kungalvsomradet"
    qtbot.keyClick(dialog.area_list, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_every_input_has_an_accessible_name(dialog: NewAreaDialog) -> None:
    for kind in (QLineEdit, QListWidget, QTreeWidget):
        for widget in dialog.findChildren(kind):
            assert widget.accessibleName(), widget


def test_whole_way_is_default(dialog: NewAreaDialog) -> None:
    assert dialog.way() == WHOLE
