"""Search words marked in a question's text (Qt rich text)."""

from __future__ import annotations

import html
import re

#: How a match is marked: dark text on a light yellow, readable in the light and the dark theme.
MARK_STYLE = "background-color:#ffe08a; color:#1f2328;"


def highlighted(text: str, query: str) -> str:
    """``text`` as Qt rich text with every word of ``query`` marked (case-insensitive)."""
    words = sorted({w for w in query.split() if w}, key=len, reverse=True)
    if not words:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        parts.append(f'<span style="{MARK_STYLE}">{html.escape(match.group())}</span>')
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)
