"""Adoption (fastställande) of an area's routine, and its revision afterwards.

The draft's document data records which saved version was adopted (``adopted_version``), by which body,
on which date, until when it is valid and who owns it. The status says where the draft stands:
``faststalld`` while the draft's content is the adopted version, ``under_revidering`` from the first
change after that (:func:`~routine_builder.domain.operations.start_revision`).

A routine is labelled "Fastställd" only when its content is the adopted version's:
:func:`draft_for_export` and :func:`version_for_export` give the answer set an export should show,
with the status that is true of its content, whatever the status field of a file says.

Files from before adoptions were recorded say ``faststalld`` without ``adopted_version``; the adopted
version is then the newest saved version that itself says ``faststalld``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from routine_builder.domain.answers import AnswerSet, DocumentInfo
from routine_builder.domain.operations import ADOPTED, REVISING, adopt, said
from routine_builder.domain.sync import save_or_merge
from routine_builder.domain.version_index import version_headers
from routine_builder.domain.versions import load_version, save_version
from routine_builder.domain.workspace import LoadedArea, Workspace
from routine_builder.errors import AdoptionError, RoutineBuilderError

SUPERSEDED = "ersatt"  # shown for a version adopted once and replaced since; never stored
REVISION_NOTICE_MONTHS = 3


@dataclass(frozen=True)
class Adoption:
    """What an adoption records: the body that adopted the routine, the date, validity and content owner."""

    adopted_by: str
    adopted_on: dt.date
    valid_until: dt.date | None = None
    owner: str = ""
    label: str = ""  # the version label shown in the routine ("1.0"); empty keeps the draft's

    def check(self) -> None:
        """Raise :class:`AdoptionError` with one sentence when the record cannot be right."""
        if not self.adopted_by.strip():
            raise AdoptionError("ange vem som fastställer rutinen (till exempel en styrgrupp eller nämnd)")
        if self.valid_until is not None and self.valid_until <= self.adopted_on:
            raise AdoptionError(
                f"'giltig till' ({self.valid_until.isoformat()}) ska vara efter fastställandet "
                f"({self.adopted_on.isoformat()})"
            )


def same_content(first: AnswerSet, second: AnswerSet) -> bool:
    """Whether two answer sets hold the same answers (document data and stamps aside)."""
    return said(first) == said(second)


def adopted_number(workspace: Workspace, answer_set: AnswerSet) -> int | None:
    """The number of the area's adopted version, or None when nothing was adopted.

    A file from before adoptions were recorded says ``faststalld`` without a number: the newest saved
    version that says ``faststalld`` itself (with the same adoption date, when one is given) is taken.
    """
    document = answer_set.document
    if document.adopted_version is not None:
        return document.adopted_version
    if document.status not in (ADOPTED, REVISING):
        return None
    adopted = [
        header.number
        for header in version_headers(workspace, answer_set.area.id)
        if header.document is not None
        and header.document.status == ADOPTED
        and (document.adopted_on is None or header.document.adopted_on in (None, document.adopted_on))
    ]
    return adopted[-1] if adopted else None


def adopted_version(workspace: Workspace, answer_set: AnswerSet) -> AnswerSet | None:
    """The adopted version of the area of ``answer_set`` (None when none was adopted or it cannot be read)."""
    number = adopted_number(workspace, answer_set)
    if number is None:
        return None
    try:
        return load_version(workspace, answer_set.area.id, number).answer_set
    except RoutineBuilderError:
        return None


def adopted_document(draft: DocumentInfo, record: Adoption, number: int | None) -> DocumentInfo:
    """The draft's document data once version ``number`` is adopted as ``record`` says (status aside)."""
    return replace(
        draft,
        version=record.label.strip() or draft.version,
        adopted_by=record.adopted_by.strip(),
        adopted_on=record.adopted_on,
        valid_until=record.valid_until,
        owner=record.owner.strip() or draft.owner,
        adopted_version=number,
    )


def save_adopted_version(workspace: Workspace, draft: AnswerSet, record: Adoption, *, by: str = "") -> AnswerSet:
    """Save ``draft`` as a new version that records its own adoption; returns the version."""
    record.check()
    document = replace(adopted_document(draft.document, record, None), status=ADOPTED)
    comment = f"Fastställd av {record.adopted_by.strip()} den {record.adopted_on.isoformat()}"
    return save_version(workspace, replace(draft, document=document), comment=comment, by=by)


