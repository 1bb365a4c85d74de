"""The main window: wiring only. It lays out the parts, connects actions to commands and sessions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from routine_builder import APP_NAME
from routine_builder.domain import LegalReferences, Workspace, load_outline
from routine_builder.domain.operations import replace_answers
from routine_builder.errors import RoutineBuilderError
from routine_builder.ui import area_commands as commands
from routine_builder.ui import settings as options
from routine_builder.ui.actions import ActionId, build_actions, build_menus, fill_recent_menu, retranslate_actions
from routine_builder.ui.area_error_view import AreaErrorView
from routine_builder.ui.area_list import AreaList
from routine_builder.ui.area_session import AreaSession
from routine_builder.ui.form.form_view import FormView
from routine_builder.ui.help_panel import HelpPanel
from routine_builder.ui.orphans_panel import OrphansPanel
from routine_builder.ui.recovery import RecoveryDialog, RecoveryStore
from routine_builder.ui.save_banner import SaveBanner
from routine_builder.ui.save_status import SaveStatus
from routine_builder.ui.section_navigator import SectionNavigator
from routine_builder.ui.settings import Settings

AREA_ACTIONS = (ActionId.SAVE, ActionId.SAVE_VERSION, ActionId.EXPORT, ActionId.FIND, ActionId.DOCUMENT_DATA,
                ActionId.NEXT_SECTION, ActionId.PREVIOUS_SECTION, ActionId.COMPARE)  # fmt: skip


def _holder(parent: QWidget) -> QWidget:
    widget = QWidget(parent)
    QVBoxLayout(widget).setContentsMargins(0, 0, 0, 0)
    return widget


def _replace_child(holder: QWidget, widget: QWidget | None) -> None:
    layout = holder.layout()
    while layout.count():
        old = layout.takeAt(0).widget()
        if old is not None:
            old.hide()
            old.deleteLater()
    if widget is not None:
        layout.addWidget(widget)


class MainWindow(QMainWindow):
    """Areas on the left, the form in the middle, help (and history) on the right."""

    def __init__(self, *, settings: Settings, recovery: RecoveryStore, legal: LegalReferences | None) -> None:
        super().__init__()
        self.settings, self.recovery = settings, recovery
        self.workspace: Workspace | None = None
        self.session: AreaSession | None = None
        self.form: FormView | None = None
        self.navigator: SectionNavigator | None = None
        self.area_list: AreaList | None = None
        self.undo_group = QUndoGroup(self)
        self.actions = build_actions(self)
        self.recent_menu = QMenu(self)
        self.recent_menu.triggered.connect(lambda a: a.data() and self.open_workspace(Path(a.data())))
        self._build_layout(legal)
        # The window's minimum size is fixed here rather than following its changing content (which
        # would also make some platform plugins warn on every area switch).
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(720, 480)
        self._connect_actions()
        self.retranslate()
        self._set_area_actions(False)
        self.restoreGeometry(settings.get(options.WINDOW_GEOMETRY))
        self.restoreState(settings.get(options.WINDOW_STATE))

    def _build_layout(self, legal: LegalReferences | None) -> None:
        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.area_holder, self.navigator_holder = _holder(self.left), _holder(self.left)
        self.left.addWidget(self.area_holder)
        self.left.addWidget(self.navigator_holder)
        self.left.setStretchFactor(1, 2)
        self.left.setSizes([260, 520])
        self.banner = SaveBanner(self)
        self.banner.retry_requested.connect(lambda: self.session and self.session.save())
        self.banner.overwrite_requested.connect(lambda: self.session and self.session.save(overwrite=True))
        self.pages = QStackedWidget(self)
        self.empty_page = QLabel(self)
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page.setWordWrap(True)
        self.form_holder, self.error_holder = _holder(self), _holder(self)
        for page in (self.empty_page, self.form_holder, self.error_holder):
            self.pages.addWidget(page)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.pages, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 800])
        self.splitter.restoreState(self.settings.get(options.SPLITTER_STATE))
        self.setCentralWidget(self.splitter)
        self.help_panel = HelpPanel(legal, self)
        self.orphans_panel = OrphansPanel(None, self)
        self.help_dock = self._dock("helpDock", self.help_panel)
        self.orphans_dock = self._dock("orphansDock", self.orphans_panel)
        self.tabifyDockWidget(self.help_dock, self.orphans_dock)
        self.history_class = commands.optional("routine_builder.ui.compare.history_panel", "HistoryPanel")
        self.history_panel = None
        self.history_dock = None
        if self.history_class is not None:
            self.history_dock = self._dock("historyDock", QWidget(self))
            self.tabifyDockWidget(self.help_dock, self.history_dock)
        self.help_dock.raise_()
        self.save_status = SaveStatus(self)
        self.statusBar().addPermanentWidget(self.save_status)

    def _dock(self, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _connect_actions(self) -> None:
        a = self.actions
        connections = {
            ActionId.NEW_AREA: self._new_area,
            ActionId.NEW_WORKSPACE: lambda: (p := commands.new_workspace(self)) and self.open_workspace(p),
            ActionId.OPEN_WORKSPACE: self._open_workspace_dialog,
            ActionId.SAVE: lambda: self.session and self.session.save(),
            ActionId.SAVE_VERSION: self._save_version,
            ActionId.EXPORT: lambda: (
                self.session and commands.export(self, self.session, self.settings, self.jump_to_question)
            ),
            ActionId.QUIT: self.close,
            ActionId.UNDO: self.undo_group.undo,
            ActionId.REDO: self.undo_group.redo,
            ActionId.FIND: lambda: self.form and self.form.focus_search(),
            ActionId.DOCUMENT_DATA: lambda: self.session and commands.edit_document_data(self, self.session),
            ActionId.SETTINGS: lambda: commands.settings_dialog(self, self.settings),
            ActionId.NEXT_SECTION: lambda: self.form and self.form.next_section(),
            ActionId.PREVIOUS_SECTION: lambda: self.form and self.form.previous_section(),
            ActionId.COMPARE: lambda: self.session and commands.compare(self, self.workspace, self.session.area_id),
            ActionId.ABOUT: lambda: commands.about(self),
        }
        for action_id, slot in connections.items():
            a[action_id].triggered.connect(slot)
        self.undo_group.canUndoChanged.connect(a[ActionId.UNDO].setEnabled)
        self.undo_group.canRedoChanged.connect(a[ActionId.REDO].setEnabled)
        self.undo_group.undoTextChanged.connect(self._update_undo_texts)
        self.undo_group.redoTextChanged.connect(self._update_undo_texts)
        a[ActionId.UNDO].setEnabled(False)
        a[ActionId.REDO].setEnabled(False)

    def _trigger(self, action_id: ActionId) -> None:
        self.actions[action_id].trigger()

    def retranslate(self) -> None:
        """Set every text again (after a language switch)."""
        retranslate_actions(self.actions)
        build_menus(self.menuBar(), self.actions, self.recent_menu)
        fill_recent_menu(self.recent_menu, self.settings.get(options.RECENT_WORKSPACES))
        self._update_undo_texts()
        self.help_dock.setWindowTitle(self.tr("Hjälp"))
        self.orphans_dock.setWindowTitle(self.tr("Borttagna frågor"))
        if self.history_dock is not None:
            self.history_dock.setWindowTitle(self.tr("Versioner"))
        self.empty_page.setText(
            self.tr("Välj ett område i listan till vänster, eller skapa ett nytt med Arkiv › Nytt område.")
        )
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_undo_texts(self) -> None:
        undo, redo = self.undo_group.undoText(), self.undo_group.redoText()
        self.actions[ActionId.UNDO].setText(self.tr("&Ångra {what}").format(what=undo) if undo else self.tr("&Ångra"))
        self.actions[ActionId.REDO].setText(self.tr("&Gör om {what}").format(what=redo) if redo else self.tr("&Gör om"))

    def _update_title(self) -> None:
        parts = [APP_NAME]
        if self.workspace is not None:
            parts.append(self.workspace.name)
        if self.session is not None:
            parts.append(self.session.answer_set.area.name + "[*]")
        self.setWindowTitle(" – ".join(reversed(parts)))
        self.setWindowModified(self.session is not None and self.session.dirty)

    def _set_area_actions(self, enabled: bool) -> None:
        for action_id in AREA_ACTIONS:
            self.actions[action_id].setEnabled(enabled)
        self.actions[ActionId.NEW_AREA].setEnabled(self.workspace is not None)

    # ------------------------------------------------------------ workspace

    def _open_workspace_dialog(self) -> None:
        folder = commands.choose_folder(self, self.tr("Öppna arbetsyta"))
        if folder is not None:
            self.open_workspace(folder)

    def open_workspace(self, path: Path) -> bool:
        """Open the workspace in ``path`` (after saving the open area); False when it cannot be opened."""
        try:
            workspace = Workspace.open(path)
            question_set = workspace.question_set
        except RoutineBuilderError as exc:
            commands.show_error(self, self.tr("Arbetsytan kunde inte öppnas"), exc)
            return False
        if not self._close_session():
            return False
        self.workspace = workspace
        try:
            outline = load_outline(question_set)
        except (RoutineBuilderError, OSError):
            outline = None
        self.help_panel.set_sources(question_set, outline)
        self.area_list = AreaList(workspace, self)
        self.area_list.area_selected.connect(self.select_area)
        _replace_child(self.area_holder, self.area_list)
        if self.history_dock is not None:
            self.history_panel = self.history_class(workspace, self)
            self.history_panel.restore_requested.connect(self._restore_version)
            self.history_panel.compare_requested.connect(lambda _n: self._trigger(ActionId.COMPARE))
            old_panel = self.history_dock.widget()
            self.history_dock.setWidget(self.history_panel)
            old_panel.deleteLater()
        self.settings.add_recent_workspace(str(workspace.root))
        fill_recent_menu(self.recent_menu, self.settings.get(options.RECENT_WORKSPACES))
        self._set_area_actions(False)
        last = self.settings.get(options.LAST_AREA)
        ids = list(self.area_list.entries)
        if ids:
            self.area_list.select(last if last in ids else ids[0])
        self._update_title()
        self._offer_recovery(self.recovery.pending(workspace))
        return True

    def _offer_recovery(self, pending: list[str]) -> None:
        if not pending or self.workspace is None:
            return
        area_id, rest = pending[0], pending[1:]
        entry = self.area_list.entries.get(area_id) if self.area_list else None
        name = entry.answer_set.area.name if entry and entry.answer_set else area_id
        box = RecoveryDialog(name, self)

        def done() -> None:
            if box.restore_chosen:
                self._restore_recovered(area_id)
            elif self.workspace is not None:
                self.recovery.remove(self.workspace, area_id)
            box.deleteLater()
            self._offer_recovery(rest)

        box.finished.connect(done)
        box.open()

    def _restore_recovered(self, area_id: str) -> None:
        try:
            recovered = self.recovery.load(self.workspace, area_id)
        except RoutineBuilderError as exc:
            commands.show_error(self, self.tr("Ändringarna kunde inte återställas"), exc)
            return
        self.area_list.select(area_id)
        if self.session is not None and self.session.area_id == area_id:
            self.session.apply(replace_answers(self.session.answer_set, new=recovered))

    # ------------------------------------------------------------ areas

    def _close_session(self) -> bool:
        session = self.session
        if session is None:
            return True
        if not session.close():
            return False
        self.undo_group.removeStack(session.undo_stack)
        for holder in (self.navigator_holder, self.form_holder):
            _replace_child(holder, None)
        self.session = self.form = self.navigator = None
        session.deleteLater()
        return True

    @Slot(str)
    def select_area(self, area_id: str) -> None:
        """Open an area (saving the one open before); a broken area shows its error, read-only."""
        if self.workspace is None or (self.session is not None and self.session.area_id == area_id):
            return
        if not self._close_session():
            self.area_list.select(self.session.area_id, emit=False)
            return
        self.banner.clear()
        self._set_area_actions(False)
        try:
            loaded = self.workspace.load_area(area_id)
        except RoutineBuilderError as exc:
            view = AreaErrorView(area_id, exc, self)
            view.reload_requested.connect(self._reload_area)
            _replace_child(self.error_holder, view)
            self.pages.setCurrentWidget(self.error_holder)
            self.orphans_panel.set_orphans({})
            self.help_panel.show_question("")
            self.save_status.show_loaded(None)
            self._update_title()
            return
        session = AreaSession(self.workspace, loaded, settings=self.settings, recovery=self.recovery, parent=self)
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.changed.connect(lambda *_: self._on_session_changed())
        session.saving.connect(self.save_status.show_saving)
        session.saved.connect(self._on_saved)
        session.save_failed.connect(self._on_save_failed)
        session.dirty_changed.connect(self.save_status.show_dirty)
        session.dirty_changed.connect(lambda _d: self._update_title())
        self.navigator = SectionNavigator(session, self)
        self.form = FormView(session, self)
        self.navigator.section_selected.connect(self.form.show_section)
        self.form.section_changed.connect(self.navigator.set_current)
        self.form.question_focused.connect(self.help_panel.show_question)
        _replace_child(self.navigator_holder, self.navigator)
        _replace_child(self.form_holder, self.form)
        self.pages.setCurrentWidget(self.form_holder)
        self.orphans_panel.set_orphans(loaded.answer_set.orphans)
        if self.history_panel is not None:
            self.history_panel.set_area(area_id)
        self.save_status.show_loaded(loaded.answer_set.updated_at)
        self.settings.set(options.LAST_AREA, area_id)
        self._set_area_actions(True)
        self._update_title()

    def _reload_area(self, area_id: str) -> None:
        self.area_list.reload()
        self.select_area(area_id)

    def _on_session_changed(self) -> None:
        if self.session is not None and self.area_list is not None:
            self.area_list.update_area(self.session.answer_set)
            self._update_title()

    def _on_saved(self, when: object) -> None:
        self.banner.clear()
        self.save_status.show_saved(when)
        self._update_title()

    def _on_save_failed(self, reason: str) -> None:
        self.banner.show_failure(reason, conflict=self.session is not None and self.session.has_conflict)
        self.save_status.show_failed(reason)

    def jump_to_question(self, question_id: str) -> None:
        """Show a question and put the focus in its editor (used by the export dialog)."""
        if self.form is not None:
            self.form.focus_question(question_id)

    def _new_area(self) -> None:
        if self.workspace is None:
            return
        info = commands.new_area(self, self.workspace)
        if info is not None and self.area_list is not None:
            self.area_list.reload()
            self.area_list.select(info.id)

    def _save_version(self) -> None:
        if self.session is not None:
            message = commands.save_new_version(self, self.session)
            if message:
                self.statusBar().showMessage(message, 8000)
                if self.history_panel is not None:
                    self.history_panel.set_area(self.session.area_id)

    def _restore_version(self, number: int) -> None:
        if self.session is None:
            return
        area_id = self.session.area_id
        if commands.restore(self, self.session, number) and self._close_session():
            self.area_list.reload()
            self.select_area(area_id)

    # ------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None and not self.session.close():
            answer = QMessageBox.question(
                self,
                self.tr("Kunde inte spara"),
                self.tr("De senaste ändringarna kunde inte sparas. De finns kvar i en återställningsfil och "
                        "erbjuds nästa gång programmet startar. Avsluta ändå?"),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.settings.set(options.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(options.WINDOW_STATE, self.saveState())
        self.settings.set(options.SPLITTER_STATE, self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
