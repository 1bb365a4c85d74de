"""Who made each change of a comparison: the saved version (or the draft) that last changed the answer.

Between two versions of one area the saved versions in between tell, question by question, which version
changed the answer last; that version's ``saved_by`` and ``saved_at`` (the draft's last save for the
draft) become the author and date of the tracked changes. Between two areas the newer side made them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from routine_builder.document.swedish import format_date
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.versions import list_versions
from routine_builder.domain.workspace import WORKSPACE_FILE, Workspace
from routine_builder.errors import RoutineBuilderError
from routine_builder.export.tracked_changes import Author

UNKNOWN = "Okänd"


def author_of(answer_set: AnswerSet) -> Author:
    """The author and date of a version (who saved it, when) or of a draft (its last save)."""
    info = answer_set.version
    if info is not None:
        return Author(info.saved_by.strip() or answer_set.updated_by.strip() or UNKNOWN, info.saved_at)
    when = answer_set.updated_at or dt.datetime.now(dt.UTC)
    return Author(answer_set.updated_by.strip() or UNKNOWN, when)


def side_label(answer_set: AnswerSet) -> str:
    """One side in words: "Borås, version 2 (1 oktober 2025)" or "Borås, utkast (20 november 2025)"."""
    return f"{answer_set.area.name}, {side_state(answer_set)}"


def side_state(answer_set: AnswerSet) -> str:
    """One side without its area: "version 2 (1 oktober 2025)" or "utkast (20 november 2025)"."""
    info = answer_set.version
    if info is not None:
        return f"version {info.number} ({format_date(info.saved_at.date())})"
    when = f" ({format_date(answer_set.updated_at.date())})" if answer_set.updated_at else ""
    return f"utkast{when}"


def compact_title(old: AnswerSet, new: AnswerSet, old_label: str, new_label: str) -> str:
    """What is compared, naming the area once when both sides are of one area (and named as such)."""
    if old.area.id == new.area.id and (old_label, new_label) == (side_label(old), side_label(new)):
        return f"Jämförelse: {old.area.name}: {side_state(old)} → {side_state(new)}"
    return f"Jämförelse: {old_label} → {new_label}"


def shorten_to_width(text: str, fits: Callable[[str], bool], *, keep_end: str = "") -> str:
    """``text`` cut at a word before ``keep_end`` (its tail), with "…", until ``fits`` accepts it."""
    if fits(text) or not text.endswith(keep_end):
        return text
    head = text[: len(text) - len(keep_end)].rstrip(" ,:–")
    words = head.split(" ")
    while len(words) > 2:
        words.pop()
        shorter = " ".join(words).rstrip(" ,:–") + "…" + keep_end
        if fits(shorter):
            return shorter
    return text


def versions_between(workspace: Workspace, old: AnswerSet, new: AnswerSet) -> list[AnswerSet]:
    """The saved versions of the area strictly between ``old`` and ``new`` (none for two areas)."""
    if old.area.id != new.area.id or old.version is None:
        return []
    low = old.version.number
    high = new.version.number if new.version is not None else None
    try:
        versions = list_versions(workspace, old.area.id)
    except (RoutineBuilderError, OSError):
        return []
    return [
        v
        for v in versions
        if v.version is not None and v.version.number > low and (high is None or v.version.number < high)
    ]


def workspace_of(path: Path) -> Workspace | None:
    """The workspace an answers or version file sits in, if any."""
    for parent in Path(path).resolve().parents:
        if (parent / WORKSPACE_FILE).is_file():
            try:
                return Workspace.open(parent)
            except RoutineBuilderError:
                return None
    return None


def change_authors(
    question_ids: Iterable[str], old: AnswerSet, new: AnswerSet, between: Sequence[AnswerSet] = ()
) -> dict[str, Author]:
    """For each question, the author of the last version in ``old → between → new`` that changed it."""
    chain = [old, *between, new]
    authors: dict[str, Author] = {}
    newest = author_of(new)
    for qid in question_ids:
        author = newest
        for before, after in zip(reversed(chain[:-1]), reversed(chain[1:]), strict=True):
            if before.get(qid) != after.get(qid):
                author = author_of(after)
                break
        authors[qid] = author
    return authors
