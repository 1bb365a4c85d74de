"""Text that Word cannot hold: control characters pasted by users become breaks or disappear.

Word's XML accepts tab, line feed and carriage return but no other C0 control character. Vertical
tab (Word's own manual line break when copied out) becomes a line break, form feed a page break, and
every other control character is dropped, never an error. Everything else (``<``, ``&``, quotes,
emoji, right-to-left text and its direction marks) comes through exactly; the XML library escapes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

SegmentKind = Literal["text", "line", "page", "tab"]


@dataclass(frozen=True)
class Segment:
    """A piece of a run: text, or one of the breaks Word knows."""

    kind: SegmentKind
    text: str = ""


# Characters XML 1.0 forbids (other than tab/LF/CR, which are handled below), the C1 controls,
# unpaired surrogates and the two non-characters U+FFFE / U+FFFF.
_DROP = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_SPLIT = re.compile("(\n|\x0c|\t)")
# Every character that normalise() or segments() would touch; most text has none of them.
_SPECIAL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def normalise(text: str) -> str:
    """Line ends as LF, vertical tab and NEL as LF, other forbidden characters removed (form feed kept)."""
    if not _SPECIAL.search(text):
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n").replace("\x85", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return _DROP.sub("", text)


def clean_text(text: str) -> str:
    """A single-line-safe version of ``text`` for places that hold no breaks (properties, table headers)."""
    return " ".join(normalise(text).replace("\x0c", "\n").split())


def segments(text: str) -> list[Segment]:
    """Split ``text`` into text pieces and line, page and tab breaks."""
    if not _SPECIAL.search(text):
        return [Segment("text", text)] if text else []
    result: list[Segment] = []
    for piece in _SPLIT.split(normalise(text)):
        if piece == "\n":
            result.append(Segment("line"))
        elif piece == "\x0c":
            result.append(Segment("page"))
        elif piece == "\t":
            result.append(Segment("tab"))
        elif piece:
            result.append(Segment("text", piece))
    return result


def paragraphs_of(text: str) -> list[list[str]]:
    """Blocks separated by blank lines, each a list of its lines (trailing spaces removed)."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in normalise(text).split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks
