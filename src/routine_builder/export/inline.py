"""Text inside a Word paragraph: runs with real breaks, e-mail and web addresses as links.

Every text passes :func:`~routine_builder.document.text.normalise` first, so control characters pasted
by users become breaks or disappear. In narrow table cells phone numbers are kept on one line
(non-breaking spaces) and e-mail addresses may break after ``@`` and ``.`` (zero-width spaces shown only
in the text; the link itself stays exact).
"""

from __future__ import annotations

from docx.enum.text import WD_BREAK
from docx.text.paragraph import Paragraph

from routine_builder.document.text import LINK, breakable_address, keep_phone_numbers, link_target, normalise
from routine_builder.export import ooxml


def add_text(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    link_style: str | None = None,
    cell: bool = False,
) -> None:
    """Append ``text``: line feeds become line breaks, form feeds page breaks, addresses links.

    ``link_style`` is the style id of the links' character style; ``cell`` applies the table-cell line
    breaking (phone numbers whole, e-mail addresses breakable after ``@`` and ``.``).
    """
    text = normalise(text)
    for index, chunk in enumerate(text.split("\x0c")):
        if index:
            paragraph.add_run().add_break(WD_BREAK.PAGE)
        for shown, target in pieces(chunk, cell=cell):
            if target is None:
                _run(paragraph, shown, bold, italic)
            else:
                ooxml.hyperlink(paragraph, shown, url=target, style_id=link_style)


def pieces(text: str, *, cell: bool = False) -> list[tuple[str, str | None]]:
    """``text`` as shown, split into plain pieces ``(text, None)`` and links ``(shown text, target)``.

    ``cell`` applies the table-cell line breaking (phone numbers whole, addresses breakable).
    """
    if cell:
        text = keep_phone_numbers(text)
    result: list[tuple[str, str | None]] = []
    start = 0
    for match in LINK.finditer(text):
        if match.start() > start:
            result.append((text[start : match.start()], None))
        address = match.group(0)
        result.append((breakable_address(address) if cell else address, link_target(address)))
        start = match.end()
    if start < len(text):
        result.append((text[start:], None))
    return result


def _run(paragraph: Paragraph, text: str, bold: bool, italic: bool) -> None:
    if "\t" in text or "\n" in text:
        run = paragraph.add_run(text)  # python-docx turns tabs and line feeds into w:tab and w:br
    else:
        run = paragraph.add_run()
        run.add_text(text)  # one w:t, without python-docx's character-by-character scan
    ooxml.emphasis(run, bold=bold, italic=italic)
