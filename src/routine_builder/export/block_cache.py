"""Blocks that are the same in every routine of a workspace, built once per exporter and then copied.

The guideline's text boxes, the defined terms and the legal references do not depend on the area's
answers; building their elements one by one costs more than copying a finished tree. Only blocks
whose building had no other effect (no contents entry, no draft gap, no numbering restart) are kept.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from typing import Protocol

from routine_builder.export import xml_build as xb
from routine_builder.export.xml_build import Element


class _Target(Protocol):
    body: Element
    numbering: Element | None
    toc: list
    gaps: list


class BlockCache:
    """Finished blocks by key, shared by the documents of one exporter."""

    def __init__(self) -> None:
        self._blocks: dict[Hashable, list[Element]] = {}

    def write(self, target: _Target, key: Hashable, build: Callable[[], object]) -> None:
        """Append the blocks ``build`` writes to ``target.body``, or a copy of them when built before."""
        cached = self._blocks.get(key)
        if cached is not None:
            target.body.extend(copy.deepcopy(element) for element in cached)
            return
        start = len(target.body)
        before = _effects(target)
        build()
        if _effects(target) == before:
            self._blocks[key] = [copy.deepcopy(element) for element in target.body[start:]]


def _effects(target: _Target) -> tuple[int, int, int]:
    numbers = 0 if target.numbering is None else len(target.numbering.findall(xb.w("num")))
    return len(target.toc), len(target.gaps), numbers
