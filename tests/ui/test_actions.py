from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget
from pytestqt.qtbot import QtBot

from routine_builder.ui.window.actions import ActionId, build_actions, build_menus, fill_recent_menu


def test_every_action_has_text_and_the_standard_shortcuts(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = build_actions(parent)
    assert set(actions) == set(ActionId)
    assert all(a.text() for a in actions.values())
    assert actions[ActionId.NEW_AREA].shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    expected = {
        ActionId.SAVE_VERSION: "Ctrl+Shift+S",
        ActionId.EXPORT: "Ctrl+E",
        ActionId.QUIT: "Ctrl+Q",
        ActionId.COMPARE: "Ctrl+D",
        ActionId.PREVIOUS_SECTION: "Ctrl+PgUp",
        ActionId.SAVE: "Ctrl+S",
        ActionId.OPEN_WORKSPACE: "Ctrl+O",
        ActionId.FIND: "Ctrl+F",
    }
    for action_id, key in expected.items():
        assert actions[action_id].shortcut().toString() == key
    menu_bar = QMenuBar(parent)
    recent = QMenu(parent)
    build_menus(menu_bar, actions, recent)
    assert [m.title() for m in menu_bar.findChildren(QMenu) if m.parent() is menu_bar][:2] == ["&Arkiv", "&Redigera"]
    fill_recent_menu(recent, ["/a", "/b"])
    assert [a.data() for a in recent.actions()] == ["/a", "/b"]


MENUS = [
    (
        "&Arkiv",
        [
            "action_new_area",
            "action_new_workspace",
            "action_open_workspace",
            "recent",
            "-",
            "action_save",
            "action_save_version",
            "action_export",
            "action_remiss_export",
            "action_remiss_import",
            "-",
            "action_quit",
        ],
    ),
    ("&Redigera", ["action_undo", "action_redo", "action_find", "-", "action_document_data", "action_settings"]),
    (
        "&Gå till",
        [
            "action_next_section",
            "action_previous_section",
            "-",
            "action_next_missing",
            "action_preview",
            "action_next_review_item",
        ],
    ),
    ("&Versioner", ["action_save_version", "action_adopt", "action_compare", "action_cross_area"]),
    ("&Hjälp", ["action_welcome", "action_about"]),
]


def test_the_menus_list_every_action_in_its_place(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = build_actions(parent)
    menu_bar = QMenuBar(parent)
    build_menus(menu_bar, actions, QMenu(parent))
    shown = [
        (menu.text(), [a.objectName() or ("recent" if a.menu() else "-") for a in menu.menu().actions()])
        for menu in menu_bar.actions()
    ]
    assert shown == MENUS
    listed = {name for _title, names in MENUS for name in names}
    assert {f"action_{a.name.lower()}" for a in ActionId} == listed - {"recent", "-"}
