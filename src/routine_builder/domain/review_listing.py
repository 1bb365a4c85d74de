"""Remiss items as they are listed: grouped by chapter (or by reviewer) in the question set's order.

The Remissvar panel and ``routine-builder review list`` both list items this way, so that a coordinator
finds them in the same order in the app and in the terminal.
"""

from __future__ import annotations

from collections.abc import Callable

from routine_builder.domain.outline import Outline
from routine_builder.domain.reviews import Entry, ReviewItem


def chapter_title(item: ReviewItem, outline: Outline | None) -> str:
    """The title of the chapter an item concerns ("" when it concerns no chapter, i.e. the whole routine).

    An item on a question belongs to the chapter that holds the question's answer (its top chapter);
    a general comment to the chapter it was written in.
    """
    if outline is None:
        return ""
    if item.question_id:
        for top in outline.sections:
            if item.question_id in top.questions or any(item.question_id in s.questions for s in top.subsections):
                return top.title
    for _level, section in outline.walk():
        if item.chapter and section.id == item.chapter:
            return section.title
    return ""


def grouped(listed: list[Entry], group_of: Callable[[Entry], str]) -> list[tuple[str, list[Entry]]]:
    """``listed`` in groups named by ``group_of``: groups in the order of their first item, items kept in order."""
    groups: dict[str, list[Entry]] = {}
    for entry in listed:
        groups.setdefault(group_of(entry), []).append(entry)
    return list(groups.items())
