"""Offering unsaved changes back after a crash, one area at a time (window-modal, never blocking)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from routine_builder.domain import AnswerSet, Workspace
from routine_builder.errors import RoutineBuilderError
from routine_builder.ui.recovery import RecoveryDialog, RecoveryStore


def offer_recovery(
    parent: QWidget, *, recovery: RecoveryStore, workspace: Workspace, pending: list[str],
    name_of: Callable[[str], str], restore: Callable[[str, AnswerSet], None], error: Callable[[str], None],
) -> None:  # fmt: skip
    """Ask about each area in ``pending``; ``restore(area_id, answers)`` gets the text back on "Återställ"."""
    if not pending:
        return
    area_id, rest = pending[0], pending[1:]
    box = RecoveryDialog(name_of(area_id), parent)

    def done() -> None:
        if box.restore_chosen:
            try:
                restore(area_id, recovery.load(workspace, area_id))
            except RoutineBuilderError as exc:
                error(exc.message)
        else:
            recovery.remove(workspace, area_id)
        box.deleteLater()
        offer_recovery(
            parent, recovery=recovery, workspace=workspace, pending=rest, name_of=name_of, restore=restore, error=error
        )

    box.finished.connect(done)
    box.open()
