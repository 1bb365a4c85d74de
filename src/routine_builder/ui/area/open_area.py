"""An open area on a shared drive: its session, its lock, and what others do meanwhile.

Opening takes the area's lock; when someone else holds it the session is read-only and follows the
file as it changes. The lock is refreshed on a timer and released on close; when it is lost the
session turns read-only and keeps the unsaved text. Saves that meet someone else's changes on the
same questions open the :class:`MergeDialog`; conflict copies left by sync tools are offered for
merging too. The main window shows the banners this object's signals describe.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from routine_builder.domain import LoadedArea, Workspace
from routine_builder.domain.conflict_copies import archive_conflict_copy, find_conflict_copies
from routine_builder.domain.locks import AreaLock, LockedError, LockInfo, read_lock
from routine_builder.domain.merge import merge
from routine_builder.domain.recovery import RecoveryStore
from routine_builder.domain.sync import SaveOutcome
from routine_builder.domain.workspace import current_user, load_answers_file
from routine_builder.errors import RoutineBuilderError
from routine_builder.ui.area.area_session import RETRY_DELAY_MS, AreaSession
from routine_builder.ui.area.area_watcher import POLL_MS, AreaWatcher
from routine_builder.ui.area.lock_keeper import HEARTBEAT_MS, LockKeeper
from routine_builder.ui.area.lock_state import FREE, LOST, OTHER, LockState
from routine_builder.ui.settings import Settings

if TYPE_CHECKING:  # the dialogs are imported where they open, not at start-up
    from routine_builder.ui.dialogs.merge_dialog import MergeDialog
    from routine_builder.ui.dialogs.take_over_dialog import TakeOverDialog


def tr(text: str) -> str:
    """Translate in the context of the open area."""
    return QCoreApplication.translate("OpenArea", text)


@dataclass(frozen=True)
class SharingTimes:
    """How often the lock is refreshed, the folder polled and a failed save retried (tests shorten them)."""

    heartbeat_ms: int = HEARTBEAT_MS
    poll_ms: int = POLL_MS
    retry_ms: int = RETRY_DELAY_MS


class OpenArea(QObject):
    """The open area: :attr:`session` plus its lock, folder watcher and merge dialogs."""

    lock_state_changed = Signal(object)  # LockState, or None while this app holds the lock
    identity_changed = Signal(str)  # the area id the answers file states, when it is not the folder's name
    copies_changed = Signal(list)  # conflict copies beside the answers file
    editable_changed = Signal(bool)
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        workspace: Workspace,
        loaded: LoadedArea,
        *,
        settings: Settings,
        recovery: RecoveryStore,
        times: SharingTimes,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.times = times
        self.area_id = loaded.answer_set.area.id  # the folder's name: the area's identity
        self.area_dir = workspace.area_dir(self.area_id)
        self.file_area_id = loaded.file_area_id
        self.keeper: LockKeeper | None = None
        self.merge_dialog: MergeDialog | None = None
        self.take_over_dialog: TakeOverDialog | None = None
        lock, holder = self._try_lock(take_over=False)
        self.session = AreaSession(
            workspace,
            loaded,
            settings=settings,
            recovery=recovery,
            read_only=holder is not None,
            retry_ms=times.retry_ms,
            parent=self,
        )
        self.session.merge_needed.connect(self._ask_merge)
        if lock is not None:
            self._keep(lock)
            self._tidy()
        self.session.saved.connect(self._after_save)
        self.state: LockState | None = LockState(OTHER, holder) if holder is not None else None
        self.copies: list[Path] = []
        self.watcher = AreaWatcher(self.area_dir, poll_ms=times.poll_ms, parent=self)
        self.watcher.changed.connect(self.check)

    @property
    def editable(self) -> bool:
        return not self.session.read_only

    # ------------------------------------------------------------ the lock

    def _try_lock(self, *, take_over: bool) -> tuple[AreaLock | None, LockInfo | None]:
        try:
            return AreaLock.acquire(self.area_dir, take_over_stale=take_over, user=current_user()), None
        except LockedError as exc:
            return None, exc.holder
        except RoutineBuilderError:
            return None, None  # the folder cannot take a lock file (read-only, gone): saving reports it

    def _tidy(self) -> None:
        """Remove what interrupted saves left in the area (only the lock holder does, never in use)."""
        with contextlib.suppress(OSError, RoutineBuilderError):
            self.workspace.remove_leftovers(self.area_id)

    def _after_save(self, _when: object) -> None:
        if self.file_area_id and not self.session.loaded.file_area_id:
            self.file_area_id = ""  # the save wrote the folder's name into the file
            self.identity_changed.emit("")

    def fix_identity(self) -> None:
        """Write the folder's name into the answers file as the area's id (the banner's button)."""
        if self.editable:
            self.session.save(explicit=True, force=True)

    def _keep(self, lock: AreaLock) -> None:
        self.keeper = LockKeeper(lock, heartbeat_ms=self.times.heartbeat_ms, parent=self)
        self.keeper.lost.connect(self._lost)

    def _set_state(self, state: LockState | None) -> None:
        if state != self.state:
            self.state = state
            self.lock_state_changed.emit(state)

    def _lost(self, holder: LockInfo | None) -> None:
        if self.keeper is not None:
            self.keeper.deleteLater()
            self.keeper = None
        self.session.set_read_only(True)
        self._set_state(LockState(LOST, holder, unsaved=self.session.dirty))
        self.editable_changed.emit(False)
        self.check()

    def retry(self) -> None:
        """Retry (the banner's "Försök igen"): take the lock if it is free now, else show who holds it."""
        lock, _holder = self._try_lock(take_over=False)
        if lock is not None:
            self._become_editable(lock)
        else:
            self._follow()

    def take_over(self) -> None:
        """Ask, then take over a stale lock."""
        holder = read_lock(self.area_dir)
        if holder is None or not holder.is_stale():
            self.retry()
            return
        from routine_builder.ui.dialogs.take_over_dialog import TakeOverDialog

        dialog = TakeOverDialog(holder, self.window)
        self.take_over_dialog = dialog

        def answered(result: int) -> None:
            self.take_over_dialog = None
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted:
                return
            lock, now_holder = self._try_lock(take_over=True)
            if lock is not None:
                self._become_editable(lock)
            else:
                self.message.emit(
                    tr("Området kunde inte tas över: {user} är aktiv igen.").format(
                        user=now_holder.user if now_holder else "?"
                    )
                )
                self._follow()

        dialog.finished.connect(answered)
        dialog.open()

    def _become_editable(self, lock: AreaLock) -> None:
        self._keep(lock)
        self._tidy()
        if not self.session.dirty:
            with contextlib.suppress(RoutineBuilderError):
                self.session.reload(self.workspace.load_area(self.area_id))
        self.session.set_read_only(False)
        self._set_state(None)
        self.editable_changed.emit(True)
        if self.session.dirty:
            self.session.save(explicit=True)  # the text kept after the lock was lost: merge it in now
        self.check()

    def merge_mine(self) -> None:
        """After losing the lock: save the kept text, merging with what is on disk (conflicts are asked)."""
        self.session.save(explicit=True)
        self._follow()

    # ------------------------------------------------------------ watching the folder

    def check(self) -> None:
        """Look at the folder again: conflict copies, and (read-only) the lock and the answers."""
        copies = find_conflict_copies(self.area_dir) if self.editable else []
        if copies != self.copies:
            self.copies = copies
            self.copies_changed.emit(copies)
        if not self.editable:
            self._follow()

    def _follow(self) -> None:
        holder = read_lock(self.area_dir)
        lost = self.state is not None and self.state.kind == LOST
        dirty = self.session.dirty
        if holder is None:
            state = (
                LockState(LOST, self.state.holder if self.state else None, unsaved=True) if dirty else LockState(FREE)
            )
        else:
            state = LockState(LOST if lost else OTHER, holder, unsaved=dirty)
        self._set_state(state)
        if dirty:
            return  # never replace the kept text with the file
        try:
            loaded = self.workspace.load_area(self.area_id)
        except RoutineBuilderError:
            return
        if loaded.digest != self.session.loaded.digest:
            self.session.reload(loaded)

    # ------------------------------------------------------------ merging

    def _ask_merge(self, outcome: SaveOutcome) -> None:
        if self.merge_dialog is not None or outcome.pending is None:
            return
        user = (outcome.theirs.answer_set.updated_by if outcome.theirs else "") or tr("någon annan")
        intro = tr(
            "{user} har sparat ändringar i området medan du arbetade. Frågorna nedan har ändrats både av dig och "
            "av {user}: välj vilket svar som ska gälla. Alla andra ändringar tas med automatiskt."
        ).format(user=user)
        from routine_builder.ui.dialogs.merge_dialog import MergeDialog

        dialog = MergeDialog(
            question_set=self.workspace.question_set,
            conflicts=outcome.pending.conflicts,
            intro=intro,
            theirs_title=tr("Deras svar ({user})").format(user=user),
            parent=self.window,
        )
        self._open_merge(dialog, lambda: self.session.resolve_merge(dialog.choices()))

    def _open_merge(self, dialog: MergeDialog, on_ok: Callable[[], object]) -> None:
        self.merge_dialog = dialog

        def answered(result: int) -> None:
            self.merge_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                on_ok()

        dialog.finished.connect(answered)
        dialog.open()

    def merge_copy(self, path: Path) -> None:
        """Offer a conflict copy's differing answers per question, save the merge, archive the copy."""
        if not self.editable:
            return
        try:
            theirs = load_answers_file(path, self.workspace.question_set).answer_set
        except RoutineBuilderError as exc:
            self.message.emit(tr("Konfliktkopian kunde inte läsas: {reason}").format(reason=exc.message))
            return
        mine = self.session.answer_set
        # There is no common ancestor: every question answered differently on both sides is a choice,
        # answers only in the copy come in by themselves, and answers only in the draft stay.
        base = replace(mine, answers={}, orphans={}, area=theirs.area)
        result = merge(base, mine, theirs, common_document=False)
        text = tr("sammanfogning med konfliktkopian {name}").format(name=path.name)

        def finish() -> None:
            self.session.apply_merge(result.resolve(dialog.choices() if dialog else {}), text)
            if self.session.save(explicit=True):
                self.archive_copy(path)

        dialog = None
        if not result.conflicts:
            finish()
            return
        from routine_builder.ui.dialogs.merge_dialog import MergeDialog

        dialog = MergeDialog(
            question_set=self.workspace.question_set,
            conflicts=result.conflicts,
            show_base=False,
            intro=tr(
                "Konfliktkopian {name} skiljer sig från utkastet i frågorna nedan: välj vilket svar som ska "
                "gälla. Svar som bara finns i kopian tas med automatiskt."
            ).format(name=path.name),
            theirs_title=tr("Konfliktkopian"),
            parent=self.window,
        )
        self._open_merge(dialog, finish)

    def archive_copy(self, path: Path) -> None:
        """Move a conflict copy into the area's archive folder."""
        try:
            archive_conflict_copy(path)
        except RoutineBuilderError as exc:
            self.message.emit(exc.message)
        self.check()

    # ------------------------------------------------------------ closing

    def close(self) -> bool:
        """Save; False when unsaved text could not be written (a read-only view never blocks closing)."""
        return self.session.close() or self.session.read_only

    def release(self) -> None:
        """Stop watching and give the lock back."""
        self.watcher.stop()
        for dialog in (self.merge_dialog, self.take_over_dialog):
            if dialog is not None:
                dialog.reject()
        if self.keeper is not None:
            self.keeper.release()
