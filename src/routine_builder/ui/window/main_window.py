"""The main window: wiring only. It lays out the parts, connects actions to commands and the open area."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QUndoGroup
from PySide6.QtWidgets import QLayout, QMainWindow, QMenu, QMessageBox, QSplitter, QWidget

from routine_builder import APP_NAME
from routine_builder.domain import Answer, AnswerSet, LegalReferences, Workspace
from routine_builder.domain.adoption import adopted_number
from routine_builder.domain.operations import copy_answer
from routine_builder.domain.outline import load_workspace_outline
from routine_builder.domain.recovery import RecoveryStore
from routine_builder.errors import RoutineBuilderError
from routine_builder.ui import settings as options
from routine_builder.ui.area.area_session import AreaSession
from routine_builder.ui.area.open_area import SharingTimes
from routine_builder.ui.area.recovery_offers import RecoveryOffers
from routine_builder.ui.compare.history_panel import HistoryPanel
from routine_builder.ui.form.form_view import FormView
from routine_builder.ui.panels.area_list import AreaList
from routine_builder.ui.panels.help_panel import HelpPanel
from routine_builder.ui.panels.orphans_panel import OrphansPanel
from routine_builder.ui.panels.preview_panel import PreviewPanel
from routine_builder.ui.panels.section_navigator import SectionNavigator
from routine_builder.ui.review.review_dock import ReviewDock
from routine_builder.ui.settings import Settings
from routine_builder.ui.window import area_commands as commands
from routine_builder.ui.window.actions import (
    ActionId,
    area_actions,
    build_actions,
    build_menus,
    connect_actions,
    fill_recent_menu,
    retranslate_actions,
)
from routine_builder.ui.window.area_pane import AreaPane
from routine_builder.ui.window.save_status import SaveStatus
from routine_builder.ui.window.window_parts import dock, holder, replace_child


class MainWindow(QMainWindow):
    """Areas on the left, banners and the form in the middle, help (and history) on the right."""

    def __init__(
        self,
        *,
        settings: Settings,
        recovery: RecoveryStore,
        legal: LegalReferences | None,
        times: SharingTimes | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.recovery = recovery
        self.times = times or SharingTimes()
        self.workspace: Workspace | None = None
        self.area_list: AreaList | None = None
        self.focused_question = ""
        self.undo_group = QUndoGroup(self)
        self._actions = build_actions(self)
        self.recent_menu = QMenu(self)
        self.recent_menu.triggered.connect(lambda a: a.data() and self.open_workspace(Path(a.data())))
        self._build_layout(legal)
        self.recovery_offers = RecoveryOffers(
            store=recovery, window=self, session_for=self._session_for, show_question=self.jump_to_question
        )
        self.recovery_offers.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.pane.editable_area.connect(self.recovery_offers.offer_if_kept)
        # The window's minimum size is fixed here rather than following its changing content (which
        # would also make some platform plugins warn on every area switch).
        if (layout := self.layout()) is not None:  # a main window always has its own layout
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(720, 480)
        connect_actions(self)
        self._connect_undo()
        self.retranslate()
        self._set_area_actions(False)
        if not self.restoreGeometry(settings.get(options.WINDOW_GEOMETRY)):
            self._default_geometry()
        self.restoreState(settings.get(options.WINDOW_STATE))

    def _default_geometry(self) -> None:
        """First start: a roomy window centred on the screen, the help panel a third of the width."""
        screen = self.screen().availableGeometry()
        width, height = min(1500, int(screen.width() * 0.9)), min(950, int(screen.height() * 0.9))
        self.resize(max(width, 720), max(height, 480))
        self.move(screen.center() - self.rect().center())
        left, help_width = max(240, width // 6), max(260, width // 5)
        self.splitter.setSizes([left, width - left - help_width])
        # The docks get their width once the window is laid out.
        QTimer.singleShot(0, self, lambda: self.resizeDocks([self.help_dock], [help_width], Qt.Orientation.Horizontal))

    @property
    def session(self) -> AreaSession | None:
        """The open area's session (None when no area, or a broken one, is shown)."""
        return self.pane.session

    @property
    def form(self) -> FormView | None:
        return self.pane.form

    @property
    def navigator(self) -> SectionNavigator | None:
        return self.pane.navigator

    def action(self, action_id: ActionId) -> QAction:
        """The window's action ``action_id`` (see the table in :mod:`routine_builder.ui.window.actions`)."""
        return self._actions[action_id]

    def _build_layout(self, legal: LegalReferences | None) -> None:
        self.save_status = SaveStatus(self)
        self.statusBar().addPermanentWidget(self.save_status)
        self.pane = AreaPane(
            settings=self.settings,
            recovery=self.recovery,
            times=self.times,
            save_status=self.save_status,
            undo_group=self.undo_group,
            parent=self,
            legal=legal,
        )
        self.banner = self.pane.banner
        self.pages = self.pane.pages
        self.error_holder = self.pane.error_holder
        self.pane.area_changed.connect(self._on_area_changed)
        self.pane.answers_changed.connect(self._show_answers_in_list)
        self.pane.answers_changed.connect(lambda _a: self._update_title())
        self.pane.title_changed.connect(self._update_title)
        self.pane.reload_requested.connect(self._reload_area)
        self.pane.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.pane.compare_version.connect(self._compare_with_version)
        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.area_holder = holder(self.left)
        self.left.addWidget(self.area_holder)
        self.left.addWidget(self.pane.navigator_holder)
        self.left.setStretchFactor(1, 2)
        self.left.setSizes([260, 520])
        self.left.setMinimumWidth(220)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 800])
        self.splitter.restoreState(self.settings.get(options.SPLITTER_STATE))
        self.setCentralWidget(self.splitter)
        self.help_panel = HelpPanel(legal, self)
        self.orphans_panel = OrphansPanel(None, self)
        self.pane.question_focused.connect(self.help_panel.show_question)
        self.pane.section_shown.connect(self.help_panel.show_section)
        self.pane.question_focused.connect(lambda q: setattr(self, "focused_question", q))
        self.help_dock = dock(self, "helpDock", self.help_panel)
        self.orphans_dock = dock(self, "orphansDock", self.orphans_panel)
        self.tabifyDockWidget(self.help_dock, self.orphans_dock)
        self.preview_panel = PreviewPanel(legal, self)
        self.pane.question_focused.connect(self.preview_panel.show_question)
        self.pane.section_shown.connect(self.preview_panel.show_section)
        self.pane.answers_changed.connect(self.preview_panel.set_answers)
        self.preview_dock = dock(self, "previewDock", self.preview_panel)
        self.tabifyDockWidget(self.help_dock, self.preview_dock)
        self.history_panel: HistoryPanel | None = None  # made when a workspace is opened
        self.history_dock = dock(self, "historyDock", QWidget(self))
        self.tabifyDockWidget(self.help_dock, self.history_dock)
        self.reviews = ReviewDock(self)
        self.tabifyDockWidget(self.help_dock, self.reviews.dock)
        self.pane.answers_changed.connect(lambda _a: self.reviews.answers_changed())
        self.pane.review_requested.connect(self.reviews.show_question)
        self.pane.form_built.connect(self.reviews.counts_to_form)
        self.help_dock.raise_()

    def retranslate(self) -> None:
        """Set every text again (after a language switch)."""
        retranslate_actions(self._actions)
        build_menus(self.menuBar(), self._actions, self.recent_menu)
        fill_recent_menu(self.recent_menu, self.settings.get(options.RECENT_WORKSPACES))
        self.update_undo_texts()
        self.help_dock.setWindowTitle(self.tr("Hjälp"))
        self.orphans_dock.setWindowTitle(self.tr("Borttagna frågor"))
        self.preview_dock.setWindowTitle(self.tr("Förhandsgranska"))
        self.history_dock.setWindowTitle(self.tr("Versioner"))
        self.reviews.retranslate()
        self.pane.retranslate()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _connect_undo(self) -> None:
        undo, redo = self.action(ActionId.UNDO), self.action(ActionId.REDO)
        self.undo_group.canUndoChanged.connect(undo.setEnabled)
        self.undo_group.canRedoChanged.connect(redo.setEnabled)
        self.undo_group.undoTextChanged.connect(self.update_undo_texts)
        self.undo_group.redoTextChanged.connect(self.update_undo_texts)
        undo.setEnabled(False)
        redo.setEnabled(False)

    def _connect_history(self, panel: HistoryPanel, workspace: Workspace) -> None:
        """The history panel's buttons: compare a version with the draft, open, export, restore or adopt it."""

        def with_area(run: Callable[[AreaSession, int], object]) -> Callable[[int], object]:
            return lambda number: self.session is not None and run(self.session, number)

        panel.compare_requested.connect(
            with_area(
                lambda s, n: commands.compare(
                    self, workspace, s.area_id, version=n, draft=s.answer_set, copy_answer=self.copy_answer
                )
            )
        )
        panel.open_requested.connect(with_area(lambda s, n: commands.open_version(self, workspace, s.area_id, n)))
        panel.restore_requested.connect(self.restore_version)
        panel.export_requested.connect(
            with_area(lambda s, n: commands.export_version(self, workspace, s.area_id, n, self.settings))
        )
        panel.adopt_requested.connect(lambda number: self.adopt(number))

    def update_undo_texts(self) -> None:
        undo, redo = self.undo_group.undoText(), self.undo_group.redoText()
        self.action(ActionId.UNDO).setText(self.tr("&Ångra {what}").format(what=undo) if undo else self.tr("&Ångra"))
        self.action(ActionId.REDO).setText(self.tr("&Gör om {what}").format(what=redo) if redo else self.tr("&Gör om"))

    def _update_title(self) -> None:
        parts = [APP_NAME]
        if self.workspace is not None:
            demo = self.tr(" [demo med påhittade uppgifter]") if self.workspace.demo else ""
            parts.append(self.workspace.name + demo)
        if self.session is not None:
            suffix = self.tr(" (skrivskyddad)") if self.session.read_only else ""
            names = self.area_list.names if self.area_list is not None else {}
            name = names.get(self.session.area_id, self.session.answer_set.area.name)  # with a copy's folder
            parts.append(name + suffix + "[*]")
        self.setWindowTitle(" – ".join(reversed(parts)))
        self.setWindowModified(self.session is not None and self.session.dirty)

    def _set_area_actions(self, enabled: bool) -> None:
        for action_id in area_actions():
            self.action(action_id).setEnabled(enabled)
        self.action(ActionId.NEW_AREA).setEnabled(self.workspace is not None)
        self.action(ActionId.CROSS_AREA).setEnabled(self.workspace is not None)

    # ------------------------------------------------------------ workspace

    def open_workspace(self, path: Path) -> bool:
        """Open the workspace in ``path`` (after saving the open area); False when it cannot be opened."""
        try:
            workspace = Workspace.open(path)
            question_set = workspace.question_set
        except RoutineBuilderError as exc:
            commands.show_error(self, self.tr("Arbetsytan kunde inte öppnas"), exc)
            return False
        if not self.pane.close_area():
            return False
        self.workspace = workspace
        try:
            outline = load_workspace_outline(workspace.root, question_set)
        except (RoutineBuilderError, OSError):
            outline = None
        self.help_panel.set_sources(question_set, outline)
        self.preview_panel.set_workspace(workspace, outline)
        self.area_list = AreaList(workspace, self)
        self.area_list.area_selected.connect(self.select_area)
        self.area_list.names_changed.connect(self._update_title)
        replace_child(self.area_holder, self.area_list)
        self.history_panel = HistoryPanel(workspace, self)
        self._connect_history(self.history_panel, workspace)
        self.history_dock.widget().deleteLater()
        self.history_dock.setWidget(self.history_panel)
        self.reviews.set_workspace(workspace, outline)
        self.settings.add_recent_workspace(str(workspace.root))
        fill_recent_menu(self.recent_menu, self.settings.get(options.RECENT_WORKSPACES))
        self._set_area_actions(False)
        last, ids = self.settings.get(options.LAST_AREA), self.area_list.area_ids
        if ids:
            self.area_list.select(last if last in ids else ids[0])
        self._update_title()
        self.area_list.list.setFocus()  # a keyboard user starts among the areas, not in the help text
        self.recovery_offers.set_workspace(workspace)
        return True

    def show_welcome(self) -> None:
        """What the program is for and how to begin: explore the demo, create or open a workspace."""
        self.settings.set(options.WELCOME_SHOWN, True)
        choice = commands.welcome(self, demo_open=self.workspace is not None and self.workspace.demo)
        if choice == "new":
            self.action(ActionId.NEW_WORKSPACE).trigger()
        elif choice == "open":
            self.action(ActionId.OPEN_WORKSPACE).trigger()

    def welcome_on_first_start(self) -> None:
        """Show the welcome once, the first time the program starts."""
        if not self.settings.get(options.WELCOME_SHOWN):
            self.show_welcome()

    def _session_for(self, area_id: str) -> AreaSession | None:
        """Make ``area_id`` the open area; its session, or None when it cannot be opened."""
        if self.area_list is not None and (self.session is None or self.session.area_id != area_id):
            self.area_list.select(area_id)
        session = self.session
        return session if session is not None and session.area_id == area_id else None

    # ------------------------------------------------------------ areas

    @Slot(str)
    def select_area(self, area_id: str) -> None:
        """Open an area (saving the one open before); a broken area shows its error, read-only."""
        if self.workspace is None or (self.session is not None and self.session.area_id == area_id):
            return
        if not self.pane.close_area():
            if self.session is not None:  # the open area stays; a click selects its row after this returns
                QTimer.singleShot(0, self, self._select_open_area_in_list)
            return
        self._set_area_actions(False)
        self.pane.open_area(self.workspace, area_id)

    def _select_open_area_in_list(self) -> None:
        if self.area_list is not None and self.session is not None:
            self.area_list.select(self.session.area_id, emit=False)

    def _on_area_changed(self, area_id: str) -> None:
        session = self.session
        self.orphans_panel.set_orphans(session.answer_set.orphans if session is not None else {})
        self.help_panel.show_section(self.form.section_id if self.form is not None else "")
        self.preview_panel.set_answers(session.answer_set if session is not None else None)
        self.preview_panel.show_section(self.form.section_id if self.form is not None else "")
        if session is not None and self.history_panel is not None:
            self.history_panel.set_area(area_id, adopted_number(session.workspace, session.answer_set))
        self.reviews.area_changed()
        if session is not None:
            self.settings.set(options.LAST_AREA, area_id)
            self._set_area_actions(True)
        self._update_title()

    def _show_answers_in_list(self, answers: AnswerSet) -> None:
        if self.area_list is not None:
            self.area_list.update_area(answers)

    def _reload_area(self, area_id: str) -> None:
        if self.area_list is not None:
            self.area_list.reload()
        self.select_area(area_id)

    def show_preview(self) -> None:
        """Show the preview of the chapter being written (a tab beside the help)."""
        self.preview_dock.show()
        self.preview_dock.raise_()
        self.preview_panel.browser.setFocus()

    def jump_to_question(self, question_id: str) -> None:
        """Show a question and put the focus in its editor (used by the export dialog)."""
        if self.form is not None:
            self.form.focus_question(question_id)

    def copy_answer(self, question_id: str, answer: Answer, source: str) -> None:
        """Take an answer from another area or a saved version into the open area: one undo step."""
        session = self.session
        if session is None or session.read_only or question_id not in session.workspace.question_set:
            return
        question = session.workspace.question_set.question(question_id)
        session.apply(
            copy_answer(
                session.answer_set, question_id=question_id, answer=answer, source=source, question_text=question.text
            )
        )
        session.seal()
        if self.form is not None:
            self.form.focus_question(question_id)
        self.statusBar().showMessage(
            self.tr("Svaret på ”{question}” togs från {source}.").format(question=question.text, source=source), 10_000
        )

    def new_area(self) -> None:
        info = commands.new_area(self, self.workspace) if self.workspace is not None else None
        if info is not None and self.area_list is not None:
            self.area_list.reload()
            self.area_list.select(info.id)

    def save_version(self) -> None:
        if self.session is not None and (message := commands.save_new_version(self, self.session)):
            self.statusBar().showMessage(message, 8000)
            if self.history_panel is not None:
                self.history_panel.set_area(self.session.area_id)

    def adopt(self, number: int | None = None) -> None:
        """Fastställ a saved version (``number``) or the draft; the versions panel shows the result."""
        session = self.session
        if session is None or not (message := commands.adopt(self, session, number=number)):
            return
        self.statusBar().showMessage(message, 10_000)
        if self.history_panel is not None:
            self.history_panel.set_area(session.area_id, session.answer_set.document.adopted_version)

    def _compare_with_version(self, number: int) -> None:
        session = self.session
        if session is not None:
            commands.compare(
                self,
                session.workspace,
                session.area_id,
                version=number,
                draft=session.answer_set,
                copy_answer=self.copy_answer,
            )

    def restore_version(self, number: int) -> None:
        session = self.session
        if session is None or not session.area_id:
            return
        if commands.restore(self, session, number) and self.pane.close_area():
            self._reload_area(session.area_id)

    # ------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.pane.area is not None and not self.pane.area.close():
            answer = QMessageBox.question(
                self,
                self.tr("Kunde inte spara"),
                self.tr(
                    "De senaste ändringarna kunde inte sparas. De finns kvar i en återställningsfil och "
                    "erbjuds nästa gång programmet startar. Avsluta ändå?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.pane.close_area(force=True)
        self.settings.set(options.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(options.WINDOW_STATE, self.saveState())
        self.settings.set(options.SPLITTER_STATE, self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
