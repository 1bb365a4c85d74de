"""The new-area dialog: three ways to choose, plain words on what is unsure, ids made from names, units."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QTreeWidget

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
    assert dialog.area_id() == "narvardssamverkan-sodra-alvsborg"
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    info = dialog.area_info()
    assert info.municipalities == catalogue.area("narvard-sodra-alvsborg").municipalities
    assert info.name == "Närvårdssamverkan Södra Älvsborg"
    assert info.units == ()


def test_the_lists_hold_names_and_what_is_unsure_is_said_in_plain_words(
    dialog: NewAreaDialog, catalogue: Catalogue
) -> None:
    texts = [dialog.area_list.item(r).text() for r in range(dialog.area_list.count())]
    assert "Vårdsamverkan Fyrbodal" in texts and not any("(" in t and "osäker" in t for t in texts)
    assert _tree_item(dialog, "Göteborg Nordost").text(0) == "Göteborg Nordost"
    _select_area(dialog, "vardsamverkan-skaraborg")
    note = catalogue.area("vardsamverkan-skaraborg").note
    assert note and note in dialog.details.text()
    assert "ingen källa räknar upp vilka kommuner som ingår" in dialog.details.text()  # the catalogue's own words


def test_local_group_of_a_per_municipality_area(dialog: NewAreaDialog) -> None:
    dialog.way_buttons.button(GROUP).click()
    assert dialog.pages.currentIndex() == GROUP
    dialog.group_tree.setCurrentItem(_tree_item(dialog, "Kungälv"))
    assert dialog.area_id() == "kungalv"
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
    assert dialog.area_id() == "sjuharad-syd"
    assert dialog.ok_button.isEnabled()
    info = dialog.area_info()
    assert info.municipalities == ("Borås", "Mark")
    assert info.units == (dialog.region_unit_list.item(0).text(), dialog.municipal_unit_list.item(0).text())
    assert "(2 av 49): Borås, Mark." in dialog.details.text()


def test_there_is_no_id_field_and_a_taken_id_gets_a_number(dialog: NewAreaDialog) -> None:
    assert not any(w.accessibleName() == "Områdets id" for w in dialog.findChildren(QLineEdit))
    assert "areas/" not in " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.name_edit.setText("SIMBA")
    assert dialog.area_id() == "simba-2"  # 'simba' is taken


def test_ticked_units_become_the_first_answers(qtbot, catalogue: Catalogue, tmp_path) -> None:
    from routine_builder.domain import Workspace
    from routine_builder.domain.new_area import UNIT_QUESTIONS

    workspace = Workspace.create(tmp_path / "ws")
    dlg = NewAreaDialog(catalogue, set(), question_set=workspace.question_set)
    qtbot.addWidget(dlg)
    _select_area(dlg, "simba")
    dlg.region_unit_list.findItems("Barnmorskemottagning (BMM)", Qt.MatchFlag.MatchExactly)[0].setCheckState(
        Qt.CheckState.Checked
    )
    dlg.municipal_unit_list.item(0).setCheckState(Qt.CheckState.Checked)
    answers = dlg.unit_answers()
    assert answers[UNIT_QUESTIONS[0]] == ["bmm"]
    assert answers[UNIT_QUESTIONS[1]] == [workspace.question_set.question(UNIT_QUESTIONS[1]).choices[0].id]


def test_keyboard_only(qtbot, dialog: NewAreaDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.area_list.setFocus()
    qtbot.keyClick(dialog.area_list, Qt.Key.Key_Down)
    assert dialog.area_list.currentRow() == 1
    assert dialog.area_id() == "simba-vardsamverkan-i-kungalvsomradet"
    qtbot.keyClick(dialog.area_list, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_every_input_has_an_accessible_name(dialog: NewAreaDialog) -> None:
    for kind in (QLineEdit, QListWidget, QTreeWidget):
        for widget in dialog.findChildren(kind):
            assert widget.accessibleName(), widget


def test_whole_way_is_default(dialog: NewAreaDialog) -> None:
    assert dialog.way() == WHOLE
