"""An answer's own words in its text as the routine shows it: the routine's phrasing around them taken away.

A remiss file is the routine itself, so a reviewer edits "Så här går det till: Ring mottagningen …",
where the answer is "Ring mottagningen …". To know what the phrasing around an answer is, the question is
written once more with a placeholder as its answer; what stands before and after the placeholder is the
phrasing, and what lies between them in the reviewer's text is the answer as the reviewer would have it.

An answer that is not free text (yes/no, a choice, options, a number, a date) is found the other way
round: the question is written with each answer the reviewer's text could stand for ("inom sju dagar"
could be 7), and an answer is taken only when the routine would write it exactly as the reviewer did.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace

from routine_builder.document.blocks import Block, ListBlock, Paragraph, spans_text
from routine_builder.document.sentences import AnswerContext, answer_blocks
from routine_builder.document.swedish import MONTHS, NUMBER_WORDS, text_dates
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.question_set import Question, QuestionType
from routine_builder.domain.reviews import proposed_answer
from routine_builder.domain.values import Answer, AnswerValue, is_other_choice

PLACEHOLDER = "\ue000"  # a private-use character no answer contains
_SPACES = re.compile(r"[ \t\u00a0]+")
WORDED = (QuestionType.TEXT, QuestionType.LONGTEXT, QuestionType.LIST)  # answers a proposal gives words to
_NUMBER_WORD = re.compile(r"\b(" + "|".join([*NUMBER_WORDS, "ett"]) + r")\b", re.IGNORECASE)
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}\b)")
_DIGITS = re.compile(r"\d+")
_DATE_IN_WORDS = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b", re.IGNORECASE)


def routine_text(blocks: list[Block]) -> str:
    """Blocks as the remiss import reads an answer: paragraphs apart by a blank line, lists as '- ' lines."""
    parts = []
    for block in blocks:
        if isinstance(block, Paragraph):
            parts.append(block.text.strip())
        elif isinstance(block, ListBlock):
            lines = [spans_text(item).strip() for item in block.items]
            parts.append(
                "\n".join(f"{n}. {line}" if block.numbered else f"- {line}" for n, line in enumerate(lines, 1))
            )
    return "\n\n".join(part for part in parts if part)


def _same(text: str) -> str:
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.replace("\r", "").split("\n"))


def own_words(question: Question, answer_set: AnswerSet, text: str) -> str | None:
    """The answer's own words in ``text`` (the answer's text in the routine, maybe edited by a reviewer).

    None when the question's answer is not free text or a list, or when the phrasing around the answer
    was changed too (the text cannot then be taken over as the answer as it is).
    """
    if question.type not in WORDED:
        return None
    current = answer_set.get(question.id) or Answer()
    if current.not_applicable:
        return None
    value: str | list[str] = [PLACEHOLDER] if question.type is QuestionType.LIST else PLACEHOLDER
    probe = replace(answer_set, answers={**answer_set.answers, question.id: replace(current, value=value)})
    blocks = answer_blocks(question, AnswerContext(probe, False), 2)
    before, found, after = _same(routine_text(blocks)).partition(PLACEHOLDER)
    edited = _same(text)
    if not found or not edited.startswith(before) or not edited.endswith(after):
        return None
    if len(edited) < len(before) + len(after):
        return None
    return edited[len(before) : len(edited) - len(after)].strip()


def routine_words(question: Question, answer_set: AnswerSet) -> str:
    """The answer to ``question`` as the routine writes it, as the remiss import reads it."""
    return routine_text(answer_blocks(question, AnswerContext(answer_set, False), 2))


def proposal_answer(question: Question, answer_set: AnswerSet, text: str) -> Answer | None:
    """The answer a remiss proposal's ``text`` makes for ``question``, or None when the form must do it.

    Free text and lists take the reviewer's words (``text`` is the answer's own words, see
    :func:`own_words`); any other answer is the one the routine would write exactly as ``text`` reads.
    """
    if question.type in WORDED:
        return proposed_answer(question, answer_set.get(question.id), text)
    return answer_written_as(question, answer_set, text) or proposed_answer(question, answer_set.get(question.id), text)


def answer_written_as(question: Question, answer_set: AnswerSet, text: str) -> Answer | None:
    """The answer to ``question`` (a yes/no, choice, options, number or date) the routine writes as ``text``.

    The answer's comment is kept (it is part of the text); None when no answer reads as ``text``.
    """
    current = answer_set.get(question.id) or Answer()
    if current.not_applicable or question.type in WORDED:
        return None
    wanted = _comparable(text)
    for value in _candidates(question, wanted):
        answer = replace(current, value=value)
        probe = replace(answer_set, answers={**answer_set.answers, question.id: answer})
        if _comparable(routine_words(question, probe)) == wanted:
            return answer
    return None


def _comparable(text: str) -> str:
    """``text`` with its spacing, dates and small numbers written one way ("sju" and "7" alike)."""
    text = _same(text_dates(_same(text)))
    text = _NUMBER_WORD.sub(lambda m: str(_number_of_word(m.group(1))), text)
    return _THOUSANDS.sub("", text)


def _number_of_word(word: str) -> int:
    word = word.lower()
    return 1 if word == "ett" else NUMBER_WORDS.index(word)


def _candidates(question: Question, text: str) -> Iterator[AnswerValue]:
    """The answers ``text`` (as :func:`_comparable` writes it) could be the routine's words for."""
    kind = question.type
    ordinary = [c.id for c in question.choices if not is_other_choice(c.id)]
    if kind is QuestionType.YESNO:
        yield from (True, False)
    elif kind is QuestionType.CHOICE:
        yield from ordinary
    elif kind is QuestionType.MULTICHOICE:
        found = {}
        for choice_id in ordinary:
            phrase = question.routine.choice(choice_id) if question.routine is not None else ""
            where = text.lower().find(_comparable(phrase or question.choice_label(choice_id)).lower())
            if where >= 0:
                found[choice_id] = where
        yield sorted(found, key=found.__getitem__)
    elif kind is QuestionType.NUMBER:
        yield from dict.fromkeys(int(digits) for digits in _DIGITS.findall(text))
    elif kind is QuestionType.DATE:
        for day, month, year in _DATE_IN_WORDS.findall(text):
            try:
                yield dt.date(int(year), MONTHS.index(month.lower()) + 1, int(day))
            except ValueError:
                continue
