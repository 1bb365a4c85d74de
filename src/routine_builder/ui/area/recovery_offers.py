"""Offering unsaved changes back after a crash, one area at a time (window-modal, never blocking).

Areas are offered when a workspace opens and again whenever an area becomes editable (after its
lock was taken over or freed), so text left behind while a colleague held the area is never lost.
Restoring merges the unsaved changes into the area as it is now; where a colleague changed the same
question meanwhile, the :class:`MergeDialog` asks which answer applies. The recovery file is removed
only when the user chose "Släng" or once the restored text is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from routine_builder.domain import AnswerSet, Workspace
from routine_builder.domain.operations import replace_answers
from routine_builder.domain.recovery import Recovery, RecoveryStore
from routine_builder.errors import RoutineBuilderError
from routine_builder.ui.area.area_session import AreaSession


def tr(text: str) -> str:
    """Translate in the context of the recovery offer."""
    return QCoreApplication.translate("RecoveryOffers", text)


class RecoveryOffers(QObject):
    """Queues the areas with unsaved text and asks about them one at a time.

    ``session_for(area_id)`` makes the area the open one and returns its session (None when it
    cannot be opened); ``show_question(question_id)`` brings the first restored question into view;
    :attr:`message` reports what happened in one sentence.
    """

    message = Signal(str)

    def __init__(
        self,
        *,
        store: RecoveryStore,
        window: QWidget,
        session_for: Callable[[str], AreaSession | None],
        show_question: Callable[[str], None] = lambda _question_id: None,
    ) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.session_for = session_for
        self.show_question = show_question
        self.workspace: Workspace | None = None
        self.queue: list[str] = []
        self.asking = ""  # the area being asked about
        self.restored: set[str] = set()  # restored in this run (saved by the session from now on)
        self.dialog: QDialog | None = None

    def set_workspace(self, workspace: Workspace) -> None:
        """Forget the areas of the workspace before and offer those of ``workspace``."""
        self.workspace = workspace
        self.queue.clear()
        self.restored.clear()
        self.offer(self.store.pending(workspace))

    def offer(self, area_ids: list[str]) -> None:
        """Ask about these areas (each at most once at a time, and not again once restored)."""
        skip = {*self.queue, self.asking, *self.restored}
        self.queue += [a for a in dict.fromkeys(area_ids) if a not in skip]
        self._next()

    def offer_if_kept(self, area_id: str) -> None:
        """Ask about ``area_id`` if a recovery file is kept for it (an area that just became editable)."""
        if self.workspace is not None and self.store.path_for(self.workspace, area_id).is_file():
            self.offer([area_id])

    def _next(self) -> None:
        self.asking = ""
        if self.dialog is not None or not self.queue or self.workspace is None:
            return
        workspace, area_id = self.workspace, self.queue.pop(0)
        self.asking = area_id
        try:
            found = self.store.recover(workspace, area_id)
        except RoutineBuilderError as exc:
            self.message.emit(tr("Osparade ändringar kunde inte läsas: {reason}").format(reason=exc.message))
            self._next()
            return
        if found is None:
            self._next()
            return
        name = found.merge.merged.area.name or area_id
        from routine_builder.ui.dialogs.recovery_dialog import RecoveryDialog

        box = RecoveryDialog(name, found, workspace.question_set, self.window)
        self.dialog = box

        def answered() -> None:
            box.deleteLater()
            self.dialog = None
            if box.restore_chosen:
                self._restore(area_id)
                return
            if box.discard_chosen:
                self.store.remove(workspace, area_id)
            else:  # closed without a choice: nothing is thrown away
                self.message.emit(tr("Dina osparade ändringar finns kvar och erbjuds igen nästa gång."))
            self._next()

        box.finished.connect(answered)
        box.open()

    def _restore(self, area_id: str) -> None:
        assert self.workspace is not None
        session = self.session_for(area_id)
        if session is None or session.read_only:
            self.message.emit(
                tr("Dina osparade ändringar i {area} finns kvar och erbjuds igen när du kan redigera området.").format(
                    area=area_id
                )
            )
            self._next()
            return
        try:
            found = self.store.recover(self.workspace, area_id, current=session.answer_set)
        except RoutineBuilderError as exc:
            self.message.emit(exc.message)
            self._next()
            return
        if found is None:
            self._next()
            return
        if not found.merge.conflicts:
            self._apply(session, found, found.merge.merged)
            return
        from routine_builder.ui.dialogs.merge_dialog import MergeDialog

        dialog = MergeDialog(
            question_set=self.workspace.question_set,
            conflicts=found.merge.conflicts,
            intro=tr(
                "Frågorna nedan har ändrats både i dina osparade ändringar och av någon som sparade området "
                "efteråt: välj vilket svar som ska gälla. Dina övriga ändringar återställs som de är."
            ),
            theirs_title=tr("Sparat i filen"),
            parent=self.window,
        )
        self.dialog = dialog

        def chosen(result: int) -> None:
            dialog.deleteLater()
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                self._apply(session, found, found.merge.resolve(dialog.choices()))
            else:
                self.message.emit(tr("Dina osparade ändringar finns kvar och erbjuds igen nästa gång."))
                self._next()

        dialog.finished.connect(chosen)
        dialog.open()

    def _apply(self, session: AreaSession, found: Recovery, answers: AnswerSet) -> None:
        self.restored.add(found.area_id)
        session.apply(replace_answers(session.answer_set, new=answers))
        count = len(found.restorable)
        self.message.emit(
            tr("En osparad ändring återställdes.")
            if count == 1
            else tr("{count} osparade ändringar återställdes.").format(count=count)
        )
        questions = [key for key in found.restorable if key != "document"]
        if questions:
            self.show_question(questions[0])
        self._next()
