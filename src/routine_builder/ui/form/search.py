"""Matching questions and answers against a search text (no Qt)."""

from __future__ import annotations

import html
import re

from routine_builder.domain import Answer, Question
from routine_builder.domain.readable import readable_value

#: How a match is marked: dark text on a light yellow, readable in the light and the dark theme.
MARK_STYLE = "background-color:#ffe08a; color:#1f2328;"


def answer_text(question: Question, answer: Answer | None) -> str:
    """An answer as it reads (the domain's readable text), with what "Annan" stands for, comment and reason."""
    if answer is None:
        return ""
    return "\n".join((readable_value(question, answer), answer.other, answer.comment))


def matches(question: Question, answer: Answer | None, query: str) -> bool:
    """Whether every word of ``query`` occurs in the question, its help or its answer (case-insensitive)."""
    words = query.casefold().split()
    if not words:
        return False
    haystack = "\n".join((question.text, question.help, answer_text(question, answer))).casefold()
    return all(word in haystack for word in words)


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
