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
    expected = {ActionId.SAVE_VERSION: "Ctrl+Shift+S", ActionId.EXPORT: "Ctrl+E", ActionId.QUIT: "Ctrl+Q",
                ActionId.COMPARE: "Ctrl+D", ActionId.PREVIOUS_SECTION: "Ctrl+PgUp", ActionId.SAVE: "Ctrl+S",
                ActionId.OPEN_WORKSPACE: "Ctrl+O", ActionId.FIND: "Ctrl+F"}  # fmt: skip
    for action_id, key in expected.items():
        assert actions[action_id].shortcut().toString() == key
    menu_bar = QMenuBar(parent)
    recent = QMenu(parent)
    build_menus(menu_bar, actions, recent)
    assert [m.title() for m in menu_bar.findChildren(QMenu) if m.parent() is menu_bar][:2] == ["&Arkiv", "&Redigera"]
    fill_recent_menu(recent, ["/a", "/b"])
    assert [a.data() for a in recent.actions()] == ["/a", "/b"]
