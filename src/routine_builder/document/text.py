"""Text as the routine holds it: control characters made breaks or dropped, addresses and phone numbers found.

Word's XML accepts tab, line feed and carriage return but no other C0 control character. Vertical
tab (Word's own manual line break when copied out) becomes a line break, form feed a page break, and
every other control character is dropped, never an error. Everything else (``<``, ``&``, quotes,
emoji, right-to-left text and its direction marks) comes through exactly; the XML library escapes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

NBSP = "\u00a0"
ZWSP = "\u200b"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_WEB = r"(?:https?://|www\.)[^\s<>\"']*[^\s<>\"'.,;:!?)\]]"
LINK = re.compile(rf"(?P<email>{_EMAIL})|(?P<web>{_WEB})", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w@])\+?\d[\d\- ]{4,}\d(?![\w@])")

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


def link_target(text: str) -> str:
    """The address a link found in text points to: ``mailto:`` for e-mail, ``https://`` for bare ``www.``."""
    if "@" in text and "://" not in text:
        return f"mailto:{text}"
    return text if "://" in text else f"https://{text}"


def keep_phone_numbers(text: str) -> str:
    """Phone numbers with non-breaking spaces, so that they never wrap between their digit groups."""
    return _PHONE.sub(lambda m: m.group(0).replace(" ", NBSP), text)


def breakable_address(address: str) -> str:
    """An e-mail or web address that may wrap after ``@``, ``.`` and ``/`` (zero-width spaces)."""
    return re.sub(r"([@./])(?=.)", rf"\1{ZWSP}", address)


def find_links(text: str) -> list[str]:
    """The e-mail and web addresses in ``text``, in order."""
    return [m.group(0) for m in LINK.finditer(normalise(text))]


def cell_display(text: str) -> str:
    """``text`` as a table cell shows it: phone numbers whole, addresses breakable after ``@``, ``.``, ``/``."""
    text = keep_phone_numbers(normalise(text))
    return LINK.sub(lambda m: breakable_address(m.group(0)), text)
