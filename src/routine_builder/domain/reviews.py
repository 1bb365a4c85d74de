"""Remiss reviews: what reviewers said about a routine, stored per area beside its answers.

Each imported document becomes one file, ``areas/<id>/reviews/<n>.yaml``, holding who reviewed it, which
file it was, when it was imported, the version it was made from, and its items: comments on a question,
proposed new texts for a question, and general comments on a chapter. The files are never inside
``answers.yaml``; an item's handling (accepted, rejected, handled with a note) is written back to its
own file atomically, re-read first so that two people handling different items never undo each other.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from routine_builder.domain.answers import now
from routine_builder.domain.question_set import Question, QuestionType
from routine_builder.domain.values import Answer, AnswerValue
from routine_builder.domain.workspace import Workspace, current_user
from routine_builder.errors import ReviewFormatError, RoutineBuilderError, WriteError
from routine_builder.storage import (
    LineDict,
    LineList,
    atomic_write,
    dump_yaml,
    load_yaml_text,
    os_error,
    write_new,
)
from routine_builder.storage.fields import FieldReader
from routine_builder.storage.save_marker import MarkerLost, SaveMarker
from routine_builder.storage.versioned import VersionedFormat, upgrade
from routine_builder.storage.yaml_io import read_text

SCHEMA_VERSION = 1
REVIEW_FORMAT = VersionedFormat(what="remissvaret", current=SCHEMA_VERSION, missing=None, error=ReviewFormatError)
COMMENT, PROPOSAL, GENERAL = "comment", "proposal", "general"
KINDS = (COMMENT, PROPOSAL, GENERAL)
OPEN, ACCEPTED, REJECTED, HANDLED = "open", "accepted", "rejected", "handled"
STATES = (OPEN, ACCEPTED, REJECTED, HANDLED)
KIND_WORDS = {COMMENT: "kommentar", PROPOSAL: "förslag", GENERAL: "allmän kommentar"}
STATE_WORDS = {OPEN: "öppen", ACCEPTED: "godtagen", REJECTED: "avslagen", HANDLED: "hanterad"}


@dataclass(frozen=True)
class Reply:
    """An answer to a reviewer's comment, from the same document."""

    author: str
    text: str
    date: dt.datetime | None = None


@dataclass(frozen=True)
class ReviewItem:
    """One thing a reviewer said.

    ``kind`` is ``comment`` or ``proposal`` on ``question_id``, or ``general`` on ``chapter`` (the outline's
    section id, empty when outside every chapter). A proposal's ``text`` is the answer as the reviewer
    would have it and ``original`` the answer as the reviewer saw it. ``uncertain``: found by its
    surroundings because the marks around the answer were removed. ``conflict``: the answer was changed
    in the app after the remiss file was made.
    """

    id: int
    kind: str
    text: str
    author: str = ""
    date: dt.datetime | None = None
    question_id: str = ""
    chapter: str = ""
    quote: str = ""
    original: str = ""
    tracked: bool = False
    uncertain: bool = False
    conflict: bool = False
    replies: tuple[Reply, ...] = ()
    state: str = OPEN
    note: str = ""
    handled_by: str = ""
    handled_at: dt.datetime | None = None

    @property
    def is_open(self) -> bool:
        """Whether the item still waits to be handled."""
        return self.state == OPEN


@dataclass(frozen=True)
class Review:
    """One imported document: its reviewer, file, import and origin, and its items."""

    reviewer: str
    file_name: str
    area_id: str
    items: tuple[ReviewItem, ...] = ()
    version: int | None = None
    imported_at: dt.datetime | None = None
    imported_by: str = ""
    file_digest: str = ""  # of the imported file, so that the same file is not imported twice
    number: int = 0
    path: Path | None = field(default=None, compare=False)

    def item(self, item_id: int) -> ReviewItem:
        """The item with this id (KeyError when there is none)."""
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)


def reviews_dir(workspace: Workspace, area_id: str) -> Path:
    """The folder of an area's imported reviews."""
    return workspace.area_dir(area_id) / "reviews"


def review_numbers(workspace: Workspace, area_id: str) -> list[int]:
    """The numbers of the stored reviews, ascending."""
    folder = reviews_dir(workspace, area_id)
    try:
        return sorted(int(p.stem) for p in folder.glob("*.yaml") if p.stem.isascii() and p.stem.isdigit())
    except OSError as exc:
        raise os_error(exc, path=folder, doing="remissvaren kan inte läsas", kind=ReviewFormatError) from None


def load_review(path: Path) -> Review:
    """Read one stored review; raises a :class:`~routine_builder.errors.StorageError` naming file and line."""
    text, _raw = read_text(path)
    return replace(_parse(load_yaml_text(text, path), path), number=int(path.stem), path=path)


