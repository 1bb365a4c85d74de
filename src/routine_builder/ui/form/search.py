"""Matching questions and answers against a search text (no Qt)."""

from __future__ import annotations

import datetime as dt

from routine_builder.domain import Answer, Question


def answer_text(question: Question, answer: Answer | None) -> str:
    """An answer as plain text: choice labels, dates, table cells, comment and reason."""
    if answer is None:
        return ""
    value = answer.value
    parts: list[str] = []
    if isinstance(value, bool):
        parts.append("ja" if value else "nej")
    elif isinstance(value, str):
        parts.append(question.choice_label(value) if question.choices else value)
    elif isinstance(value, int | dt.date):
        parts.append(str(value))
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                parts.extend(str(cell) for cell in item.values())
            else:
                parts.append(question.choice_label(item) if question.choices else str(item))
    parts.append(answer.comment)
    return "\n".join(parts)


def matches(question: Question, answer: Answer | None, query: str) -> bool:
    """Whether every word of ``query`` occurs in the question, its help or its answer (case-insensitive)."""
    words = query.casefold().split()
    if not words:
        return False
    haystack = "\n".join((question.text, question.help, answer_text(question, answer))).casefold()
    return all(word in haystack for word in words)
