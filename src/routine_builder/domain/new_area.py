"""What a new area starts with: an id made from its name, and the units it covers as first answers."""

from __future__ import annotations

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.question_set import Choice, QuestionSet, QuestionType
from routine_builder.domain.values import Answer, is_other_choice
from routine_builder.domain.workspace import slugify

#: The questions "which of the region's / the municipalities' units does the routine cover?".
UNIT_QUESTIONS = ("grund-regionverksamheter", "grund-kommunala-verksamheter")


def unique_area_id(name: str, taken: set[str] | frozenset[str]) -> str:
    """A folder-safe id from ``name`` that no other area has ('Borås', then 'boras-2', …)."""
    base = slugify(name)
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def unit_choices(question_set: QuestionSet) -> dict[str, tuple[Choice, ...]]:
    """The unit questions the question set has, each with the units one can tick ("Annan" left out)."""
    found: dict[str, tuple[Choice, ...]] = {}
    for question_id in UNIT_QUESTIONS:
        if question_id in question_set:
            question = question_set.question(question_id)
            if question.type is QuestionType.MULTICHOICE:
                found[question_id] = tuple(c for c in question.choices if not is_other_choice(c.id))
    return found


def with_units(answer_set: AnswerSet, units: dict[str, list[str]]) -> AnswerSet:
    """``answer_set`` with the ticked units as the answers to the unit questions (empty lists left out)."""
    for question_id, choice_ids in units.items():
        if choice_ids:
            answer_set = answer_set.with_answer(question_id, Answer(list(choice_ids)))
    return answer_set
