"""Comparing two answer sets of one question set, question by question.

:func:`compare` returns a :class:`Comparison`: per section (in the question set's order) every question
with its status (unchanged, changed, added, removed) and a word-level diff of its readable answer,
contact rows matched by content, the comment's diff, and counts per section and overall. Answers to ids
the question set no longer has (orphans) are compared by their raw value in a last section.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.compare_rows import RowDiff, diff_rows
from routine_builder.domain.question_set import Question, QuestionSet, QuestionType
from routine_builder.domain.readable import raw_text, readable_value
from routine_builder.domain.validate import _question_set_for
from routine_builder.domain.values import Answer, is_blank
from routine_builder.domain.word_diff import DiffOp, LineDiff, diff_lines, has_changes, text_ops

__all__ = [
    "Comparison",
    "Counts",
    "QuestionDiff",
    "SectionDiff",
    "Status",
    "answer_set_label",
    "compare",
    "question_set_for",
]

ORPHAN_SECTION_ID = ""
ORPHAN_SECTION_TITLE = "Svar på frågor som inte finns i frågeunderlaget"


class Status(StrEnum):
    """How a question's answer changed from the older to the newer answer set."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class Counts:
    """How many questions changed, were answered anew or lost their answer."""

    changed: int = 0
    added: int = 0
    removed: int = 0

    @property
    def total(self) -> int:
        """All differences."""
        return self.changed + self.added + self.removed

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.changed + other.changed, self.added + other.added, self.removed + other.removed)


@dataclass(frozen=True)
class QuestionDiff:
    """The difference in one question's answer.

    ``old_text``/``new_text`` are the readable answers ("" when there is none); ``lines`` their diff line
    by line and ``ops`` the same diff flat. For contacts, ``rows`` pairs the rows by content. The comment
    (or the reason for not applicable) is compared in ``comment_ops``.
    """

    question_id: str
    question_text: str
    section_id: str
    type: QuestionType | None
    status: Status
    old_text: str
    new_text: str
    lines: tuple[LineDiff, ...]
    old_comment: str = ""
    new_comment: str = ""
    comment_lines: tuple[LineDiff, ...] = ()
    rows: tuple[RowDiff, ...] = ()
    columns: tuple[tuple[str, str], ...] = ()
    old_not_applicable: bool = False
    new_not_applicable: bool = False

    @property
    def ops(self) -> tuple[DiffOp, ...]:
        """The answer's diff as one flat list (``apply_ops(old_text, ops) == new_text``)."""
        return tuple(op for line in self.lines for op in line.ops)

    @property
    def comment_ops(self) -> tuple[DiffOp, ...]:
        """The comment's diff as one flat list."""
        return tuple(op for line in self.comment_lines for op in line.ops)

    @property
    def differs(self) -> bool:
        """True unless unchanged."""
        return self.status is not Status.UNCHANGED


@dataclass(frozen=True)
class SectionDiff:
    """One section of the comparison."""

    id: str
    title: str
    questions: tuple[QuestionDiff, ...]

    @property
    def counts(self) -> Counts:
        """Differences in this section."""
        statuses = [q.status for q in self.questions]
        return Counts(statuses.count(Status.CHANGED), statuses.count(Status.ADDED), statuses.count(Status.REMOVED))


@dataclass(frozen=True)
class Comparison:
    """The whole comparison, section by section (orphans last, in a section with id ``""``)."""

    sections: tuple[SectionDiff, ...]

    @property
    def counts(self) -> Counts:
        """Differences overall."""
        total = Counts()
        for section in self.sections:
            total = total + section.counts
        return total

    @property
    def is_empty(self) -> bool:
        """True when the two answer sets say the same."""
        return self.counts.total == 0

    def questions(self) -> list[QuestionDiff]:
        """Every compared question, in order."""
        return [q for section in self.sections for q in section.questions]

    def changes(self) -> list[QuestionDiff]:
        """The questions that differ, in order."""
        return [q for q in self.questions() if q.differs]


