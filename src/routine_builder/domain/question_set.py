"""The question set: sections of questions published by the region, loaded from YAML.

Loading checks the whole file and reports every problem with file, line and question id at once,
so that whoever edits a new edition can fix them all in one go.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from routine_builder.domain.dates import as_date
from routine_builder.domain.phrasing import Phrasing, check_references, parse_phrasing
from routine_builder.errors import QuestionSetError, RoutineBuilderError
from routine_builder.storage import LineDict, LineList, load_yaml
from routine_builder.storage.versioned import VersionedFormat, upgrade

SCHEMA_VERSION = 1
QUESTION_SET_FORMAT = VersionedFormat(what="frågeunderlaget", current=SCHEMA_VERSION)
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_COLUMN_ID = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


class QuestionType(StrEnum):
    """The kinds of answer a question takes."""

    TEXT = "text"
    LONGTEXT = "longtext"
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    YESNO = "yesno"
    DATE = "date"
    NUMBER = "number"
    CONTACTS = "contacts"
    LIST = "list"


TEXT_TYPES = frozenset({QuestionType.TEXT, QuestionType.LONGTEXT})
COMMENTABLE_TYPES = frozenset(
    {QuestionType.CHOICE, QuestionType.MULTICHOICE, QuestionType.YESNO, QuestionType.NUMBER, QuestionType.DATE}
)


@dataclass(frozen=True)
class Choice:
    """One option of a choice or multichoice question."""

    id: str
    label: str


@dataclass(frozen=True)
class Column:
    """One column of a contacts table."""

    id: str
    label: str


@dataclass(frozen=True)
class Condition:
    """Show a question only when another question's answer equals (or, for lists, contains) a value."""

    question: str
    equals: Any


@dataclass(frozen=True)
class Question:
    """One question of the set."""

    id: str
    text: str
    type: QuestionType
    section_id: str
    help: str = ""
    required: bool = False
    comment: bool = False
    renamed_from: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()
    columns: tuple[Column, ...] = ()
    unit: str = ""
    show_if: Condition | None = None
    example: str = ""
    routine: Phrasing | None = None
    line: int = 0

    def choice_label(self, choice_id: str) -> str:
        """The label of a choice id (the id itself when unknown)."""
        return next((c.label for c in self.choices if c.id == choice_id), choice_id)


@dataclass(frozen=True)
class Section:
    """A part of the question set."""

    id: str
    title: str
    questions: tuple[Question, ...]
    intro: str = ""


@dataclass(frozen=True)
class GuidelineInfo:
    """The guideline a question set belongs to."""

    title: str
    adopted: dt.date | None = None
    valid_until: dt.date | None = None
    adopted_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuestionSet:
    """A whole question set, in the region's order."""

    id: str
    edition: str
    title: str
    guideline: GuidelineInfo
    sections: tuple[Section, ...]
    path: Path | None = None
    _by_id: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)
    _renamed: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for section in self.sections:
            for question in section.questions:
                self._by_id[question.id] = question
                for old in question.renamed_from:
                    self._renamed[old] = question.id

    def questions(self) -> Iterator[Question]:
        """Every question in order."""
        for section in self.sections:
            yield from section.questions

    def question(self, question_id: str) -> Question:
        """The question with this id (``KeyError`` when unknown)."""
        return self._by_id[question_id]

    def __contains__(self, question_id: object) -> bool:
        return question_id in self._by_id

    def current_id(self, question_id: str) -> str | None:
        """The id a question has now, following ``renamed_from``; None when the set has no such question."""
        if question_id in self._by_id:
            return question_id
        return self._renamed.get(question_id)

    def section(self, section_id: str) -> Section:
        """The section with this id (``KeyError`` when unknown)."""
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    @property
    def question_count(self) -> int:
        """How many questions the set has."""
        return len(self._by_id)


