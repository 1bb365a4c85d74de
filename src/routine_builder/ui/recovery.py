"""Crash recovery: the unsaved state of an area, kept in the user's data folder until it is saved.

Every edit's snapshot is written (debounced, atomically) to one recovery file per workspace and area.
A successful save removes it. On the next start a recovery file newer than the answers file means
the program ended before it could save, and the user is offered the text back.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QWidget,
)

from routine_builder.domain import AnswerSet, Workspace, dump_answers, load_answers_file
from routine_builder.errors import RoutineBuilderError
from routine_builder.storage import atomic_write
from routine_builder.ui.question_dialog import QuestionDialog

RECOVERY_DELAY_MS = 400


class RecoveryStore:
    """Recovery files in one folder, named by workspace and area."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, workspace: Workspace, area_id: str) -> Path:
        """The recovery file of one area of one workspace."""
        key = hashlib.sha256(str(workspace.root.resolve()).encode("utf-8")).hexdigest()[:16]
        return self.folder / f"{key}-{area_id}.yaml"

    def write(self, workspace: Workspace, answer_set: AnswerSet) -> None:
        """Keep ``answer_set`` as the area's unsaved state (errors are ignored: this is a safety net)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path_for(workspace, answer_set.area.id), dump_answers(answer_set, workspace.question_set))
        except (OSError, RoutineBuilderError):
            pass

    def remove(self, workspace: Workspace, area_id: str) -> None:
        """Forget the unsaved state of an area (after a successful save, or when the user discards it)."""
        with contextlib.suppress(OSError):
            self.path_for(workspace, area_id).unlink(missing_ok=True)

    def pending(self, workspace: Workspace) -> list[str]:
        """The areas with a recovery file newer than their answers file."""
        found = []
        for area_id in workspace.area_ids():
            path = self.path_for(workspace, area_id)
            try:
                if path.stat().st_mtime >= workspace.answers_path(area_id).stat().st_mtime:
                    found.append(area_id)
            except OSError:
                continue
        return found

    def load(self, workspace: Workspace, area_id: str) -> AnswerSet:
        """The unsaved state kept for an area (raises a RoutineBuilderError when unreadable)."""
        return load_answers_file(self.path_for(workspace, area_id), workspace.question_set).answer_set


class RecoveryWriter(QObject):
    """Writes the latest snapshot of one area shortly after the last edit."""

    def __init__(self, store: RecoveryStore, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._workspace = workspace
        self._pending: AnswerSet | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOVERY_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def schedule(self, answer_set: AnswerSet) -> None:
        """Write ``answer_set`` soon (each call restarts the delay)."""
        self._pending = answer_set
        self._timer.start()

    def flush(self) -> None:
        """Write the pending snapshot now."""
        self._timer.stop()
        if self._pending is not None:
            self._store.write(self._workspace, self._pending)
            self._pending = None

    def discard(self, area_id: str) -> None:
        """Drop the pending snapshot and the file (the area was saved)."""
        self._timer.stop()
        self._pending = None
        self._store.remove(self._workspace, area_id)


class RecoveryDialog(QuestionDialog):
    """Asks whether to restore or discard an area's unsaved changes ("Återställ" / "Kasta").

    Window-modal and opened with :meth:`open`; after ``finished``, :attr:`restore_chosen` tells the choice.
    """

    def __init__(self, area_name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            object_name="recoveryPrompt",
            title=self.tr("Osparade ändringar hittades"),
            text=self.tr("Programmet avslutades innan ändringarna i {area} hann sparas.").format(area=area_name)
            + "\n\n"
            + self.tr("Vill du återställa de osparade ändringarna eller kasta dem?"),
            parent=parent,
        )
        self.restore_chosen = False
        buttons = self.buttons
        self.restore_button = buttons.addButton(self.tr("Återställ"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.discard_button = buttons.addButton(self.tr("Kasta"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.discard_button.setObjectName("discardButton")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self.reject)
        self.finish()

    def _restore(self) -> None:
        self.restore_chosen = True
        self.accept()
