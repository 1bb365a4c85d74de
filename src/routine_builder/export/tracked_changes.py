"""Writing real tracked changes (``w:ins`` / ``w:del``) into a python-docx document.

Every insertion and deletion carries ``w:id``, ``w:author`` and ``w:date``. Deleted text sits in
``w:delText``. A paragraph (or table row) that exists on one side only also has its paragraph mark (or
row) marked, so that "accept all" and "reject all" in Word or LibreOffice remove it without a trace.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import _Row
from docx.text.paragraph import Paragraph

from routine_builder.domain.word_diff import DiffOp

_LINE_BREAKS = str.maketrans({"\n": "", "\r": "", "\u2028": "", "\u2029": "", "\x0b": "", "\x0c": ""})


def run_text(text: str) -> str:
    """Text as it can stand in one run: line ends removed (each line is its own paragraph)."""
    return text.translate(_LINE_BREAKS)


class Revisions:
    """Creates revision marks for one author and moment, numbering them uniquely within a document."""

    def __init__(self, *, author: str, date: dt.datetime, first_id: int = 1):
        self.author = author or "Routine Builder"
        moment = date if date.tzinfo is not None else date.astimezone()
        self.date = moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self._next_id = first_id

    def mark(self, tag: str) -> BaseOxmlElement:
        """A new ``w:ins`` or ``w:del`` element with id, author and date."""
        element = OxmlElement(tag)
        element.set(qn("w:id"), str(self._next_id))
        element.set(qn("w:author"), self.author)
        element.set(qn("w:date"), self.date)
        self._next_id += 1
        return element

    @staticmethod
    def run(text: str, *, deleted: bool = False, bold: bool = False, italic: bool = False) -> BaseOxmlElement:
        """A ``w:r`` holding ``text`` (as ``w:delText`` when deleted), with tabs as ``w:tab``."""
        run = OxmlElement("w:r")
        if bold or italic:
            props = OxmlElement("w:rPr")
            for flag, tag in ((bold, "w:b"), (italic, "w:i")):
                if flag:
                    props.append(OxmlElement(tag))
            run.append(props)
        for index, piece in enumerate(run_text(text).split("\t")):
            if index:
                run.append(OxmlElement("w:tab"))
            if piece:
                element = OxmlElement("w:delText" if deleted else "w:t")
                element.text = piece
                element.set(qn("xml:space"), "preserve")
                run.append(element)
        return run

    def add(self, paragraph: Paragraph, kind: str, text: str, *, bold: bool = False, italic: bool = False) -> None:
        """Append ``text`` to ``paragraph`` as kept (``equal``), inserted or deleted text."""
        if not run_text(text):
            return
        run = self.run(text, deleted=kind == "delete", bold=bold, italic=italic)
        if kind == "equal":
            paragraph._p.append(run)
            return
        wrapper = self.mark("w:del" if kind == "delete" else "w:ins")
        wrapper.append(run)
        paragraph._p.append(wrapper)

    def add_ops(self, paragraph: Paragraph, ops: Iterable[DiffOp], *, bold: bool = False) -> None:
        """Append a word diff; whitespace-only changes are shown as the newer text, untracked."""
        for op in ops:
            if op.text.strip() or op.kind == "equal":
                self.add(paragraph, op.kind, op.text, bold=bold)
            elif op.kind == "insert":
                self.add(paragraph, "equal", op.text, bold=bold)

    def mark_paragraph(self, paragraph: Paragraph, kind: str) -> None:
        """Mark the paragraph mark as inserted or deleted (for a paragraph on one side only)."""
        p_pr = paragraph._p.get_or_add_pPr()
        r_pr = p_pr.find(qn("w:rPr"))
        if r_pr is None:
            r_pr = OxmlElement("w:rPr")
            found = (p_pr.find(qn(tag)) for tag in ("w:sectPr", "w:pPrChange"))
            successor = next((element for element in found if element is not None), None)
            if successor is not None:
                successor.addprevious(r_pr)
            else:
                p_pr.append(r_pr)
        r_pr.append(self.mark("w:del" if kind == "delete" else "w:ins"))

    def mark_row(self, row: _Row, kind: str) -> None:
        """Mark a whole table row as inserted or deleted."""
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(self.mark("w:del" if kind == "delete" else "w:ins"))

    def add_cell(self, row: _Row, index: int, kind: str, ops: Iterable[DiffOp]) -> None:
        """Fill one cell of ``row``: the row's own kind for a whole-row change, else the cell's diff."""
        paragraph = row.cells[index].paragraphs[0]
        ops = list(ops)
        if kind in ("insert", "delete"):
            text = "".join(op.text for op in ops if op.kind != ("insert" if kind == "delete" else "delete"))
            self.add(paragraph, kind, text)
        else:
            self.add_ops(paragraph, ops)
