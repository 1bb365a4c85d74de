"""Searching the form: whether a question, its help or its answer (as it reads) holds every word searched for."""

from __future__ import annotations

from routine_builder.domain.question_set import Question
from routine_builder.domain.readable import readable_value
from routine_builder.domain.values import Answer


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
