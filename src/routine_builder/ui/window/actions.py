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
    from routine_builder.ui.form.form_view import FormView
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


def _on_form(run: Callable[[FormView], object]) -> Slot:
    """A slot that runs only while a form is shown."""
    return lambda w: lambda: w.form is not None and run(w.form)


def _calls(run: Callable[[MainWindow], object]) -> Slot:
    """A slot that runs ``run`` with the window."""
    return lambda w: lambda: run(w)


def _new_workspace(w: MainWindow) -> None:
    folder = commands.new_workspace(w)
    if folder is not None:
        w.open_workspace(folder)


def _open_folder(w: MainWindow) -> None:
    folder = commands.choose_folder(w, w.tr("Öppna arbetsyta"))
    if folder is not None:
        w.open_workspace(folder)


def _export(w: MainWindow) -> None:
    if w.session is not None:
        commands.export(w, w.session, w.settings, w.jump_to_question)


def _edit_document_data(w: MainWindow) -> None:
    if w.session is not None and not w.session.read_only:
        commands.edit_document_data(w, w.session)


def _compare(w: MainWindow) -> None:
    session = w.session
    if session is not None:
        commands.compare(w, session.workspace, session.area_id, draft=session.answer_set, copy_answer=w.copy_answer)


def _cross_area(w: MainWindow) -> None:
    if w.workspace is None:
        return
    current = w.session.area_id if w.session is not None and not w.session.read_only else ""
    commands.cross_area(w, w.workspace, w.focused_question, current_area=current, copy_answer=w.copy_answer)


