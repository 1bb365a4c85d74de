"""Crash recovery while typing: the recovery file kept current.

The store, the decision what to offer and its preview text live in :mod:`routine_builder.domain.recovery`;
:class:`~routine_builder.ui.dialogs.recovery_dialog.RecoveryDialog` asks what to do with a file. Here the
:class:`RecoveryWriter` keeps the file current (at most a moment after the first unsaved keystroke,
however steadily the user types).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from routine_builder.domain import AnswerSet, Workspace
from routine_builder.domain.recovery import RecoveryStore
from routine_builder.ui.capped_delay import CappedDelay

RECOVERY_DELAY_MS = 400  # after the last keystroke
RECOVERY_CEILING_MS = 1500  # after the first unsaved keystroke, however steadily the typing goes on


class RecoveryWriter(QObject):
    """Writes the latest unsaved snapshot of one area, with the base it was edited from."""

    def __init__(self, store: RecoveryStore, workspace: Workspace, area_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._workspace = workspace
        self._area_id = area_id
        self._pending: tuple[AnswerSet, AnswerSet] | None = None
        self._delay = CappedDelay(delay_ms=RECOVERY_DELAY_MS, ceiling_ms=RECOVERY_CEILING_MS, parent=self)
        self._delay.due.connect(self.flush)

    def schedule(self, answer_set: AnswerSet, *, base: AnswerSet) -> None:
        """Write ``answer_set`` (edited from ``base``) soon."""
        self._pending = (answer_set, base)
        self._delay.request()

    def flush(self) -> None:
        """Write the pending snapshot now."""
        self._delay.stop()
        if self._pending is not None:
            unsaved, base = self._pending
            self._store.write(self._workspace, unsaved, base=base, area_id=self._area_id)
            self._pending = None

    def discard(self) -> None:
        """Drop the pending snapshot and the file (the area was saved, or holds no unsaved change)."""
        self._delay.stop()
        self._pending = None
        self._store.remove(self._workspace, self._area_id)
