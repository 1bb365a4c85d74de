"""The state of the open area: its current snapshot, undo stack, autosave and crash recovery.

Edits arrive as :class:`~routine_builder.domain.operations.OperationResult`. Each becomes an undo
command that swaps immutable snapshots. Saving happens shortly after the last edit (never on every
keystroke) but no later than :data:`AUTOSAVE_CEILING_MS` after the first unsaved one however steadily
the user types, when a field is left, when the area is switched or the window closes, and at once
on Ctrl+S. The recovery file follows the same rule with a shorter ceiling. A failed save keeps
everything in memory, is reported by :attr:`save_failed` and retried.

Saving never overwrites someone else's work (:func:`~routine_builder.domain.sync.save_or_merge`):
changes to other questions are merged in as one undoable step and reported by :attr:`merged`; when
both sides changed the same question nothing is written, :attr:`merge_needed` asks the user to choose
and autosave pauses until :meth:`resolve_merge` (or an explicit save) settles it.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from routine_builder.domain import AnswerSet, LoadedArea, Workspace
from routine_builder.domain.merge import Side
from routine_builder.domain.operations import (
    ACCEPT_PROPOSAL,
    ADOPT,
    COPY_ANSWER,
    HANDLE_REVIEW,
    SET_ANSWER,
    SET_DOCUMENT,
    OperationResult,
    start_revision,
)
from routine_builder.domain.recovery import RecoveryStore
from routine_builder.domain.sync import SaveOutcome, save_or_merge, save_resolved
from routine_builder.domain.workspace import load_answers_file
from routine_builder.errors import RoutineBuilderError
from routine_builder.storage import file_digest, os_error
from routine_builder.ui import settings as options
from routine_builder.ui.area.recovery_writer import RecoveryWriter
from routine_builder.ui.capped_delay import CappedDelay
from routine_builder.ui.settings import Settings

RETRY_DELAY_MS = 10_000  # a failed save (folder gone, read-only) is tried again this often
AUTOSAVE_CEILING_MS = 10_000  # an unsaved keystroke is saved within this time, whatever the typing rhythm


def undo_text(result: OperationResult) -> str:
    """The translated description of an operation, as shown after "Ångra"."""
    if result.kind == SET_ANSWER:
        return QCoreApplication.translate("AreaSession", "ändring av svar: {question}").format(question=result.subject)
    if result.kind == COPY_ANSWER:
        return QCoreApplication.translate("AreaSession", "kopiering av svar: {question}").format(
            question=result.subject
        )
    if result.kind == SET_DOCUMENT:
        return QCoreApplication.translate("AreaSession", "ändring av dokumentuppgifter")
    if result.kind == ADOPT:
        return QCoreApplication.translate("AreaSession", "fastställande av version {number}").format(
            number=result.subject
        )
    if result.kind == ACCEPT_PROPOSAL:
        return QCoreApplication.translate("AreaSession", "godtaget remissförslag: {question}").format(
            question=result.subject
        )
    if result.kind == HANDLE_REVIEW:
        return QCoreApplication.translate("AreaSession", "hantering av remissvar: {question}").format(
            question=result.subject
        )
    return QCoreApplication.translate("AreaSession", "återställning av svar")


class _SessionRef:
    """The session a command acts on, without keeping it alive.

    The session owns its undo stack and the stack its commands; a command that held the session too
    would make a cycle that only the garbage collector can break, and when it does, Qt deletes the
    commands under Python's feet (the interpreter crashed at exit).
    """

    def __init__(self, session: AreaSession) -> None:
        self._ref = weakref.ref(session)

    def _swap(self, answers: AnswerSet, changed: frozenset[str], *, from_undo: bool) -> None:
        session = self._ref()
        if session is not None:
            session._swap(answers, changed, from_undo=from_undo)


class LinkedChange(Protocol):
    """A change outside the answers that belongs to the same undo step.

    For example a remiss item's handling, stored in its own file: done with the step, undone with it and
    done again with its redo.
    """

    def redo(self) -> None: ...

    def undo(self) -> None: ...


class _SnapshotCommand(QUndoCommand):
    """Swaps the area between two snapshots, with its linked changes; edits of one field merge into one step."""

    def __init__(
        self,
        session: AreaSession,
        before: AnswerSet,
        result: OperationResult,
        merge_key: str | None,
        linked: tuple[LinkedChange, ...] = (),
    ):
        super().__init__(undo_text(result))
        self.session = _SessionRef(session)
        self.before = before
        self.after = result.answer_set
        self.changed_ids = set(result.changed_ids)
        self.linked = linked
        self.merge_key = merge_key if not linked else None
        self.open = self.merge_key is not None
        self._first = True

    def id(self) -> int:
        return 1 if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SnapshotCommand) or not self.open or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.changed_ids |= other.changed_ids
        return True

    def redo(self) -> None:
        self.session._swap(self.after, frozenset(self.changed_ids), from_undo=not self._first)
        self._first = False
        for change in self.linked:
            change.redo()

    def undo(self) -> None:
        self.open = False  # typing after an undo starts a new step instead of growing an old one
        for change in reversed(self.linked):
            change.undo()
        self.session._swap(self.before, frozenset(self.changed_ids), from_undo=True)


def changed_keys(before: AnswerSet, after: AnswerSet) -> frozenset[str]:
    """The question ids (and "document") whose answers differ between two snapshots."""
    keys = {k for k in {*before.answers, *after.answers} if before.answers.get(k) != after.answers.get(k)}
    if before.document != after.document:
        keys.add("document")
    return frozenset(keys)


class _MergeCommand(QUndoCommand):
    """One undoable step for answers merged in from someone else (or from a conflict copy)."""

    def __init__(self, session: AreaSession, before: AnswerSet, after: AnswerSet, text: str):
        super().__init__(text)
        self.session = _SessionRef(session)
        self.before = before
        self.after = after
        self.changed_ids = changed_keys(before, after)

    def redo(self) -> None:
        self.session._swap(self.after, self.changed_ids, from_undo=False)

    def undo(self) -> None:
        self.session._swap(self.before, self.changed_ids, from_undo=True)


class AreaSession(QObject):
    """One open, editable area."""

    changed = Signal(object, bool)  # frozenset of changed question ids ("document" for document data), from undo/redo
    saving = Signal()
    saved = Signal(object)  # datetime of the save
    save_failed = Signal(str)
    dirty_changed = Signal(bool)
    merged = Signal(tuple)  # question ids taken from someone else's save (merged silently)
    merge_needed = Signal(object)  # SaveOutcome with conflicts for the user to decide
    read_only_changed = Signal(bool)
    revision_started = Signal(object)  # the adopted version's number (None when unknown): the first change of it

    def __init__(
        self,
        workspace: Workspace,
        loaded: LoadedArea,
        *,
        settings: Settings,
        recovery: RecoveryStore,
        read_only: bool = False,
        retry_ms: int = RETRY_DELAY_MS,
        autosave_ceiling_ms: int = AUTOSAVE_CEILING_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._settings = settings
        self._loaded = loaded
        self._current = loaded.answer_set
        self._saved_snapshot = loaded.answer_set
        self._read_only = read_only
        self._pending: SaveOutcome | None = None
        self._pending_mine: AnswerSet | None = None
        self.last_error = ""
        self.undo_stack = QUndoStack(self)
        self._area_id = loaded.answer_set.area.id
        self._recovery = RecoveryWriter(recovery, workspace, self._area_id, self)
        self._autosave = CappedDelay(
            delay_ms=settings.get(options.AUTOSAVE_DELAY_MS), ceiling_ms=autosave_ceiling_ms, parent=self
        )
        self._autosave.due.connect(self.save)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self.save)

    # ------------------------------------------------------------ state

    @property
    def answer_set(self) -> AnswerSet:
        """The current snapshot (what the editors show)."""
        return self._current

    @property
    def loaded(self) -> LoadedArea:
        """The area as last loaded or saved (with the digest of the file on disk)."""
        return self._loaded

    @property
    def area_id(self) -> str:
        """The area's folder name (its identity)."""
        return self._area_id

    @property
    def dirty(self) -> bool:
        """Whether there are changes not yet saved."""
        return self._current is not self._saved_snapshot

    @property
    def has_conflict(self) -> bool:
        """Whether a merge with someone else's changes waits for the user's choices."""
        return self._pending is not None

    @property
    def pending_merge(self) -> SaveOutcome | None:
        """The merge waiting for the user's choices, if any."""
        return self._pending

    @property
    def read_only(self) -> bool:
        """Whether edits are refused (someone else holds the area, or this app lost its lock)."""
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Refuse (or allow) edits; unsaved changes stay in memory and in the recovery file."""
        if read_only == self._read_only:
            return
        self._read_only = read_only
        if read_only:
            self._autosave.stop()
            self._recovery.flush()
        self.read_only_changed.emit(read_only)

    def reload(self, loaded: LoadedArea) -> None:
        """Show the file as it is now on disk (a read-only view following someone else's saves)."""
        before = self._current
        was_dirty = self.dirty
        self._loaded = loaded
        self._current = self._saved_snapshot = loaded.answer_set
        self._pending = self._pending_mine = None
        self.undo_stack.clear()
        self.changed.emit(changed_keys(before, loaded.answer_set), False)
        if was_dirty:
            self.dirty_changed.emit(False)

    # ------------------------------------------------------------ editing

    def apply_merge(self, answer_set: AnswerSet, text: str) -> None:
        """Make ``answer_set`` (a merge the user accepted) the current state as one undoable step."""
        if answer_set != self._current:
            self.undo_stack.push(_MergeCommand(self, self._current, answer_set, text))

    def apply(
        self, result: OperationResult, *, merge_key: str | None = None, linked: tuple[LinkedChange, ...] = ()
    ) -> None:
        """Run an operation's result and the ``linked`` changes outside the answers as one undoable step.

        Nothing happens when nothing changes at all. The first change to an adopted routine also moves its
        status to "Under revidering", in the same step, and :attr:`revision_started` says so.
        """
        if not (result.changed or linked) or self._read_only:
            return
        before = self._current
        revised = start_revision(before, result) if result.changed else result  # typing on joins this step
        self.undo_stack.push(_SnapshotCommand(self, before, revised, merge_key, linked))
        if revised is not result:
            self.revision_started.emit(before.document.adopted_version)

    def seal(self) -> None:
        """End the current merge: the next edit of the same field becomes its own undo step."""
        index = self.undo_stack.index()
        if index > 0:
            command = self.undo_stack.command(index - 1)
            if isinstance(command, _SnapshotCommand):
                command.open = False

    def _swap(self, answer_set: AnswerSet, changed_ids: frozenset[str], *, from_undo: bool) -> None:
        was_dirty = self.dirty
        self._current = answer_set
        self.changed.emit(changed_ids, from_undo)
        if self.dirty:
            self._keep_for_recovery(answer_set)
            if self._pending is None and not self._read_only:
                self._autosave.delay_ms = self._settings.get(options.AUTOSAVE_DELAY_MS)
                self._autosave.request()
        else:
            self._autosave.stop()
            self._recovery.discard()
        if was_dirty != self.dirty:
            self.dirty_changed.emit(self.dirty)

    # ------------------------------------------------------------ saving

    def save(self, *, explicit: bool = False, force: bool = False) -> bool:
        """Save now if there are changes (``force``: even without); True when everything is saved.

        Someone else's changes to other questions are merged in; conflicting ones emit
        :attr:`merge_needed` and nothing is written. While such a merge waits, and while the area is
        read-only, only an ``explicit`` save (Ctrl+S, the banner's button) tries again.
        """
        self._autosave.stop()
        self._retry.stop()
        if not self.dirty and not force:
            return True
        if (self._read_only or self._pending is not None) and not explicit:
            return False
        self.saving.emit()
        snapshot = self._current
        base = self._loaded
        if not base.path.exists():
            base = replace(base, digest=None)  # the file is gone (folder back after a disconnect): write it anew
        other = self._changed_by(base)
        try:
            outcome = save_or_merge(self.workspace, base=base, mine=snapshot)
        except RoutineBuilderError as exc:
            self._fail(exc)
            return False
        except OSError as exc:  # not expected from the storage layer, but never lose the text over it
            self._fail(os_error(exc, path=self._loaded.path, doing="kunde inte sparas"))
            return False
        return self._settle(outcome, snapshot, other)

    def resolve_merge(self, choices: dict[str, Side]) -> bool:
        """Save the waiting merge with the user's choice per conflict; True when saved."""
        outcome, mine = self._pending, self._pending_mine
        if outcome is None or mine is not self._current:
            return self.save(explicit=True)  # edited since the question was asked: ask anew
        other = (outcome.theirs.answer_set.updated_by if outcome.theirs else "") or self._someone()
        self.saving.emit()
        try:
            result = save_resolved(self.workspace, outcome=outcome, choices=choices)
        except RoutineBuilderError as exc:
            self._fail(exc)
            return False
        except OSError as exc:
            self._fail(os_error(exc, path=self._loaded.path, doing="kunde inte sparas"))
            return False
        return self._settle(result, mine, other)

    def _changed_by(self, base: LoadedArea) -> str:
        """Who saved the file since it was loaded ("" when nobody did)."""
        try:
            if file_digest(base.path.read_bytes()) == base.digest:
                return ""
            return load_answers_file(base.path, self.workspace.question_set).answer_set.updated_by or self._someone()
        except (OSError, RoutineBuilderError):
            return ""

    @staticmethod
    def _someone() -> str:
        return QCoreApplication.translate("AreaSession", "en annan användare")

    def _settle(self, outcome: SaveOutcome, snapshot: AnswerSet, other: str) -> bool:
        if outcome.saved is None:
            self._pending = outcome
            self._pending_mine = snapshot
            self.last_error = QCoreApplication.translate(
                "AreaSession", "{user} har ändrat samma frågor som du; välj vilka svar som ska gälla"
            ).format(user=other or self._someone())
            self._keep_for_recovery(snapshot, now=True)
            self.merge_needed.emit(outcome)
            return False
        was_dirty = self.dirty
        loaded = outcome.saved
        self._loaded = loaded
        self._pending = self._pending_mine = None
        self.last_error = ""
        if changed_keys(snapshot, loaded.answer_set):
            self._saved_snapshot = loaded.answer_set  # the push below swaps to it (and reports "not dirty")
            was_dirty = False
            text = QCoreApplication.translate("AreaSession", "sammanfogning med ändringar från {user}")
            self.undo_stack.push(_MergeCommand(self, snapshot, loaded.answer_set, text.format(user=other)))
            taken = tuple(k for k in outcome.taken_from_theirs if k != "document") or tuple(
                sorted(changed_keys(snapshot, loaded.answer_set))
            )
        else:
            self._saved_snapshot = snapshot
            taken = ()
        if self.dirty:
            self._keep_for_recovery(self._current)  # edited while saving: keep the rest (with the new base)
        else:
            self._recovery.discard()
        self.saved.emit(loaded.answer_set.updated_at or dt.datetime.now())
        if was_dirty != self.dirty:
            self.dirty_changed.emit(self.dirty)
        if taken:
            self.merged.emit(taken)
        return not self.dirty

    def _fail(self, exc: RoutineBuilderError) -> None:
        if not self._loaded.path.parent.is_dir():
            message = QCoreApplication.translate(
                "AreaSession", "{path}: mappen finns inte längre (är nätverksenheten frånkopplad?)"
            ).format(path=self._loaded.path)
        else:
            message = exc.message
        self.last_error = message
        self._keep_for_recovery(self._current, now=True)
        self._retry.start()
        self.save_failed.emit(message)

    def close(self) -> bool:
        """Save and stop the timers; False when the save failed.

        Then the recovery file keeps the text and, as long as the area stays open, saving is tried again.
        """
        ok = self.save()
        if ok:
            self._autosave.stop()
            self._retry.stop()
        else:
            self._keep_for_recovery(self._current, now=True)
        return ok

    def _keep_for_recovery(self, answer_set: AnswerSet, *, now: bool = False) -> None:
        """Write ``answer_set`` to the recovery file soon (``now``: at once), with the base it was edited from."""
        self._recovery.schedule(answer_set, base=self._loaded.answer_set)
        if now:
            self._recovery.flush()
