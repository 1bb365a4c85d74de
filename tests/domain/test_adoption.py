"""Adoption and revision: which version is adopted, what status is true of a draft, when a revision is due."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from routine_builder.domain import Answer, load_version, save_version
from routine_builder.domain.adoption import (
    Adoption,
    add_months,
    adopted_number,
    draft_for_export,
    record_adoption,
    revision_due,
    version_for_export,
)
from routine_builder.domain.operations import set_answer, start_revision
from routine_builder.errors import AdoptionError
from tests.helpers.compare_fixtures import compare_workspace

BOARD = Adoption("Styrgruppen Norr", dt.date(2027, 2, 10), dt.date(2029, 2, 28), "Eva Nordin", "1.0")


@pytest.fixture
def workspace(tmp_path: Path):
    workspace = compare_workspace(tmp_path / "ws", ("norr",))
    loaded = workspace.load_area("norr")
    workspace.save_area(loaded.answer_set.with_answer("lang", Answer("Första texten.")), expected_digest=loaded.digest)
    return workspace


def test_saving_and_adopting_the_draft(workspace) -> None:
    adopted = record_adoption(workspace, workspace.load_area("norr"), BOARD, by="anna")
    assert adopted.number == 1 and adopted.saved_new_version
    draft = workspace.load_area("norr").answer_set.document
    assert (draft.status, draft.adopted_version, draft.adopted_by, draft.adopted_on, draft.valid_until) == (
        "faststalld",
        1,
        "Styrgruppen Norr",
        dt.date(2027, 2, 10),
        dt.date(2029, 2, 28),
    )
    assert (draft.owner, draft.version) == ("Eva Nordin", "1.0")
    version = load_version(workspace, "norr", 1).answer_set
    assert version.document.status == "faststalld" and version.document.adopted_by == "Styrgruppen Norr"
    assert version.version is not None and version.version.comment == "Fastställd av Styrgruppen Norr den 2027-02-10"


def test_adopting_an_older_version_puts_the_draft_under_revision(workspace) -> None:
    loaded = workspace.load_area("norr")
    save_version(workspace, loaded.answer_set, comment="Remissversion")
    edited = workspace.save_area(
        loaded.answer_set.with_answer("lang", Answer("Ändrad text.")), expected_digest=loaded.digest
    )
    adopted = record_adoption(workspace, edited, BOARD, number=1)
    assert adopted.number == 1 and not adopted.saved_new_version
    assert adopted.draft.document.status == "under_revidering"
    assert adopted.draft.get("lang") == Answer("Ändrad text.")  # the answers are never touched


def test_the_first_change_starts_the_revision_in_the_same_step(workspace) -> None:
    adopted = record_adoption(workspace, workspace.load_area("norr"), BOARD).draft
    edit = set_answer(adopted, question_id="lang", answer=Answer("Ny text."))
    result = start_revision(adopted, edit)
    assert result.answer_set.document.status == "under_revidering"
    assert result.changed_ids == {"lang", "document"}
    again = start_revision(result.answer_set, set_answer(result.answer_set, question_id="kort", answer=Answer("X")))
    assert again.changed_ids == {"kort"}  # already under revision: nothing more to move
    same = set_answer(adopted, question_id="lang", answer=adopted.get("lang"))
    assert start_revision(adopted, same) is same  # nothing changed, nothing moves


def test_fastställd_only_labels_the_adopted_content(workspace) -> None:
    adopted = record_adoption(workspace, workspace.load_area("norr"), BOARD).draft
    assert draft_for_export(workspace, adopted).document.status == "faststalld"
    edited = adopted.with_answer("lang", Answer("Ändrat utan att statusen följde med."))  # e.g. in a text editor
    assert draft_for_export(workspace, edited).document.status == "under_revidering"
    back = replace(edited.with_answer("lang", Answer("Första texten.")), document=edited.document)
    assert draft_for_export(workspace, back).document.status == "faststalld"
    utkast = replace(adopted, document=replace(adopted.document, status="utkast"))
    assert draft_for_export(workspace, utkast).document.status == "utkast"


def test_the_adopted_version_exports_with_its_adoption(workspace) -> None:
    loaded = workspace.load_area("norr")
    once_adopted = replace(loaded.answer_set, document=replace(loaded.answer_set.document, status="faststalld"))
    save_version(workspace, once_adopted, comment="Gammal")
    save_version(workspace, loaded.answer_set, comment="Remiss")
    record_adoption(workspace, workspace.load_area("norr"), BOARD, number=2)
    adopted = version_for_export(workspace, "norr", 2).document
    assert (adopted.status, adopted.adopted_by, adopted.adopted_on) == (
        "faststalld",
        "Styrgruppen Norr",
        dt.date(2027, 2, 10),
    )
    assert version_for_export(workspace, "norr", 1).document.status == "ersatt"


def test_files_from_before_adoptions_were_recorded(workspace) -> None:
    """Status 'faststalld' without a number: the newest version that says 'faststalld' itself."""
    loaded = workspace.load_area("norr")
    marked = replace(loaded.answer_set, document=replace(loaded.answer_set.document, status="faststalld"))
    save_version(workspace, marked, comment="Fastställd")
    save_version(workspace, loaded.answer_set, comment="Ett utkast")
    draft = workspace.save_area(marked.with_answer("lang", Answer("Senare ändrat.")), expected_digest=loaded.digest)
    assert adopted_number(workspace, draft.answer_set) == 1
    assert draft_for_export(workspace, draft.answer_set).document.status == "under_revidering"


def test_an_adoption_that_cannot_be_right_is_refused(workspace) -> None:
    loaded = workspace.load_area("norr")
    with pytest.raises(AdoptionError, match="vem som fastställer"):
        record_adoption(workspace, loaded, replace(BOARD, adopted_by="  "))
    with pytest.raises(AdoptionError, match="ska vara efter fastställandet"):
        record_adoption(workspace, loaded, replace(BOARD, valid_until=dt.date(2027, 2, 10)))
    assert workspace.load_area("norr").answer_set == loaded.answer_set
    assert not (workspace.area_dir("norr") / "versions").exists()  # nor was a version saved


@pytest.mark.parametrize(
    ("valid_until", "expected"),
    [
        (None, None),
        (dt.date(2026, 11, 24), "passed"),
        (dt.date(2026, 11, 25), "soon"),
        (dt.date(2027, 2, 25), "soon"),
        (dt.date(2027, 2, 26), None),
    ],
)
def test_revision_due(valid_until: dt.date | None, expected: str | None) -> None:
    from routine_builder.domain import DocumentInfo

    due = revision_due(DocumentInfo(valid_until=valid_until), dt.date(2026, 11, 25))
    assert (None if due is None else "passed" if due.passed else "soon") == expected


def test_months_are_calendar_months() -> None:
    assert add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2027, 11, 30), 3) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 1, 15), 12) == dt.date(2027, 1, 15)
