"""The page breaks LibreOffice's layout pass adds, written into the file so that the contents' pages hold.

The table of contents takes its page numbers from LibreOffice's layout of the document
(:meth:`Office.layout`). That layout starts a new page before a heading or lead that LibreOffice left
alone at a page's foot although it keeps with the next paragraph (``_uno_convert.keep_with_next``), as
Word would lay it out. :func:`write_breaks` puts the same breaks into the file, so that LibreOffice,
opening the file itself (a reviewer's ``soffice --convert-to pdf``), lays out the pages the contents name;
Word, which keeps such a heading with its text anyway, starts the page there too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, cast

from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from routine_builder.errors import ExportError
from routine_builder.export.remiss_marks import W_P, W_TBL, normalised, paragraph_text

if TYPE_CHECKING:
    from docx.oxml.text.paragraph import CT_P

_CONTAINERS = (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"))
_HYPHENS = str.maketrans({"\u2011": "-"})  # LibreOffice reads Word's non-breaking hyphen as U+2011
NOT_WRITTEN = "LibreOffice lade ut sidorna på ett sätt som inte kunde föras in i dokumentet"


def _blocks(parent: etree._Element) -> Iterator[etree._Element]:
    """The body's paragraphs and tables in document order, those inside content controls included."""
    for child in parent:
        if child.tag in (W_P, W_TBL):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _blocks(child)


def _text(text: str) -> str:
    return normalised(text.translate(_HYPHENS))


def write_breaks(document: Document, breaks: Sequence[tuple[str, int]]) -> None:
    """Start a new page before each paragraph in ``breaks`` (text, number of body paragraphs with that text before it).

    Raises :class:`ExportError` when a paragraph is not found (the pages found would then not be the file's).
    """
    paragraphs = [block for block in _blocks(document.element.body) if block.tag == W_P]
    texts = [_text(paragraph_text(paragraph)) for paragraph in paragraphs]
    targets = []
    for text, before in breaks:
        wanted = _text(text)
        found = [paragraph for paragraph, seen in zip(paragraphs, texts, strict=True) if seen == wanted]
        if not wanted or before >= len(found):
            raise ExportError(NOT_WRITTEN)
        targets.append(found[before])
    for target in targets:  # all found first: the document is left as it was when one is not
        Paragraph(cast("CT_P", target), document).paragraph_format.page_break_before = True
