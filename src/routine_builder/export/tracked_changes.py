"""Real tracked changes (``w:ins`` / ``w:del`` / ``w:pPrChange``) in a python-docx document.

Every revision carries ``w:id``, ``w:author`` and ``w:date`` of the version that made the change. Deleted
text sits in ``w:delText``. Paragraphs that exist on one side only are joined to the paragraph before
them, as Word records typing Enter at the end of a paragraph: the paragraph mark *before* an inserted
(or deleted) paragraph is marked, so that a change never reaches into the next heading, and a
``w:pPrChange`` keeps the style the surviving mark had on the other side. Accepting every change then
gives exactly the newer text and rejecting every change exactly the older one, in Word and LibreOffice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.styles.style import BaseStyle
from docx.table import _Row
from docx.text.paragraph import Paragraph

from routine_builder.document.text import NBSP, keep_phone_numbers
from routine_builder.domain.word_diff import DiffOp
from routine_builder.export import ooxml
from routine_builder.export.inline import pieces

_LINE_BREAKS = str.maketrans({"\n": "", "\r": "", "\u2028": "", "\u2029": "", "\x0b": "", "\x0c": ""})

if TYPE_CHECKING:
    from docx.styles.style import ParagraphStyle


def run_text(text: str) -> str:
    """Text as it can stand in one run: line ends removed (each line is its own paragraph)."""
    return text.translate(_LINE_BREAKS)


@dataclass(frozen=True)
class Author:
    """Who made a change and when (a saved version's ``saved_by``/``saved_at``, or the draft's last save)."""

    name: str
    date: dt.datetime

    @property
    def stamp(self) -> str:
        """The date as OOXML wants it (UTC, seconds)."""
        moment = self.date if self.date.tzinfo is not None else self.date.astimezone()
        return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Revisions:
    """Creates revision marks, numbering them uniquely within one document."""

    def __init__(self, first_id: int = 1):
        self._next_id = first_id

    def mark(self, tag: str, author: Author) -> BaseOxmlElement:
        """A new ``w:ins``, ``w:del`` or ``w:pPrChange`` element with id, author and date."""
        element = ooxml.element(
            tag, {"w:id": str(self._next_id), "w:author": author.name or "Okänd", "w:date": author.stamp}
        )
        self._next_id += 1
        return element

    @staticmethod
    def run(text: str, *, deleted: bool = False, bold: bool = False, style_id: str | None = None) -> BaseOxmlElement:
        """A ``w:r`` holding ``text`` (as ``w:delText`` when deleted), with tabs as ``w:tab``."""
        run = ooxml.element("w:r")
        if bold or style_id:
            r_pr = ooxml.element("w:rPr")
            if style_id:
                r_pr.append(ooxml.element("w:rStyle", {"w:val": style_id}))
            if bold:
                r_pr.append(ooxml.element("w:b"))
            run.append(r_pr)
        for index, piece in enumerate(run_text(text).split("\t")):
            if index:
                run.append(ooxml.element("w:tab"))
            if piece:
                element = ooxml.element("w:delText" if deleted else "w:t", {"xml:space": "preserve"})
                element.text = piece
                run.append(element)
        return run

    def add(
        self,
        paragraph: Paragraph,
        kind: str,
        text: str,
        author: Author,
        *,
        bold: bool = False,
        cell: bool = False,
        link_style: str | None = None,
    ) -> None:
        """Append ``text`` to ``paragraph`` as kept (``equal``), inserted or deleted text.

        E-mail and web addresses become links (in the character style ``link_style``), as in the
        routine; ``cell`` applies its table-cell line breaking (see :func:`~.inline.pieces`).
        """
        if not run_text(text):
            return
        for shown, target in pieces(text, cell=cell):
            run = self.run(shown, deleted=kind == "delete", bold=bold, style_id=link_style if target else None)
            if kind != "equal":
                wrapper = self.mark("w:del" if kind == "delete" else "w:ins", author)
                wrapper.append(run)
                run = wrapper
            if target is not None:
                link = ooxml.link_to(paragraph, target)
                link.append(run)
                run = link
            paragraph._p.append(run)

    def add_ops(
        self,
        paragraph: Paragraph,
        ops: Iterable[DiffOp],
        author: Author,
        *,
        bold: bool = False,
        cell: bool = False,
        link_style: str | None = None,
    ) -> None:
        """Append a word diff inside a paragraph on both sides.

        A change of whitespace alone shows the newer whitespace, unmarked. Whitespace deleted or inserted
        beside a changed word is marked with it, so that neither side runs two words together or doubles
        a space.
        """
        run: list[DiffOp] = []
        for op in (*ops, DiffOp("equal", "")):
            if op.kind != "equal":
                run.append(op)
                continue
            if any(change.text.strip() for change in run):
                for change in run:
                    self.add(paragraph, change.kind, change.text, author, bold=bold, cell=cell, link_style=link_style)
            else:
                for change in run:
                    if change.kind == "insert":
                        self.add(paragraph, "equal", change.text, author, bold=bold, cell=cell, link_style=link_style)
            run.clear()
            if op.text:
                self.add(paragraph, "equal", op.text, author, bold=bold, cell=cell, link_style=link_style)

    def join_marks(
        self,
        blocks: Sequence[tuple[Paragraph, str, BaseStyle | None]],
        author: Author,
        authors: Sequence[Author] | None = None,
    ) -> None:
        """Mark the paragraph marks of a run of paragraphs, each ``(paragraph, kind, own style)``.

        ``kind`` is ``equal`` (on both sides, perhaps with changes inside), ``insert`` or ``delete``; the
        first paragraph is on both sides (the heading the run belongs to). The mark ending paragraph j
        belongs to paragraph j + 1: it is inserted or deleted with it. Each paragraph then takes the style
        its mark ends on the newer side, and records the older side's in ``w:pPrChange``. ``authors``
        (one per paragraph) name who changed each paragraph, else ``author`` made every change.
        """
        kinds = [kind for _p, kind, _s in blocks]
        for index, (paragraph, _kind, _style) in enumerate(blocks):
            by = authors[index + 1] if authors is not None and index + 1 < len(authors) else author
            own = authors[index] if authors is not None else author
            following = kinds[index + 1] if index + 1 < len(kinds) else "equal"
            newer = next(blocks[i][2] for i in range(index, -1, -1) if kinds[i] != "delete")
            older = next(blocks[i][2] for i in range(index, -1, -1) if kinds[i] != "insert")
            paragraph.style = cast("ParagraphStyle | None", newer)
            ppr = paragraph._p.get_or_add_pPr()
            if following in ("insert", "delete"):
                self.mark_end(paragraph, following, by)
            if older is not newer and older is not None:
                change = self.mark("w:pPrChange", own)
                change.append(ooxml.element("w:pPr", None, ooxml.element("w:pStyle", {"w:val": older.style_id})))
                ppr.append(change)

    def mark_end(self, paragraph: Paragraph, kind: str, author: Author) -> None:
        """Mark the paragraph's own mark as inserted or deleted (its text then joins the paragraph after it)."""
        ppr = paragraph._p.get_or_add_pPr()
        r_pr = ppr.find(qn("w:rPr"))
        if r_pr is None:
            r_pr = ppr.insert_element_before(ooxml.element("w:rPr"), "w:sectPr", "w:pPrChange")
        r_pr.append(self.mark("w:del" if kind == "delete" else "w:ins", author))

    def track_runs(self, paragraph: Paragraph, kind: str, author: Author) -> None:
        """Mark everything written in ``paragraph`` (its runs, also those in links) as inserted or deleted."""
        tag = "w:del" if kind == "delete" else "w:ins"
        runs = [c for c in paragraph._p if c.tag == qn("w:r")]
        runs += [r for link in paragraph._p.iterchildren(qn("w:hyperlink")) for r in link.iterchildren(qn("w:r"))]
        for run in runs:
            wrapper = self.mark(tag, author)
            run.addprevious(wrapper)
            wrapper.append(run)
            if kind == "delete":
                for text in run.iterchildren(qn("w:t")):
                    text.tag = qn("w:delText")

    def mark_row(self, row: _Row, kind: str, author: Author) -> None:
        """Mark a whole table row as inserted or deleted."""
        ooxml.keep_row_together(row)
        ooxml.row_revision(row, self.mark("w:del" if kind == "delete" else "w:ins", author))

    def add_cell(
        self, row: _Row, index: int, kind: str, ops: Iterable[DiffOp], author: Author, *, link_style: str | None = None
    ) -> None:
        """Fill one cell of ``row``: the row's own kind for a whole-row change, else the cell's diff.

        The cell's text is shown as the routine's table cells show it (links, whole phone numbers).
        """
        paragraph = row.cells[index].paragraphs[0]
        ops = keep_phone_numbers_in(list(ops))
        if kind in ("insert", "delete"):
            text = "".join(op.text for op in ops if op.kind != ("insert" if kind == "delete" else "delete"))
            self.add(paragraph, kind, text, author, cell=True, link_style=link_style)
        else:
            self.add_ops(paragraph, ops, author, cell=True, link_style=link_style)


def keep_phone_numbers_in(ops: Sequence[DiffOp]) -> list[DiffOp]:
    """The diff with its phone numbers kept whole on each side, also where a change splits a number.

    :func:`keep_phone_numbers` only turns spaces into no-break spaces, so each side's text keeps its
    length and each diff piece takes its characters from the side (or sides) it belongs to.
    """
    older = keep_phone_numbers("".join(op.text for op in ops if op.kind != "insert"))
    newer = keep_phone_numbers("".join(op.text for op in ops if op.kind != "delete"))
    result: list[DiffOp] = []
    at_old = at_new = 0
    for op in ops:
        size = len(op.text)
        if op.kind == "delete":
            text = older[at_old : at_old + size]
        elif op.kind == "insert":
            text = newer[at_new : at_new + size]
        else:
            pairs = zip(older[at_old : at_old + size], newer[at_new : at_new + size], strict=True)
            text = "".join(NBSP if NBSP in (a, b) else a for a, b in pairs)
        at_old += 0 if op.kind == "insert" else size
        at_new += 0 if op.kind == "delete" else size
        result.append(DiffOp(op.kind, text))
    return result
