"""A writer of routine blocks on python-docx's public API: chapters, headings, prose, lists, tables, boxes, gaps.

Each method appends one kind of block to the end of the document, in the template's styles (looked up by
name), so that a sequence of blocks (chapter, heading, paragraph, list, table, guideline box, gap) can be
rendered by calling them in order. What python-docx does not model is done in :mod:`ooxml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from docx.document import Document
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from routine_builder.domain.question_set import Question
from routine_builder.export import ooxml
from routine_builder.export.column_widths import column_widths, fits
from routine_builder.export.inline import add_text, cell_display
from routine_builder.export.styles import StyleSheet
from routine_builder.export.text_clean import clean_text, paragraphs_of

_BULLET = re.compile(r"^\s*[-•*–]\s+")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
GAP_PREFIX = "[Svar saknas: "
SPACE_AFTER_TABLE = Pt(9)
TABLE_PT, DENSE_TABLE_PT = 9.5, 8.5  # the text sizes of 'Rutintabell' and 'Rutintabell tät'


@dataclass(frozen=True)
class ContentsEntry:
    """A heading listed in the table of contents: its level, number ("7.2" or ""), text and bookmark."""

    level: int
    number: str
    title: str
    bookmark: str


class Writer:
    """Appends blocks to one python-docx document and remembers the chapters for the contents."""

    def __init__(self, document: Document, *, draft: bool):
        self.document = document
        self.styles = StyleSheet(document)
        self.draft = draft
        self.gaps: list[Question] = []
        self.contents: list[ContentsEntry] = []
        self._numbers = [0, 0]
        self._after_table = False
        self.link_style = self.styles.style_id("Hyperlink") if self.styles.has("Hyperlink") else None
        self._numbered = ooxml.style_is_numbered(self.styles.get("Heading 1"))

    @property
    def text_width_cm(self) -> float:
        """The width between the margins of the section being written (landscape pages are wider)."""
        section = self.document.sections[-1]
        return (section.page_width - section.left_margin - section.right_margin) / 360000

    # ------------------------------------------------------------ paragraphs

    def paragraph(self, text: str = "", style: str = "Normal", *, bold: bool = False, italic: bool = False,
                  cell: bool = False) -> Paragraph:  # fmt: skip
        """A paragraph in a style (by name), its text kept exactly, breaks and addresses made real."""
        # 'Normal' is the default: python-docx then needs no style lookup, the slowest part of a paragraph
        paragraph = self.document.add_paragraph(style=None if style == "Normal" else self.styles.get(style))
        if self._after_table:
            paragraph.paragraph_format.space_before = SPACE_AFTER_TABLE
            self._after_table = False
        if text:
            add_text(paragraph, text, bold=bold, italic=italic, link_style=self.link_style, cell=cell)
        return paragraph

    def heading(self, text: str, level: int) -> Paragraph:
        """A chapter (level 1) or section (level 2) in Word's 'Heading N', listed in the contents."""
        text = clean_text(text)
        self._after_table = False
        paragraph = self.paragraph(text, f"Heading {level}")
        if level == 1:
            self._numbers = [self._numbers[0] + 1, 0]
        else:
            self._numbers[1] += 1
        number = ".".join(str(n) for n in self._numbers[:level]) if self._numbered else ""
        name = f"_Toc{len(self.contents) + 1:08d}"
        ooxml.bookmark(paragraph, name, len(self.contents) + 1)
        self.contents.append(ContentsEntry(level, number, text, name))
        return paragraph

    def subheading(self, text: str, level: int) -> Paragraph:
        """A heading inside a chapter ('Frågerubrik' at ``level``): in the navigation pane, not the contents."""
        self._after_table = False
        paragraph = self.paragraph(clean_text(text), "Frågerubrik")
        ooxml.outline_level(paragraph, level)
        return paragraph

    def start_page(self, paragraph: Paragraph) -> None:
        """Start ``paragraph`` on a new page."""
        paragraph.paragraph_format.page_break_before = True

    def guideline(self, text: str, *, label: str = "", advice: bool = False) -> None:
        """The guideline's point (with ``advice``: a recommendation) in the box styles, which join into one box.

        ``label`` (from the outline data, e.g. that the text is an interpretation) opens the box in bold.
        """
        style, bullets = (
            ("Rekommendationstext", "Rekommendationspunkt") if advice else ("Riktlinjetext", "Riktlinjepunkt")
        )
        if label:
            self.paragraph(clean_text(label), style, bold=True)
        self.rich_text(text, style, bullet_style=bullets, join_lines=True)
        self._after_table = True  # the box needs air below it, as a table does

    def rich_text(self, text: str, style: str = "Normal", *, bullet_style: str = "List Bullet",
                  join_lines: bool = False) -> None:  # fmt: skip
        """User or guideline text as paragraphs, keeping the writer's line breaks.

        Blank lines separate paragraphs, lines starting with '-' or '•' become a bulleted list and
        lines starting with '1.' a numbered list that starts at 1. With ``join_lines`` the lines of a
        paragraph are joined by spaces (for resource texts wrapped in the YAML file).
        """
        for block in paragraphs_of(text):
            run: list[str] = []
            kind = ""
            for line in block:
                line_kind = "bullet" if _BULLET.match(line) else "number" if _NUMBERED.match(line) else "text"
                if join_lines and line_kind == "text" and kind in ("bullet", "number") and run:
                    run[-1] += " " + line.strip()  # a wrapped list item in a resource file
                    continue
                if line_kind != kind and run:
                    self._flush(kind, run, style, bullet_style, join_lines)
                    run = []
                kind = line_kind
                run.append(line)
            if run:
                self._flush(kind, run, style, bullet_style, join_lines)

    def _flush(self, kind: str, lines: list[str], style: str, bullet_style: str, join: bool) -> None:
        if kind == "bullet":
            for line in lines:
                self.paragraph(_BULLET.sub("", line), bullet_style)
        elif kind == "number":
            self.bullets([_NUMBERED.sub("", line) for line in lines], numbered=True)
        else:
            self.paragraph((" " if join else "\n").join(line.strip() for line in lines), style)

    def bullets(self, items: Sequence[str], *, numbered: bool = False) -> None:
        """A bulleted (or numbered, restarting at 1) list."""
        paragraphs = [self.paragraph(item, "List Number" if numbered else "List Bullet") for item in items]
        if numbered and paragraphs:
            ooxml.restart_numbering(self.document, paragraphs, self.styles.get("List Number"))

    def gap(self, question: Question) -> None:
        """A visible placeholder for a missing required answer (bracketed text in the 'Saknat svar' style)."""
        self.gaps.append(question)
        self.paragraph(f"{GAP_PREFIX}{clean_text(question.text)}]", "Saknat svar", bold=True)

    # ------------------------------------------------------------ tables

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], *, caption: str, description: str = "",
              widths: Sequence[float] | None = None, first_column: bool = False, width_cm: float | None = None,
              measure: Sequence[Sequence[str]] | None = None) -> Table:  # fmt: skip
        """A data table in 'Rutintabell': a header row (repeated on every page), a title and a description.

        ``measure`` are the texts to size the columns by when the rows are filled in later (a comparison).
        """
        total = width_cm or self.text_width_cm
        shown = [[cell_display(str(value)) for value in row] for row in (rows if measure is None else measure)]
        dense = not widths and not fits(header, shown, total, size_pt=TABLE_PT)
        size = DENSE_TABLE_PT if dense else TABLE_PT
        widths_cm = list(widths) if widths else column_widths(header, shown, total, size_pt=size)
        table = self.document.add_table(rows=1 + len(rows), cols=len(header))
        table.style = self.styles.get("Rutintabell tät" if dense else "Rutintabell")
        table.autofit = False
        for column, width in zip(table.columns, widths_cm, strict=True):
            column.width = Cm(width)
        for index, (row, values) in enumerate(zip(table.rows, [list(header), *map(list, rows)], strict=True)):
            if index:
                ooxml.keep_row_together(row)
            else:
                ooxml.header_row(row)
            for column, (cell, width) in enumerate(zip(row.cells, widths_cm, strict=True)):
                cell.width = Cm(width)
                paragraph = cell.paragraphs[0]  # in 'Normal': the table style sets its size and spacing
                value = str(values[column]) if column < len(values) else ""
                if value:
                    bold = index == 0 or (first_column and column == 0)
                    add_text(paragraph, value, bold=bold, link_style=self.link_style, cell=True)
        ooxml.table_look(table, first_row=True, first_column=first_column)
        ooxml.describe_table(table, clean_text(caption), description or describe(header, len(rows)))
        self._after_table = True
        return table

    def ends_with_table(self) -> bool:
        """Whether the last block written is a table (a document must end with a paragraph)."""
        return ooxml.last_block_is_table(self.document)


def describe(header: Sequence[str], count: int) -> str:
    """A table's description for screen readers: how many rows and which columns."""
    rows = "en rad" if count == 1 else f"{count} rader"
    return f"Tabell med {rows} och kolumnerna {', '.join(clean_text(h) for h in header)}."
