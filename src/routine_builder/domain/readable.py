"""An answer as readable text: the one wording every view of an answer uses.

The compare window, the redline, the HTML page, search, the merge and recovery dialogs, the command
line's diff and the routine's tables all read answers through :func:`readable_value`.

Choices show their labels (an "Annan/Annat" choice what it stands for), yes/no reads "Ja"/"Nej", a date
reads as ISO ("2026-03-05", as Swedish tables write it), a number in digits with its unit in the right
form ("1 dag", "14 dagar", thousands apart: "1 500"), lists and multichoice answers have one item per
line and contact rows one row per line (cells joined by " · "). A question marked not applicable reads
"Ej aktuellt", as the form's check box says. Running text (the routine's sentences) is phrased in the
document layer, which writes small numbers and dates in words.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from routine_builder.domain.question_set import Question, QuestionType
from routine_builder.domain.values import Answer, choice_text

NOT_APPLICABLE = "Ej aktuellt"
CELL_SEPARATOR = " · "
NBSP = "\u00a0"

# Singular forms of the units a question set uses with numbers ("1 dag", "14 dagar").
SINGULAR_UNITS = {
    "dagar": "dag",
    "arbetsdagar": "arbetsdag",
    "kalenderdagar": "kalenderdag",
    "veckor": "vecka",
    "månader": "månad",
    "timmar": "timme",
    "år": "år",
    "gånger": "gång",
    "personer": "person",
}


def yes_no(value: bool) -> str:
    """'Ja' or 'Nej'."""
    return "Ja" if value else "Nej"


def format_number(value: int) -> str:
    """An integer with a non-breaking space between thousands ('1 500')."""
    return f"{value:,}".replace(",", NBSP)


def number_with_unit(value: int, unit: str) -> str:
    """'14 dagar', '1 dag' in digits; the unit joined by a non-breaking space."""
    if not unit:
        return format_number(value)
    if value == 1:
        unit = SINGULAR_UNITS.get(unit, unit)
    return f"{format_number(value)}{NBSP}{unit}"


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
        return yes_no(value)
    if kind is QuestionType.NUMBER and isinstance(value, int) and not isinstance(value, bool):
        return number_with_unit(value, question.unit)
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
        return yes_no(value)
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
