"""A writer that appends lxml elements to a document body: headings, prose with lists, tables and draft gaps."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from docx.oxml.ns import qn
from lxml import etree

from routine_builder.domain.question_set import Question
from routine_builder.export import docx_helpers as dx
from routine_builder.export import xml_build as xb
from routine_builder.export.block_cache import BlockCache
from routine_builder.export.text_clean import clean_text, paragraphs_of
from routine_builder.export.xml_build import Element
from routine_builder.export.xml_order import insert_ordered

_BULLET = re.compile(r"^\s*[-•*–]\s+")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
GAP_PREFIX = "[Svar saknas: "
CALLOUT_FILL = "EAF1F7"
CALLOUT_LINE = "1B4F72"
TEXT_WIDTH_CM = 16.0


class Writer:
    """Appends blocks to the body of one document and remembers the headings for the contents."""

    def __init__(
        self,
        body: Element,
        styles: dx.Styles,
        numbering: Element | None,
        *,
        draft: bool,
        blocks: BlockCache | None = None,
    ):
        self.body = body
        self.blocks = blocks or BlockCache()
        self.styles = styles
        self.numbering = numbering
        self.draft = draft
        self.gaps: list[Question] = []
        self.toc: list[tuple[int, str]] = []
        self._numbers = [0, 0]
        # Blocks are appended at the end of the body; the section properties go back after them.
        self._sect_pr = body.find(xb.w("sectPr"))
        if self._sect_pr is not None:
            body.remove(self._sect_pr)
        self._cell: Element | None = None
        self._fresh: Element | None = None
        self._join = False
        heading = self.styles.get("Heading 1")
        self._numbered = heading is not None and heading.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None

    def ends_with_table(self) -> bool:
        """Whether the last block is a table (the section properties not counted, as in the template)."""
        blocks = self.body if self._sect_pr is not None else self.body[:-1]
        return len(blocks) >= 1 and blocks[-1].tag == xb.TBL

    def finish(self) -> None:
        """Put the section properties back at the end of the body (after the last block)."""
        if self._sect_pr is not None:
            self.body.append(self._sect_pr)
            self._sect_pr = None

    # ------------------------------------------------------------ paragraphs

    def paragraph(self, text: str = "", style: str = "Normal", *, bold: bool = False, italic: bool = False) -> Element:
        """A paragraph (``w:p``) in a style (by name), its text kept exactly, breaks made real."""
        style_id = self.styles.style_id(style)
        if self._fresh is not None:
            p, self._fresh = self._fresh, None
            if style_id:
                dx.set_paragraph_style(p, style_id)
        else:
            p = xb.new_paragraph(style_id, self.body if self._cell is None else self._cell)
        if text:
            xb.add_run(p, text, bold=bold, italic=italic)
        return p

    def heading(self, text: str, level: int) -> Element:
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
    def inside(self, tc: Element) -> Iterator[None]:
        """Write into a table cell instead of the body (its first, empty paragraph is used first)."""
        saved = self._cell
        self._cell, self._fresh = tc, tc.find(xb.P)
        try:
            yield
        finally:
            self._cell, self._fresh = saved, None

    def spacer(self, points: float = 4) -> None:
        """An empty paragraph exactly ``points`` high (keeps two tables apart without a big gap)."""
        dx.spacing(self.paragraph(), before=0, after=0, lineRule="exact", line=round(points * 20))

    def callout(self, text: str) -> None:
        """The guideline's point: a shaded box with a bar on the left, its bullets inside the box."""
        self.blocks.write(self, ("callout", text), lambda: self._callout(text))

    def _callout(self, text: str) -> None:
        table = xb.new_table(self.body, xb.twips([TEXT_WIDTH_CM]), [[1]])
        tr = xb.rows(table)[0]
        dx.cant_split(tr)  # a short box moves to the next page whole
        cell = xb.cells(tr)[0]
        dx.shade(cell, CALLOUT_FILL)
        dx.cell_borders(cell, None)
        left = xb.tc_pr(cell).find(xb.w("tcBorders")).find(xb.w("left"))
        left.set(xb.VAL, "single")
        left.set(xb.w("sz"), "24")
        left.set(xb.w("color"), CALLOUT_LINE)
        dx.cell_margins(cell, top=100, bottom=60, left=180, right=140)
        with self.inside(cell):
            self.rich_text(text, "Riktlinjetext", bullet_style="Riktlinjepunkt", join_lines=True)
        self.spacer()

    def page_break(self) -> None:
        """Start a new page."""
        xb.sub(xb.sub(xb.new_paragraph(parent=self.body), xb.R), xb.BR, {xb.TYPE: "page"})

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

    def _restart(self, paragraphs: list[Element]) -> None:
        style = self.styles.get("List Number")
        num_pr = None
        while style is not None and num_pr is None:
            num_pr = style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            style = style.base_style
        if self.numbering is None or num_pr is None or num_pr.find(qn("w:numId")) is None:
            return
        old_id = int(num_pr.find(qn("w:numId")).get(qn("w:val")))
        abstract = self.numbering.num_having_numId(old_id).abstractNumId.val
        num = self.numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        for p in paragraphs:
            own = etree.Element(xb.w("numPr"))
            xb.sub(own, xb.w("ilvl"), {xb.VAL: "0"})
            xb.sub(own, xb.w("numId"), {xb.VAL: str(num.numId)})
            insert_ordered(xb.get_or_add_ppr(p), own)

    def gap(self, question: Question) -> None:
        """A visible placeholder for a missing required answer (bracketed text and yellow highlight)."""
        self.gaps.append(question)
        paragraph = self.paragraph(style="Saknat svar")
        xb.add_run(paragraph, f"{GAP_PREFIX}{clean_text(question.text)}]", bold=True, highlight="yellow")

    # ------------------------------------------------------------ tables

    def fixed_table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], *, bold_first_column: bool
    ) -> None:
        """A table whose content is the same in every routine (built once per exporter, then copied)."""
        key = ("table", tuple(header), tuple(map(tuple, rows)), tuple(widths), bold_first_column)
        self.blocks.write(
            self, key, lambda: self.table(header, rows, widths=widths, bold_first_column=bold_first_column)
        )

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        widths: Sequence[float] | None = None,
        bold_first_column: bool = False,
    ) -> Element:
        """A table (``w:tbl``) in the template's table style, its header row repeated on every page."""
        columns = len(header)
        widths_cm = list(widths or auto_widths(header, rows))
        grid = xb.twips(widths_cm[:columns] + [0.0] * (columns - len(widths_cm)))
        cell_style = self.styles.style_id("Tabelltext")
        table = xb.new_table(self.body, grid, [[1] * columns] * (1 + len(rows)), cell_style)
        table_style = self.styles.style_id("Rutintabell")
        if table_style:
            xb.tbl_pr(table).insert(0, etree.Element(xb.w("tblStyle"), {xb.VAL: table_style}))
        for row_index, (tr, values) in enumerate(zip(xb.rows(table), [list(header), *map(list, rows)], strict=True)):
            if row_index:
                dx.cant_split(tr)
            else:
                dx.repeat_header(tr)
            for col_index, tc in enumerate(xb.cells(tr)):
                value = values[col_index] if col_index < len(values) else ""
                if value:
                    xb.add_run(tc[-1], value, bold=row_index == 0 or (bold_first_column and col_index == 0))
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
