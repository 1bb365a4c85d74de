"""The routine's blocks as units a redline aligns: paragraphs, list items and tables, each named by what it is.

A unit's ``key`` says what it is (heading, paragraph in a style, list item, table, a piece of a guideline box
or of the flow chart) and which question it comes from; its ``text`` is what it says. Two routines are
aligned unit by unit with :func:`~routine_builder.domain.word_diff.diff_lines` (one line per unit, its key
first), so that units which are the same stay paired, and changed ones pair with the most alike unit of
the same kind; a table is paired by its key alone and its rows are aligned the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from routine_builder.document.blocks import (
    Block,
    Box,
    Flowchart,
    Gap,
    Heading,
    Landscape,
    ListBlock,
    Paragraph,
    Spans,
    Table,
    plain,
    spans_text,
)
from routine_builder.document.text import cell_display
from routine_builder.domain.word_diff import diff_lines
from routine_builder.export.writer import BOX_STYLES


@dataclass(frozen=True)
class Piece:
    """A paragraph of a guideline box or of the flow chart, in its own Word style."""

    spans: Spans
    style: str
    bold: bool = False


@dataclass(frozen=True)
class Item:
    """One item of a list; ``group`` tells the items of one list apart (numbering restarts per list)."""

    spans: Spans
    numbered: bool
    group: int


UnitBlock = Heading | Paragraph | Gap | Table | Piece | Item


@dataclass(frozen=True)
class Unit:
    """One paragraph, list item or table of a routine, as the redline aligns it."""

    key: str
    text: str
    block: UnitBlock
    source: str = ""
    landscape: bool = False


Pair = tuple[Unit | None, Unit | None]


def _one_token(text: str) -> str:
    return "\u2063".join(text.split())


def _box_units(box: Box, landscape: bool) -> list[Unit]:
    text, bullets = BOX_STYLES[box.advice]
    kind = f"box{int(box.advice)}"
    units: list[Unit] = []
    if box.label:
        label = Piece(plain(box.label), text, bold=True)
        units.append(Unit(f"{kind}:label:{_one_token(box.label)}", box.label, label, landscape=landscape))
    for part in box.content:
        if isinstance(part, ListBlock):
            units += [Unit(f"{kind}:li", spans_text(i), Piece(i, bullets), landscape=landscape) for i in part.items]
        elif isinstance(part, Paragraph):
            units.append(Unit(f"{kind}:p", part.text, Piece(part.spans, text), landscape=landscape))
    return units


def _flow_units(chart: Flowchart, landscape: bool) -> list[Unit]:
    """The flow chart in reading order, a box per paragraph (as the routine's chart reads)."""
    boxes: list[tuple[str, str, bool]] = [(text, "Flödesruta", index == 0) for index, text in enumerate(chart.common)]
    boxes.append((chart.decision, "Flödesbeslut", False))
    for label, steps in chart.alternatives:
        boxes.append((label, "Flödesbeslut", False))
        boxes += [(f"{number}. {step}", "Flödesruta", False) for number, step in enumerate(steps, start=1)]
    boxes.append((chart.birth, "Flödesruta", True))
    return [
        Unit(f"flow:{style}", text, Piece(plain(text), style, bold), landscape=landscape) for text, style, bold in boxes
    ]


def units(blocks: Sequence[Block], *, landscape: bool = False, groups: list[int] | None = None) -> list[Unit]:
    """The units of ``blocks`` in reading order (a table of contents is left out)."""
    groups = groups if groups is not None else [0]
    result: list[Unit] = []
    for block in blocks:
        if isinstance(block, Heading):
            key = f"h{block.level}:{block.kind}:{block.source}:{_one_token(block.text)}"
            result.append(Unit(key, block.text, block, block.source, landscape))
        elif isinstance(block, Paragraph):
            result.append(Unit(f"p:{block.style}:{block.source}", block.text, block, block.source, landscape))
        elif isinstance(block, Gap):
            result.append(Unit(f"gap:{block.source}", block.text, block, block.source, landscape))
        elif isinstance(block, ListBlock):
            groups[0] += 1
            for item in block.items:
                key = f"li:{int(block.numbered)}:{block.source}"
                unit = Unit(key, spans_text(item), Item(item, block.numbered, groups[0]), block.source, landscape)
                result.append(unit)
        elif isinstance(block, Table):
            key = f"t:{block.source}:{_one_token(block.caption)}:{_one_token('|'.join(block.header))}"
            result.append(Unit(key, "", block, block.source, landscape))
        elif isinstance(block, Box):
            result += _box_units(block, landscape)
        elif isinstance(block, Flowchart):
            result += _flow_units(block, landscape)
        elif isinstance(block, Landscape):
            result += units(block.blocks, landscape=True, groups=groups)
    return result


def _aligned(old: Sequence[str], new: Sequence[str]) -> list[tuple[int | None, int | None]]:
    """Index pairs of two lists of one-line texts, in order, as :func:`diff_lines` aligns them."""
    joined_old = "".join(f"{line}\n" for line in old)
    joined_new = "".join(f"{line}\n" for line in new)
    at_old = at_new = 0
    result: list[tuple[int | None, int | None]] = []
    for line in diff_lines(joined_old, joined_new):
        if line.kind == "insert":
            result.append((None, at_new))
            at_new += 1
        elif line.kind == "delete":
            result.append((at_old, None))
            at_old += 1
        else:
            result.append((at_old, at_new))
            at_old += 1
            at_new += 1
    return result


def _inserts_first(pairs: list[Pair]) -> list[Pair]:
    """Within each run of one-sided units the added ones come first (the removed ones keep their style)."""
    result: list[Pair] = []
    run: list[Pair] = []
    for pair in [*pairs, None]:
        if pair is not None and (pair[0] is None or pair[1] is None):
            run.append(pair)
            continue
        result += [p for p in run if p[0] is None] + [p for p in run if p[0] is not None]
        run = []
        if pair is not None:
            result.append(pair)
    return result


def _line(unit: Unit) -> str:
    text = "" if isinstance(unit.block, Table) else " ".join(unit.text.split())
    return f"{unit.key} {text}".rstrip()


def align(old: Sequence[Unit], new: Sequence[Unit]) -> list[Pair]:
    """The two routines' units side by side: pairs of the same unit (perhaps changed), and one-sided ones."""
    pairs: list[Pair] = []
    for i, j in _aligned([_line(u) for u in old], [_line(u) for u in new]):
        a = old[i] if i is not None else None
        b = new[j] if j is not None else None
        if a is not None and b is not None and a.key != b.key:
            pairs += [(a, None), (None, b)]
        else:
            pairs.append((a, b))
    return _inserts_first(pairs)


Row = tuple[str, ...]


def align_rows(old: Sequence[Row], new: Sequence[Row]) -> list[tuple[Row | None, Row | None]]:
    """The rows of two versions of a table, aligned (a moved row is removed and added)."""

    def line(row: Row) -> str:
        return " | ".join(" ".join(cell_display(cell).split()) for cell in row)

    rows: list[tuple[Row | None, Row | None]] = []
    for i, j in _aligned([line(r) for r in old], [line(r) for r in new]):
        rows.append((old[i] if i is not None else None, new[j] if j is not None else None))
    return rows
