"""One registry of actions: every QAction of the main window, built and named in one place.

Menus, toolbars and tests look actions up by :class:`ActionId`. Texts are Swedish source strings
translated through Qt; :func:`retranslate_actions` sets them again after a language switch.
"""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget


class ActionId(Enum):
    NEW_AREA = auto()
    NEW_WORKSPACE = auto()
    OPEN_WORKSPACE = auto()
    SAVE = auto()
    SAVE_VERSION = auto()
    EXPORT = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    FIND = auto()
    DOCUMENT_DATA = auto()
    SETTINGS = auto()
    NEXT_SECTION = auto()
    PREVIOUS_SECTION = auto()
    NEXT_MISSING = auto()
    COMPARE = auto()
    CROSS_AREA = auto()
    PREVIEW = auto()
    WELCOME = auto()
    ABOUT = auto()
    ADOPT = auto()
    REMISS_EXPORT = auto()
    REMISS_IMPORT = auto()
    NEXT_REVIEW_ITEM = auto()


Key = QKeySequence.StandardKey
_SHORTCUTS: dict[ActionId, QKeySequence | Key | str] = {
    ActionId.NEW_AREA: Key.New,
    ActionId.OPEN_WORKSPACE: Key.Open,
    ActionId.SAVE: Key.Save,
    ActionId.SAVE_VERSION: "Ctrl+Shift+S",
    ActionId.EXPORT: "Ctrl+E",
    ActionId.QUIT: "Ctrl+Q",
    ActionId.UNDO: Key.Undo,
    ActionId.REDO: Key.Redo,
    ActionId.FIND: Key.Find,
    ActionId.NEXT_SECTION: "Ctrl+PgDown",
    ActionId.PREVIOUS_SECTION: "Ctrl+PgUp",
    ActionId.NEXT_MISSING: "Ctrl+J",
    ActionId.COMPARE: "Ctrl+D",
    ActionId.PREVIEW: "Ctrl+R",
    ActionId.NEXT_REVIEW_ITEM: "F8",
}
#: Keys added to a standard key on every platform (Linux desktops bind redo to Ctrl+Shift+Z only).
_EXTRA_KEYS = {
    ActionId.REDO: (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")),
}
_ROLES = {
    ActionId.QUIT: QAction.MenuRole.QuitRole,
    ActionId.SETTINGS: QAction.MenuRole.PreferencesRole,
    ActionId.ABOUT: QAction.MenuRole.AboutRole,
}


def _texts() -> dict[ActionId, tuple[str, str]]:
    """Menu text and status tip of every action, in the current language."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Actions", text)

    return {
        ActionId.NEW_AREA: (tr("&Nytt område…"), tr("Skapa ett område från katalogen")),
        ActionId.NEW_WORKSPACE: (tr("Ny &arbetsyta…"), tr("Skapa en ny arbetsyta i en mapp")),
        ActionId.OPEN_WORKSPACE: (tr("&Öppna arbetsyta…"), tr("Öppna en arbetsyta (en mapp)")),
        ActionId.SAVE: (tr("&Spara"), tr("Spara området nu")),
        ActionId.SAVE_VERSION: (tr("Spara &version…"), tr("Spara ett numrerat versionsexemplar med en kommentar")),
        ActionId.EXPORT: (tr("&Exportera rutin…"), tr("Skapa Word-rutinen för området")),
        ActionId.QUIT: (tr("&Avsluta"), tr("Spara och avsluta programmet")),
        ActionId.UNDO: (tr("&Ångra"), tr("Ångra den senaste ändringen")),
        ActionId.REDO: (tr("&Gör om"), tr("Gör om det som ångrades")),
        ActionId.FIND: (tr("&Sök…"), tr("Sök i frågor och svar")),
        ActionId.DOCUMENT_DATA: (tr("&Dokumentuppgifter…"), tr("Status, version, fastställd av och giltighet")),
        ActionId.SETTINGS: (tr("&Inställningar…"), tr("Språk, utseende och autospara")),
        ActionId.NEXT_SECTION: (tr("&Nästa avsnitt"), tr("Gå till nästa avsnitt")),
        ActionId.PREVIOUS_SECTION: (tr("&Föregående avsnitt"), tr("Gå till föregående avsnitt")),
        ActionId.NEXT_MISSING: (
            tr("Nästa obligatoriska som &saknas"),
            tr("Gå till nästa obligatoriska fråga utan svar, i alla avsnitt"),
        ),
        ActionId.COMPARE: (tr("&Jämför…"), tr("Jämför versioner eller områden sida vid sida")),
        ActionId.CROSS_AREA: (
            tr("Jämför ett svar mellan &områden…"),
            tr("Visa alla områdens svar på samma fråga sida vid sida"),
        ),
        ActionId.PREVIEW: (
            tr("Förhands&granska kapitlet"),
            tr("Visa kapitlet du skriver i så som det blir i rutinen"),
        ),
        ActionId.WELCOME: (tr("&Kom igång…"), tr("Vad programmet är till för, och hur ni börjar")),
        ActionId.ABOUT: (tr("&Om Routine Builder"), tr("Version och licens")),
        ActionId.ADOPT: (
            tr("&Fastställ…"),
            tr("Anteckna att en sparad version är fastställd: av vem, när och hur länge den gäller"),
        ),
        ActionId.REMISS_EXPORT: (
            tr("Exportera för &remiss…"),
            tr("Skapa en Word-fil som granskare kommenterar och ändrar i, och som går att importera igen"),
        ),
        ActionId.REMISS_IMPORT: (
            tr("&Importera remissvar…"),
            tr("Läs in granskade remissfiler: kommentarer och ändringar hamnar på sina frågor"),
        ),
        ActionId.NEXT_REVIEW_ITEM: (
            tr("Nästa öppna &remissvar"),
            tr("Gå till nästa remissvar som inte är hanterat"),
        ),
    }


def build_actions(parent: QWidget) -> dict[ActionId, QAction]:
    """Create every action (texts, shortcuts, roles); the caller connects them."""
    actions: dict[ActionId, QAction] = {}
    for action_id in ActionId:
        action = QAction(parent)
        action.setObjectName(f"action_{action_id.name.lower()}")
        shortcut = _SHORTCUTS.get(action_id)
        if isinstance(shortcut, Key):
            keys = QKeySequence.keyBindings(shortcut)
            keys += [k for k in _EXTRA_KEYS.get(action_id, ()) if k not in keys]
            action.setShortcuts(keys)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setMenuRole(_ROLES.get(action_id, QAction.MenuRole.NoRole))
        parent.addAction(action)
        actions[action_id] = action
    retranslate_actions(actions)
    return actions


def retranslate_actions(actions: dict[ActionId, QAction]) -> None:
    """Set every action's text again (after a language switch)."""
    for action_id, (text, tip) in _texts().items():
        action = actions[action_id]
        action.setText(text)
        action.setStatusTip(tip)
        action.setToolTip(tip)


def build_menus(menu_bar: QMenuBar, actions: dict[ActionId, QAction], recent: QMenu) -> None:
    """(Re)build the menu bar from the actions; ``recent`` is the recent-workspaces submenu."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Actions", text)

    menu_bar.clear()
    file_menu = menu_bar.addMenu(tr("&Arkiv"))
    for action_id in (ActionId.NEW_AREA, ActionId.NEW_WORKSPACE, ActionId.OPEN_WORKSPACE):
        file_menu.addAction(actions[action_id])
    recent.setTitle(tr("&Senaste arbetsytor"))
    file_menu.addMenu(recent)
    file_menu.addSeparator()
    for action_id in (ActionId.SAVE, ActionId.SAVE_VERSION, ActionId.EXPORT, ActionId.REMISS_EXPORT,
                      ActionId.REMISS_IMPORT):  # fmt: skip
        file_menu.addAction(actions[action_id])
    file_menu.addSeparator()
    file_menu.addAction(actions[ActionId.QUIT])
    edit_menu = menu_bar.addMenu(tr("&Redigera"))
    for action_id in (ActionId.UNDO, ActionId.REDO, ActionId.FIND):
        edit_menu.addAction(actions[action_id])
    edit_menu.addSeparator()
    edit_menu.addAction(actions[ActionId.DOCUMENT_DATA])
    edit_menu.addAction(actions[ActionId.SETTINGS])
    go_menu = menu_bar.addMenu(tr("&Gå till"))
    go_menu.addAction(actions[ActionId.NEXT_SECTION])
    go_menu.addAction(actions[ActionId.PREVIOUS_SECTION])
    go_menu.addSeparator()
    go_menu.addAction(actions[ActionId.NEXT_MISSING])
    go_menu.addAction(actions[ActionId.PREVIEW])
    go_menu.addAction(actions[ActionId.NEXT_REVIEW_ITEM])
    view_menu = menu_bar.addMenu(tr("&Versioner"))
    view_menu.addAction(actions[ActionId.SAVE_VERSION])
    view_menu.addAction(actions[ActionId.ADOPT])
    view_menu.addAction(actions[ActionId.COMPARE])
    view_menu.addAction(actions[ActionId.CROSS_AREA])
    help_menu = menu_bar.addMenu(tr("&Hjälp"))
    help_menu.addAction(actions[ActionId.WELCOME])
    help_menu.addAction(actions[ActionId.ABOUT])


def fill_recent_menu(menu: QMenu, paths: list[str]) -> None:
    """Fill the recent-workspaces submenu; each action carries its path as data."""
    menu.clear()
    for index, path in enumerate(paths, start=1):
        action = menu.addAction(f"&{index} {path}" if index < 10 else path)
        action.setData(path)
    if not paths:
        empty = menu.addAction(QCoreApplication.translate("Actions", "(inga ännu)"))
        empty.setEnabled(False)
