"""Writes two aligned routines as one: the newer routine, its differences from the older as tracked changes.

A unit on both sides with the same text is written as the routine writes it; a changed paragraph gets a
word-level diff (:func:`~routine_builder.domain.word_diff.word_ops`); a paragraph, list item or table on
one side only is written as the routine writes it and then marked inserted or deleted as a whole; a
table on both sides gets its rows aligned, whole rows inserted or deleted and changed cells word-diffed.
Paragraph marks are joined as :meth:`Revisions.join_marks` describes, so accepting every change gives the
newer routine and rejecting every change the older one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.styles.style import BaseStyle
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from routine_builder.document.blocks import Gap, Heading, Paragraph, Table
from routine_builder.domain.word_diff import DiffOp, word_ops
from routine_builder.export import ooxml
from routine_builder.export.redline_units import Item, Pair, Piece, Unit, align_rows
from routine_builder.export.tracked_changes import Author, Revisions
from routine_builder.export.writer import Writer

Cells = tuple[tuple[DiffOp, ...], ...]


def _whole(row: Sequence[str], kind: str) -> Cells:
    return tuple((DiffOp("insert" if kind == "insert" else "delete", cell),) for cell in row)


class RoutineRedline:
    """Writes aligned units into ``document`` with the routine's writer; each change by its author."""

    def __init__(self, document: Document, authors: dict[str, Author], fallback: Author):
        self.writer = Writer(document, draft=False)
        self.document = document
        self.revisions = Revisions()
        self.authors = authors
        self.fallback = fallback
        self.written: list[tuple[DocxParagraph | None, str, Author]] = []
        self._items: list[tuple[DocxParagraph, bool]] = []
        self._turned = False

    def author(self, unit: Unit) -> Author:
        return self.authors.get(unit.source, self.fallback) if unit.source else self.fallback

    def keep(self, paragraph: DocxParagraph) -> None:
        """A paragraph on both sides written outside the units (the comparison's own header lines)."""
        self.written.append((paragraph, "equal", self.fallback))

    # ------------------------------------------------------------ units

    def write(self, pairs: Sequence[Pair]) -> None:
        """Write every pair, then join the paragraph marks and number the lists."""
        for old, new in pairs:
            unit = new or old
            assert unit is not None
            if unit.landscape and not self._turned and self._landscape(pairs) and isinstance(unit.block, Heading):
                old, new = _same_page(old), _same_page(new)  # the new section starts the page
                unit = new or old
                assert unit is not None
            if isinstance(unit.block, Table):
                self.table(old, new)
            else:
                self.paragraph(old, new)
        self._join()
        self._number()

    def _landscape(self, pairs: Sequence[Pair]) -> bool:
        """Turn to landscape pages where the routine does (a wide contact list on either side), once."""
        self._turned = True
        tables = [u.block for pair in pairs for u in pair if u is not None and u.landscape]
        if not any(self.writer.too_wide(t.header, t.rows) for t in tables if isinstance(t, Table)):
            return False
        self.writer.turn_pages(WD_ORIENT.LANDSCAPE)
        return True

    def _full(self, unit: Unit) -> DocxParagraph:
        """The unit's paragraph as the routine writes it."""
        w, block = self.writer, unit.block
        if isinstance(block, Heading):
            return w.heading_block(block)
        if isinstance(block, Paragraph):
            return w.paragraph_block(block)
        if isinstance(block, Gap):
            w.gaps += 1
            return w.paragraph(block.text, "Saknat svar", bold=True)
        paragraph = self._shell(unit)[0]
        if isinstance(block, Item | Piece):
            w.spans(paragraph, block.spans, bold=isinstance(block, Piece) and block.bold)
        return paragraph

    def _shell(self, unit: Unit) -> tuple[DocxParagraph, bool]:
        """An empty paragraph formatted as the unit's, and whether its text is bold."""
        w, block = self.writer, unit.block
        if isinstance(block, Paragraph):
            bold = block.style == "label" or all(span.bold for span in block.spans)
            return w.paragraph_block(replace(block, spans=())), bold
        if isinstance(block, Gap):
            w.gaps += 1
            return w.paragraph(style="Saknat svar"), True
        if isinstance(block, Item):
            paragraph = w.paragraph(style="List Number" if block.numbered else "List Bullet")
            self._items.append((paragraph, block.numbered))
            return paragraph, False
        if isinstance(block, Piece):
            return w.paragraph(style=block.style), block.bold
        return self._full(unit), False  # a heading is paired only with the same text

    def paragraph(self, old: Unit | None, new: Unit | None) -> None:
        """A paragraph or list item: kept, changed word by word, or inserted or deleted whole."""
        unit = new or old
        assert unit is not None
        author = self.author(unit)
        if old is not None and new is not None:
            if old.text == new.text:
                paragraph = self._full(new)
            else:
                paragraph, bold = self._shell(new)
                ops = word_ops(old.text, new.text)
                self.revisions.add_ops(paragraph, ops, author, bold=bold, link_style=self.writer.link_style)
            self.written.append((paragraph, "equal", author))
            return
        kind = "insert" if new is not None else "delete"
        if not self.written or self.written[-1][0] is None:
            self.keep(self.writer.paragraph())  # a change is joined to the paragraph before it, never a table
        paragraph = self._full(unit)
        self.revisions.track_runs(paragraph, kind, author)
        self.written.append((paragraph, kind, author))

    def table(self, old: Unit | None, new: Unit | None) -> None:
        """A table: kept, or with rows aligned, whole rows inserted or deleted and cells word-diffed."""
        a = old.block if old is not None else None
        b = new.block if new is not None else None
        unit = new or old
        assert unit is not None and isinstance(unit.block, Table)
        author = self.author(unit)
        base = unit.block
        if isinstance(a, Table) and isinstance(b, Table) and a.rows == b.rows:
            self.writer.table_block(b)
            self.written.append((None, "equal", author))
            return
        old_rows = a.rows if isinstance(a, Table) else ()
        new_rows = b.rows if isinstance(b, Table) else ()
        sequence: list[tuple[str, tuple[str, ...], Cells | None]] = []
        for row_a, row_b in align_rows(old_rows, new_rows):
            if row_a is not None and row_b is not None:
                if row_a == row_b:
                    sequence.append(("equal", row_b, None))
                else:
                    ops = tuple(word_ops(x, y) for x, y in zip(row_a, row_b, strict=False))
                    sequence.append(("equal", ("",) * len(row_b), ops))
            elif row_b is not None:
                sequence.append(("insert", ("",) * len(row_b), _whole(row_b, "insert")))
            elif row_a is not None:
                sequence.append(("delete", ("",) * len(row_a), _whole(row_a, "delete")))
        measure = [
            [("".join(op.text for op in ops)) for ops in cells] if cells is not None else list(values)
            for _kind, values, cells in sequence
        ]
        # the columns are sized by what the redline shows (deleted text beside inserted), not fixed widths
        rows = tuple(values for _kind, values, _cells in sequence)
        table = self.writer.table_block(replace(base, rows=rows, widths=None), measure=measure)
        header_kind = "insert" if a is None else "delete" if b is None else "equal"
        if header_kind != "equal":
            self._track_header(table, header_kind, author)
        for row, (kind, _values, cells) in zip(table.rows[1:], sequence, strict=True):
            if cells is None:
                continue
            for index, cell_ops in enumerate(cells):
                self.revisions.add_cell(row, index, kind, cell_ops, author, link_style=self.writer.link_style)
            if kind != "equal":
                self.revisions.mark_row(row, kind, author)
        self.written.append((None, header_kind, author))

    def _track_header(self, table: DocxTable, kind: str, author: Author) -> None:
        header = table.rows[0]
        for cell in header.cells:
            self.revisions.track_runs(cell.paragraphs[0], kind, author)
        self.revisions.mark_row(header, kind, author)

    # ------------------------------------------------------------ finishing

    def _join(self) -> None:
        """Join the paragraph marks of each run of inserted and deleted paragraphs (added ones come first).

        The added paragraphs are joined to the paragraph on both sides before them (see
        :meth:`Revisions.join_marks`). The removed ones keep their own style: each has its own mark
        deleted, so that its text joins the paragraph after it, when one follows (an empty one put in
        before a numbered chapter heading, whose number would else show as changed); else they are joined to
        the paragraph before them as well.
        """
        styles: dict[str, BaseStyle] = {}

        def style(paragraph: DocxParagraph) -> BaseStyle | None:
            found = paragraph.style
            return styles.setdefault(found.style_id, found) if found is not None else None

        runs: list[list[tuple[DocxParagraph | None, str, Author]]] = []
        for entry in self.written:
            if entry[0] is None or entry[1] == "equal" or not runs:
                runs.append([])
            runs[-1].append(entry)
        for index, run in enumerate(runs):
            following = runs[index + 1][0] if index + 1 < len(runs) else None
            deleted = [(p, a) for p, kind, a in run if kind == "delete" and p is not None]
            after = following[0] if following is not None else None
            if deleted and after is not None:
                run = [entry for entry in run if entry[1] != "delete"]
                if self._numbered_heading(style(after)):
                    after.insert_paragraph_before()  # a chapter heading would show its number as changed
                for paragraph, author in deleted:
                    self.revisions.mark_end(paragraph, "delete", author)
            paragraphs = [(p, kind, a) for p, kind, a in run if p is not None]
            if len(paragraphs) > 1:
                blocks = [(p, kind, style(p)) for p, kind, _a in paragraphs]
                self.revisions.join_marks(blocks, self.fallback, [a for _p, _k, a in paragraphs])

    @staticmethod
    def _numbered_heading(style: BaseStyle | None) -> bool:
        return style is not None and (style.name or "").startswith("Heading") and ooxml.style_is_numbered(style)

    def _number(self) -> None:
        """Number each run of numbered list items from 1 (deleted items are counted where they stand)."""
        style = self.writer.styles.get("List Number")
        group: list[DocxParagraph] = []
        previous = None
        for paragraph, numbered in [*self._items, (None, False)]:
            follows = paragraph is not None and previous is not None and previous._p.getnext() is paragraph._p
            if group and not (numbered and follows):
                ooxml.restart_numbering(self.document, group, style)
                group = []
            if paragraph is not None and numbered:
                group.append(paragraph)
            previous = paragraph


def _same_page(unit: Unit | None) -> Unit | None:
    """A heading that starts no new page (it follows a section break)."""
    if unit is None or not isinstance(unit.block, Heading):
        return unit
    return replace(unit, block=replace(unit.block, new_page=False))


__all__ = ["RoutineRedline"]
