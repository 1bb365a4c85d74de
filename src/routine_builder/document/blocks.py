"""The routine as a sequence of blocks: what it says, in reading order, without any Word or HTML in it.

The same blocks are rendered to Word (:mod:`routine_builder.export`) and to HTML (:mod:`.html`), so both
say the same text in the same order. A block made from an answer names the question it came from
(``source``), so that a rendering can mark each answer (a remiss file wraps it in a content control).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ParagraphStyle = Literal["body", "note", "notice", "title", "subtitle", "label", "caption", "contents-heading"]
HeadingKind = Literal["chapter", "statement", "appendix"]


@dataclass(frozen=True)
class Span:
    """A piece of text in a paragraph; ``anchor`` makes it a link to a heading in the document."""

    text: str
    bold: bool = False
    italic: bool = False
    anchor: str = ""


Spans = tuple[Span, ...]


def plain(text: str, *, bold: bool = False, italic: bool = False) -> Spans:
    """One span of ``text``."""
    return (Span(text, bold=bold, italic=italic),)


def spans_text(spans: Spans) -> str:
    """The text of some spans."""
    return "".join(span.text for span in spans)


@dataclass(frozen=True)
class Heading:
    """A chapter (level 1), a sub-chapter (2), an appendix or a statement heading inside a chapter.

    ``number`` is the chapter number as the routine shows it ("7.2"; '' for appendices and statement
    headings); ``anchor`` is the name other blocks link to; ``new_page`` starts it on a new page.
    """

    text: str
    level: int
    kind: HeadingKind = "chapter"
    number: str = ""
    anchor: str = ""
    new_page: bool = False
    source: str = ""


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of running text (or a cover line, a label above a table, a note)."""

    spans: Spans
    style: ParagraphStyle = "body"
    source: str = ""

    @property
    def text(self) -> str:
        return spans_text(self.spans)


@dataclass(frozen=True)
class ListBlock:
    """A bulleted or numbered list (numbering starts at 1)."""

    items: tuple[Spans, ...]
    numbered: bool = False
    source: str = ""


@dataclass(frozen=True)
class Table:
    """A data table with a header row, a title and a description for screen readers.

    ``widths`` fixes the column widths in centimetres (else they follow the content); ``first_column``
    sets the first column in bold, as row labels.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str
    description: str = ""
    widths: tuple[float | None, ...] | None = None  # cm per column; None: the column takes what is left
    first_column: bool = False
    source: str = ""


@dataclass(frozen=True)
class Box:
    """The guideline's point (or, with ``advice``, a recommendation) in a shaded box, opened by its label."""

    label: str
    content: tuple[Block, ...]  # paragraphs and lists
    advice: bool = False


@dataclass(frozen=True)
class Gap:
    """A missing required answer in a draft, shown as '[Svar saknas: …]'."""

    text: str
    source: str


@dataclass(frozen=True)
class Flowchart:
    """The working model as boxes: the common start, the decision, both alternatives' steps, the birth."""

    common: tuple[str, ...]
    decision: str
    alternatives: tuple[tuple[str, tuple[str, ...]], ...]
    birth: str


@dataclass(frozen=True)
class Contents:
    """Where the table of contents goes: the chapters and sub-chapters, with page numbers in Word."""

    title: str = "Innehåll"


@dataclass(frozen=True)
class Landscape:
    """Blocks that go on landscape pages in Word when one of their tables is too wide for portrait ones."""

    blocks: tuple[Block, ...] = field(default=())


Block = Heading | Paragraph | ListBlock | Table | Box | Gap | Flowchart | Contents | Landscape


def walk(blocks: tuple[Block, ...] | list[Block]) -> list[Block]:
    """Every block in reading order, those inside a :class:`Landscape` group included (not the group)."""
    result: list[Block] = []
    for block in blocks:
        if isinstance(block, Landscape):
            result += walk(block.blocks)
        else:
            result.append(block)
    return result
