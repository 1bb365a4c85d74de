"""The middle column of the main window: banners above the open area's form, its error, or a hint.

It opens and closes areas (through :class:`OpenArea`, which holds the lock), rebuilds the form when
the area turns read-only or editable, and routes the session's news to the banners and status bar.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from routine_builder.domain import LegalReferences, Workspace
from routine_builder.domain.recovery import RecoveryStore
from routine_builder.errors import RoutineBuilderError
from routine_builder.ui.area.area_error_view import AreaErrorView
from routine_builder.ui.area.area_session import AreaSession
from routine_builder.ui.area.open_area import OpenArea, SharingTimes
from routine_builder.ui.area.read_only_form import ReadOnlyForm
from routine_builder.ui.banners.area_identity_banner import AreaIdentityBanner
from routine_builder.ui.banners.conflict_copy_banner import ConflictCopyBanner
from routine_builder.ui.banners.lock_banner import LockBanner
from routine_builder.ui.banners.revision_banner import RevisionBanner
from routine_builder.ui.banners.save_banner import SaveBanner
from routine_builder.ui.form.form_view import FormView
from routine_builder.ui.panels.section_navigator import SectionNavigator
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.save_status import SaveStatus
from routine_builder.ui.window.window_parts import holder, replace_child


class AreaPane(QWidget):
    """Banners plus pages; :attr:`navigator_holder` is placed by the window (left column)."""

    area_changed = Signal(str)  # the id of the area now shown ("" for none or a broken one)
    answers_changed = Signal(object)  # the open area's current AnswerSet
    question_focused = Signal(str)
    section_shown = Signal(str)  # the form shows another section
    reload_requested = Signal(str)  # a broken area asks to be read again
    editable_area = Signal(str)  # an area that is open and editable (now, or again after a lock came free)
    title_changed = Signal()
    message = Signal(str)
    compare_version = Signal(int)  # show the draft beside a saved version (the adopted one)
    review_requested = Signal(str)  # a question's open remiss items were asked for
    form_built = Signal()  # a new form shows the open area

    def __init__(
        self,
        *,
        settings: Settings,
        recovery: RecoveryStore,
        times: SharingTimes,
        save_status: SaveStatus,
        undo_group: QUndoGroup,
        parent: QWidget,
        legal: LegalReferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.legal = legal
        self.recovery = recovery
        self.times = times
        self.save_status = save_status
        self.undo_group = undo_group
        self.area: OpenArea | None = None
        self.form: FormView | None = None
        self.navigator: SectionNavigator | None = None
        self._spare: tuple[SectionNavigator, FormView] | None = None  # the closed area's, for the next one
        self._section: str | None = None  # the section shown last: the next area opens on it
        self.lock_banner = LockBanner(self)
        self.copy_banner = ConflictCopyBanner(self)
        self.banner = SaveBanner(self)
        self.identity_banner = AreaIdentityBanner(self)
        self.revision_banner = RevisionBanner(self)
        self.revision_banner.compare_requested.connect(self.compare_version)
        self.pages = QStackedWidget(self)
        self.empty_page = QLabel(self)
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page.setWordWrap(True)
        self.form_holder = holder(self)
        self.error_holder = holder(self)
        self.navigator_holder = holder(parent)
        for page in (self.empty_page, self.form_holder, self.error_holder):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for banner in (self.lock_banner, self.identity_banner, self.copy_banner, self.banner, self.revision_banner):
            layout.addWidget(banner)
        layout.addWidget(self.pages, 1)
        self._connect_banners()

    @property
    def session(self) -> AreaSession | None:
        return self.area.session if self.area is not None else None

    def _connect_banners(self) -> None:
        def on_area(method: str):
            return lambda *args: self.area is not None and getattr(self.area, method)(*args)

        self.banner.retry_requested.connect(lambda: self.session and self.session.save(explicit=True))
        self.banner.merge_requested.connect(lambda: self.session and self.session.save(explicit=True))
        self.lock_banner.retry_requested.connect(on_area("retry"))
        self.lock_banner.take_over_requested.connect(on_area("take_over"))
        self.lock_banner.merge_requested.connect(on_area("merge_mine"))
        self.copy_banner.merge_requested.connect(on_area("merge_copy"))
        self.copy_banner.archive_requested.connect(on_area("archive_copy"))
        self.identity_banner.fix_requested.connect(on_area("fix_identity"))

    def retranslate(self) -> None:
        self.empty_page.setText(
            self.tr("Välj ett område i listan till vänster, eller skapa ett nytt med Arkiv › Nytt område.")
        )

    # ------------------------------------------------------------ opening and closing

    def open_area(self, workspace: Workspace, area_id: str) -> None:
        """Show an area (the one before must be closed); a broken one shows its error."""
        self.banner.clear()
        try:
            loaded = workspace.summaries.loaded(area_id)  # not read again when the area list has just read it
        except RoutineBuilderError as exc:
            view = AreaErrorView(area_id, exc, self)
            view.reload_requested.connect(self.reload_requested)
            replace_child(self.error_holder, view)
            self.pages.setCurrentWidget(self.error_holder)
            self.save_status.show_loaded(None)
            self.area_changed.emit("")
            return
        self.area = area = OpenArea(
            workspace, loaded, settings=self.settings, recovery=self.recovery, times=self.times, window=self.window()
        )
        session = area.session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.changed.connect(lambda *_: self.answers_changed.emit(session.answer_set))
        session.saving.connect(self.save_status.show_saving)
        session.saved.connect(self._on_saved)
        session.save_failed.connect(self._on_save_failed)
        session.merge_needed.connect(lambda _o: self.banner.show_merge_pending(session.last_error))
        session.merged.connect(lambda ids: self.save_status.show_merged(len(ids)))
        session.dirty_changed.connect(self.save_status.show_dirty)
        session.dirty_changed.connect(lambda _d: self.title_changed.emit())
        session.revision_started.connect(self.revision_banner.show_revision)
        area.lock_state_changed.connect(self.lock_banner.show_state)
        area.copies_changed.connect(self.copy_banner.show_copies)
        area.editable_changed.connect(lambda _e: self._show_form())
        area.editable_changed.connect(lambda editable: self._announce_if_editable(area, editable))
        area.editable_changed.connect(
            lambda editable: self.identity_banner.show_mismatch(area.area_id, area.file_area_id, editable=editable)
        )
        area.message.connect(self.message)
        area.identity_changed.connect(lambda stated: self.identity_banner.show_mismatch(area.area_id, stated))
        self._show_form()
        self.save_status.show_loaded(loaded.answer_set.updated_at)
        self.lock_banner.show_state(area.state)
        self.identity_banner.show_mismatch(area.area_id, area.file_area_id, editable=area.editable)
        area.check()
        self.area_changed.emit(area_id)
        if area.editable:
            self._announce_editable(area)

    def _announce_editable(self, area: OpenArea) -> None:
        """Tell that an area can be edited, once its own unsaved text (if any) is saved."""
        QTimer.singleShot(0, self, lambda: self._emit_editable(area))

    def _announce_if_editable(self, area: OpenArea, editable: bool) -> None:
        if editable:
            self._announce_editable(area)

    def _emit_editable(self, area: OpenArea) -> None:
        if self.area is area and not area.session.dirty:
            self.editable_area.emit(area.area_id)

    def close_area(self, *, force: bool = False) -> bool:
        """Save and close the open area and release its lock; False when unsaved text blocks it."""
        area = self.area
        if area is None:
            return True
        if self.form is not None:
            unread = self.form.commit_pending()  # a date typed but not yet read is saved with the rest
            self._section = self.form.section_id
            if unread is not None and not force:  # closing would throw the typed text away
                self.form.focus_question(unread.question.id)
                self.message.emit(self.tr("Området stängs inte än: {problem}").format(problem=unread.editor.problem()))
                return False
        if not area.close() and not force:
            return False
        area.release()
        self.undo_group.removeStack(area.session.undo_stack)
        self._set_aside_form()
        self.pages.setCurrentWidget(self.empty_page)  # until another area is shown
        self.area = self.form = self.navigator = None
        self.lock_banner.show_state(None)
        self.revision_banner.clear()
        self.identity_banner.show_mismatch("", "")
        self.copy_banner.show_copies([])
        area.deleteLater()
        return True

    def _set_aside_form(self) -> None:
        """Keep the closed area's form for the next area (refilling its cards costs less than new ones)."""
        navigator, form = self.navigator, self.form
        if navigator is not None and form is not None and not form.read_only:
            navigator.detach()
            form.detach()
            navigator.hide()
            self._spare = (navigator, form)
            return
        self._spare = None
        for part in (self.navigator_holder, self.form_holder):
            replace_child(part, None)

    def _reuse_spare(self, session: AreaSession) -> bool:
        """Show ``session`` in the form set aside by :meth:`close_area`, when it fits; True if it did."""
        spare, self._spare = self._spare, None
        if spare is None:
            return False
        navigator, form = spare
        if session.read_only or form.question_set is not session.workspace.question_set:
            return False
        self.navigator, self.form = navigator, form
        navigator.attach(session)
        form.attach(session)
        navigator.show()
        return True

    def _show_form(self) -> None:
        """(Re)build the navigator and form for the open area; read-only when the session is."""
        session, section = self.session, self.form.section_id if self.form is not None else self._section
        assert session is not None
        if self._reuse_spare(session):
            self.pages.setCurrentWidget(self.form_holder)
            self.title_changed.emit()
            self.form_built.emit()
            return
        self.navigator = SectionNavigator(session, self)
        self.form = FormView(session, self, legal=self.legal)
        self.navigator.section_selected.connect(self.form.show_section)
        self.form.section_changed.connect(self.navigator.set_current)
        self.form.section_changed.connect(self.section_shown)
        self.form.question_focused.connect(self.question_focused)
        self.form.message.connect(self.message)
        self.form.review_requested.connect(self.review_requested)
        if session.read_only:
            ReadOnlyForm(self.form)
        replace_child(self.navigator_holder, self.navigator)
        replace_child(self.form_holder, self.form)
        self.pages.setCurrentWidget(self.form_holder)
        if section is not None and any(s.id == section for s in self.form.question_set.sections):
            self.form.show_section(section)
            self.navigator.set_current(section)
        self.title_changed.emit()
        self.form_built.emit()

    def _on_saved(self, when: dt.datetime) -> None:
        self.banner.clear()
        self.save_status.show_saved(when)
        self.title_changed.emit()

    def _on_save_failed(self, reason: str) -> None:
        self.banner.show_failure(reason)
        self.save_status.show_failed(reason)
