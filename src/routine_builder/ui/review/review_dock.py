"""The Remissvar dock of the main window and what connects it to the open area.

It keeps the area's remiss items (:class:`ReviewModel`), shows them in the :class:`ReviewPanel`, gives the
form each question's count of open items, and runs the actions: export for remiss, import replies, next
open item, and accepting a proposal as one undo step of the open area.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from routine_builder.domain.operations import accept_proposal, handle_review
from routine_builder.domain.outline import Outline
from routine_builder.domain.reviews import ACCEPTED, OPEN
from routine_builder.domain.values import Answer
from routine_builder.domain.workspace import Workspace
from routine_builder.ui.review import remiss_commands
from routine_builder.ui.review.review_model import HandlingStep, ReviewModel
from routine_builder.ui.review.review_panel import ReviewPanel
from routine_builder.ui.window.window_parts import dock

if TYPE_CHECKING:
    from routine_builder.ui.window.main_window import MainWindow


class ReviewDock(QObject):
    """Owns the dock, the model and the panel (rebuilt for each workspace)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.model = ReviewModel(self)
        self.model.changed.connect(self.counts_to_form)
        self.model.failed.connect(lambda text: QMessageBox.warning(window, self.tr("Remissvar"), text))
        self.panel: ReviewPanel | None = None
        self.dock = dock(window, "reviewDock", QWidget(window))

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Remissvar"))

    def set_workspace(self, workspace: Workspace, outline: Outline | None) -> None:
        """A new workspace: a new panel on its question set and outline."""
        self.model.set_area(None, "")
        panel = ReviewPanel(self.model, workspace.question_set, outline, self.window)
        panel.jump_to_question.connect(self.window.jump_to_question)
        panel.accept_requested.connect(self._accept)
        panel.handle_requested.connect(self._handle)
        panel.import_requested.connect(lambda: self.import_files())
        old = self.dock.widget()
        self.dock.setWidget(panel)
        old.deleteLater()
        self.panel = panel

    def area_changed(self) -> None:
        """The open area changed (or none is open): show its items."""
        session = self.window.session
        workspace = session.workspace if session is not None else None
        self.model.set_area(workspace, session.area_id if session is not None else "")
        if self.panel is not None:
            answers = session.answer_set if session is not None else None
            self.panel.set_answers(answers, read_only=session is None or session.read_only)

    def answers_changed(self) -> None:
        session = self.window.session
        if self.panel is not None and session is not None:
            self.panel.set_answers(session.answer_set, read_only=session.read_only)

    def counts_to_form(self) -> None:
        """Give the form each question's count of open items (after a change, or when a form is built)."""
        form = self.window.form
        if form is not None:
            form.set_review_counts(self.model.open_counts())

    def show_question(self, question_id: str) -> None:
        """Show the remiss items of a question (the form's count was clicked)."""
        if self.panel is not None:
            self.dock.raise_()
            self.panel.show_question(question_id)

    # ------------------------------------------------------------ actions

    def export(self) -> None:
        session = self.window.session
        if session is not None:
            remiss_commands.export_for_remiss(self.window, session, self.window.settings)

    def import_files(self, paths: list[Path] | None = None) -> None:
        """Import reviewed remiss files into the open area (``paths``, else the ones the user chooses)."""
        session = self.window.session
        if session is None or session.read_only:
            return
        if paths is None:
            imported = remiss_commands.import_reviews(self.window, session)
        else:
            imported = remiss_commands.import_files(self.window, session, paths)
        if imported:
            self.model.reload()
            self.dock.raise_()
            if self.panel is not None:
                self.panel.next_open()

    def next_open(self) -> None:
        if self.panel is not None:
            self.dock.raise_()
            if not self.panel.next_open():
                self.window.statusBar().showMessage(self.tr("Inga öppna remissvar."), 6000)

    def _handle(self, key: tuple[int, int], state: str, note: str) -> None:
        """Reject, mark handled or reopen an item: an undo step of the open area, like Godta."""
        session, entry = self.window.session, self.model.entry(key)
        if session is None or session.read_only or entry is None or self.panel is None:
            return
        question = entry.item.question_id
        text = session.workspace.question_set.question(question).text if question else self.tr("hela rutinen")
        handling = HandlingStep(self.model, key, state, note)
        session.apply(handle_review(session.answer_set, subject=f"{text} ({entry.reviewer})"), linked=(handling,))
        session.seal()
        if handling.after is not None and state != OPEN:
            self.panel.next_open()

    def _accept(self, key: tuple[int, int], answer: Answer | None, note: str) -> None:
        """Take a proposal over and mark it accepted with ``note``: one undo step for both."""
        session, entry = self.window.session, self.model.entry(key)
        if session is None or session.read_only or entry is None or self.panel is None:
            return
        question = session.workspace.question_set.question(entry.item.question_id)
        handling = HandlingStep(self.model, key, ACCEPTED, note)
        result = accept_proposal(
            session.answer_set,
            question_id=question.id,
            answer=answer,
            reviewer=entry.reviewer,
            question_text=question.text,
        )
        session.apply(result, linked=(handling,))
        session.seal()
        if handling.after is not None:
            self.panel.next_open()
