"""An answer's own words in its text as the routine shows it: the routine's phrasing around them taken away.

A remiss file is the routine itself, so a reviewer edits "Så här går det till: Ring mottagningen …",
where the answer is "Ring mottagningen …". To know what the phrasing around an answer is, the question is
written once more with a placeholder as its answer; what stands before and after the placeholder is the
phrasing, and what lies between them in the reviewer's text is the answer as the reviewer would have it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from routine_builder.document.blocks import Block, ListBlock, Paragraph, spans_text
from routine_builder.document.sentences import AnswerContext, answer_blocks
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.question_set import Question, QuestionType
from routine_builder.domain.values import Answer

PLACEHOLDER = "\ue000"  # a private-use character no answer contains
_SPACES = re.compile(r"[ \t\u00a0]+")
_WORDED = (QuestionType.TEXT, QuestionType.LONGTEXT, QuestionType.LIST)


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
    if question.type not in _WORDED:
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
