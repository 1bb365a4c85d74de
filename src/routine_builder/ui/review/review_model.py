"""The open area's remiss items, read from its review files and written back as they are handled."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from routine_builder.domain.reviews import Entry, ReviewItem, entries, handle_item, load_reviews
from routine_builder.domain.workspace import Workspace
from routine_builder.errors import RoutineBuilderError


class ReviewModel(QObject):
    """Every item of one area's reviews; :attr:`changed` after a reload or a handled item."""

    changed = Signal()
    failed = Signal(str)  # one sentence: a review file could not be read or written

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.area_id = ""
        self.entries: list[Entry] = []
        self.problems: list[str] = []

    def set_area(self, workspace: Workspace | None, area_id: str) -> None:
        """Show the items of ``area_id`` ("" for none)."""
        self.workspace = workspace
        self.area_id = area_id
        self.reload()

    def reload(self) -> None:
        """Read the area's review files again (after an import, or someone else's handling)."""
        if self.workspace is None or not self.area_id:
            self.entries = []
            self.problems = []
        else:
            try:
                reviews, self.problems = load_reviews(self.workspace, self.area_id)
            except RoutineBuilderError as exc:
                reviews, self.problems = [], [exc.message]
            order = [q.id for q in self.workspace.question_set.questions()]
            self.entries = entries(reviews, order)
        self.changed.emit()

    def open_counts(self) -> dict[str, int]:
        """Open items per question."""
        counts: dict[str, int] = {}
        for entry in self.entries:
            if entry.item.is_open and entry.item.question_id:
                counts[entry.item.question_id] = counts.get(entry.item.question_id, 0) + 1
        return counts

    def entry(self, key: tuple[int, int]) -> Entry | None:
        """The entry with this (review number, item id)."""
        return next((e for e in self.entries if e.key == key), None)

    def handle(
        self, key: tuple[int, int], state: str, note: str = "", *, by: str = "", at: dt.datetime | None = None
    ) -> bool:
        """Record how an item was handled; False (and :attr:`failed`) when its file cannot be written."""
        if self.workspace is None:
            return False
        return self.handle_in(self.workspace, self.area_id, key, state, note, by=by, at=at)

    def handle_in(
        self,
        workspace: Workspace,
        area_id: str,
        key: tuple[int, int],
        state: str,
        note: str = "",
        *,
        by: str = "",
        at: dt.datetime | None = None,
    ) -> bool:
        """:meth:`handle` for an item of ``area_id`` in ``workspace``, shown or not (an undo after a switch)."""
        try:
            review = handle_item(workspace, area_id, key[0], key[1], state=state, note=note, by=by, at=at)
        except RoutineBuilderError as exc:
            self.failed.emit(exc.message)
            return False
        if workspace is self.workspace and area_id == self.area_id:
            self.entries = [
                Entry(review, review.item(e.item.id)) if e.review.number == review.number else e for e in self.entries
            ]
            self.changed.emit()
        return True


class HandlingStep:
    """How one item was handled, as part of an undo step of the open area (see ``AreaSession.apply``).

    The first :meth:`redo` records ``state`` and ``note``; :meth:`undo` writes the item's handling back as
    it was before (state, note, who and when) and a later :meth:`redo` as it was recorded.
    """

    def __init__(self, model: ReviewModel, key: tuple[int, int], state: str, note: str = "") -> None:
        entry = model.entry(key)
        if model.workspace is None or entry is None:
            raise ValueError(key)
        self.model = model
        self.key = key
        self.workspace = model.workspace
        self.area_id = model.area_id
        self.before: ReviewItem = entry.item
        self.wanted = (state, note)
        self.after: ReviewItem | None = None

    def redo(self) -> None:
        if self.after is None:
            state, note = self.wanted
            if self.model.handle_in(self.workspace, self.area_id, self.key, state, note):
                self.after = self._current()
        else:
            self._write(self.after)

    def undo(self) -> None:
        if self.after is not None:
            self._write(self.before)

    def _write(self, item: ReviewItem) -> None:
        by, at = item.handled_by, item.handled_at
        self.model.handle_in(self.workspace, self.area_id, self.key, item.state, item.note, by=by, at=at)

    def _current(self) -> ReviewItem | None:
        entry = self.model.entry(self.key) if self.model.area_id == self.area_id else None
        return entry.item if entry is not None else None
