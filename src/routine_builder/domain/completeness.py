"""How complete an area's answers are: per section and overall."""

from __future__ import annotations

from dataclasses import dataclass

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.question_set import Question, QuestionSet, Section
from routine_builder.domain.values import condition_met, is_answered


@dataclass(frozen=True)
class Progress:
    """Counts over the questions shown (questions hidden by their condition do not count)."""

    answered: int = 0
    not_applicable: int = 0
    missing_required: int = 0
    missing_optional: int = 0

    @property
    def total(self) -> int:
        """Questions shown."""
        return self.answered + self.not_applicable + self.missing_required + self.missing_optional

    @property
    def done(self) -> int:
        """Answered or explicitly not applicable."""
        return self.answered + self.not_applicable

    @property
    def complete(self) -> bool:
        """No required answer is missing."""
        return self.missing_required == 0

    def __add__(self, other: Progress) -> Progress:
        return Progress(
            self.answered + other.answered,
            self.not_applicable + other.not_applicable,
            self.missing_required + other.missing_required,
            self.missing_optional + other.missing_optional,
        )

    def summary(self) -> str:
        """A Swedish one-liner such as '42 av 61 besvarade, 3 obligatoriska saknas'."""
        text = f"{self.done} av {self.total} besvarade"
        if self.missing_required:
            text += f", {self.missing_required} obligatoriska saknas"
        return text


def is_shown(question: Question, answer_set: AnswerSet) -> bool:
    """Whether the question applies, given the answers its condition depends on."""
    return condition_met(question, answer_set.answers)


def question_state(question: Question, answer_set: AnswerSet) -> str:
    """One of 'answered', 'not_applicable', 'missing_required', 'missing_optional', 'hidden'."""
    if not is_shown(question, answer_set):
        return "hidden"
    answer = answer_set.get(question.id)
    if answer is not None and answer.not_applicable and answer.has_reason:
        return "not_applicable"  # without a reason it counts as missing, like an empty answer
    if is_answered(answer):
        return "answered"
    return "missing_required" if question.required else "missing_optional"


def section_progress(section: Section, answer_set: AnswerSet) -> Progress:
    """Progress of one section."""
    counts = {"answered": 0, "not_applicable": 0, "missing_required": 0, "missing_optional": 0}
    for question in section.questions:
        state = question_state(question, answer_set)
        if state != "hidden":
            counts[state] += 1
    return Progress(**counts)


def overall_progress(question_set: QuestionSet, answer_set: AnswerSet) -> Progress:
    """Progress over the whole question set."""
    total = Progress()
    for section in question_set.sections:
        total = total + section_progress(section, answer_set)
    return total


def missing_required(question_set: QuestionSet, answer_set: AnswerSet) -> list[Question]:
    """The required questions shown but neither answered nor marked not applicable, in order."""
    return [q for q in question_set.questions() if question_state(q, answer_set) == "missing_required"]
