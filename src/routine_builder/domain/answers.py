"""An area's answers (the ``answers.yaml`` draft and its version files): model, parsing and saving."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from routine_builder.domain.question_set import QuestionSet
from routine_builder.domain.values import Answer, AnswerValue, ValueProblem, parse_value
from routine_builder.errors import AnswerFormatError
from routine_builder.storage import LineDict, dump_yaml
from routine_builder.storage.fields import FieldReader
from routine_builder.storage.versioned import VersionedFormat, upgrade

FORMAT = 1
# Older formats are brought up to FORMAT by named migrations listed here (see docs/formats.md).
ANSWERS_FORMAT = VersionedFormat(
    what="filen",
    current=FORMAT,
    key="format",
    missing=None,
    error=AnswerFormatError,
    missing_hint="; filen ser inte ut som en svarsfil från Routine Builder",
)
STATUSES = ("utkast", "remiss", "faststalld", "under_revidering")


@dataclass(frozen=True)
class AreaInfo:
    """Which area the answers belong to."""

    id: str
    name: str
    municipalities: tuple[str, ...] = ()
    units: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentInfo:
    """Document data of the routine: status, adoption and ownership.

    ``adopted_version`` is the number of the saved version that was adopted (fastställd); ``adopted_by``,
    ``adopted_on``, ``valid_until`` and ``owner`` describe that adoption while it is in force.
    """

    status: str = "utkast"
    version: str = ""
    adopted_by: str = ""
    adopted_on: dt.date | None = None
    valid_until: dt.date | None = None
    owner: str = ""
    valid_from: dt.date | None = None  # when the routine starts to apply (its adoption date when not given)
    adopted_version: int | None = None


@dataclass(frozen=True)
class VersionInfo:
    """What a saved version records about itself."""

    number: int
    saved_at: dt.datetime
    saved_by: str
    comment: str = ""


@dataclass(frozen=True)
class AnswerSet:
    """Everything an answers file holds; immutable, so that undo can swap whole snapshots."""

    question_set_id: str
    question_set_edition: str
    area: AreaInfo
    document: DocumentInfo = field(default_factory=DocumentInfo)
    updated_at: dt.datetime | None = None
    updated_by: str = ""
    answers: dict[str, Answer] = field(default_factory=dict)
    orphans: dict[str, Any] = field(default_factory=dict)
    version: VersionInfo | None = None

    def get(self, question_id: str) -> Answer | None:
        """The answer to a question, or None."""
        return self.answers.get(question_id)

    def with_answer(self, question_id: str, answer: Answer | None) -> AnswerSet:
        """A copy with one answer set (or removed, for None)."""
        answers = dict(self.answers)
        if answer is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = answer
        return replace(self, answers=answers)


def now() -> dt.datetime:
    """The current local time, with its offset, to the second."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


# ---------------------------------------------------------------- parsing


_TOP_KEYS = ("format", "question_set", "area", "document", "updated", "answers", "version")


def parse_answers(data: Any, path: Path, question_set: QuestionSet) -> AnswerSet:
    """Build an :class:`AnswerSet` from parsed YAML, checking every value against ``question_set``."""
    read = FieldReader(path, AnswerFormatError)
    data = upgrade(data, path, ANSWERS_FORMAT)
    unknown = [k for k in data if k not in _TOP_KEYS]
    if unknown:
        raise read.fail(f"okänd nyckel '{unknown[0]}'", data.line_of(unknown[0]))
    qs = read.mapping(data, "question_set")
    area = read.mapping(data, "area")
    document = read.mapping(data, "document", required=False)
    updated = read.mapping(data, "updated", required=False)
    status = read.text(document, "status") or "utkast"
    if status not in STATUSES:
        raise read.fail(f"status '{status}' är okänd (tillåtna: {', '.join(STATUSES)})", document.line_of("status"))
    adopted_version = document.get("adopted_version")
    if adopted_version is not None and (
        isinstance(adopted_version, bool) or not isinstance(adopted_version, int) or adopted_version < 1
    ):
        raise read.fail("'adopted_version' ska vara numret på en sparad version", document.line_of("adopted_version"))
    answers, orphans = _parse_answer_map(read, data, question_set)
    version = None
    if "version" in data:
        raw = read.mapping(data, "version")
        number = raw.get("number")
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise read.fail("'number' ska vara ett positivt heltal", raw.line_of("number"))
        version = VersionInfo(
            number=number,
            saved_at=read.timestamp(raw, "saved_at") or dt.datetime.fromtimestamp(0).astimezone(),
            saved_by=read.text(raw, "saved_by"),
            comment=read.text(raw, "comment"),
        )
    return AnswerSet(
        question_set_id=read.text(qs, "id", required=True),
        question_set_edition=str(qs.get("edition") or ""),
        area=AreaInfo(
            id=read.text(area, "id", required=True),
            name=read.text(area, "name") or read.text(area, "id"),
            municipalities=read.texts(area, "municipalities"),
            units=read.texts(area, "units"),
        ),
        document=DocumentInfo(
            status=status,
            version=read.text(document, "version", number=True),
            adopted_by=read.text(document, "adopted_by"),
            adopted_on=read.date(document, "adopted_on"),
            valid_from=read.date(document, "valid_from"),
            valid_until=read.date(document, "valid_until"),
            owner=read.text(document, "owner"),
            adopted_version=adopted_version,
        ),
        updated_at=read.timestamp(updated, "at"),
        updated_by=read.text(updated, "by"),
        answers=answers,
        orphans=orphans,
        version=version,
    )


