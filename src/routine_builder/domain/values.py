"""Answer values: one value per question type, checked against the question it answers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from routine_builder.domain.dates import as_date
from routine_builder.domain.question_set import TEXT_TYPES, Question, QuestionType

AnswerValue = str | bool | int | dt.date | list[str] | list[dict[str, str]]


@dataclass(frozen=True)
class Answer:
    """What an area answered to one question.

    ``value`` is None for a question marked not applicable. ``comment`` is the free text beside a
    choice, yes/no or number answer, or the reason for not applicable. ``other`` says what an
    "Annan/Annat" choice stands for. ``set_aside`` keeps the answer given before the question was
    marked not applicable, so that unmarking it brings the answer back.
    """

    value: AnswerValue | None = None
    comment: str = ""
    not_applicable: bool = False
    other: str = ""
    set_aside: Answer | None = None

    @classmethod
    def na(cls, reason: str = "", *, set_aside: Answer | None = None) -> Answer:
        """A not-applicable answer with its reason (and the answer it sets aside, if any)."""
        return cls(value=None, comment=reason, not_applicable=True, set_aside=set_aside)

    @property
    def has_reason(self) -> bool:
        """Whether a not-applicable answer says why (without a reason it does not count as answered)."""
        return bool(self.comment.strip())


class ValueProblem(ValueError):
    """A value does not fit its question; ``line`` is filled in by the caller when known."""


def _text(value: Any, what: str = "text") -> str:
    if not isinstance(value, str):
        raise ValueProblem(f"ska vara {what} (sätt texten inom citattecken om den ser ut som ett tal eller datum)")
    return value


def parse_value(question: Question, value: Any) -> AnswerValue:
    """Check a raw YAML value against ``question`` and return it in its canonical form."""
    kind = question.type
    if kind in TEXT_TYPES:
        return _text(value)
    if kind is QuestionType.CHOICE:
        choice = _text(value, "ett val-id")
        if choice not in {c.id for c in question.choices}:
            raise ValueProblem(f"'{choice}' är inget av frågans val")
        return choice
    if kind is QuestionType.MULTICHOICE:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueProblem("ska vara en lista med val-id")
        known = {c.id for c in question.choices}
        unknown = [v for v in value if v not in known]
        if unknown:
            raise ValueProblem(f"'{unknown[0]}' är inget av frågans val")
        return list(value)
    if kind is QuestionType.YESNO:
        if not isinstance(value, bool):
            raise ValueProblem("ska vara true (ja) eller false (nej)")
        return value
    if kind is QuestionType.DATE:
        if (day := as_date(value)) is not None:
            return day
        raise ValueProblem("ska vara ett datum som ÅÅÅÅ-MM-DD")
    if kind is QuestionType.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueProblem("ska vara ett heltal (0 eller större)")
        return value
    if kind is QuestionType.LIST:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueProblem("ska vara en lista med texter")
        return list(value)
    if kind is QuestionType.CONTACTS:
        if not isinstance(value, list):
            raise ValueProblem("ska vara en lista med rader")
        columns = [c.id for c in question.columns]
        rows: list[dict[str, str]] = []
        for row in value:
            if not isinstance(row, dict):
                raise ValueProblem("varje rad i kontaktlistan ska vara en mappning")
            unknown = [k for k in row if k not in columns]
            if unknown:
                raise ValueProblem(f"kolumnen '{unknown[0]}' finns inte i frågan")
            if not all(isinstance(v, str) or v is None for v in row.values()):
                raise ValueProblem("varje cell i kontaktlistan ska vara text (inom citattecken)")
            rows.append({c: row[c] for c in columns if row.get(c)})
        return rows
    raise ValueProblem(f"okänd typ {kind}")  # pragma: no cover - QuestionType is closed


#: Choice ids that stand for "something else"; the answer's ``other`` text says what.
OTHER_CHOICE_IDS = frozenset({"annan", "annat", "ovrig", "ovrigt", "other"})


def is_other_choice(choice_id: str) -> bool:
    """Whether a choice is the "Annan/Annat" one that needs a text saying what."""
    return choice_id in OTHER_CHOICE_IDS or choice_id.startswith(("annan-", "annat-"))


def choice_text(question: Question, answer: Answer, choice_id: str) -> str:
    """A chosen option as text: its label, and for "Annan/Annat" what the answer says it is."""
    label = question.choice_label(choice_id)
    if is_other_choice(choice_id) and answer.other.strip():
        return f"{label}: {answer.other.strip()}"
    return label


def is_blank(value: AnswerValue | None) -> bool:
    """True for a value that says nothing: None, whitespace-only text, an empty list or empty rows."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        if not value:
            return True
        rows = [v for v in value if isinstance(v, dict)]
        if len(rows) == len(value):
            return all(not any(str(cell).strip() for cell in row.values()) for row in rows)
        return all(not str(v).strip() for v in value)
    return False


def is_answered(answer: Answer | None) -> bool:
    """True when the answer holds a real value (not applicable does not count as answered)."""
    return answer is not None and not answer.not_applicable and not is_blank(answer.value)


def condition_met(question: Question, answers: dict[str, Answer]) -> bool:
    """Whether a question with ``show_if`` is shown, given the other answers."""
    condition = question.show_if
    if condition is None:
        return True
    other = answers.get(condition.question)
    if other is None or other.not_applicable:
        return False
    if isinstance(other.value, list):
        return bool(condition.equals in other.value)
    return bool(other.value == condition.equals)
