"""A writer of routine blocks on python-docx's public API: chapters, headings, prose, lists, tables, boxes, gaps.

:meth:`Writer.render` writes the blocks of :mod:`routine_builder.document` in the template's styles (looked
up by name, resolved once per document), so that Word and HTML say the same thing. Paragraphs go in
before a marker paragraph at the end of the body (python-docx's ``insert_paragraph_before``), which costs
the same however long the document already is. What python-docx does not model is done in :mod:`ooxml`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeGuard

from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm, Length, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from routine_builder.document.blocks import (
    Block,
    Box,
    Contents,
    Flowchart,
    Gap,
    Heading,
    Landscape,
    ListBlock,
    Paragraph,
    Spans,
    Table,
    walk,
)
from routine_builder.document.text import cell_display, clean_text
from routine_builder.export import ooxml
from routine_builder.export.column_widths import column_widths, fits
from routine_builder.export.inline import add_text
from routine_builder.export.styles import StyleSheet

SPACE_AFTER_TABLE = Pt(9)
SHORT_TABLE_ROWS = 8  # a table of up to this many rows is kept on one page
TABLE_PT, DENSE_TABLE_PT = 9.5, 8.5  # the text sizes of 'Rutintabell' and 'Rutintabell tät'
BOX_STYLES = {False: ("Riktlinjetext", "Riktlinjepunkt"), True: ("Rekommendationstext", "Rekommendationspunkt")}
_PARAGRAPH_STYLES = {
    "body": "Normal",
    "note": "Normal",
    "title": "Title",
    "subtitle": "Subtitle",
    "label": "Normal",
    "caption": "Caption",
    "notice": "Saknat svar",
    "contents-heading": "TOC Heading",
}


@dataclass(frozen=True)
class ContentsEntry:
    """A heading listed in the table of contents: its level, number ("7.2" or ""), text and bookmark."""

    level: int
    number: str
    title: str
    bookmark: str


class Writer:
    """Appends blocks to one python-docx document and remembers the headings for the contents.

    Call :meth:`finish` when everything is written (it takes the end marker out again).
    """

    def __init__(self, document: Document, *, draft: bool):
        self.document = document
        self.styles = StyleSheet(document)
        self.draft = draft
        self.gaps = 0
        self.contents: list[ContentsEntry] = []
        self.contents_anchor: DocxParagraph | None = None
        self._contents_pending = False
        self._numbers = [0, 0]
        self._after_table = False
        self._last_paragraph: DocxParagraph | None = None
        self._last_table: DocxTable | None = None  # the table just written, until a paragraph follows it
        self._ids: dict[str, str | None] = {}
        self._bookmarks: dict[str, str] = {}
        self.link_style = self.styles.style_id("Hyperlink") if self.styles.has("Hyperlink") else None
        self._numbered = ooxml.style_is_numbered(self.styles.get("Heading 1"))
        self._end: DocxParagraph | None = document.add_paragraph()

    def finish(self) -> None:
        """Take the end marker out; a document ending with a table gets a closing caption instead."""
        if self._end is not None:
            ooxml.remove(self._end)
            self._end = None

    @property
    def text_width_cm(self) -> float:
        """The width between the margins of the section being written (landscape pages are wider)."""
        return ooxml.text_width(self.document.sections[-1]) / 360000

    def style_id(self, name: str) -> str | None:
        """The id of the style called ``name`` (or its fallback), looked up once per document."""
        if name not in self._ids:
            self._ids[name] = self.styles.style_id(name)
        return self._ids[name]

    # ------------------------------------------------------------ blocks

    def render(self, blocks: Sequence[Block]) -> None:
        """Write ``blocks`` in order."""
        for number, heading in enumerate(h for h in walk(list(blocks)) if _listed(h)):
            if heading.anchor:
                self._bookmarks[heading.anchor] = _bookmark_name(number)
        for block in blocks:
            self.block(block)

    def block(self, block: Block) -> None:
        """Write one block."""
        if isinstance(block, Heading):
            self.heading_block(block)
        elif isinstance(block, Paragraph):
            self.paragraph_block(block)
        elif isinstance(block, ListBlock):
            self.bullets(block.items, numbered=block.numbered)
        elif isinstance(block, Table):
            self.table_block(block)
        elif isinstance(block, Box):
            self.box(block)
        elif isinstance(block, Gap):
            self.gaps += 1
            self.paragraph(block.text, "Saknat svar", bold=True)
        elif isinstance(block, Flowchart):
            from routine_builder.export.flowchart import write_flowchart

            write_flowchart(self, block)
        elif isinstance(block, Contents):
            heading = self.paragraph(block.title, "TOC Heading")
            heading.paragraph_format.page_break_before = True
            self._contents_pending = True
        elif isinstance(block, Landscape):
            self.landscape(block)

    def heading_block(self, block: Heading) -> DocxParagraph:
        if block.kind == "statement":
            paragraph = self.subheading(block.text, block.level)
        else:
            paragraph = self.heading(block.text, block.level, numbered=block.kind == "chapter")
        if block.new_page:
            paragraph.paragraph_format.page_break_before = True
        if self._contents_pending and block.kind != "statement":
            self.contents_anchor = paragraph
            self._contents_pending = False
        return paragraph

    def paragraph_block(self, block: Paragraph) -> DocxParagraph:
        if block.style == "caption" and self._last_table is not None:
            for cell in self._last_table.rows[-1].cells:  # a caption under a table goes to its page with it
                ooxml.keep_with_next(cell.paragraphs[0])
        paragraph = self.paragraph(style=_PARAGRAPH_STYLES[block.style])
        self.spans(paragraph, block.spans, bold=block.style == "label")
        fmt = paragraph.paragraph_format
        if block.style == "title":
            fmt.space_before = Pt(90)
        elif block.style == "notice":
            fmt.space_before = Pt(18)
        elif block.style == "label":
            fmt.space_before = Pt(36)
            ooxml.keep_with_next(paragraph)
        elif block.text.rstrip().endswith(":"):
            ooxml.keep_with_next(paragraph)  # a lead stays on the page of the list or table it opens
        return paragraph

    def spans(self, paragraph: DocxParagraph, spans: Spans, *, bold: bool = False, cell: bool = False) -> None:
        """Append the spans' text: bold, italic, and links to headings of the document."""
        for span in spans:
            if span.anchor and span.anchor in self._bookmarks:
                ooxml.hyperlink(paragraph, span.text, anchor=self._bookmarks[span.anchor], style_id=self.link_style)
            else:
                add_text(
                    paragraph,
                    span.text,
                    bold=bold or span.bold,
                    italic=span.italic,
                    link_style=self.link_style,
                    cell=cell,
                )

    def box(self, block: Box) -> None:
        """The guideline's point (a recommendation with ``advice``) in the box styles, which join into one box."""
        text, bullets = BOX_STYLES[block.advice]
        last = self.paragraph(block.label, text, bold=True) if block.label else None
        for part in block.content:
            if isinstance(part, ListBlock):
                for item in part.items:
                    last = self.paragraph(style=bullets)
                    self.spans(last, item)
            elif isinstance(part, Paragraph):
                last = self.paragraph(style=text)
                self.spans(last, part.spans)
        if last is not None:
            # the box styles keep a box together; the box need not pull what follows onto its page
            last.paragraph_format.keep_with_next = False
        self._after_table = True  # the box needs air below it, as a table does

    def table_block(self, block: Table, *, measure: Sequence[Sequence[str]] | None = None) -> DocxTable:
        """The table ``block``; ``measure`` are the texts to size its columns by when cells are filled in later."""
        widths = None
        if block.widths is not None:
            fixed = sum(w for w in block.widths if w is not None)
            free = [w for w in block.widths if w is None] or [None]
            rest = (self.text_width_cm - fixed) / len(free)
            widths = [w if w is not None else rest for w in block.widths]
            widths += [rest] * (len(block.header) - len(widths))
        return self.table(
            block.header,
            block.rows,
            caption=block.caption,
            description=block.description,
            widths=widths,
            first_column=block.first_column,
            measure=measure,
        )

    def landscape(self, block: Landscape) -> None:
        """The group on landscape pages (to the end of the document) when a table is too wide for portrait."""
        tables = [b for b in walk(list(block.blocks)) if isinstance(b, Table)]
        shown = [(t.header, [[cell_display(v) for v in row] for row in t.rows]) for t in tables]
        wide = any(not fits(header, rows, self.text_width_cm, size_pt=DENSE_TABLE_PT) for header, rows in shown)
        blocks = list(block.blocks)
        if wide and self._last_paragraph is not None:
            self.turn_pages(WD_ORIENT.LANDSCAPE)
            if blocks and isinstance(blocks[0], Heading):
                blocks[0] = replace(blocks[0], new_page=False)  # the new section starts the page
        for inner in blocks:
            self.block(inner)

    def turn_pages(self, orientation: WD_ORIENT) -> None:
        """What follows goes on new pages in ``orientation`` (with the first section's header and footer).

        The section before ends at the last paragraph written; after a table, at a paragraph of its own
        (a section break, as Word writes one).
        """
        current = self.document.sections[-1]
        if current.orientation == orientation:
            return
        last = self._last_paragraph or self.paragraph("", "Caption")
        section = ooxml.end_section(last, self.document)
        section.start_type = WD_SECTION.NEW_PAGE
        section.orientation = orientation
        section.page_width, section.page_height = section.page_height, section.page_width
        ooxml.copy_header_footer(self.document.sections[0], section, Length(ooxml.text_width(section)))
        self._last_paragraph = None

    def too_wide(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> bool:
        """Whether a table of these texts is too wide for portrait pages even in the dense table style."""
        shown = [[cell_display(str(value)) for value in row] for row in rows]
        return not fits(header, shown, self.text_width_cm, size_pt=DENSE_TABLE_PT)

    # ------------------------------------------------------------ paragraphs

    def paragraph(
        self, text: str = "", style: str = "Normal", *, bold: bool = False, italic: bool = False, cell: bool = False
    ) -> DocxParagraph:
        """A paragraph in a style (by name), its text kept exactly, breaks and addresses made real."""
        assert self._end is not None, "the writer is finished"
        paragraph = self._end.insert_paragraph_before()
        if style != "Normal":
            style_id = self.style_id(style)
            if style_id is not None:
                ooxml.set_paragraph_style(paragraph, style_id)
        if self._after_table:
            paragraph.paragraph_format.space_before = SPACE_AFTER_TABLE
            self._after_table = False
        if text:
            add_text(paragraph, text, bold=bold, italic=italic, link_style=self.link_style, cell=cell)
        self._last_paragraph = paragraph
        self._last_table = None
        return paragraph

    def heading(self, text: str, level: int, *, numbered: bool = True) -> DocxParagraph:
        """A chapter (level 1) or section (level 2) in Word's 'Heading N', listed in the contents.

        An attachment's heading (``numbered=False``) is in 'Bilagerubrik': no chapter number.
        """
        text = clean_text(text)
        self._after_table = False
        number = ""
        if numbered:
            paragraph = self.paragraph(text, f"Heading {level}")
            if level == 1:
                self._numbers = [self._numbers[0] + 1, 0]
            else:
                self._numbers[1] += 1
            number = ".".join(str(n) for n in self._numbers[:level]) if self._numbered else ""
        else:
            paragraph = self.paragraph(text, "Bilagerubrik")
            ooxml.outline_level(paragraph, level)
        name = _bookmark_name(len(self.contents))
        ooxml.bookmark(paragraph, name, len(self.contents) + 1)
        self.contents.append(ContentsEntry(level, number, text, name))
        return paragraph

    def subheading(self, text: str, level: int, *, style: str = "Mellanrubrik") -> DocxParagraph:
        """A heading inside a chapter (a statement heading at ``level``): in the navigation pane, not the contents."""
        self._after_table = False
        paragraph = self.paragraph(clean_text(text), style)
        ooxml.outline_level(paragraph, level)
        return paragraph

    def bullets(self, items: Sequence[Spans] | Sequence[str], *, numbered: bool = False) -> None:
        """A bulleted (or numbered, restarting at 1) list."""
        style = "List Number" if numbered else "List Bullet"
        paragraphs = []
        for item in items:
            paragraph = self.paragraph(item, style) if isinstance(item, str) else self.paragraph(style=style)
            if not isinstance(item, str):
                self.spans(paragraph, item)
            paragraphs.append(paragraph)
        if numbered and paragraphs:
            ooxml.restart_numbering(self.document, paragraphs, self.styles.get("List Number"))

    # ------------------------------------------------------------ tables

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        caption: str,
        description: str = "",
        widths: Sequence[float] | None = None,
        first_column: bool = False,
        width_cm: float | None = None,
        measure: Sequence[Sequence[str]] | None = None,
    ) -> DocxTable:
        """A data table in 'Rutintabell': a header row (repeated on every page), a title and a description.

        The table is built row by row, each cell's text written once; ``measure`` are the texts to size
        the columns by when the rows are filled in later (a comparison).
        """
        assert self._end is not None, "the writer is finished"
        total = width_cm or self.text_width_cm
        shown = [[cell_display(str(value)) for value in row] for row in (rows if measure is None else measure)]
        dense = not widths and not fits(header, shown, total, size_pt=TABLE_PT)
        size = DENSE_TABLE_PT if dense else TABLE_PT
        widths_cm = list(widths) if widths else column_widths(header, shown, total, size_pt=size)
        table: DocxTable = self.document.add_table(rows=1 + len(rows), cols=len(header))
        ooxml.move_before(table, self._end)
        self._last_paragraph = None
        style_id = self.style_id("Rutintabell tät" if dense else "Rutintabell")
        if style_id is not None:
            ooxml.set_table_style(table, style_id)
        table.autofit = False
        lengths = [Cm(width) for width in widths_cm]
        for column, width in zip(table.columns, lengths, strict=True):
            column.width = width
        # a short table stays on one page; a long one leaves no lone row below its header at a page's foot
        kept = len(rows) if len(rows) <= SHORT_TABLE_ROWS else 2
        for index, (row, values) in enumerate(zip(table.rows, [list(header), *map(list, rows)], strict=True)):
            if index:
                ooxml.keep_row_together(row)
            else:
                ooxml.header_row(row)
            # the row's own cells (python-docx's row.cells also resolves merged cells, which these never are)
            for column, (tc, width) in enumerate(zip(row._tr.tc_lst, lengths, strict=True)):
                cell = _Cell(tc, table)
                ooxml.cell_width(cell, width)
                value = str(values[column]) if column < len(values) else ""
                paragraph = cell.paragraphs[0]
                if value:
                    bold = index == 0 or (first_column and column == 0)
                    add_text(paragraph, value, bold=bold, link_style=self.link_style, cell=True)
                if index < kept:
                    ooxml.keep_with_next(paragraph)
        ooxml.table_look(table, first_row=True, first_column=first_column)
        ooxml.describe_table(table, clean_text(caption), description or describe(header, len(rows)))
        self._after_table = True
        self._last_table = table
        return table

    def ends_with_table(self) -> bool:
        """Whether the last block written is a table (a document must end with a paragraph)."""
        return self._last_paragraph is None


def _listed(block: Block) -> TypeGuard[Heading]:
    return isinstance(block, Heading) and block.kind != "statement"


def _bookmark_name(index: int) -> str:
    return f"_Toc{index + 1:08d}"


def describe(header: Sequence[str], count: int) -> str:
    """A table's description for screen readers: how many rows and which columns."""
    rows = "en rad" if count == 1 else f"{count} rader"
    return f"Tabell med {rows} och kolumnerna {', '.join(clean_text(h) for h in header)}."
