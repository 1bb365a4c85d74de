"""Readable answer values for comparisons: the text a reviewer sees for each kind of answer.

Choices show their labels, yes/no reads "Ja"/"Nej", numbers carry their unit, lists and multichoice
answers have one item per line and contact rows one row per line (cells joined by " · ").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from routine_builder.domain.question_set import Question, QuestionType
from routine_builder.domain.values import Answer, choice_text

NOT_APPLICABLE = "Ej tillämplig"
CELL_SEPARATOR = " · "


def _yes_no(value: bool) -> str:
    return "Ja" if value else "Nej"


def readable_value(question: Question, answer: Answer | None) -> str:
    """The answer as a reviewer reads it ("" when there is none); the comment is not included."""
    if answer is None:
        return ""
    if answer.not_applicable:
        return NOT_APPLICABLE
    value = answer.value
    if value is None:
        return ""
    kind = question.type
    if kind is QuestionType.CHOICE and isinstance(value, str):
        return choice_text(question, answer, value)
    if kind is QuestionType.MULTICHOICE and isinstance(value, list):
        return "\n".join(choice_text(question, answer, str(v)) for v in value)
    if kind is QuestionType.YESNO and isinstance(value, bool):
        return _yes_no(value)
    if kind is QuestionType.NUMBER and isinstance(value, int):
        return f"{value} {question.unit}".strip()
    if kind is QuestionType.CONTACTS and isinstance(value, list):
        columns = [c.id for c in question.columns]
        return "\n".join(row_text(row, columns) for row in value if isinstance(row, dict))
    return raw_text(value)


def row_text(row: dict[str, str], columns: list[str]) -> str:
    """One contact row on one line, cells in column order."""
    return CELL_SEPARATOR.join(" ".join(str(row.get(c) or "").split()) for c in columns if row.get(c))


def raw_text(value: Any) -> str:
    """Any stored value as text (used for answers to questions the question set no longer has)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return "\n".join(f"{key}: {raw_text(item)}" for key, item in value.items())
    if isinstance(value, list):
        return "\n".join(
            ", ".join(f"{k}: {raw_text(v)}" for k, v in item.items()) if isinstance(item, dict) else raw_text(item)
            for item in value
        )
    return str(value)
