"""A thin writer over a python-docx document: headings, prose with lists, tables and draft gaps."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from docx.document import Document
from docx.enum.text import WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from routine_builder.domain.question_set import Question
from routine_builder.export import docx_helpers as dx
from routine_builder.export.text_clean import clean_text, paragraphs_of

_BULLET = re.compile(r"^\s*[-•*–]\s+")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
GAP_PREFIX = "[Svar saknas: "
CALLOUT_FILL = "EAF1F7"
CALLOUT_LINE = "1B4F72"
TEXT_WIDTH_CM = 16.0


class Writer:
    """Appends blocks to the body of one document and remembers the headings for the contents."""

    def __init__(self, document: Document, *, draft: bool):
        self.document = document
        self.styles = dx.Styles(document)
        self.draft = draft
        self.gaps: list[Question] = []
        self.toc: list[tuple[int, str]] = []
        self._numbers = [0, 0]
        self._container = document._body
        self._sect_pr = document.element.body.find(qn("w:sectPr"))
        self._fresh: Paragraph | None = None
        self._join = False
        heading = self.styles.get("Heading 1")
        self._numbered = heading is not None and heading.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None

    # ------------------------------------------------------------ paragraphs

    def paragraph(
        self, text: str = "", style: str = "Normal", *, bold: bool = False, italic: bool = False
    ) -> Paragraph:
        """A paragraph in a style (by name), its text kept exactly, breaks made real."""
        # The style is set by id: python-docx's style setter scans every style on each call.
        if self._fresh is not None:
            paragraph, self._fresh = self._fresh, None
        else:
            element = OxmlElement("w:p")
            if self._sect_pr is not None and self._container is self.document._body:
                self._sect_pr.addprevious(element)
            else:
                self._container._element.append(element)
            paragraph = Paragraph(element, self._container)
        style_id = self.styles.style_id(style)
        if style_id:
            dx.set_paragraph_style(paragraph._p, style_id)
        if text:
            dx.add_text(paragraph, text, bold=bold, italic=italic)
        return paragraph

    def heading(self, text: str, level: int) -> Paragraph:
        """A heading in Word's built-in style 'Heading N'; levels 1 and 2 go into the contents."""
        text = clean_text(text)
        paragraph = self.paragraph(text, f"Heading {level}")
        if level <= 2:
            if level == 1:
                self._numbers = [self._numbers[0] + 1, 0]
            else:
                self._numbers[1] += 1
            number = ".".join(str(n) for n in self._numbers[:level])
            self.toc.append((level, f"{number} {text}" if self._numbered else text))
        return paragraph

    @contextmanager
    def inside(self, cell: _Cell) -> Iterator[None]:
        """Write into a table cell instead of the body (its first, empty paragraph is used first)."""
        saved = self._container
        self._container, self._fresh = cell, cell.paragraphs[0]
        try:
            yield
        finally:
            self._container, self._fresh = saved, None

    def spacer(self, points: float = 4) -> None:
        """An empty paragraph exactly ``points`` high (keeps two tables apart without a big gap)."""
        paragraph = self.paragraph()
        fmt = paragraph.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(points)

    def callout(self, text: str) -> None:
        """The guideline's point: a shaded box with a bar on the left, its bullets inside the box."""
        table = self.document.add_table(rows=1, cols=1)
        dx.cant_split(table.rows[0])  # a short box moves to the next page whole
        cell = table.rows[0].cells[0]
        dx.shade(cell, CALLOUT_FILL)
        dx.cell_borders(cell, None)
        left = cell._tc.tcPr.find(qn("w:tcBorders")).find(qn("w:left"))
        left.set(qn("w:val"), "single")
        left.set(qn("w:sz"), "24")
        left.set(qn("w:color"), CALLOUT_LINE)
        dx.cell_margins(cell, top=100, bottom=60, left=180, right=140)
        dx.column_widths(table, [TEXT_WIDTH_CM])
        with self.inside(cell):
            self.rich_text(text, "Riktlinjetext", bullet_style="Riktlinjepunkt", join_lines=True)
        self.spacer()

    def page_break(self) -> None:
        """Start a new page."""
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def rich_text(
        self, text: str, style: str = "Normal", *, bullet_style: str = "List Bullet", join_lines: bool = False
    ) -> None:
        """User or guideline text as paragraphs, keeping the writer's line breaks.

        Blank lines separate paragraphs, lines starting with '-' or '•' become a bulleted list and
        lines starting with '1.' a numbered list that starts at 1. With ``join_lines`` the lines of a
        paragraph are joined by spaces (for resource texts wrapped in the YAML file).
        """
        self._join = join_lines
        for block in paragraphs_of(text):
            run: list[str] = []
            kind = ""
            for line in block:
                line_kind = "bullet" if _BULLET.match(line) else "number" if _NUMBERED.match(line) else "text"
                if join_lines and line_kind == "text" and kind in ("bullet", "number") and run:
                    run[-1] += " " + line.strip()  # a wrapped list item in a resource file
                    continue
                if line_kind != kind and run:
                    self._flush(kind, run, style, bullet_style)
                    run = []
                kind = line_kind
                run.append(line)
            if run:
                self._flush(kind, run, style, bullet_style)

    def _flush(self, kind: str, lines: list[str], style: str, bullet_style: str) -> None:
        if kind == "bullet":
            for line in lines:
                self.paragraph(_BULLET.sub("", line), bullet_style)
        elif kind == "number":
            self.bullets([_NUMBERED.sub("", line) for line in lines], numbered=True)
        else:
            self.paragraph((" " if self._join else "\n").join(line.strip() for line in lines), style)

    def bullets(self, items: Sequence[str], *, numbered: bool = False) -> None:
        """A bulleted (or numbered, restarting at 1) list."""
        style = "List Number" if numbered else "List Bullet"
        paragraphs = [self.paragraph(item, style) for item in items]
        if numbered and paragraphs:
            self._restart(paragraphs)

    def _restart(self, paragraphs: list[Paragraph]) -> None:
        style = self.styles.get("List Number")
        num_pr = None
        while style is not None and num_pr is None:
            num_pr = style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            style = style.base_style
        numbering_part = self.document.part.numbering_part
        if num_pr is None or num_pr.find(qn("w:numId")) is None:
            return
        numbering = numbering_part.element
        old_id = int(num_pr.find(qn("w:numId")).get(qn("w:val")))
        abstract = numbering.num_having_numId(old_id).abstractNumId.val
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        for paragraph in paragraphs:
            own = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            own.get_or_add_ilvl().val = 0
            own.get_or_add_numId().val = num.numId

    def gap(self, question: Question) -> None:
        """A visible placeholder for a missing required answer (bracketed text and yellow highlight)."""
        self.gaps.append(question)
        paragraph = self.paragraph(style="Saknat svar")
        dx.add_text(paragraph, f"{GAP_PREFIX}{clean_text(question.text)}]", bold=True, highlight="yellow")

    # ------------------------------------------------------------ tables

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        widths: Sequence[float] | None = None,
        bold_first_column: bool = False,
    ) -> Table:
        """A table in the template's table style, its header row repeated on every page."""
        table = self.document.add_table(rows=1 + len(rows), cols=len(header))
        table_style = self.styles.style_id("Rutintabell")
        if table_style:
            table._tbl.tblPr.style = table_style
        cell_style = self.styles.style_id("Tabelltext")
        tr_list = table._tbl.tr_lst
        dx.repeat_header(table.rows[0])
        for row_index, values in enumerate([list(header), *map(list, rows)]):
            tr = tr_list[row_index]
            if row_index:
                dx.cant_split(table.rows[row_index])
            for col_index, tc in enumerate(tr.tc_lst):
                cell = _Cell(tc, table)
                paragraph = cell.paragraphs[0]
                if cell_style:
                    dx.set_paragraph_style(paragraph._p, cell_style)
                value = values[col_index] if col_index < len(values) else ""
                bold = row_index == 0 or (bold_first_column and col_index == 0)
                if value:
                    dx.add_text(paragraph, value, bold=bold)
        dx.column_widths(table, list(widths or auto_widths(header, rows)))
        self.spacer(8)
        return table


def auto_widths(header: Sequence[str], rows: Sequence[Sequence[str]], total: float = TEXT_WIDTH_CM) -> list[float]:
    """Column widths (cm) that keep each column's longest word whole and share the rest by text length."""
    char_cm = 0.25  # a 9.5 pt bold character, generously
    floors, weights = [], []
    for index, title in enumerate(header):
        cells = [str(r[index]) for r in rows if index < len(r)]
        words = [w for text in [title, *cells] for w in text.replace("/", "/ ").split()] or [""]
        floors.append(min(max(len(w) for w in words) * char_cm + 0.5, 3.8))  # e-mail addresses may wrap
        lengths = [len(c) for c in cells] or [0]
        weights.append(max(sum(lengths) / len(lengths), len(title) * 0.7, 4.0))
    floor_sum = sum(floors)
    if floor_sum >= total:
        return [f * total / floor_sum for f in floors]
    rest = total - floor_sum
    return [f + rest * w / sum(weights) for f, w in zip(floors, weights, strict=True)]
