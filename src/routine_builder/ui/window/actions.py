"""One table of actions: every action of the main window specified once, as Picard keeps them together.

Each :class:`ActionSpec` holds the id, text, tip, shortcut, menu role, menu place, whether the action
needs an open area, and what it does. Adding an action is one :class:`ActionSpec` in :func:`action_specs`
(and its id in :class:`ActionId`). Menus, the enabling of area actions, the connections and tests all
read the table; texts are Swedish source strings translated through Qt, set again by
:func:`retranslate_actions` after a language switch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from routine_builder.ui.window import area_commands as commands

if TYPE_CHECKING:
    from routine_builder.ui.area.area_session import AreaSession
    from routine_builder.ui.window.main_window import MainWindow


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
Role = QAction.MenuRole
Slot = Callable[["MainWindow"], Callable[[], object]]


@dataclass(frozen=True)
class ActionSpec:
    """Everything about one action.

    ``menus`` places it: (menu, group) pairs; a new group in a menu starts after a separator.
    ``slot`` is given the main window and returns what the action runs.
    """

    id: ActionId
    text: str
    tip: str
    menus: tuple[tuple[str, str], ...]
    slot: Slot
    shortcut: Key | str | None = None
    extra_keys: tuple[str, ...] = ()  # added to a standard key (Linux desktops bind redo to Ctrl+Shift+Z only)
    role: Role = Role.NoRole
    needs_area: bool = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def _on_session(run: Callable[[AreaSession], object]) -> Slot:
    """A slot that runs only while an area is open."""
    return lambda w: lambda: w.session is not None and run(w.session)


def _open_folder(w: MainWindow) -> None:
    folder = commands.choose_folder(w, w.tr("Öppna arbetsyta"))
    if folder is not None:
        w.open_workspace(folder)


def _cross_area(w: MainWindow) -> object:
    if w.workspace is None:
        return False
    current = w.session.area_id if w.session is not None and not w.session.read_only else ""
    return commands.cross_area(w, w.workspace, w.focused_question, current_area=current, copy_answer=w.copy_answer)


def action_specs() -> tuple[ActionSpec, ...]:
    """The table, in menu order, with texts in the current language."""
    tr = _tr
    return (
        ActionSpec(ActionId.NEW_AREA, tr("&Nytt område…"), tr("Skapa ett område från katalogen"),
                   (("file", "open"),), lambda w: w.new_area, Key.New),
        ActionSpec(ActionId.NEW_WORKSPACE, tr("Ny &arbetsyta…"), tr("Skapa en ny arbetsyta i en mapp"),
                   (("file", "open"),), lambda w: lambda: (p := commands.new_workspace(w)) and w.open_workspace(p)),
        ActionSpec(ActionId.OPEN_WORKSPACE, tr("&Öppna arbetsyta…"), tr("Öppna en arbetsyta (en mapp)"),
                   (("file", "open"),), lambda w: lambda: _open_folder(w), Key.Open),
        ActionSpec(ActionId.SAVE, tr("&Spara"), tr("Spara området nu"), (("file", "save"),),
                   _on_session(lambda s: s.save(explicit=True)), Key.Save, needs_area=True),
        ActionSpec(ActionId.SAVE_VERSION, tr("Spara &version…"),
                   tr("Spara ett numrerat versionsexemplar med en kommentar"), (("file", "save"), ("versions", "")),
                   lambda w: w.save_version, "Ctrl+Shift+S", needs_area=True),
        ActionSpec(ActionId.EXPORT, tr("&Exportera rutin…"), tr("Skapa Word-rutinen för området"),
                   (("file", "save"),), lambda w: _on_session(
                       lambda s: commands.export(w, s, w.settings, w.jump_to_question))(w), "Ctrl+E", needs_area=True),
        ActionSpec(ActionId.REMISS_EXPORT, tr("Exportera för &remiss…"),
                   tr("Skapa en Word-fil som granskare kommenterar och ändrar i, och som går att importera igen"),
                   (("file", "save"),), lambda w: w.reviews.export, needs_area=True),
        ActionSpec(ActionId.REMISS_IMPORT, tr("&Importera remissvar…"),
                   tr("Läs in granskade remissfiler: kommentarer och ändringar hamnar på sina frågor"),
                   (("file", "save"),), lambda w: lambda: w.reviews.import_files(), needs_area=True),
        ActionSpec(ActionId.QUIT, tr("&Avsluta"), tr("Spara och avsluta programmet"), (("file", "quit"),),
                   lambda w: w.close, "Ctrl+Q", role=Role.QuitRole),
        ActionSpec(ActionId.UNDO, tr("&Ångra"), tr("Ångra den senaste ändringen"), (("edit", "undo"),),
                   lambda w: w.undo_group.undo, Key.Undo),
        ActionSpec(ActionId.REDO, tr("&Gör om"), tr("Gör om det som ångrades"), (("edit", "undo"),),
                   lambda w: w.undo_group.redo, Key.Redo, extra_keys=("Ctrl+Y", "Ctrl+Shift+Z")),
        ActionSpec(ActionId.FIND, tr("&Sök…"), tr("Sök i frågor och svar"), (("edit", "undo"),),
                   lambda w: lambda: w.form is not None and w.form.focus_search(), Key.Find, needs_area=True),
        ActionSpec(ActionId.DOCUMENT_DATA, tr("&Dokumentuppgifter…"),
                   tr("Status, version, fastställd av och giltighet"), (("edit", "data"),),
                   lambda w: _on_session(lambda s: not s.read_only and commands.edit_document_data(w, s))(w),
                   needs_area=True),
        ActionSpec(ActionId.SETTINGS, tr("&Inställningar…"), tr("Språk, utseende och autospara"),
                   (("edit", "data"),), lambda w: lambda: commands.settings_dialog(w, w.settings),
                   role=Role.PreferencesRole),
        ActionSpec(ActionId.NEXT_SECTION, tr("&Nästa avsnitt"), tr("Gå till nästa avsnitt"), (("go", "sections"),),
                   lambda w: lambda: w.form is not None and w.form.next_section(), "Ctrl+PgDown", needs_area=True),
        ActionSpec(ActionId.PREVIOUS_SECTION, tr("&Föregående avsnitt"), tr("Gå till föregående avsnitt"),
                   (("go", "sections"),), lambda w: lambda: w.form is not None and w.form.previous_section(),
                   "Ctrl+PgUp", needs_area=True),
        ActionSpec(ActionId.NEXT_MISSING, tr("Nästa obligatoriska som &saknas"),
                   tr("Gå till nästa obligatoriska fråga utan svar, i alla avsnitt"), (("go", "find"),),
                   lambda w: lambda: w.form is not None and w.form.next_missing(), "Ctrl+J", needs_area=True),
        ActionSpec(ActionId.PREVIEW, tr("Förhands&granska kapitlet"),
                   tr("Visa kapitlet du skriver i så som det blir i rutinen"), (("go", "find"),),
                   lambda w: w.show_preview, "Ctrl+R"),
        ActionSpec(ActionId.NEXT_REVIEW_ITEM, tr("Nästa öppna &remissvar"),
                   tr("Gå till nästa remissvar som inte är hanterat"), (("go", "find"),),
                   lambda w: w.reviews.next_open, "F8", needs_area=True),
        ActionSpec(ActionId.ADOPT, tr("&Fastställ…"),
                   tr("Anteckna att en sparad version är fastställd: av vem, när och hur länge den gäller"),
                   (("versions", ""),), lambda w: lambda: w.adopt(), needs_area=True),
        ActionSpec(ActionId.COMPARE, tr("&Jämför…"), tr("Jämför versioner eller områden sida vid sida"),
                   (("versions", ""),), _on_session_compare, "Ctrl+D", needs_area=True),
        ActionSpec(ActionId.CROSS_AREA, tr("Jämför ett svar mellan &områden…"),
                   tr("Visa alla områdens svar på samma fråga sida vid sida"), (("versions", ""),),
                   lambda w: lambda: _cross_area(w), needs_area=True),
        ActionSpec(ActionId.WELCOME, tr("&Kom igång…"), tr("Vad programmet är till för, och hur ni börjar"),
                   (("help", ""),), lambda w: w.show_welcome),
        ActionSpec(ActionId.ABOUT, tr("&Om Routine Builder"), tr("Version och licens"), (("help", ""),),
                   lambda w: lambda: commands.about(w), role=Role.AboutRole),
    )  # fmt: skip


def _on_session_compare(w: MainWindow) -> Callable[[], object]:
    return _on_session(
        lambda s: commands.compare(w, s.workspace, s.area_id, draft=s.answer_set, copy_answer=w.copy_answer)
    )(w)


def _menu_titles() -> dict[str, str]:
    tr = _tr
    return {"file": tr("&Arkiv"), "edit": tr("&Redigera"), "go": tr("&Gå till"), "versions": tr("&Versioner"),
            "help": tr("&Hjälp")}  # fmt: skip


def build_actions(parent: QWidget) -> dict[ActionId, QAction]:
    """Create every action (texts, shortcuts, roles); :func:`connect_actions` connects them to a window."""
    actions: dict[ActionId, QAction] = {}
    for spec in action_specs():
        action = QAction(parent)
        action.setObjectName(f"action_{spec.id.name.lower()}")
        if isinstance(spec.shortcut, Key):
            keys = QKeySequence.keyBindings(spec.shortcut)
            keys += [k for k in map(QKeySequence, spec.extra_keys) if k not in keys]
            action.setShortcuts(keys)
        elif spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setMenuRole(spec.role)
        parent.addAction(action)
        actions[spec.id] = action
    retranslate_actions(actions)
    return actions


def connect_actions(window: MainWindow) -> None:
    """Connect every action of ``window`` to what its specification says it does."""
    for spec in action_specs():
        window.actions[spec.id].triggered.connect(spec.slot(window))


def area_actions() -> tuple[ActionId, ...]:
    """The actions that need an open area (disabled while none is open)."""
    return tuple(spec.id for spec in action_specs() if spec.needs_area)


def retranslate_actions(actions: dict[ActionId, QAction]) -> None:
    """Set every action's text again (after a language switch)."""
    for spec in action_specs():
        action = actions[spec.id]
        action.setText(spec.text)
        action.setStatusTip(spec.tip)
        action.setToolTip(spec.tip)


def build_menus(menu_bar: QMenuBar, actions: dict[ActionId, QAction], recent: QMenu) -> None:
    """(Re)build the menu bar from the table; ``recent`` (the recent workspaces) follows the file menu's first group."""
    tr = _tr
    menu_bar.clear()
    menus: dict[str, QMenu] = {key: menu_bar.addMenu(title) for key, title in _menu_titles().items()}
    last_group: dict[str, str] = {}
    for spec in action_specs():
        for key, group in spec.menus:
            menu = menus[key]
            if key in last_group and last_group[key] != group:
                if key == "file" and last_group[key] == "open":
                    recent.setTitle(tr("&Senaste arbetsytor"))
                    menu.addMenu(recent)
                menu.addSeparator()
            last_group[key] = group
            menu.addAction(actions[spec.id])


def fill_recent_menu(menu: QMenu, paths: list[str]) -> None:
    """Fill the recent-workspaces submenu; each action carries its path as data."""
    menu.clear()
    for index, path in enumerate(paths, start=1):
        action = menu.addAction(f"&{index} {path}" if index < 10 else path)
        action.setData(path)
    if not paths:
        empty = menu.addAction(QCoreApplication.translate("Actions", "(inga ännu)"))
        empty.setEnabled(False)
