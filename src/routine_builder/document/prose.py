"""Written text as blocks: paragraphs, bulleted and numbered lists, and sentences joined without stutter.

Blank lines separate paragraphs, lines starting with '-' or '•' make a bulleted list and lines starting
with '1.' a numbered one; the writer's own line breaks are kept. Dates in running text are written as
"den 10 mars 2020" (:func:`~routine_builder.document.swedish.text_dates`).
"""

from __future__ import annotations

import re

from routine_builder.document.blocks import Block, ListBlock, Paragraph, Span, plain
from routine_builder.document.swedish import sentence, text_dates
from routine_builder.document.text import paragraphs_of

_BULLET = re.compile(r"^\s*[-•*–]\s+")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
_DOUBLE_STOP = re.compile(r"(?<=[.!?])\.")
_FIRST_SENTENCE = re.compile(r"^([^\n]+?[.!?])(?:\s+(?=[A-ZÅÄÖ0-9])|\s*$)(.*)$", re.DOTALL)
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"[ \t\n\r]+")  # not the no-break space that keeps "14 dagar" together
ECHO_SHARE = 0.75  # a first sentence of the comment whose words are this much the sentence's is an echo


def prose(text: str, *, source: str = "", join_lines: bool = False) -> list[Block]:
    """``text`` as paragraphs and lists; ``join_lines`` joins wrapped lines (texts from resource files)."""
    blocks: list[Block] = []
    for chunk in paragraphs_of(text):
        run: list[str] = []
        kind = ""
        for line in chunk:
            line_kind = "bullet" if _BULLET.match(line) else "number" if _NUMBERED.match(line) else "text"
            if join_lines and line_kind == "text" and kind in ("bullet", "number") and run:
                run[-1] += " " + line.strip()  # a wrapped list item in a resource file
                continue
            if line_kind != kind and run:
                blocks.append(_flush(kind, run, source, join_lines))
                run = []
            kind = line_kind
            run.append(line)
        if run:
            blocks.append(_flush(kind, run, source, join_lines))
    return blocks


def _flush(kind: str, lines: list[str], source: str, join: bool) -> Paragraph | ListBlock:
    if kind == "bullet":
        return ListBlock(tuple(plain(text_dates(_BULLET.sub("", line))) for line in lines), source=source)
    if kind == "number":
        return ListBlock(
            tuple(plain(text_dates(_NUMBERED.sub("", line))) for line in lines), numbered=True, source=source
        )
    text = (" " if join else "\n").join(line.strip() for line in lines)
    return Paragraph(plain(text_dates(text)), source=source)


def tidy(text: str) -> str:
    """A filled-in sentence without doubled full stops or spaces, its dates as running text writes them."""
    text = _DOUBLE_STOP.sub("", _SPACES.sub(" ", text).strip())
    return sentence(text_dates(text))


def without_echo(statement: str, comment: str) -> str:
    """``comment`` without a first sentence that only repeats ``statement`` ("Ingen blankett finns.")."""
    match = _FIRST_SENTENCE.match(comment.strip())
    if match is None:
        return comment
    words = _WORD.findall(match.group(1).lower())
    said = set(_WORD.findall(statement.lower()))
    if words and sum(word in said for word in words) >= ECHO_SHARE * len(words):
        return match.group(2)
    return comment


def statement(first: str, comment: str, *, source: str) -> list[Block]:
    """A sentence with the answer's comment woven in after it: one paragraph when the comment is one.

    A comment that opens by saying the sentence again in other words loses that opening.
    """
    first = text_dates(first)
    comment = without_echo(first, comment) if first else comment
    rest = prose(comment, source=source) if comment.strip() else []
    if not first:
        return rest
    if rest and isinstance(rest[0], Paragraph) and "\n" not in rest[0].text:
        return [Paragraph(plain(f"{first} {rest[0].text}"), source=source), *rest[1:]]
    return [Paragraph(plain(first), source=source), *rest]


def run_in(label: str, text: str, *, source: str) -> list[Block]:
    """A bold run-in label followed by the text (how an answer without phrasing reads)."""
    label = sentence(" ".join(label.split())).rstrip(".") + ("" if label.rstrip().endswith("?") else ".")
    rest = prose(text, source=source)
    if rest and isinstance(rest[0], Paragraph) and "\n" not in rest[0].text:
        spans = (Span(label, bold=True), Span(" "), *rest[0].spans)
        return [Paragraph(spans, source=source), *rest[1:]]
    return [Paragraph(plain(label, bold=True), source=source), *rest]
