"""Column widths from content: no word split in the middle, and the room left shared by text length.

Cells are measured as they are shown (:func:`~routine_builder.export.inline.cell_display`): phone
numbers are one word, e-mail addresses may break after ``@`` and ``.``. Widths are estimated with the
proportions of Arial/Liberation Sans (the template's font), in em per character; an estimate that
errs on the wide side, so that a word that is measured to fit does fit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import repeat

CELL_PADDING_CM = 0.45  # the table style's left and right cell margins, and a little air
_NARROW = set("fijlrtI.,;:!'|()[]/ \u200b") | {"\u00a0"}
_WIDE = set("mwMW@%")
_TOKEN_BREAK = re.compile(r"[ \u200b]+|(?<=[-/–])(?=\D)")


def char_em(char: str) -> float:
    """The advance width of ``char`` in em (an estimate for Arial)."""
    if char in _NARROW:
        return 0.3
    if char in _WIDE:
        return 0.9
    if char.isupper():
        return 0.7
    return 0.56


#: :func:`char_em` of the Latin, Greek and Cyrillic letters and signs, looked up per character in C.
_EM = {chr(code): char_em(chr(code)) for code in range(0x530)} | {"\u200b": 0.3}
_OTHER_EM = 0.56


def text_cm(text: str, size_pt: float, *, bold: bool = False) -> float:
    """The width of ``text`` on one line, in centimetres."""
    em = sum(map(_EM.get, text, repeat(_OTHER_EM))) * (1.08 if bold else 1.0)
    return em * size_pt * 2.54 / 72


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN_BREAK.split(text) if t] or [""]


def needed_widths(header: Sequence[str], rows: Sequence[Sequence[str]], *, size_pt: float = 9.5) -> list[float]:
    """Per column: the width (cm) its longest unbreakable word needs."""
    floors = []
    for index, title in enumerate(header):
        words = [text_cm(t, size_pt, bold=True) for t in _tokens(title)]
        for row in rows:
            if index < len(row):
                words += [text_cm(t, size_pt) for t in _tokens(str(row[index]))]
        floors.append(max(words) + CELL_PADDING_CM)
    return floors


def fits(header: Sequence[str], rows: Sequence[Sequence[str]], total_cm: float, *, size_pt: float = 9.5) -> bool:
    """Whether every word of the table fits its column within ``total_cm``."""
    return sum(needed_widths(header, rows, size_pt=size_pt)) <= total_cm


def column_widths(
    header: Sequence[str], rows: Sequence[Sequence[str]], total_cm: float, *, size_pt: float = 9.5
) -> list[float]:
    """Widths (cm) summing to ``total_cm``: each column at least its longest word, the rest by text length."""
    floors = needed_widths(header, rows, size_pt=size_pt)
    natural = []
    for index, title in enumerate(header):
        lengths = [text_cm(str(r[index]), size_pt) for r in rows if index < len(r)]
        natural.append(max([text_cm(title, size_pt, bold=True), *lengths]) + CELL_PADDING_CM)
    floor_sum = sum(floors)
    if floor_sum >= total_cm:
        return [f * total_cm / floor_sum for f in floors]
    if sum(natural) <= total_cm:
        spare = total_cm - sum(natural)
        return [n + spare * n / sum(natural) for n in natural]
    wants = [max(n - f, 0.0) for n, f in zip(natural, floors, strict=True)]
    spare = total_cm - floor_sum
    total_want = sum(wants) or 1.0
    return [f + spare * w / total_want for f, w in zip(floors, wants, strict=True)]
