"""Small helpers for translated wording: singular and plural chosen in code, both forms translated."""

from __future__ import annotations

import re


def plural(count: int, one: str, many: str) -> str:
    """``one`` (already translated) for a count of 1, else ``many`` with ``{n}`` filled in."""
    return one if count == 1 else many.format(n=count)


ZERO_WIDTH_SPACE = "\u200b"
SOFT_HYPHEN = "\u00ad"
NO_BREAK_SPACE = "\u00a0"
_BREAK_AFTER = re.compile(r"([@/])|([.\-])(?![\d\s])")
_LONG_WORD = re.compile(r"\w{18,}")
_NUMBER_SPACE = re.compile(r"(?<=\d) (?=\d)")
_NUMBER = re.compile(r"[+(]?\d[\d\u00a0()\-–]*")  # "070-174 06 87": a phone number is read as one piece
_BREAKS = re.compile("[ \t\n\r\u200b]+")  # where a shown line may break (not at a no-break space)


def _split_word(word: str) -> str:
    """Soft hyphens every eight letters of a very long word, never in its last six."""
    cuts = range(8, len(word) - 6, 8)
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(word[start:cut])
        start = cut
    pieces.append(word[start:])
    return SOFT_HYPHEN.join(pieces)


def breakable(text: str) -> str:
    """``text`` with line-break chances, only for showing it.

    In addresses after '@' and '/', after '.' or '-' that is not before a digit or a space, and soft
    hyphens in very long words: "kl. 9.00" stays whole, "namn@kommun.se" may wrap at "@" and ".",
    "Barnmorskemottagningarna" may wrap with a hyphen. A space between digits becomes a no-break space,
    so that a phone number such as "070-174 06 87" stays on one line.
    """
    text = _NUMBER_SPACE.sub(NO_BREAK_SPACE, text)
    text = _LONG_WORD.sub(lambda m: _split_word(m.group()), text)
    return _BREAK_AFTER.sub(lambda m: (m.group(1) or m.group(2)) + ZERO_WIDTH_SPACE, text)


def unbreakable_pieces(text: str) -> list[str]:
    """The pieces of ``breakable(text)`` that a line never breaks inside (split at spaces and break chances)."""
    return [piece for piece in _BREAKS.split(breakable(text)) if piece]


def is_number(piece: str) -> bool:
    """Whether a piece of :func:`unbreakable_pieces` is a number, such as "070-174 06 87" or "666 31"."""
    return _NUMBER.fullmatch(piece) is not None