def draft_for_export(workspace: Workspace, draft: AnswerSet) -> AnswerSet:
    """The draft with the status that is true of its content.

    "Fastställd" only while the draft's answers are the adopted version's; with other answers it is
    "Under revidering". A draft that says ``under_revidering`` with exactly the adopted answers again is
    the adopted routine. A status set by hand to ``utkast`` or ``remiss`` is kept.
    """
    status = draft.document.status
    if status not in (ADOPTED, REVISING):
        return draft
    adopted = adopted_version(workspace, draft)
    if adopted is None:
        if status == ADOPTED and adopted_number(workspace, draft) is not None:
            status = REVISING  # the adopted version cannot be read: its content cannot be confirmed
        return _with_status(draft, status)
    return _with_status(draft, ADOPTED if same_content(draft, adopted) else REVISING)


def version_for_export(workspace: Workspace, area_id: str, number: int) -> AnswerSet:
    """Saved version ``number`` as its export shows it.

    The adopted version carries the adoption recorded in the draft (status "Fastställd", by whom, when,
    valid until, owner). A version that says ``faststalld`` itself but was replaced by a later adoption
    is shown as replaced; any other version keeps the status it was saved with.
    """
    version = load_version(workspace, area_id, number).answer_set
    try:
        draft = workspace.load_area(area_id).answer_set
    except RoutineBuilderError:
        draft = None
    adopted = adopted_number(workspace, draft) if draft is not None else None
    if draft is not None and adopted == number:
        record = draft.document
        document = replace(
            version.document,
            status=ADOPTED,
            version=record.version if record.status == ADOPTED else version.document.version or record.version,
            adopted_by=record.adopted_by,
            adopted_on=record.adopted_on,
            valid_until=record.valid_until,
            owner=record.owner or version.document.owner,
            adopted_version=number,
        )
        return replace(version, document=document)
    if version.document.status == ADOPTED and adopted is not None:
        return _with_status(version, SUPERSEDED)
    return version


def changed_since_adoption(workspace: Workspace, draft: AnswerSet) -> tuple[int, list[str]] | None:
    """The adopted version's number and the ids of the questions answered differently since; None without one."""
    adopted = adopted_version(workspace, draft)
    if adopted is None or adopted.version is None:
        return None
    now, then = said(draft), said(adopted)
    ids = [qid for qid in {**then[0], **now[0]} if now[0].get(qid) != then[0].get(qid)]
    order = [q.id for q in workspace.question_set.questions()]
    ids.sort(key=lambda qid: order.index(qid) if qid in order else len(order))
    return adopted.version.number, ids


def _with_status(answer_set: AnswerSet, status: str) -> AnswerSet:
    if answer_set.document.status == status:
        return answer_set
    return replace(answer_set, document=replace(answer_set.document, status=status))


# ---------------------------------------------------------------- revision due


@dataclass(frozen=True)
class RevisionDue:
    """A routine whose validity has ended (``passed``) or ends within three months."""

    valid_until: dt.date
    passed: bool

    def sentence(self) -> str:
        """One Swedish sentence for lists and reports."""
        day = self.valid_until.isoformat()
        if self.passed:
            return f"giltig till {day} har passerat; rutinen behöver revideras och fastställas på nytt"
        return f"giltig till {day}, om mindre än {REVISION_NOTICE_MONTHS} månader; dags att börja revidera"


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` calendar months on (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def revision_due(document: DocumentInfo, on: dt.date) -> RevisionDue | None:
    """Whether the routine's "giltig till" has passed or falls within three months of ``on``."""
    until = document.valid_until
    if until is None:
        return None
    if until < on:
        return RevisionDue(until, passed=True)
    if until <= add_months(on, REVISION_NOTICE_MONTHS):
        return RevisionDue(until, passed=False)
    return None


@dataclass(frozen=True)
class Adopted:
    """An adoption recorded in the area: the version adopted and the draft as saved with the record."""

    number: int
    draft: AnswerSet
    saved_new_version: bool


def record_adoption(
    workspace: Workspace, loaded: LoadedArea, record: Adoption, *, number: int | None = None, by: str = ""
) -> Adopted:
    """Adopt saved version ``number`` (None: save the draft as a new version and adopt that) and save the draft.

    The draft's document data records the adoption; changes someone else saved meanwhile are merged in.
    Raises :class:`AdoptionError` when the record is not right or the merge needs a choice.
    """
    record.check()
    draft = loaded.answer_set
    if number is None:
        version = save_adopted_version(workspace, draft, record, by=by)
    else:
        version = load_version(workspace, draft.area.id, number).answer_set
    assert version.version is not None
    document = adopted_document(draft.document, record, version.version.number)
    result = adopt(draft, version=version, document=document)
    outcome = save_or_merge(workspace, base=loaded, mine=result.answer_set, by=by)
    if outcome.saved is None:
        raise AdoptionError(
            "någon annan har ändrat dokumentuppgifterna samtidigt; öppna området och fastställ igen",
            path=loaded.path,
        )
    return Adopted(version.version.number, outcome.saved.answer_set, number is None)
