"""Saving on a shared drive: save, or merge with what someone else saved meanwhile, never overwrite."""

from __future__ import annotations

from dataclasses import dataclass

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.merge import MergeResult, Side, merge
from routine_builder.domain.workspace import LoadedArea, Workspace
from routine_builder.errors import ConflictError


@dataclass(frozen=True)
class SaveOutcome:
    """What happened to a save.

    ``saved`` is the new state on disk (the next base) when the save went through, directly or after
    merging changes made by someone else (``taken_from_theirs`` lists those questions). When both sides
    changed the same question, nothing is written: ``pending`` holds the merge to decide and ``theirs``
    the file as it is now; call :func:`save_resolved` with the user's choices.
    """

    saved: LoadedArea | None
    taken_from_theirs: tuple[str, ...] = ()
    pending: MergeResult | None = None
    theirs: LoadedArea | None = None


def save_or_merge(workspace: Workspace, *, base: LoadedArea, mine: AnswerSet, by: str = "") -> SaveOutcome:
    """Save ``mine`` (edited from ``base``); merge first if the file changed on disk meanwhile."""
    try:
        return SaveOutcome(saved=workspace.save_area(mine, expected_digest=base.digest, by=by))
    except ConflictError:
        pass
    theirs = workspace.load_area(mine.area.id)
    result = merge(base.answer_set, mine, theirs.answer_set)
    if result.conflicts:
        return SaveOutcome(saved=None, pending=result, theirs=theirs)
    outcome = save_or_merge(workspace, base=theirs, mine=result.merged, by=by)
    return SaveOutcome(
        saved=outcome.saved,
        taken_from_theirs=tuple(dict.fromkeys(result.taken_from_theirs + outcome.taken_from_theirs)),
        pending=outcome.pending,
        theirs=outcome.theirs,
    )


def save_resolved(workspace: Workspace, *, outcome: SaveOutcome, choices: dict[str, Side], by: str = "") -> SaveOutcome:
    """Save a merge after the user chose a side for each conflict (the file may have changed again)."""
    assert outcome.pending is not None and outcome.theirs is not None
    resolved = outcome.pending.resolve(choices)
    return save_or_merge(workspace, base=outcome.theirs, mine=resolved, by=by)
