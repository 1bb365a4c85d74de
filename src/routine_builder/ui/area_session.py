"""The state of the open area: its current snapshot, undo stack, autosave and crash recovery.

Edits arrive as :class:`~routine_builder.domain.operations.OperationResult`. Each becomes an undo
command that swaps immutable snapshots. Saving happens shortly after the last edit (never on every
keystroke), when a field is left, when the area is switched or the window closes, and at once on
Ctrl+S. A failed save keeps everything in memory, is reported by :attr:`save_failed` and retried.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from routine_builder.domain import AnswerSet, LoadedArea, Workspace
from routine_builder.domain.operations import SET_ANSWER, SET_DOCUMENT, OperationResult
from routine_builder.errors import ConflictError, RoutineBuilderError
from routine_builder.storage import file_digest
from routine_builder.ui import settings as options
from routine_builder.ui.recovery import RecoveryStore, RecoveryWriter
from routine_builder.ui.settings import Settings

RETRY_DELAY_MS = 5000


def undo_text(result: OperationResult) -> str:
    """The translated description of an operation, as shown after "Ångra"."""
    if result.kind == SET_ANSWER:
        return QCoreApplication.translate("AreaSession", "ändring av svar: {question}").format(question=result.subject)
    if result.kind == SET_DOCUMENT:
        return QCoreApplication.translate("AreaSession", "ändring av dokumentuppgifter")
    return QCoreApplication.translate("AreaSession", "återställning av svar")


class _SnapshotCommand(QUndoCommand):
    """Swaps the area between two snapshots; consecutive edits of one field merge into one step."""

    def __init__(self, session: AreaSession, before: AnswerSet, result: OperationResult, merge_key: str | None):
        super().__init__(undo_text(result))
        self.session = session
        self.before = before
        self.after = result.answer_set
        self.changed_ids = set(result.changed_ids)
        self.merge_key = merge_key
        self.open = merge_key is not None
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

    def undo(self) -> None:
        self.session._swap(self.before, frozenset(self.changed_ids), from_undo=True)


class AreaSession(QObject):
    """One open, editable area."""

    changed = Signal(object, bool)  # frozenset of changed question ids ("document" for document data), from undo/redo
    saving = Signal()
    saved = Signal(object)  # datetime of the save
    save_failed = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(
        self,
        workspace: Workspace,
        loaded: LoadedArea,
        *,
        settings: Settings,
        recovery: RecoveryStore,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._settings = settings
        self._loaded = loaded
        self._current = loaded.answer_set
        self._saved_snapshot = loaded.answer_set
        self._conflict = False
        self.last_error = ""
        self.undo_stack = QUndoStack(self)
        self._recovery = RecoveryWriter(recovery, workspace, self)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.timeout.connect(self.save)

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
        return self._current.area.id

    @property
    def dirty(self) -> bool:
        """Whether there are changes not yet saved."""
        return self._current is not self._saved_snapshot

    @property
    def has_conflict(self) -> bool:
        """Whether the last save failed because someone else changed the file."""
        return self._conflict

    # ------------------------------------------------------------ editing

    def apply(self, result: OperationResult, *, merge_key: str | None = None) -> None:
        """Run an operation's result as one undoable step (nothing happens when nothing changed)."""
        if not result.changed:
            return
        self.undo_stack.push(_SnapshotCommand(self, self._current, result, merge_key))

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
            self._recovery.schedule(answer_set)
            self._autosave.start(self._settings.get(options.AUTOSAVE_DELAY_MS))
        else:
            self._autosave.stop()
            self._recovery.discard(self.area_id)
        if was_dirty != self.dirty:
            self.dirty_changed.emit(self.dirty)

    # ------------------------------------------------------------ saving

    def save(self, *, overwrite: bool = False) -> bool:
        """Save now if there are changes; True when everything is saved.

        ``overwrite`` saves over a file someone else changed (after the user chose to keep theirs).
        """
        self._autosave.stop()
        if not self.dirty:
            return True
        self.saving.emit()
        snapshot = self._current
        expected = self._loaded.digest
        if not self._loaded.path.exists():
            expected = None  # the file is gone (folder back after a disconnect): write it anew
        elif overwrite:
            try:
                expected = file_digest(self._loaded.path.read_bytes())
            except OSError:
                expected = None
        try:
            loaded = self.workspace.save_area(snapshot, expected_digest=expected)
        except RoutineBuilderError as exc:
            self._fail(exc)
            return False
        except OSError as exc:  # not expected from the storage layer, but never lose the text over it
            self._fail(RoutineBuilderError(str(exc), path=self._loaded.path))
            return False
        was_dirty = self.dirty
        self._loaded = loaded
        self._saved_snapshot = snapshot
        self._conflict = False
        self.last_error = ""
        self._recovery.discard(self.area_id)
        self.saved.emit(loaded.answer_set.updated_at or dt.datetime.now())
        if was_dirty != self.dirty:
            self.dirty_changed.emit(self.dirty)
        return not self.dirty

    def _fail(self, exc: RoutineBuilderError) -> None:
        self._conflict = isinstance(exc, ConflictError) and self._loaded.path.exists()
        if isinstance(exc, ConflictError) and not self._loaded.path.parent.is_dir():
            message = QCoreApplication.translate(
                "AreaSession", "{path}: mappen finns inte längre (är nätverksenheten frånkopplad?)"
            ).format(path=self._loaded.path)
        else:
            message = exc.message
        self.last_error = message
        self._recovery.flush()
        if not self._conflict:
            delay = max(RETRY_DELAY_MS, self._settings.get(options.AUTOSAVE_DELAY_MS))
            self._autosave.start(delay)
        self.save_failed.emit(message)

    def close(self) -> bool:
        """Save and stop the timers; False when the save failed (the recovery file keeps the text)."""
        ok = self.save()
        self._autosave.stop()
        if not ok:
            self._recovery.flush()
        return ok