def _parse_answer_map(read: FieldReader, data: LineDict, qs: QuestionSet) -> tuple[dict[str, Answer], dict[str, Any]]:
    raw_answers = data.get("answers")
    if raw_answers is None:
        return {}, {}
    if not isinstance(raw_answers, LineDict):
        raise read.fail("'answers' ska vara en mappning från fråge-id till svar", data.line_of("answers"))
    answers: dict[str, Answer] = {}
    orphans: dict[str, Any] = {}
    for key, raw in raw_answers.items():
        line = raw_answers.line_of(key)
        if not isinstance(key, str):
            raise read.fail(f"fråge-id '{key}' ska vara text", line)
        current = qs.current_id(key)
        if current is None:
            orphans[key] = raw
            continue
        if current in answers:
            raise read.fail(f"frågan '{current}' besvaras två gånger (även under ett tidigare id)", line)
        try:
            answers[current] = _parse_answer(qs, current, raw)
        except ValueProblem as exc:
            inner = raw.line if isinstance(raw, LineDict) else line
            raise read.fail(f"svaret på '{key}' {exc}", inner) from None
    return answers, orphans


def _parse_answer(qs: QuestionSet, question_id: str, raw: Any) -> Answer:
    question = qs.question(question_id)
    if isinstance(raw, dict) and raw.get("not_applicable") is True:
        extra = [k for k in raw if k not in ("not_applicable", "comment", "set_aside")]
        if extra:
            raise ValueProblem(f"har en okänd nyckel '{extra[0]}'")
        kept = None
        if raw.get("set_aside") is not None:
            kept = _parse_answer(qs, question_id, raw["set_aside"])
            if kept.not_applicable:
                raise ValueProblem("har ett undanlagt svar som också är markerat ej aktuellt")
        return Answer.na(_text_field(raw, "comment"), set_aside=kept)
    if isinstance(raw, dict) and "answer" in raw:
        extra = [k for k in raw if k not in ("answer", "comment", "other")]
        if extra:
            raise ValueProblem(f"har en okänd nyckel '{extra[0]}'")
        value = None if raw["answer"] is None else parse_value(question, raw["answer"])
        return Answer(value=value, comment=_text_field(raw, "comment"), other=_text_field(raw, "other"))
    if raw is None:
        return Answer()
    return Answer(value=parse_value(question, raw))


def _text_field(raw: dict[str, Any], key: str) -> str:
    text = raw.get(key) or ""
    if not isinstance(text, str):
        raise ValueProblem("har en kommentar som inte är text" if key == "comment" else f"har '{key}' som inte är text")
    return text


# ---------------------------------------------------------------- writing


def _plain_value(value: AnswerValue) -> Any:
    if isinstance(value, list):
        return [dict(v) if isinstance(v, dict) else v for v in value]
    return value


def _answer_to_data(answer: Answer, commented: bool) -> Any:
    if answer.not_applicable:
        data: dict[str, Any] = {"not_applicable": True}
        if answer.comment:
            data["comment"] = answer.comment
        kept = answer.set_aside
        if kept is not None and (kept.value is not None or kept.comment or kept.other):
            data["set_aside"] = _answer_to_data(kept, True)
        return data
    value = None if answer.value is None else _plain_value(answer.value)
    if commented or answer.comment or answer.other:
        data = {"answer": value}
        if answer.comment:
            data["comment"] = answer.comment
        if answer.other:
            data["other"] = answer.other
        return data
    return value


def _omit_empty(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if v not in ("", None, [], ())}


def answers_to_data(answer_set: AnswerSet, question_set: QuestionSet | None) -> dict[str, Any]:
    """The YAML structure of an answer set, keys in the documented order, answers in question order."""
    document = answer_set.document
    data: dict[str, Any] = {
        "format": FORMAT,
        "question_set": {"id": answer_set.question_set_id, "edition": answer_set.question_set_edition},
        "area": _omit_empty(
            {
                "id": answer_set.area.id,
                "name": answer_set.area.name,
                "municipalities": list(answer_set.area.municipalities),
                "units": list(answer_set.area.units),
            }
        ),
        "document": {"status": document.status}
        | _omit_empty(
            {
                "version": document.version,
                "adopted_by": document.adopted_by,
                "adopted_on": document.adopted_on,
                "valid_from": document.valid_from,
                "valid_until": document.valid_until,
                "owner": document.owner,
                "adopted_version": document.adopted_version,
            }
        ),
    }
    if answer_set.updated_at is not None or answer_set.updated_by:
        data["updated"] = _omit_empty({"at": answer_set.updated_at, "by": answer_set.updated_by})
    order = [q.id for q in question_set.questions()] if question_set is not None else []
    ids = [i for i in order if i in answer_set.answers] + [i for i in answer_set.answers if i not in order]
    answers: dict[str, Any] = {}
    for question_id in ids:
        answer = answer_set.answers[question_id]
        if answer.value is None and not answer.not_applicable and not answer.comment and not answer.other:
            continue
        commented = (
            question_set is not None and question_id in question_set and question_set.question(question_id).comment
        )
        answers[question_id] = _answer_to_data(answer, commented)
    answers.update(answer_set.orphans)
    data["answers"] = answers
    if answer_set.version is not None:
        v = answer_set.version
        data["version"] = _omit_empty(
            {"number": v.number, "saved_at": v.saved_at, "saved_by": v.saved_by, "comment": v.comment}
        )
    return data


def dump_answers(answer_set: AnswerSet, question_set: QuestionSet | None) -> str:
    """The text of an answers (or version) file."""
    return dump_yaml(answers_to_data(answer_set, question_set))
