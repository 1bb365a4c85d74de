"""Turning what was found in a reviewed remiss file into remiss items of one area.

The Word side (``export.remiss_reader``) reads a reviewed document into a :class:`ReviewedFile`: the
marks the remiss export recorded (area, version, per-answer digests) and, per answer, the comments,
tracked changes and edits found inside it. :func:`build_review` checks that the file belongs to the area,
maps question ids of an older question set through ``renamed_from``, and turns every finding into a
:class:`~routine_builder.domain.reviews.ReviewItem`: a comment or a proposal on its question, marked
uncertain when the answer was found by its surroundings only and as a conflict when the answer was
changed in the app after the remiss file was made; or a general comment on its chapter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.outline import Outline
from routine_builder.domain.question_set import Question
from routine_builder.domain.readable import readable_value
from routine_builder.domain.reviews import COMMENT, GENERAL, PROPOSAL, Reply, Review, ReviewItem, load_reviews
from routine_builder.domain.versions import load_version
from routine_builder.domain.workspace import Workspace
from routine_builder.errors import RoutineBuilderError

TAG, BOOKMARK, SURROUNDINGS = "tag", "bookmark", "surroundings"
OwnWords = Callable[[Question, AnswerSet, str], "str | None"]


class ReviewImportError(RoutineBuilderError):
    """A reviewed file that cannot be imported into this area (another area, already imported, not a remiss)."""


@dataclass(frozen=True)
class FoundComment:
    """A margin comment, where it was anchored and its replies.

    ``question_id`` is the id as the file recorded it ("" outside every answer); ``chapter`` the text of
    the chapter heading above it; ``how`` how its answer was found.
    """

    author: str
    text: str
    date: dt.datetime | None = None
    question_id: str = ""
    how: str = ""
    chapter: str = ""
    quote: str = ""
    replies: tuple[Reply, ...] = ()


@dataclass(frozen=True)
class FoundAnswer:
    """One answer as the reviewer left it.

    ``text`` has the reviewer's changes applied, ``original`` has them undone (tracked changes only);
    ``changed`` says whether ``text`` differs from what was exported; ``changes`` lists the author and
    date of each tracked change inside the answer.
    """

    question_id: str
    how: str
    text: str
    original: str = ""
    changed: bool = False
    changes: tuple[tuple[str, dt.datetime | None], ...] = ()


@dataclass(frozen=True)
class FoundChange:
    """A tracked change outside every answer (in a heading, a guideline box, a table): kept as a comment."""

    author: str
    before: str
    after: str
    date: dt.datetime | None = None
    chapter: str = ""


@dataclass(frozen=True)
class ReviewedFile:
    """Everything read from one reviewed remiss file."""

    area_id: str
    version: int | None
    answers: dict[str, FoundAnswer]
    comments: tuple[FoundComment, ...] = ()
    changes: tuple[FoundChange, ...] = ()
    missing: tuple[str, ...] = ()  # answers the file recorded but that could not be found in it
    area_name: str = ""
    last_modified_by: str = ""
    digest: str = ""
    recorded: tuple[str, ...] = field(default=())  # the question ids the file recorded, in document order


def build_review(
    workspace: Workspace,
    area_id: str,
    found: ReviewedFile,
    *,
    file_name: str,
    outline: Outline | None = None,
    reviewer: str = "",
    own_words: OwnWords | None = None,
) -> Review:
    """The remiss items of ``found`` for ``area_id`` (not stored; see :func:`~reviews.add_review`).

    ``own_words`` takes the routine's phrasing off a proposal (the answer's text as the routine shows
    it), so that a proposal is the answer as the reviewer would have it; see
    :func:`routine_builder.document.answer_words.own_words`.

    Raises :class:`ReviewImportError` when the file was made for another area or was imported before.
    """
    if found.area_id != area_id:
        name = f" ({found.area_name})" if found.area_name and found.area_name != found.area_id else ""
        raise ReviewImportError(
            f"filen gjordes för remiss av området '{found.area_id}'{name}, inte '{area_id}'; "
            "importera den i rätt område",
            path=Path(file_name),
        )
    _refuse_twice(workspace, area_id, found.digest, file_name)
    question_set = workspace.question_set
    exported = _version(workspace, area_id, found.version)
    draft = workspace.load_area(area_id).answer_set
    items: list[ReviewItem] = []

    def add(**values: object) -> None:
        items.append(ReviewItem(id=len(items) + 1, **values))  # type: ignore[arg-type]

    def current(recorded_id: str) -> str:
        return (question_set.current_id(recorded_id) or "") if recorded_id else ""

    def chapter_of(question_id: str, heading: str) -> str:
        section = outline.section_of_question(question_id) if outline is not None and question_id else None
        top = _top(outline, section.id) if section is not None else None
        return top or _chapter_by_title(outline, heading)

    for recorded_id in [*found.recorded, *(q for q in found.answers if q not in found.recorded)]:
        answer = found.answers.get(recorded_id)
        if answer is None or not answer.changed:
            continue
        qid = current(recorded_id)
        if not qid:
            add(kind=GENERAL, text=f"Ändrat svar på en fråga som inte längre finns ({recorded_id}): {answer.text}")
            continue
        authors = _unique(author for author, _when in answer.changes if author)
        dates = [when for _author, when in answer.changes if when is not None]
        question = question_set.question(qid)
        text, original = answer.text, answer.original
        words = own_words(question, exported or draft, text) if own_words is not None else None
        if words is not None and own_words is not None:
            text = words
            original = own_words(question, exported or draft, original) or original
        if not answer.changes and exported is not None:
            original = readable_value(question, exported.get(qid))
        add(
            kind=PROPOSAL,
            question_id=qid,
            chapter=chapter_of(qid, ""),
            text=text,
            original=original,
            author=", ".join(authors) or reviewer,
            date=max(dates) if dates else None,
            tracked=bool(answer.changes),
            uncertain=answer.how == SURROUNDINGS,
            conflict=_changed_since(exported, draft, qid),
        )
    for comment in found.comments:
        qid = current(comment.question_id)
        kind = COMMENT if qid else GENERAL
        text = comment.text
        if comment.question_id and not qid:
            text = f"(Om en fråga som inte längre finns, {comment.question_id}) {text}"
        add(
            kind=kind,
            question_id=qid,
            chapter=chapter_of(qid, comment.chapter),
            text=text,
            author=comment.author or reviewer,
            date=comment.date,
            quote=comment.quote,
            replies=comment.replies,
            uncertain=comment.how == SURROUNDINGS,
            conflict=bool(qid) and _changed_since(exported, draft, qid),
        )
    for change in found.changes:
        add(
            kind=GENERAL,
            chapter=_chapter_by_title(outline, change.chapter),
            text=_change_text(change),
            author=change.author or reviewer,
            date=change.date,
            tracked=True,
        )
    people = _unique([i.author for i in items if i.author])
    name = reviewer or (people[0] if len(people) == 1 else "") or _person(found.last_modified_by)
    return Review(
        reviewer=name or Path(file_name).stem,
        file_name=Path(file_name).name,
        area_id=area_id,
        items=tuple(items),
        version=found.version,
        file_digest=found.digest,
    )


def _refuse_twice(workspace: Workspace, area_id: str, digest: str, file_name: str) -> None:
    if not digest:
        return
    reviews, _problems = load_reviews(workspace, area_id)
    for review in reviews:
        if review.file_digest == digest:
            raise ReviewImportError(
                f"filen är redan importerad (remissvar {review.number}, från {review.reviewer}); "
                "inget importerades en gång till",
                path=Path(file_name),
            )


def _version(workspace: Workspace, area_id: str, number: int | None) -> AnswerSet | None:
    if number is None:
        return None
    try:
        return load_version(workspace, area_id, number).answer_set
    except RoutineBuilderError:
        return None


def _changed_since(exported: AnswerSet | None, draft: AnswerSet, question_id: str) -> bool:
    """Whether the area's answer differs from the one in the version the remiss file was made from."""
    if exported is None:
        return False
    return exported.get(question_id) != draft.get(question_id)


def _top(outline: Outline | None, section_id: str) -> str:
    """The id of the chapter (top-level section) holding ``section_id``."""
    if outline is None:
        return ""
    for chapter in outline.sections:
        if chapter.id == section_id or any(s.id == section_id for s in chapter.subsections):
            return chapter.id
    return ""


def _chapter_by_title(outline: Outline | None, title: str) -> str:
    """The chapter whose title is ``title`` (as a heading shows it), or ""."""
    wanted = " ".join(title.split()).casefold()
    if outline is None or not wanted:
        return ""
    for chapter in outline.sections:
        if " ".join(chapter.title.split()).casefold() == wanted:
            return chapter.id
    return ""


def _change_text(change: FoundChange) -> str:
    if change.before and change.after:
        return f"Föreslagen ändring i texten: ”{change.before}” blir ”{change.after}”."
    if change.after:
        return f"Föreslaget tillägg i texten: ”{change.after}”."
    return f"Föreslaget att ta bort ur texten: ”{change.before}”."


def _person(name: str) -> str:
    name = name.strip()
    return "" if not name or name.lower().startswith("routine builder") else name


def _unique(names: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return seen