def load_reviews(workspace: Workspace, area_id: str) -> tuple[list[Review], list[str]]:
    """Every stored review of an area, oldest first, and one sentence per file that cannot be read."""
    reviews, problems = [], []
    for number in review_numbers(workspace, area_id):
        try:
            reviews.append(load_review(reviews_dir(workspace, area_id) / f"{number}.yaml"))
        except RoutineBuilderError as exc:
            problems.append(exc.message)
    return reviews, problems


def add_review(workspace: Workspace, review: Review) -> Review:
    """Store ``review`` as the area's next numbered review (created atomically, never replacing a file)."""
    folder = reviews_dir(workspace, review.area_id)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(exc, path=folder, doing="remissvaren kunde inte sparas") from None
    stamped = replace(review, imported_at=review.imported_at or now(), imported_by=review.imported_by or current_user())
    for _attempt in range(100):
        numbers = review_numbers(workspace, review.area_id)
        number = (numbers[-1] if numbers else 0) + 1
        path = folder / f"{number}.yaml"
        try:
            write_new(path, dump_yaml(_to_data(stamped)))
        except FileExistsError:
            continue  # imported by someone else at the same moment: take the next number
        return replace(stamped, number=number, path=path)
    raise WriteError("kunde inte hitta ett ledigt nummer för remissvaret", path=folder)


def handle_item(
    workspace: Workspace,
    area_id: str,
    number: int,
    item_id: int,
    *,
    state: str,
    note: str = "",
    by: str = "",
    at: dt.datetime | None = None,
) -> Review:
    """Record how one item was handled (``state`` and a note), re-reading the file first; returns the review.

    ``by`` and ``at`` say who handled it and when (the user and now unless given, as when an undo puts
    back an earlier handling).
    """
    if state not in STATES:
        raise ValueError(state)
    path = reviews_dir(workspace, area_id) / f"{number}.yaml"
    for attempt in range(3):
        with SaveMarker(path) as marker:  # read and written under the marker: no other change falls between
            text, _raw = read_text(path)
            review = replace(_parse(load_yaml_text(text, path), path), number=number, path=path)
            try:
                item = review.item(item_id)
            except KeyError:
                raise ReviewFormatError(f"punkt {item_id} finns inte i remissvaret", path=path) from None
            done = state != OPEN
            changed = replace(
                item,
                state=state,
                note=note.strip(),
                handled_by=(by or current_user()) if done else "",
                handled_at=(at or now()) if done else None,
            )
            updated = replace(review, items=tuple(changed if i.id == item_id else i for i in review.items))
            try:
                atomic_write(path, dump_yaml(_to_data(updated)), before_replace=marker.confirm)
            except MarkerLost:
                if attempt == 2:
                    raise
                continue
        return updated
    raise AssertionError("unreachable")  # pragma: no cover


def open_counts(reviews: list[Review]) -> dict[str, int]:
    """How many open items (comments and proposals) each question has."""
    counts: dict[str, int] = {}
    for review in reviews:
        for item in review.items:
            if item.is_open and item.question_id:
                counts[item.question_id] = counts.get(item.question_id, 0) + 1
    return counts


# ---------------------------------------------------------------- the file format


def _stamp(value: dt.datetime | None) -> dt.datetime | None:
    return value.replace(microsecond=0) if value is not None else None


def _item_data(item: ReviewItem) -> dict[str, Any]:
    data: dict[str, Any] = {"id": item.id, "kind": item.kind}
    optional = {
        "question": item.question_id,
        "chapter": item.chapter,
        "author": item.author,
        "date": _stamp(item.date),
        "quote": item.quote,
        "text": item.text,
        "original": item.original,
        "tracked": item.tracked,
        "uncertain": item.uncertain,
        "conflict": item.conflict,
        "replies": [{"author": r.author, "date": _stamp(r.date), "text": r.text} for r in item.replies],
    }
    data.update({k: v for k, v in optional.items() if v not in ("", None, False, [])})
    data["state"] = item.state
    handling = {"note": item.note, "handled_by": item.handled_by, "handled_at": _stamp(item.handled_at)}
    data.update({k: v for k, v in handling.items() if v not in ("", None)})
    return data


def _to_data(review: Review) -> dict[str, Any]:
    head = {
        "reviewer": review.reviewer,
        "file": review.file_name,
        "area": review.area_id,
        "version": review.version,
        "imported_at": _stamp(review.imported_at),
        "imported_by": review.imported_by,
        "file_digest": review.file_digest,
    }
    return {
        "schema_version": SCHEMA_VERSION,
        "review": {k: v for k, v in head.items() if v not in ("", None)},
        "items": [_item_data(item) for item in review.items],
    }