def _present(answer: Answer | None) -> bool:
    return answer is not None and (answer.not_applicable or not is_blank(answer.value) or bool(answer.comment.strip()))


def _status(old_present: bool, new_present: bool, differs: bool) -> Status:
    if old_present and not new_present:
        return Status.REMOVED
    if new_present and not old_present:
        return Status.ADDED
    return Status.CHANGED if differs and new_present else Status.UNCHANGED


def _question_diff(question: Question, old: Answer | None, new: Answer | None) -> QuestionDiff:
    old_text, new_text = readable_value(question, old), readable_value(question, new)
    old_comment = old.comment if old is not None else ""
    new_comment = new.comment if new is not None else ""
    lines = diff_lines(old_text, new_text)
    comment_lines = diff_lines(old_comment, new_comment)
    rows: tuple[RowDiff, ...] = ()
    if question.type is QuestionType.CONTACTS:
        rows = diff_rows(_rows(old), _rows(new), [c.id for c in question.columns])
    old_na, new_na = bool(old and old.not_applicable), bool(new and new.not_applicable)
    differs = (
        old_na != new_na
        or any(line.changed for line in lines)
        or any(line.changed for line in comment_lines)
        or any(row.kind != "equal" for row in rows)
    )
    return QuestionDiff(
        question_id=question.id,
        question_text=question.text,
        section_id=question.section_id,
        type=question.type,
        status=_status(_present(old), _present(new), differs),
        old_text=old_text,
        new_text=new_text,
        lines=lines,
        old_comment=old_comment,
        new_comment=new_comment,
        comment_lines=comment_lines,
        rows=rows,
        columns=tuple((c.id, c.label) for c in question.columns),
        old_not_applicable=old_na,
        new_not_applicable=new_na,
    )


def _rows(answer: Answer | None) -> list[dict[str, str]]:
    if answer is None or answer.not_applicable or not isinstance(answer.value, list):
        return []
    return [row for row in answer.value if isinstance(row, dict)]


def _orphan_diff(question_id: str, old: Any, new: Any) -> QuestionDiff:
    old_text, new_text = raw_text(old), raw_text(new)
    lines = diff_lines(old_text, new_text)
    differs = has_changes(text_ops(old_text, new_text))
    return QuestionDiff(
        question_id=question_id,
        question_text=question_id,
        section_id=ORPHAN_SECTION_ID,
        type=None,
        status=_status(bool(old_text.strip()), bool(new_text.strip()), differs),
        old_text=old_text,
        new_text=new_text,
        lines=lines,
    )


def compare(question_set: QuestionSet, old: AnswerSet, new: AnswerSet) -> Comparison:
    """Compare ``old`` with ``new`` question by question, in the question set's order."""
    sections = [
        SectionDiff(
            id=section.id,
            title=section.title,
            questions=tuple(_question_diff(q, old.get(q.id), new.get(q.id)) for q in section.questions),
        )
        for section in question_set.sections
    ]
    orphan_ids = list(old.orphans) + [key for key in new.orphans if key not in old.orphans]
    if orphan_ids:
        orphans = tuple(_orphan_diff(key, old.orphans.get(key), new.orphans.get(key)) for key in orphan_ids)
        sections.append(SectionDiff(ORPHAN_SECTION_ID, ORPHAN_SECTION_TITLE, orphans))
    return Comparison(tuple(sections))


def question_set_for(path: Path) -> QuestionSet:
    """The question set an answers or version file belongs to (its workspace's copy when it sits in one)."""
    return _question_set_for(Path(path))


def answer_set_label(answer_set: AnswerSet) -> str:
    """A short Swedish label: "Norr, version 3 (2026-11-22)" or "Norr, utkast"."""
    info = answer_set.version
    if info is None:
        return f"{answer_set.area.name}, utkast"
    return f"{answer_set.area.name}, version {info.number} ({info.saved_at:%Y-%m-%d})"