class _Checker:
    """Collects every problem of a question set file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[RoutineBuilderError] = []

    def problem(self, reason: str, line: int | None, question_id: str | None = None) -> None:
        if question_id:
            reason = f"fråga '{question_id}': {reason}"
        self.problems.append(RoutineBuilderError(reason, path=self.path, line=line))

    def text(self, data: LineDict, key: str, *, required: bool = True, owner: str | None = None) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.problem(f"'{key}' saknas", data.line, owner)
            return ""
        if not isinstance(value, str):
            self.problem(f"'{key}' ska vara text", data.line_of(key), owner)
            return ""
        return value

    def flag(self, data: LineDict, key: str, owner: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.problem(f"'{key}' ska vara true eller false", data.line_of(key), owner)
            return False
        return value

    def items(self, data: LineDict, key: str, owner: str | None = None) -> LineList:
        value = data.get(key)
        if value is None:
            return LineList()
        if not isinstance(value, LineList):
            self.problem(f"'{key}' ska vara en lista", data.line_of(key), owner)
            return LineList()
        return value


def _labelled(
    check: _Checker, raw: LineList, kind: str, cls: type[Choice | Column], pattern: re.Pattern[str], qid: str
) -> tuple[Any, ...]:
    result = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        line = raw.line_of(index)
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not isinstance(item.get("label"), str):
            check.problem(f"varje {kind} behöver 'id' och 'label' som text", line, qid)
            continue
        if not pattern.match(item["id"]):
            check.problem(f"{kind}-id '{item['id']}' har otillåtna tecken", line, qid)
        if item["id"] in seen:
            check.problem(f"{kind}-id '{item['id']}' förekommer två gånger", line, qid)
        seen.add(item["id"])
        result.append(cls(id=item["id"], label=item["label"]))
    return tuple(result)


_QUESTION_KEYS = {
    "id",
    "text",
    "help",
    "type",
    "required",
    "comment",
    "renamed_from",
    "choices",
    "columns",
    "unit",
    "show_if",
    "example",
    "routine",
}


def _question(check: _Checker, raw: Any, line: int, section_id: str) -> Question | None:
    if not isinstance(raw, LineDict):
        check.problem("en fråga ska vara en mappning med id, text och type", line)
        return None
    qid = raw.get("id")
    if not isinstance(qid, str) or not _ID.match(qid):
        check.problem("frågan saknar ett giltigt id (små bokstäver, siffror och bindestreck)", raw.line)
        return None
    for key in raw:
        if key not in _QUESTION_KEYS:
            check.problem(f"okänd nyckel '{key}'", raw.line_of(key), qid)
    try:
        qtype = QuestionType(str(raw.get("type")))
    except ValueError:
        allowed = ", ".join(t.value for t in QuestionType)
        check.problem(f"okänd typ '{raw.get('type')}' (tillåtna: {allowed})", raw.line_of("type"), qid)
        return None
    choices = _labelled(check, check.items(raw, "choices", qid), "val", Choice, _ID, qid)
    columns = _labelled(check, check.items(raw, "columns", qid), "kolumn", Column, _COLUMN_ID, qid)
    if qtype in (QuestionType.CHOICE, QuestionType.MULTICHOICE) and not choices:
        check.problem("en flervalsfråga behöver 'choices'", raw.line, qid)
    if qtype is QuestionType.CONTACTS and not columns:
        check.problem("en kontaktlista behöver 'columns'", raw.line, qid)
    comment = check.flag(raw, "comment", qid)
    if comment and qtype not in COMMENTABLE_TYPES:
        check.problem(f"'comment' passar inte typen {qtype.value}", raw.line_of("comment"), qid)
    renamed = check.items(raw, "renamed_from", qid)
    if not all(isinstance(r, str) for r in renamed):
        check.problem("'renamed_from' ska vara en lista med id", raw.line_of("renamed_from"), qid)
        renamed = LineList()
    condition = None
    show_if = raw.get("show_if")
    if show_if is not None:
        if not isinstance(show_if, dict) or not isinstance(show_if.get("question"), str) or "equals" not in show_if:
            check.problem("'show_if' behöver 'question' och 'equals'", raw.line_of("show_if"), qid)
        else:
            condition = Condition(question=show_if["question"], equals=show_if["equals"])
    routine = parse_phrasing(
        raw.get("routine"),
        kind=qtype.value,
        qid=qid,
        choice_ids=tuple(c.id for c in choices),
        column_ids=tuple(c.id for c in columns),
        line=raw.line_of("routine"),
        problem=check.problem,
    )
    return Question(
        id=qid,
        text=check.text(raw, "text", owner=qid),
        type=qtype,
        section_id=section_id,
        help=check.text(raw, "help", required=False, owner=qid),
        required=check.flag(raw, "required", qid),
        comment=comment,
        renamed_from=tuple(renamed),
        choices=choices,
        columns=columns,
        unit=check.text(raw, "unit", required=False, owner=qid),
        show_if=condition,
        example=check.text(raw, "example", required=False, owner=qid),
        routine=routine,
        line=raw.line,
    )


def _check_conditions(check: _Checker, questions: list[Question]) -> None:
    seen: dict[str, Question] = {}
    for question in questions:
        condition = question.show_if
        if condition is not None:
            target = seen.get(condition.question)
            if target is None:
                check.problem(
                    f"'show_if' hänvisar till '{condition.question}', som inte finns före frågan",
                    question.line,
                    question.id,
                )
            elif target.type in (QuestionType.CHOICE, QuestionType.MULTICHOICE):
                if condition.equals not in {c.id for c in target.choices}:
                    check.problem(f"'show_if' jämför med okänt val '{condition.equals}'", question.line, question.id)
            elif target.type is QuestionType.YESNO and not isinstance(condition.equals, bool):
                check.problem(
                    "'show_if' mot en ja/nej-fråga ska jämföra med true eller false", question.line, question.id
                )
        seen[question.id] = question


def _check_ids(check: _Checker, questions: list[Question]) -> None:
    owners: dict[str, str] = {}
    for question in questions:
        for name in (question.id, *question.renamed_from):
            if name in owners:
                check.problem(f"id '{name}' används redan av frågan '{owners[name]}'", question.line, question.id)
            owners[name] = question.id


def parse_question_set(data: Any, path: Path) -> QuestionSet:
    """Build a question set from parsed YAML, raising :class:`QuestionSetError` with every problem."""
    check = _Checker(path)
    if not isinstance(data, LineDict):
        raise QuestionSetError([RoutineBuilderError("filen ska vara en mappning", path=path, line=1)], path=path)
    data = upgrade(data, path, QUESTION_SET_FORMAT)
    set_id = check.text(data, "id")
    if set_id and not _ID.match(set_id):
        check.problem("'id' får bara innehålla små bokstäver, siffror och bindestreck", data.line_of("id"))
    edition = data.get("edition")
    if not isinstance(edition, (str, int)):
        check.problem("'edition' saknas", data.line)
    guideline_raw = data.get("guideline") or LineDict()
    if not isinstance(guideline_raw, LineDict):
        check.problem("'guideline' ska vara en mappning", data.line_of("guideline"))
        guideline_raw = LineDict()
    guideline = GuidelineInfo(
        title=str(guideline_raw.get("title") or ""),
        adopted=as_date(guideline_raw.get("adopted")),
        valid_until=as_date(guideline_raw.get("valid_until")),
        adopted_by=tuple(str(a) for a in guideline_raw.get("adopted_by") or ()),
    )
    sections: list[Section] = []
    all_questions: list[Question] = []
    section_ids: set[str] = set()
    raw_sections = check.items(data, "sections")
    if not raw_sections:
        check.problem("'sections' saknas eller är tom", data.line)
    for index, raw_section in enumerate(raw_sections):
        if not isinstance(raw_section, LineDict):
            check.problem("ett avsnitt ska vara en mappning", raw_sections.line_of(index))
            continue
        sid = check.text(raw_section, "id")
        if sid and not _ID.match(sid):
            check.problem(f"avsnitts-id '{sid}' har otillåtna tecken", raw_section.line_of("id"))
        if sid in section_ids:
            check.problem(f"avsnitts-id '{sid}' förekommer två gånger", raw_section.line_of("id"))
        section_ids.add(sid)
        raw_questions = check.items(raw_section, "questions")
        questions = [
            q
            for i, raw in enumerate(raw_questions)
            if (q := _question(check, raw, raw_questions.line_of(i), sid)) is not None
        ]
        all_questions.extend(questions)
        sections.append(
            Section(
                id=sid,
                title=check.text(raw_section, "title"),
                intro=check.text(raw_section, "intro", required=False),
                questions=tuple(questions),
            )
        )
    _check_ids(check, all_questions)
    _check_conditions(check, all_questions)
    phrasings = {q.id: (q.routine, q.line) for q in all_questions if q.routine is not None}
    check_references(phrasings, {q.id for q in all_questions}, check.problem)
    if check.problems:
        raise QuestionSetError(check.problems, path=path)
    return QuestionSet(
        id=set_id,
        edition=str(edition),
        title=check.text(data, "title", required=False),
        guideline=guideline,
        sections=tuple(sections),
        path=path,
    )


def load_question_set(path: Path | str) -> QuestionSet:
    """Load and check a question set file."""
    path = Path(path)
    return parse_question_set(load_yaml(path), path)