def _parse(data: Any, path: Path) -> Review:
    read = FieldReader(path, ReviewFormatError, missing="ska vara text")
    data = upgrade(data, path, REVIEW_FORMAT)
    head = data.get("review")
    if not isinstance(head, LineDict):
        raise read.fail("'review' saknas eller är ingen mappning", data.line_of("review"))
    number = head.get("version")
    if number is not None and (isinstance(number, bool) or not isinstance(number, int)):
        raise read.fail("'version' ska vara ett versionsnummer", head.line_of("version"))
    raw_items = data.get("items") or []
    if not isinstance(raw_items, list):
        raise read.fail("'items' ska vara en lista", data.line_of("items"))
    return Review(
        reviewer=read.text(head, "reviewer"),
        file_name=read.text(head, "file"),
        area_id=read.text(head, "area", required=True),
        version=number,
        imported_at=read.timestamp(head, "imported_at"),
        imported_by=read.text(head, "imported_by"),
        file_digest=read.text(head, "file_digest"),
        items=tuple(_parse_item(read, raw, _line(raw_items, index)) for index, raw in enumerate(raw_items)),
    )


def _line(items: list[Any], index: int) -> int | None:
    return items.line_of(index) if isinstance(items, LineList) else None


def _parse_item(read: FieldReader, raw: Any, line: int | None) -> ReviewItem:
    if not isinstance(raw, LineDict):
        raise read.fail("en punkt ska vara en mappning", line)
    item_id = raw.get("id")
    if isinstance(item_id, bool) or not isinstance(item_id, int):
        raise read.fail("'id' ska vara ett heltal", raw.line_of("id"))
    replies = raw.get("replies") or []
    if not isinstance(replies, list) or not all(isinstance(r, LineDict) for r in replies):
        raise read.fail("'replies' ska vara en lista med svar", raw.line_of("replies"))
    return ReviewItem(
        id=item_id,
        kind=read.choice(raw, "kind", KINDS),
        text=read.text(raw, "text"),
        author=read.text(raw, "author"),
        date=read.timestamp(raw, "date"),
        question_id=read.text(raw, "question"),
        chapter=read.text(raw, "chapter"),
        quote=read.text(raw, "quote"),
        original=read.text(raw, "original"),
        tracked=read.flag(raw, "tracked"),
        uncertain=read.flag(raw, "uncertain"),
        conflict=read.flag(raw, "conflict"),
        replies=tuple(Reply(read.text(r, "author"), read.text(r, "text"), read.timestamp(r, "date")) for r in replies),
        state=read.choice(raw, "state", STATES, OPEN),
        note=read.text(raw, "note"),
        handled_by=read.text(raw, "handled_by"),
        handled_at=read.timestamp(raw, "handled_at"),
    )


@dataclass(frozen=True)
class Entry:
    """One item with the review it came from (its file and reviewer), as lists and panels show it."""

    review: Review
    item: ReviewItem

    @property
    def key(self) -> tuple[int, int]:
        """(review number, item id): what identifies the item in the area."""
        return self.review.number, self.item.id

    @property
    def reviewer(self) -> str:
        """The person who wrote it (the item's author, else the file's reviewer)."""
        return self.item.author or self.review.reviewer


def entries(reviews: list[Review], question_order: list[str]) -> list[Entry]:
    """Every item, in the question set's order (general comments by chapter, last), then by review."""
    place = {qid: index for index, qid in enumerate(question_order)}
    flat = [Entry(review, item) for review in reviews for item in review.items]
    return sorted(flat, key=lambda e: (place.get(e.item.question_id, len(place)), e.review.number, e.item.id))


def proposed_answer(question: Question, current: Answer | None, text: str) -> Answer | None:
    """The answer a proposal's text makes for ``question``, or None when it cannot be taken over as it is.

    Free text (one or several lines) and lists take the text; a number a text that is just a number.
    A yes/no, choice, number or date proposed in the routine's own sentence is read by
    :func:`routine_builder.document.answer_words.proposal_answer`; contact tables are changed in the form.
    """
    kind = question.type
    text = text.strip()
    keep = current if current is not None and not current.not_applicable else Answer()
    if kind is QuestionType.LONGTEXT:
        value: AnswerValue = text
    elif kind is QuestionType.TEXT:
        value = " ".join(text.split())
    elif kind is QuestionType.LIST:
        value = [re.sub(r"^\s*(?:[-•*–]|\d{1,3}[.)])\s+", "", line).strip() for line in text.splitlines()]
        value = [item for item in value if item]
    elif kind is QuestionType.NUMBER and text.isdigit():
        value = int(text)
    else:
        return None
    return replace(keep, value=value or None)
