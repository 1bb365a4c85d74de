"""The new-area dialog says what the catalogue is unsure of in the catalogue's own plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from routine_builder.domain import load_catalogue
from routine_builder.ui.dialogs.new_area_dialog import CUSTOM, GROUP, NewAreaDialog

LILLA_EDET = "Att kommunen ingår i Vårdsamverkan Fyrbodal är vår slutsats och inte hämtat ur en källa."


def dialog(qtbot: QtBot) -> NewAreaDialog:
    dlg = NewAreaDialog(load_catalogue(), set())
    qtbot.addWidget(dlg)
    return dlg


def test_13_a_whole_area_shows_its_note_not_a_generic_claim(qtbot: QtBot) -> None:
    dlg = dialog(qtbot)
    row = next(
        r
        for r in range(dlg.area_list.count())
        if dlg.area_list.item(r).data(Qt.ItemDataRole.UserRole) == "vardsamverkan-fyrbodal"
    )
    dlg.area_list.setCurrentRow(row)
    assert "Att Lilla Edet och Orust hör hit är vår slutsats" in dlg.details.text()
    assert "inte bekräftad i någon källa" not in dlg.details.text()  # the 15 municipalities are sourced
    sodra = next(
        r
        for r in range(dlg.area_list.count())
        if dlg.area_list.item(r).data(Qt.ItemDataRole.UserRole) == "narvard-sodra-alvsborg"
    )
    dlg.area_list.setCurrentRow(sodra)
    assert "Alingsås" in dlg.details.text() and "osäker" not in dlg.details.text()


def test_13_a_municipality_group_and_a_custom_choice_show_the_municipalitys_note(qtbot: QtBot) -> None:
    dlg = dialog(qtbot)
    dlg.way_buttons.button(GROUP).click()
    found = dlg.group_tree.findItems("Lilla Edet", Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)
    dlg.group_tree.setCurrentItem(found[0])
    assert LILLA_EDET in dlg.details.text()
    found = dlg.group_tree.findItems("Bengtsfors", Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)
    dlg.group_tree.setCurrentItem(found[0])
    assert "slutsats" not in dlg.details.text() and "inte bekräftad" not in dlg.details.text()
    dlg.way_buttons.button(CUSTOM).click()
    for row in range(dlg.municipality_list.count()):
        item = dlg.municipality_list.item(row)
        if item.text().startswith(("Lilla Edet", "Borås")):
            item.setCheckState(Qt.CheckState.Checked)
    assert LILLA_EDET in dlg.details.text()
