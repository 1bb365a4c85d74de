"""The marks of a remiss file, shared by the remiss export and the import of reviewed files.

Every answer stands in a block-level content control (``w:sdt``) tagged ``rb:`` + the question id and
locked against deletion (``sdtLocked``; its content stays editable), and lies inside a bookmark named by
:func:`bookmark_name`. Headings and guideline boxes stand in controls tagged ``rb-låst`` and locked against
editing (``sdtContentLocked``). The document's custom properties record the area, the version the file
was made from and, per answer, its place and a digest of its text as exported (:func:`answer_lines`
reads that text the same way on both sides). LibreOffice 7.4 drops block-level content controls when it
saves a .docx but keeps bookmarks and custom properties, so an import finds each answer by tag, then by
bookmark, then by its surroundings.

Each control opens with an empty, hidden paragraph: LibreOffice 7.4 loses the text of the first
paragraph of a block-level control, and any comment or tracked deletion anchored there, when it reads
a Word file; the hidden paragraph takes that place.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from docx.oxml.ns import qn
from lxml import etree

TAG_PREFIX = "rb:"
LOCKED_TAG = "rb-låst"
BOOKMARK_PREFIX = "rb_"
HASHED_PREFIX = "rbx_"
ANCHOR = re.compile(r"_rb(l?)(\d+)_(\d+)")  # one hidden bookmark per block: of answer <place> or locked region
BOOKMARK_MAX = 40
FORMAT = "1"

PROPERTY_FORMAT = "RoutineBuilder.Remiss"
PROPERTY_AREA = "RoutineBuilder.Area"
PROPERTY_AREA_NAME = "RoutineBuilder.AreaName"
PROPERTY_VERSION = "RoutineBuilder.Version"
PROPERTY_QUESTION_SET = "RoutineBuilder.QuestionSet"
PROPERTY_EXPORTED = "RoutineBuilder.Exported"
PROPERTY_REPLY_BY = "RoutineBuilder.ReplyBy"
ANSWER_PROPERTY_PREFIX = "rb:"  # + question id; value "<place>;<digest>"

_SIMPLE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u00ad\ufeff"))
W_T, W_DEL_TEXT, W_TAB, W_BR, W_CR = qn("w:t"), qn("w:delText"), qn("w:tab"), qn("w:br"), qn("w:cr")
W_P, W_TBL, W_TR, W_TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
W_INS, W_DEL, W_MOVE_TO, W_MOVE_FROM = qn("w:ins"), qn("w:del"), qn("w:moveTo"), qn("w:moveFrom")
W_NO_BREAK_HYPHEN = qn("w:noBreakHyphen")
_SKIP = {qn("w:txbxContent"), qn("w:instrText"), qn("w:delInstrText"), qn("w:rPr"), qn("w:pPr")}


def bookmark_name(question_id: str) -> str:
    """The bookmark of an answer: ``rb_`` + the id with '-' as '_' (letters, digits and '_', at most 40).

    An id that does not fit (longer, or with other characters) gets ``rbx_``, as much of the id as fits
    and a digest of the whole id; :func:`question_of_bookmark` maps it back through the known ids.
    """
    if _SIMPLE.fullmatch(question_id) and len(BOOKMARK_PREFIX) + len(question_id) <= BOOKMARK_MAX:
        return BOOKMARK_PREFIX + question_id.replace("-", "_")
    digest = hashlib.sha1(question_id.encode("utf-8")).hexdigest()[:8]
    room = BOOKMARK_MAX - len(HASHED_PREFIX) - len(digest) - 1
    stem = re.sub(r"[^A-Za-z0-9]", "_", unicodedata.normalize("NFKD", question_id).encode("ascii", "ignore").decode())
    return f"{HASHED_PREFIX}{stem[:room]}_{digest}"


def question_of_bookmark(name: str, known: Iterable[str]) -> str | None:
    """The question id a bookmark stands for (None when it is no answer's bookmark)."""
    if name.startswith(BOOKMARK_PREFIX):
        question_id = name[len(BOOKMARK_PREFIX) :].replace("_", "-")
        return question_id if _SIMPLE.fullmatch(question_id) else None
    if name.startswith(HASHED_PREFIX):
        return next((q for q in known if bookmark_name(q) == name), None)
    return None


def anchor_name(place: int, block: int, *, locked: bool = False) -> str:
    """The hidden bookmark inside one block (paragraph or table) of an answer or of a locked region.

    LibreOffice 7.4 splits a bookmark that spans a content control's paragraphs (each save keeps only
    its last paragraph); a bookmark inside one paragraph survives, so every block carries one.
    """
    return f"_rb{'l' if locked else ''}{place}_{block}"


def parse_anchor(name: str) -> tuple[bool, int] | None:
    """(locked, place) of a block's hidden bookmark, or None for any other bookmark."""
    match = ANCHOR.fullmatch(name)
    return (match.group(1) == "l", int(match.group(2))) if match else None


def tag_of(question_id: str) -> str:
    """The content control tag of an answer."""
    return TAG_PREFIX + question_id


def question_of_tag(tag: str) -> str | None:
    """The question id of an answer's content control tag (None for any other tag)."""
    return tag[len(TAG_PREFIX) :] if tag.startswith(TAG_PREFIX) and len(tag) > len(TAG_PREFIX) else None


# ---------------------------------------------------------------- the text of an answer


def _in_revision(node: etree._Element, stop: etree._Element, kinds: tuple[str, ...]) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in kinds:
            return True
        parent = parent.getparent()
    return False


def paragraph_text(paragraph: etree._Element, *, accepted: bool = True) -> str:
    """The text of a ``w:p``: with the tracked changes accepted, or (``accepted=False``) rejected."""
    hidden = (W_DEL, W_MOVE_FROM) if accepted else (W_INS, W_MOVE_TO)
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        for child in node:
            if child.tag in _SKIP or not isinstance(child.tag, str):
                continue
            if child.tag in hidden:
                continue
            if child.tag == W_T or (child.tag == W_DEL_TEXT and not accepted):
                parts.append(child.text or "")
            elif child.tag == W_TAB:
                parts.append("\t")
            elif child.tag in (W_BR, W_CR):
                parts.append("\n")
            elif child.tag == W_NO_BREAK_HYPHEN:
                parts.append("-")
            elif child.tag != W_P:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def mark_revision(paragraph: etree._Element) -> str:
    """'ins' or 'del' when the paragraph's own mark is a tracked insertion or deletion, else ''."""
    rpr = paragraph.find(f"{qn('w:pPr')}/{qn('w:rPr')}")
    if rpr is None:
        return ""
    if rpr.find(W_INS) is not None:
        return "ins"
    if rpr.find(W_DEL) is not None:
        return "del"
    return ""


@dataclass(frozen=True)
class Line:
    """One paragraph (or table row) of an answer: its list kind ('bullet', 'number' or '') and text."""

    kind: str
    text: str


StyleName = Callable[[etree._Element], str]


def answer_lines(elements: Iterable[etree._Element], style_name: StyleName, *, accepted: bool = True) -> list[Line]:
    """The lines of an answer region: paragraphs with their list kind, table rows with cells joined by ' | '.

    A paragraph whose mark is a tracked deletion joins the next one when the changes are accepted (and a
    tracked insertion when they are rejected), as Word would show it.
    """
    lines: list[Line] = []
    joining = False
    for element in elements:
        if element.tag == W_P:
            text = paragraph_text(element, accepted=accepted)
            kind = _list_kind(style_name(element))
            if joining and lines:
                lines[-1] = Line(lines[-1].kind, lines[-1].text + text)
            else:
                lines.append(Line(kind, text))
            joining = mark_revision(element) == ("del" if accepted else "ins")
        elif element.tag == W_TBL:
            joining = False
            for row in element.iter(W_TR):
                cells = [
                    " ".join(paragraph_text(p, accepted=accepted) for p in cell.iter(W_P)) for cell in row.iter(W_TC)
                ]
                lines.append(Line("", " | ".join(cells)))
    return lines


def _list_kind(style: str) -> str:
    name = style.casefold()
    if name.startswith("list bullet"):
        return "bullet"
    if name.startswith("list number"):
        return "number"
    return ""


def normalised(text: str) -> str:
    """Text as compared across Word and LibreOffice: no invisible break marks, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_INVISIBLE).split())


def flat_text(lines: Iterable[Line]) -> str:
    """The lines as one normalised text (empty lines left out): what the digest is taken of."""
    return "\n".join(text for line in lines if (text := normalised(line.text)))


def text_digest(lines: Iterable[Line]) -> str:
    """A short digest of an answer's text as exported, recorded in the document's properties."""
    return hashlib.sha256(flat_text(lines).encode("utf-8")).hexdigest()[:20]


def as_answer_text(lines: Iterable[Line]) -> str:
    """The lines as an answer is typed: list items as '- ' or '1. ' lines, paragraphs apart by a blank line."""
    blocks: list[list[str]] = []
    previous = None
    number = 0
    for line in lines:
        text = line.text.strip()
        if not text:
            previous = None
            continue
        if line.kind == "number":
            number = number + 1 if previous == "number" else 1
            item = f"{number}. {text}"
        elif line.kind == "bullet":
            item = f"- {text}"
        else:
            item = text
        if line.kind and previous == line.kind:
            blocks[-1].append(item)
        else:
            blocks.append([item])
        previous = line.kind or None
    return "\n\n".join("\n".join(block) for block in blocks)


def region_paragraphs(elements: Iterable[etree._Element]) -> Iterator[etree._Element]:
    """Every paragraph of a region, table cells included, in document order."""
    for element in elements:
        if element.tag == W_P:
            yield element
        else:
            yield from element.iter(W_P)