def action_specs() -> tuple[ActionSpec, ...]:
    """The table, in menu order, with texts in the current language."""
    tr = _tr
    return (
        ActionSpec(
            ActionId.NEW_AREA,
            tr("&Nytt område…"),
            tr("Skapa ett område från katalogen"),
            menus=(("file", "open"),),
            slot=lambda w: w.new_area,
            shortcut=Key.New,
        ),
        ActionSpec(
            ActionId.NEW_WORKSPACE,
            tr("Ny &arbetsyta…"),
            tr("Skapa en ny arbetsyta i en mapp"),
            menus=(("file", "open"),),
            slot=_calls(_new_workspace),
        ),
        ActionSpec(
            ActionId.OPEN_WORKSPACE,
            tr("&Öppna arbetsyta…"),
            tr("Öppna en arbetsyta (en mapp)"),
            menus=(("file", "open"),),
            slot=_calls(_open_folder),
            shortcut=Key.Open,
        ),
        ActionSpec(
            ActionId.SAVE,
            tr("&Spara"),
            tr("Spara området nu"),
            menus=(("file", "save"),),
            slot=_on_session(lambda s: s.save(explicit=True)),
            shortcut=Key.Save,
            needs_area=True,
        ),
        ActionSpec(
            ActionId.SAVE_VERSION,
            tr("Spara &version…"),
            tr("Spara ett numrerat versionsexemplar med en kommentar"),
            menus=(("file", "save"), ("versions", "")),
            slot=lambda w: w.save_version,
            shortcut="Ctrl+Shift+S",
            needs_area=True,
        ),
        ActionSpec(
            ActionId.EXPORT,
            tr("&Exportera rutin…"),
            tr("Skapa Word-rutinen för området"),
            menus=(("file", "save"),),
            slot=_calls(_export),
            shortcut="Ctrl+E",
            needs_area=True,
        ),
        ActionSpec(
            ActionId.REMISS_EXPORT,
            tr("Exportera för &remiss…"),
            tr("Skapa en Word-fil som granskare kommenterar och ändrar i, och som går att importera igen"),
            menus=(("file", "save"),),
            slot=lambda w: w.reviews.export,
            needs_area=True,
        ),
        ActionSpec(
            ActionId.REMISS_IMPORT,
            tr("&Importera remissvar…"),
            tr("Läs in granskade remissfiler: kommentarer och ändringar hamnar på sina frågor"),
            menus=(("file", "save"),),
            slot=lambda w: lambda: w.reviews.import_files(),
            needs_area=True,
        ),
        ActionSpec(
            ActionId.QUIT,
            tr("&Avsluta"),
            tr("Spara och avsluta programmet"),
            menus=(("file", "quit"),),
            slot=lambda w: w.close,
            shortcut="Ctrl+Q",
            role=Role.QuitRole,
        ),
        ActionSpec(
            ActionId.UNDO,
            tr("&Ångra"),
            tr("Ångra den senaste ändringen"),
            menus=(("edit", "undo"),),
            slot=lambda w: w.undo_group.undo,
            shortcut=Key.Undo,
        ),
        ActionSpec(
            ActionId.REDO,
            tr("&Gör om"),
            tr("Gör om det som ångrades"),
            menus=(("edit", "undo"),),
            slot=lambda w: w.undo_group.redo,
            shortcut=Key.Redo,
            extra_keys=("Ctrl+Y", "Ctrl+Shift+Z"),
        ),
        ActionSpec(
            ActionId.FIND,
            tr("&Sök…"),
            tr("Sök i frågor och svar"),
            menus=(("edit", "undo"),),
            slot=_on_form(lambda form: form.focus_search()),
            shortcut=Key.Find,
            needs_area=True,
        ),
        ActionSpec(
            ActionId.DOCUMENT_DATA,
            tr("&Dokumentuppgifter…"),
            tr("Status, version, fastställd av och giltighet"),
            menus=(("edit", "data"),),
            slot=_calls(_edit_document_data),
            needs_area=True,
        ),
        ActionSpec(
            ActionId.SETTINGS,
            tr("&Inställningar…"),
            tr("Språk, utseende och autospara"),
            menus=(("edit", "data"),),
            slot=lambda w: lambda: commands.settings_dialog(w, w.settings),
            role=Role.PreferencesRole,
        ),
        ActionSpec(
            ActionId.NEXT_SECTION,
            tr("&Nästa avsnitt"),
            tr("Gå till nästa avsnitt"),
            menus=(("go", "sections"),),
            slot=_on_form(lambda form: form.next_section()),
            shortcut="Ctrl+PgDown",
            needs_area=True,
        ),
        ActionSpec(
            ActionId.PREVIOUS_SECTION,
            tr("&Föregående avsnitt"),
            tr("Gå till föregående avsnitt"),
            menus=(("go", "sections"),),
            slot=_on_form(lambda form: form.previous_section()),
            shortcut="Ctrl+PgUp",
            needs_area=True,
        ),
        ActionSpec(
            ActionId.NEXT_MISSING,
            tr("Nästa obligatoriska som &saknas"),
            tr("Gå till nästa obligatoriska fråga utan svar, i alla avsnitt"),
            menus=(("go", "find"),),
            slot=_on_form(lambda form: form.next_missing()),
            shortcut="Ctrl+J",
            needs_area=True,
        ),
        ActionSpec(
            ActionId.PREVIEW,
            tr("Förhands&granska kapitlet"),
            tr("Visa kapitlet du skriver i så som det blir i rutinen"),
            menus=(("go", "find"),),
            slot=lambda w: w.show_preview,
            shortcut="Ctrl+R",
        ),
        ActionSpec(
            ActionId.NEXT_REVIEW_ITEM,
            tr("Nästa öppna &remissvar"),
            tr("Gå till nästa remissvar som inte är hanterat"),
            menus=(("go", "find"),),
            slot=lambda w: w.reviews.next_open,
            shortcut="F8",
            needs_area=True,
        ),
        ActionSpec(
            ActionId.ADOPT,
            tr("&Fastställ…"),
            tr("Anteckna att en sparad version är fastställd: av vem, när och hur länge den gäller"),
            menus=(("versions", ""),),
            slot=lambda w: lambda: w.adopt(),
            needs_area=True,
        ),
        ActionSpec(
            ActionId.COMPARE,
            tr("&Jämför…"),
            tr("Jämför versioner eller områden sida vid sida"),
            menus=(("versions", ""),),
            slot=_calls(_compare),
            shortcut="Ctrl+D",
            needs_area=True,
        ),
        ActionSpec(
            ActionId.CROSS_AREA,
            tr("Jämför ett svar mellan &områden…"),
            tr("Visa alla områdens svar på samma fråga sida vid sida"),
            menus=(("versions", ""),),
            slot=_calls(_cross_area),
            needs_area=True,
        ),
        ActionSpec(
            ActionId.WELCOME,
            tr("&Kom igång…"),
            tr("Vad programmet är till för, och hur ni börjar"),
            menus=(("help", ""),),
            slot=lambda w: w.show_welcome,
        ),
        ActionSpec(
            ActionId.ABOUT,
            tr("&Om Routine Builder"),
            tr("Version och licens"),
            menus=(("help", ""),),
            slot=_calls(commands.about),
            role=Role.AboutRole,
        ),
    )


def _menu_titles() -> dict[str, str]:
    tr = _tr
    return {
        "file": tr("&Arkiv"),
        "edit": tr("&Redigera"),
        "go": tr("&Gå till"),
        "versions": tr("&Versioner"),
        "help": tr("&Hjälp"),
    }


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
        window.action(spec.id).triggered.connect(spec.slot(window))


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
