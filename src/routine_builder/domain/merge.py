"""Three-way merge of an area's answers: what I changed, what they changed, from a common base.

Questions changed on one side only merge by themselves; a question both sides changed differently is a
conflict for the user to decide. Nothing is ever dropped: every answer present on either side survives
unless one side deliberately removed it and the other left it untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from routine_builder.domain.answers import AnswerSet

Side = Literal["mine", "theirs"]


@dataclass(frozen=True)
class Conflict:
    """A question (or document field) both sides changed differently."""

    key: str  # a question id, or "document" / "area"
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class MergeResult:
    """The merged answers plus the conflicts still to decide (merged holds 'mine' for those)."""

    merged: AnswerSet
    conflicts: tuple[Conflict, ...]
    taken_from_theirs: tuple[str, ...]

    def resolve(self, choices: dict[str, Side]) -> AnswerSet:
        """Apply the user's choice per conflict key; undecided conflicts keep 'mine'."""
        result = self.merged
        for conflict in self.conflicts:
            if choices.get(conflict.key) != "theirs":
                continue
            if conflict.key == "document":
                result = replace(result, document=conflict.theirs)
            elif conflict.key == "area":
                result = replace(result, area=conflict.theirs)
            elif conflict.key.startswith("orphan:"):
                orphans = dict(result.orphans)
                name = conflict.key.removeprefix("orphan:")
                if conflict.theirs is None:
                    orphans.pop(name, None)
                else:
                    orphans[name] = conflict.theirs
                result = replace(result, orphans=orphans)
            else:
                result = result.with_answer(conflict.key, conflict.theirs)
        return result


def _pick(base: Any, mine: Any, theirs: Any) -> tuple[Any, bool, bool]:
    """(value, conflict, from_theirs)."""
    if mine == theirs:
        return mine, False, False
    if mine == base:
        return theirs, False, True
    if theirs == base:
        return mine, False, False
    return mine, True, False


def merge(base: AnswerSet, mine: AnswerSet, theirs: AnswerSet, *, common_document: bool = True) -> MergeResult:
    """Merge ``mine`` and ``theirs``, both descended from ``base``.

    ``common_document`` False: the two sides share no document data, so data that differ are a choice.
    """
    conflicts: list[Conflict] = []
    from_theirs: list[str] = []
    answers = {}
    keys = list(dict.fromkeys([*mine.answers, *theirs.answers, *base.answers]))
    for key in keys:
        b, m, t = base.answers.get(key), mine.answers.get(key), theirs.answers.get(key)
        value, conflict, took = _pick(b, m, t)
        if conflict:
            conflicts.append(Conflict(key, b, m, t))
        if took:
            from_theirs.append(key)
        if value is not None:
            answers[key] = value
    orphans = {}
    for name in dict.fromkeys([*mine.orphans, *theirs.orphans, *base.orphans]):
        b, m, t = base.orphans.get(name), mine.orphans.get(name), theirs.orphans.get(name)
        value, conflict, _took = _pick(b, m, t)
        if conflict:
            conflicts.append(Conflict(f"orphan:{name}", b, m, t))
        if value is not None:
            orphans[name] = value
    base_document = base.document if common_document else None
    document, doc_conflict, doc_took = _pick(base_document, mine.document, theirs.document)
    if doc_conflict:
        conflicts.append(Conflict("document", base_document, mine.document, theirs.document))
    if doc_took:
        from_theirs.append("document")
    area, area_conflict, _ = _pick(base.area, mine.area, theirs.area)
    if area_conflict:
        conflicts.append(Conflict("area", base.area, mine.area, theirs.area))
    merged = replace(mine, answers=answers, orphans=orphans, document=document, area=area)
    return MergeResult(merged, tuple(conflicts), tuple(from_theirs))
