"""Operations: every change to an area's answers, as a pure function that reports what it changed.

The Qt side runs an operation, pushes the before/after snapshots on its undo stack and lets the views
refresh the questions named in :attr:`OperationResult.changed_ids`. Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from routine_builder.domain.answers import AnswerSet, DocumentInfo
from routine_builder.domain.values import Answer

#: ``kind`` of each operation; the UI turns it into a translated undo text.
SET_ANSWER = "set_answer"
SET_DOCUMENT = "set_document"
REPLACE_ANSWERS = "replace_answers"
COPY_ANSWER = "copy_answer"
ADOPT = "adopt"
ACCEPT_PROPOSAL = "accept_proposal"
HANDLE_REVIEW = "handle_review"

ADOPTED, REVISING = "faststalld", "under_revidering"


@dataclass(frozen=True)
class OperationResult:
    """The new snapshot and what changed.

    ``name`` is a Swedish description ("Ändring av svar: Vilka ingår?"); ``kind`` and ``subject``
    let a translated UI build its own text from the same facts.
    """

    answer_set: AnswerSet
    changed_ids: frozenset[str]
    name: str
    kind: str
    subject: str = ""

    @property
    def changed(self) -> bool:
        """Whether anything changed at all."""
        return bool(self.changed_ids)


def _normalised(answer: Answer | None) -> Answer | None:
    """None for an answer that says nothing (no value, no comment, not marked not applicable)."""
    if answer is None:
        return None
    if answer.value is None and not answer.comment and not answer.other and not answer.not_applicable:
        return None
    return answer


def set_answer(
    answer_set: AnswerSet, *, question_id: str, answer: Answer | None, question_text: str = ""
) -> OperationResult:
    """Set (or, with None or an empty answer, remove) the answer to one question."""
    answer = _normalised(answer)
    subject = question_text or question_id
    name = f"Ändring av svar: {subject}"
    if answer_set.get(question_id) == answer:
        return OperationResult(answer_set, frozenset(), name, SET_ANSWER, subject)
    return OperationResult(
        answer_set.with_answer(question_id, answer), frozenset({question_id}), name, SET_ANSWER, subject
    )


def copy_answer(
    answer_set: AnswerSet, *, question_id: str, answer: Answer | None, source: str, question_text: str = ""
) -> OperationResult:
    """Take another area's or version's answer to one question (``source`` says whose) as this area's."""
    result = set_answer(answer_set, question_id=question_id, answer=answer, question_text=question_text)
    subject = f"{question_text or question_id} ({source})"
    return OperationResult(result.answer_set, result.changed_ids, f"Kopiering av svar: {subject}", COPY_ANSWER, subject)


def set_document(answer_set: AnswerSet, *, document: DocumentInfo) -> OperationResult:
    """Change the document data (status, version, adoption, owner).

    ``changed_ids`` holds the pseudo id ``"document"`` when anything changed.
    """
    name = "Ändring av dokumentuppgifter"
    if answer_set.document == document:
        return OperationResult(answer_set, frozenset(), name, SET_DOCUMENT)
    return OperationResult(replace(answer_set, document=document), frozenset({"document"}), name, SET_DOCUMENT)


def replace_answers(current: AnswerSet, *, new: AnswerSet, name: str = "Återställning av svar") -> OperationResult:
    """Swap in a whole other snapshot (crash recovery, reload); reports every question that differs."""
    ids = set(current.answers) | set(new.answers)
    changed = {qid for qid in ids if current.get(qid) != new.get(qid)}
    if current.document != new.document:
        changed.add("document")
    if current.orphans != new.orphans:
        changed.update(set(current.orphans) | set(new.orphans))
    return OperationResult(new, frozenset(changed), name, REPLACE_ANSWERS)


def adopt(answer_set: AnswerSet, *, version: AnswerSet, document: DocumentInfo) -> OperationResult:
    """Record that saved ``version`` is adopted, with ``document`` holding the adoption's data.

    The status becomes ``faststalld`` when the draft's answers are the version's, else ``under_revidering``
    (a version older than the draft was adopted: the draft already revises it).
    """
    assert version.version is not None
    number = version.version.number
    same = said(answer_set) == said(version)
    adopted = replace(document, status=ADOPTED if same else REVISING, adopted_version=number)
    name = f"Fastställande av version {number}"
    changed = frozenset({"document"}) if adopted != answer_set.document else frozenset()
    return OperationResult(replace(answer_set, document=adopted), changed, name, ADOPT, str(number))


def start_revision(before: AnswerSet, result: OperationResult) -> OperationResult:
    """``result`` with the status moved from "Fastställd" to "Under revidering" when it changes the content.

    The first change to an adopted routine starts its revision; being part of the same operation, undoing
    the change restores the status too.
    """
    after = result.answer_set
    if before.document.status != ADOPTED or after.document.status != ADOPTED:
        return result
    if said(before) == said(after):
        return result
    revising = replace(after, document=replace(after.document, status=REVISING))
    return replace(result, answer_set=revising, changed_ids=result.changed_ids | {"document"})


def accept_proposal(
    answer_set: AnswerSet, *, question_id: str, answer: Answer | None, reviewer: str, question_text: str = ""
) -> OperationResult:
    """Take a reviewer's proposed answer to one question (remiss) as this area's answer."""
    result = set_answer(answer_set, question_id=question_id, answer=answer, question_text=question_text)
    subject = f"{question_text or question_id} ({reviewer})"
    return replace(result, name=f"Godkänt remissförslag: {subject}", kind=ACCEPT_PROPOSAL, subject=subject)


def handle_review(answer_set: AnswerSet, *, subject: str) -> OperationResult:
    """Handling a remiss item (rejected, handled, reopened): no answer changes, the item's file does."""
    return OperationResult(answer_set, frozenset(), f"Hantering av remissvar: {subject}", HANDLE_REVIEW, subject)


def said(answer_set: AnswerSet) -> tuple[dict[str, Answer], dict[str, Any]]:
    """What a routine says: the answers that say something (empty ones aside) and the kept orphans."""
    answers = {qid: a for qid, a in answer_set.answers.items() if _normalised(a) is not None}
    return answers, dict(answer_set.orphans)
