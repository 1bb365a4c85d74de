"""The table of contents: a TOC field whose result Routine Builder writes itself, as Word saves one.

Each entry is a paragraph in 'toc 1' or 'toc 2' holding a link to the heading's bookmark, the number, the
title and, when the pages are known, a dot leader and a ``PAGEREF`` field with the page. The pages come
from LibreOffice's layout of the finished document (:meth:`Office.layout`; the page breaks that layout
adds are written into the file by :mod:`page_breaks`, so the pages hold where the file is opened in
LibreOffice too), so the contents show
page numbers wherever the file is opened (Word, Protected View, Word on the web, previews) without
Word's field-update prompt; Word recomputes them whenever its user updates fields. Without LibreOffice
the entries carry titles only and Word is asked to update the fields on opening.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from docx.text.paragraph import Paragraph

from routine_builder.export import ooxml
from routine_builder.export.styles import StyleSheet
from routine_builder.export.writer import ContentsEntry

INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\t "Bilagerubrik,2"'
EMPTY = "Högerklicka och välj Uppdatera fält för att visa innehållet."
PLACEHOLDER_PAGE = "99"  # as wide as a real page number, while the layout that finds the pages runs

if TYPE_CHECKING:
    from docx.styles.style import ParagraphStyle


class Contents:
    """The contents of one document, written before ``anchor`` (the first chapter's heading)."""

    def __init__(self, styles: StyleSheet, anchor: Paragraph, entries: Sequence[ContentsEntry]):
        self._styles = styles
        self._anchor = anchor
        self.entries = list(entries)
        self._paragraphs: list[Paragraph] = []

    @property
    def bookmarks(self) -> list[str]:
        """The bookmarks of the listed headings, in order."""
        return [entry.bookmark for entry in self.entries]

    def write(self, pages: dict[str, int] | None, *, placeholder: bool = False) -> None:
        """(Re)write the entries: with ``pages`` (bookmark → page), or a placeholder page, or titles only."""
        for paragraph in self._paragraphs:
            ooxml.remove(paragraph)
        self._paragraphs = []
        entries = self.entries or [ContentsEntry(1, "", EMPTY, "")]
        for entry in entries:
            style = cast("ParagraphStyle | None", self._styles.get(f"toc {entry.level}"))
            paragraph = self._anchor.insert_paragraph_before(style=style)
            page = PLACEHOLDER_PAGE if placeholder else (pages or {}).get(entry.bookmark)
            self._entry(paragraph, entry, None if page is None else str(page))
            self._paragraphs.append(paragraph)
        first, last = self._paragraphs[0]._p, self._paragraphs[-1]._p
        begin = ooxml.field_runs(INSTRUCTION)[:3]  # begin, instruction, separate: the entries are the result
        anchor = first.pPr
        for run in reversed(begin):
            if anchor is not None:
                anchor.addnext(run)
            else:
                first.insert(0, run)
        last.append(ooxml.element("w:r", None, ooxml.element("w:fldChar", {"w:fldCharType": "end"})))

    def _entry(self, paragraph: Paragraph, entry: ContentsEntry, page: str | None) -> None:
        text = f"{entry.number}\t{entry.title}" if entry.number else entry.title
        if not entry.bookmark:
            paragraph.add_run(text)
            return
        link = ooxml.hyperlink(paragraph, "", anchor=entry.bookmark)
        for index, piece in enumerate(text.split("\t")):
            if index:
                link.append(ooxml.element("w:r", None, ooxml.element("w:tab")))
            link.append(ooxml.text_run(piece))
        if page is not None:
            link.append(ooxml.element("w:r", None, ooxml.element("w:tab")))
            for run in ooxml.field_runs(f"PAGEREF {entry.bookmark} \\h", page):
                link.append(run)
