"""``{token}`` placeholders in the template's header and footer, replaced run by run so that fields survive."""

from __future__ import annotations

import re

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

_TOKEN = re.compile(r"\{(titel|område|version|status|utkast)\}")


def paragraph_text(paragraph: Paragraph) -> str:
    """The text of the paragraph's ``w:t`` elements (field instructions and results of fields included)."""
    return "".join(t.text or "" for t in paragraph._p.iter(qn("w:t")))


def replace_placeholders(paragraph: Paragraph, values: dict[str, str]) -> bool:
    """Replace ``{token}`` placeholders, also when Word has split one across runs; field runs stay intact.

    Returns whether the paragraph held a placeholder.
    """
    texts = list(paragraph._p.iter(qn("w:t")))
    joined = "".join(t.text or "" for t in texts)
    matches = list(_TOKEN.finditer(joined))
    if not matches:
        return False
    substitute: dict[int, str] = {}
    for match in matches:
        for position in range(match.start(), match.end()):
            substitute[position] = values.get(match.group(1), "") if position == match.start() else ""
    start = 0
    for element in texts:
        end = start + len(element.text or "")
        element.text = "".join(substitute.get(p, joined[p]) for p in range(start, end))
        element.set(qn("xml:space"), "preserve")
        start = end
    return True
