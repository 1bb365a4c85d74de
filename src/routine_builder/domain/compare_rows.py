"""Comparing the rows of a contacts answer: rows are matched by content, not only by position.

Identical rows are paired first, then the remaining rows by similarity (best pair first), so that a row
that moved, or had one cell edited, is reported as kept or changed rather than removed and added.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from routine_builder.domain.word_diff import DiffOp, has_changes, word_ops

RowKind = Literal["equal", "added", "removed", "changed"]
_MIN_SIMILARITY = 0.4


@dataclass(frozen=True)
class RowDiff:
    """One row of a contacts comparison; ``cells`` holds one word diff per column, in column order."""

    kind: RowKind
    old: dict[str, str] | None
    new: dict[str, str] | None
    cells: tuple[tuple[DiffOp, ...], ...]


def _cell(row: dict[str, str] | None, column: str) -> str:
    return " ".join(str((row or {}).get(column) or "").split())


def _key(row: dict[str, str], columns: list[str]) -> tuple[str, ...]:
    return tuple(_cell(row, c) for c in columns)


def _similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    same = sum(1 for x, y in zip(a, b, strict=True) if x and x == y)
    filled = max(1, sum(1 for x, y in zip(a, b, strict=True) if x or y))
    words = SequenceMatcher(None, " | ".join(a).split(), " | ".join(b).split(), autojunk=False).ratio()
    return max(same / filled, words)


def _match(old: list[tuple[str, ...]], new: list[tuple[str, ...]]) -> dict[int, int]:
    """New index -> old index for every paired row."""
    pairs: dict[int, int] = {}
    free_old = list(range(len(old)))
    for j, key in enumerate(new):
        i = next((i for i in free_old if old[i] == key), None)
        if i is not None:
            pairs[j] = i
            free_old.remove(i)
    scored = sorted(
        ((_similarity(old[i], new[j]), -abs(i - j), i, j) for j in range(len(new)) if j not in pairs for i in free_old),
        reverse=True,
    )
    used_old: set[int] = set()
    for score, _distance, i, j in scored:
        if score < _MIN_SIMILARITY:
            break
        if j in pairs or i in used_old:
            continue
        pairs[j] = i
        used_old.add(i)
    return pairs


def _row(kind: RowKind, old: dict[str, str] | None, new: dict[str, str] | None, columns: list[str]) -> RowDiff:
    cells = tuple(word_ops(_cell(old, c), _cell(new, c)) for c in columns)
    if kind == "changed" and not any(has_changes(cell) for cell in cells):
        kind = "equal"
    return RowDiff(kind, old, new, cells)


def diff_rows(old: list[dict[str, str]], new: list[dict[str, str]], columns: list[str]) -> tuple[RowDiff, ...]:
    """The rows of both sides in the newer order; removed rows stand where they stood in the older list."""
    old_keys, new_keys = [_key(r, columns) for r in old], [_key(r, columns) for r in new]
    old = [r for r, k in zip(old, old_keys, strict=True) if any(k)]
    new = [r for r, k in zip(new, new_keys, strict=True) if any(k)]
    old_keys, new_keys = [k for k in old_keys if any(k)], [k for k in new_keys if any(k)]
    pairs = _match(old_keys, new_keys)
    paired_old = set(pairs.values())
    result: list[RowDiff] = []
    emitted: set[int] = set()

    def removed_before(limit: int) -> None:
        for i in range(limit):
            if i not in paired_old and i not in emitted:
                emitted.add(i)
                result.append(_row("removed", old[i], None, columns))

    for j, row in enumerate(new):
        i = pairs.get(j)
        if i is None:
            later = [pairs[k] for k in range(j + 1, len(new)) if k in pairs]
            removed_before(later[0] if later else len(old))
            result.append(_row("added", None, row, columns))
            continue
        removed_before(i)
        result.append(_row("changed", old[i], row, columns))
    removed_before(len(old))
    return tuple(result)
