"""What a list of areas shows about each one, read once per change of its answers file.

An area's summary is its draft (name, status) and how complete it is, or the error that keeps the
draft from loading. Reading and checking a draft costs a parse of the whole file, so a summary is kept
with the size and modification time of the file it came from, and is read again only when those
change. It lives as long as the :class:`~routine_builder.domain.workspace.Workspace` object that owns
it and is never written anywhere: the answers file stays the only source of truth.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import Progress, overall_progress
from routine_builder.errors import RoutineBuilderError

if TYPE_CHECKING:
    from routine_builder.domain.workspace import LoadedArea, Workspace


@dataclass(frozen=True)
class AreaSummary:
    """One area as a list shows it: its answers and progress, or the error that kept them from loading."""

    area_id: str
    answer_set: AnswerSet | None = None
    progress: Progress | None = None
    error: RoutineBuilderError | None = None

    @property
    def name(self) -> str:
        """The area's name, or its id when the draft cannot be read."""
        return self.answer_set.area.name if self.answer_set is not None else self.area_id


def list_names(summaries: Iterable[AreaSummary]) -> dict[str, str]:
    """Each area's name as a list shows it, by area id (its folder).

    Two folders can hold the same area, for example a copy a file-sync service made (``boras - Kopia``).
    Every area whose name another area also has is shown with its folder in parentheses,
    ``Borås (boras - Kopia)``, so that the areas can be told apart.
    """
    summaries = list(summaries)
    counts = Counter(summary.name.casefold() for summary in summaries)
    return {
        summary.area_id: f"{summary.name} ({summary.area_id})" if counts[summary.name.casefold()] > 1 else summary.name
        for summary in summaries
    }


class AreaSummaries:
    """The summaries of a workspace's areas, each read again only when its answers file changed."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._known: dict[str, tuple[tuple[int, int], AreaSummary, LoadedArea | None]] = {}
        self._listed: list[str] | None = None

    def _key(self, area_id: str) -> tuple[int, int] | None:
        try:
            status = self.workspace.answers_path(area_id).stat()
        except OSError:
            return None
        return (status.st_size, status.st_mtime_ns)

    def loaded(self, area_id: str) -> LoadedArea:
        """The area's draft as :meth:`Workspace.load_area` loads it (and raises it), read once per file change.

        So opening an area whose row the area list has just read costs no second read.
        """
        key = self._key(area_id)
        known = self._known.get(area_id)
        if key is not None and known is not None and known[0] == key and known[2] is not None:
            return known[2]
        loaded = self.workspace.load_area(area_id)
        if key is not None:
            self._known[area_id] = (key, self.summarise(loaded.answer_set), loaded)
        return loaded

    def get(self, area_id: str) -> AreaSummary:
        """The summary of one area, read from its file if the file changed since it was last read."""
        key = self._key(area_id)
        known = self._known.get(area_id)
        if key is not None and known is not None and known[0] == key:
            return known[1]
        loaded: LoadedArea | None = None
        try:
            read = self.workspace.load_area(area_id)
        except RoutineBuilderError as exc:
            summary = AreaSummary(area_id, error=exc)
        else:
            summary, loaded = self.summarise(read.answer_set), read
        if key is not None:
            self._known[area_id] = (key, summary, loaded)
        return summary

    def ids(self) -> list[str]:
        """The workspace's areas as :meth:`Workspace.area_ids` lists them now (forgetting the areas gone)."""
        ids = self.workspace.area_ids()
        for gone in set(self._known) - set(ids):
            del self._known[gone]
        self._listed = ids
        return ids

    def all(self) -> list[AreaSummary]:
        """The summary of every area of the workspace, in the order of :meth:`Workspace.area_ids`."""
        return [self.get(area_id) for area_id in self.ids()]

    def known(self) -> list[AreaSummary]:
        """The summaries of the areas as last listed, without looking again at the files read already.

        The first time, and for an area not read yet, they are read. For a second view of the same areas,
        such as the compare window's pickers beside the area list.
        """
        if self._listed is None:
            return self.all()
        return [self._known[area_id][1] if area_id in self._known else self.get(area_id) for area_id in self._listed]

    def summarise(self, answer_set: AnswerSet) -> AreaSummary:
        """The summary of answers that are not (yet) on disk, such as the open area's while it is edited."""
        return AreaSummary(answer_set.area.id, answer_set, overall_progress(self.workspace.question_set, answer_set))
