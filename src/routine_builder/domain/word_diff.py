"""Word-level differences between two texts, line by line.

A text is split into lines (each keeping its line end); lines are aligned first, so that a change in one
paragraph never borrows words from another. Inside a pair of lines the tokens are whole words with their
trailing whitespace (punctuation stays with its word), so a difference never cuts a word in two.

Every diff is exact: the ``equal`` and ``delete`` texts put together give the older text, the ``equal``
and ``insert`` texts the newer one (see :func:`apply_ops`). A difference in whitespace alone is kept as
a whitespace-only ``delete``/``insert`` pair, which :func:`has_changes` does not count.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

OpKind = Literal["equal", "insert", "delete"]
LineKind = Literal["equal", "insert", "delete", "change"]

_TOKEN = re.compile(r"\s+|\S+\s*")
_PAIR_THRESHOLD = 0.5


@dataclass(frozen=True)
class DiffOp:
    """One piece of a diff: text kept, inserted or deleted."""

    kind: OpKind
    text: str


@dataclass(frozen=True)
class LineDiff:
    """One line (paragraph) of a text diff; ``old``/``new`` include the line end when there is one."""

    kind: LineKind
    old: str
    new: str
    ops: tuple[DiffOp, ...]

    @property
    def changed(self) -> bool:
        """True when the line differs in more than whitespace."""
        return has_changes(self.ops)


def tokenize(text: str) -> list[str]:
    """Split ``text`` into words with their trailing whitespace (leading whitespace is its own token)."""
    return _TOKEN.findall(text)


def _key(line: str) -> str:
    return " ".join(line.split())


def _merge(ops: list[DiffOp]) -> tuple[DiffOp, ...]:
    """Join neighbours of one kind; each run of changes becomes one deletion followed by one insertion."""
    merged: list[DiffOp] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted:
            merged.append(DiffOp("delete", "".join(deleted)))
        if inserted:
            merged.append(DiffOp("insert", "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for op in ops:
        if not op.text:
            continue
        if op.kind == "delete":
            deleted.append(op.text)
        elif op.kind == "insert":
            inserted.append(op.text)
        else:
            if deleted or inserted:
                flush()
            if merged and merged[-1].kind == "equal":
                merged[-1] = DiffOp("equal", merged[-1].text + op.text)
            else:
                merged.append(op)
    flush()
    return tuple(merged)


def _equal_tokens(old: list[str], new: list[str], out: list[DiffOp]) -> None:
    """Tokens whose words match; a difference in their whitespace becomes a whitespace-only change."""
    if old == new:
        if old:
            out.append(DiffOp("equal", "".join(old)))
        return
    kept: list[str] = []
    for a, b in zip(old, new, strict=True):
        if a == b:
            kept.append(a)
            continue
        word = a.rstrip()
        kept.append(word)
        out.append(DiffOp("equal", "".join(kept)))
        kept.clear()
        out.append(DiffOp("delete", a[len(word) :]))
        out.append(DiffOp("insert", b[len(word) :]))
    if kept:
        out.append(DiffOp("equal", "".join(kept)))


def _common_ends(a: list[str], b: list[str]) -> tuple[int, int]:
    """How many tokens both lists share at the start and, after that, at the end."""
    limit = min(len(a), len(b))
    head = 0
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def word_ops(old: str, new: str) -> tuple[DiffOp, ...]:
    """The word-level diff of two texts (usually two versions of one line)."""
    if old == new:
        return (DiffOp("equal", old),) if old else ()
    a, b = tokenize(old), tokenize(new)
    keys_a, keys_b = [t.strip() for t in a], [t.strip() for t in b]
    head, tail = _common_ends(keys_a, keys_b)
    ops: list[DiffOp] = []
    _equal_tokens(a[:head], b[:head], ops)
    matcher = SequenceMatcher(None, keys_a[head : len(a) - tail], keys_b[head : len(b) - tail], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _equal_tokens(a[head + i1 : head + i2], b[head + j1 : head + j2], ops)
        else:
            ops.append(DiffOp("delete", "".join(a[head + i1 : head + i2])))
            ops.append(DiffOp("insert", "".join(b[head + j1 : head + j2])))
    _equal_tokens(a[len(a) - tail :], b[len(b) - tail :], ops)
    return _merge(ops)


def _similarity(a: Counter[str], b: Counter[str]) -> float:
    """How alike two lines are: the share of words they have in common (order ignored, as a first cut)."""
    total = a.total() + b.total()
    return 2.0 * (a & b).total() / total if total and a and b else 0.0


def _line(kind: LineKind, old: str, new: str) -> LineDiff:
    if kind == "insert":
        return LineDiff(kind, "", new, _merge([DiffOp("insert", new)]))
    if kind == "delete":
        return LineDiff(kind, old, "", _merge([DiffOp("delete", old)]))
    ops = word_ops(old, new)
    return LineDiff("change" if has_changes(ops) else "equal", old, new, ops)


def _pair_block(old: list[str], new: list[str]) -> list[LineDiff]:
    """Pair the lines of a replaced block by similarity, in order; deletions come before insertions."""
    old_words = [Counter(line.split()) for line in old]
    result: list[LineDiff] = []
    waiting: list[LineDiff] = []
    start = 0
    for position, line in enumerate(new):
        words = Counter(line.split())
        best, best_score = -1, _PAIR_THRESHOLD
        same_place = position - len(new) + len(old)  # the old line at the same distance from the block's end
        order = [same_place] if start <= same_place < len(old) else []
        for index in [*order, *range(start, len(old))]:
            score = _similarity(old_words[index], words)
            if score > best_score or (score == best_score and best < 0):
                best, best_score = index, score
            if score >= 0.8 and index in order:
                break  # the line in the same place is clearly the same paragraph
        if best < 0:
            waiting.append(_line("insert", "", line))
            continue
        result.extend(_line("delete", old[i], "") for i in range(start, best))
        result.extend(waiting)
        waiting.clear()
        result.append(_line("change", old[best], line))
        start = best + 1
    result.extend(_line("delete", old[i], "") for i in range(start, len(old)))
    result.extend(waiting)
    return result


def diff_lines(old: str, new: str) -> tuple[LineDiff, ...]:
    """The line-by-line diff of two texts, with a word-level diff inside each changed line."""
    if old == new:
        return tuple(LineDiff("equal", line, line, (DiffOp("equal", line),)) for line in old.splitlines(True))
    a, b = old.splitlines(True), new.splitlines(True)
    matcher = SequenceMatcher(None, [_key(x) for x in a], [_key(x) for x in b], autojunk=False)
    result: list[LineDiff] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result.extend(_line("change", x, y) for x, y in zip(a[i1:i2], b[j1:j2], strict=True))
        elif tag == "delete":
            result.extend(_line("delete", x, "") for x in a[i1:i2])
        elif tag == "insert":
            result.extend(_line("insert", "", y) for y in b[j1:j2])
        else:
            result.extend(_pair_block(a[i1:i2], b[j1:j2]))
    return tuple(result)


def text_ops(old: str, new: str) -> tuple[DiffOp, ...]:
    """The whole diff of two texts as one flat list of operations."""
    return _merge([op for line in diff_lines(old, new) for op in line.ops])


def has_changes(ops: tuple[DiffOp, ...] | list[DiffOp]) -> bool:
    """True when an insertion or deletion holds more than whitespace."""
    return any(op.kind != "equal" and op.text.strip() for op in ops)


def apply_ops(old_text: str, ops: tuple[DiffOp, ...] | list[DiffOp]) -> str:
    """Apply a diff to the older text and return the newer; raises ValueError if the diff does not fit."""
    position = 0
    parts: list[str] = []
    for op in ops:
        if op.kind == "insert":
            parts.append(op.text)
            continue
        end = position + len(op.text)
        if old_text[position:end] != op.text:
            raise ValueError(f"the diff does not fit the text at character {position}")
        if op.kind == "equal":
            parts.append(op.text)
        position = end
    if position != len(old_text):
        raise ValueError("the diff does not cover the whole older text")
    return "".join(parts)


def _lead(text: str) -> str:
    return text[: len(text) - len(text.lstrip())]


def _trail(text: str) -> str:
    return text[len(text.rstrip()) :] if text.strip() else ""


def compact(ops: tuple[DiffOp, ...] | list[DiffOp]) -> str:
    """A one-string rendering in the style of ``git diff --word-diff``: ``[-old-]{+new+}``."""
    parts: list[str] = []
    for index, op in enumerate(ops):
        body = op.text.strip()
        after = ops[index + 1] if index + 1 < len(ops) else None
        before = ops[index - 1] if index else None
        if op.kind == "equal":
            parts.append(op.text)
        elif not body:
            parts.append(op.text if op.kind == "insert" else "")
        elif op.kind == "delete":
            replaced = after is not None and after.kind == "insert"
            lead = _lead(after.text) if replaced and after is not None else _lead(op.text)
            parts.append(f"{lead}[-{body}-]" + ("" if replaced else _trail(op.text)))
        else:
            lead = "" if before is not None and before.kind == "delete" else _lead(op.text)
            parts.append(f"{lead}{{+{body}+}}{_trail(op.text)}")
    return "".join(parts)
