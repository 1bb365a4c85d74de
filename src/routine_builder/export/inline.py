"""Text inside a paragraph: runs with real breaks, e-mail and web addresses as links, table-cell line breaking.

Every text passes :func:`~routine_builder.export.text_clean.normalise` first, so control characters pasted
by users become breaks or disappear. In narrow table cells phone numbers are kept on one line
(non-breaking spaces) and e-mail addresses may break after ``@`` and ``.`` (zero-width spaces shown only
in the text; the link itself stays exact).
"""

from __future__ import annotations

import re

from docx.enum.text import WD_BREAK
from docx.text.paragraph import Paragraph

from routine_builder.export import ooxml
from routine_builder.export.text_clean import normalise

NBSP = "\u00a0"
ZWSP = "\u200b"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_WEB = r"(?:https?://|www\.)[^\s<>\"']*[^\s<>\"'.,;:!?)\]]"
_LINK = re.compile(rf"(?P<email>{_EMAIL})|(?P<web>{_WEB})", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w@])\+?\d[\d\- ]{4,}\d(?![\w@])")


def link_target(text: str) -> str:
    """The address a link found in text points to: ``mailto:`` for e-mail, ``https://`` for bare ``www.``."""
    if "@" in text and "://" not in text:
        return f"mailto:{text}"
    return text if "://" in text else f"https://{text}"


def add_text(paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False,
             link_style: str | None = None, cell: bool = False) -> None:  # fmt: skip
    """Append ``text``: line feeds become line breaks, form feeds page breaks, addresses links.

    ``link_style`` is the style id of the links' character style; ``cell`` applies the table-cell line
    breaking (phone numbers whole, e-mail addresses breakable after ``@`` and ``.``).
    """
    text = normalise(text)
    for index, chunk in enumerate(text.split("\x0c")):
        if index:
            paragraph.add_run().add_break(WD_BREAK.PAGE)
        if cell:
            chunk = keep_phone_numbers(chunk)
        start = 0
        for match in _LINK.finditer(chunk):
            if match.start() > start:
                _run(paragraph, chunk[start : match.start()], bold, italic)
            address = match.group(0)
            shown = breakable_address(address) if cell else address
            ooxml.hyperlink(paragraph, shown, url=link_target(address), style_id=link_style)
            start = match.end()
        if start < len(chunk):
            _run(paragraph, chunk[start:], bold, italic)


def _run(paragraph: Paragraph, text: str, bold: bool, italic: bool) -> None:
    if "\t" in text or "\n" in text:
        run = paragraph.add_run(text)  # python-docx turns tabs and line feeds into w:tab and w:br
    else:
        run = paragraph.add_run()
        run.add_text(text)  # one w:t, without python-docx's character-by-character scan
    if bold:
        run.bold = True
    if italic:
        run.italic = True


def keep_phone_numbers(text: str) -> str:
    """Phone numbers with non-breaking spaces, so that they never wrap between their digit groups."""
    return _PHONE.sub(lambda m: m.group(0).replace(" ", NBSP), text)


def breakable_address(address: str) -> str:
    """An e-mail or web address that may wrap after ``@``, ``.`` and ``/`` (zero-width spaces)."""
    return re.sub(r"([@./])(?=.)", rf"\1{ZWSP}", address)


def find_links(text: str) -> list[str]:
    """The e-mail and web addresses in ``text``, in order."""
    return [m.group(0) for m in _LINK.finditer(normalise(text))]


def cell_display(text: str) -> str:
    """``text`` as a table cell shows it: phone numbers whole, addresses breakable after ``@``, ``.``, ``/``."""
    text = keep_phone_numbers(normalise(text))
    return _LINK.sub(lambda m: breakable_address(m.group(0)), text)
