"""What can be compared: an area's draft or one of its saved versions, in this or another area."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.area_summaries import list_names
from routine_builder.domain.version_index import version_headers
from routine_builder.domain.versions import load_version
from routine_builder.domain.workspace import Workspace


def tr(text: str) -> str:
    """Translate in the context of the comparison sources."""
    return QCoreApplication.translate("CompareSources", text)


@dataclass(frozen=True)
class Source:
    """One side of a comparison: an area's draft (``version`` None) or a saved version."""

    area_id: str
    version: int | None = None


def list_sources(workspace: Workspace, area_id: str) -> list[tuple[Source, str]]:
    """Every source with its label: this area first (draft, newest version first), then the other areas."""
    return own_sources(workspace, area_id) + other_sources(workspace, area_id)


def own_sources(workspace: Workspace, area_id: str) -> list[tuple[Source, str]]:
    """The area's own draft and versions (newest first), with their labels; no answers are read."""
    return _area_sources(workspace, area_id, "")


def other_sources(workspace: Workspace, area_id: str) -> list[tuple[Source, str]]:
    """The other areas' drafts and versions, labelled with the area's name; no answers are read.

    The areas and their names are those the area list shows; the versions are listed afresh, from their
    headers, so that a version someone else saved meanwhile is there.
    """
    names = list_names(workspace.summaries.known())
    others = [other for other in names if other != area_id]
    return [item for other in others for item in _area_sources(workspace, other, f"{names[other]}: ")]


def _area_sources(workspace: Workspace, area_id: str, prefix: str) -> list[tuple[Source, str]]:
    """One area's sources; ``prefix`` (the area's name) before each label of another area's."""
    result = [(Source(area_id), prefix + tr("Utkast") if prefix else tr("Utkastet (nu)"))]
    for header in reversed(version_headers(workspace, area_id)):
        info = header.version
        if info is None:
            continue
        label = tr("Version {0} – {1:%Y-%m-%d} – {2}").format(info.number, info.saved_at, info.comment or "")
        result.append((Source(area_id, info.number), prefix + label.rstrip(" –")))
    return result


def load_source(workspace: Workspace, source: Source, draft: AnswerSet | None = None) -> AnswerSet:
    """The answers of a source; ``draft`` (the app's unsaved state) stands in for that area's draft."""
    if source.version is None:
        if draft is not None and draft.area.id == source.area_id:
            return draft
        return workspace.load_area(source.area_id).answer_set
    return load_version(workspace, source.area_id, source.version).answer_set
