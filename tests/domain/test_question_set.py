"""Loading and checking question sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from routine_builder import paths
from routine_builder.domain import QuestionType, load_outline, load_question_set
from routine_builder.domain.legal import load_legal_references, placeholders
from routine_builder.errors import QuestionSetError, SchemaVersionError
from tests.helpers.builders import SMALL_QUESTION_SET, write_question_set


def test_small_set_loads(tmp_path: Path) -> None:
    qs = load_question_set(write_question_set(tmp_path))
    assert [s.id for s in qs.sections] == ["forsta", "andra"]
    assert qs.question("dagar").unit == "dagar"
    assert qs.question("dagar").show_if is not None
    assert qs.current_id("gammal-lang") == "lang"
    assert qs.current_id("finns-inte") is None
    assert {q.type for q in qs.questions()} == set(QuestionType)


def test_every_problem_is_reported_with_line_and_id(tmp_path: Path) -> None:
    broken = (
        SMALL_QUESTION_SET.replace("type: longtext", "type: essay")
        .replace('{id: lista, text: "Vilka saker?", type: list}', "{id: kort, text: Igen, type: text}")
        .replace("equals: true}", "equals: kanske}")
    )
    path = write_question_set(tmp_path, broken)
    with pytest.raises(QuestionSetError) as info:
        load_question_set(path)
    reasons = [p.message for p in info.value.problems]
    assert any("fråga 'lang'" in r and "okänd typ 'essay'" in r and ", rad 12:" in r for r in reasons), reasons
    assert any("'kort' används redan" in r for r in reasons), reasons
    assert any("'show_if' mot en ja/nej-fråga" in r for r in reasons), reasons
    assert str(path) in info.value.message


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = write_question_set(tmp_path, SMALL_QUESTION_SET.replace("schema_version: 1", "schema_version: 9"))
    with pytest.raises(SchemaVersionError, match="uppdatera Routine Builder"):
        load_question_set(path)


def test_bundled_question_set_is_complete() -> None:
    qs = load_question_set(paths.question_set_path("oro-for-vantat-barn"))
    assert 50 <= qs.question_count <= 75
    assert len(qs.sections) == 11
    used = {q.type for q in qs.questions()}
    assert {QuestionType.CONTACTS, QuestionType.DATE, QuestionType.NUMBER, QuestionType.LIST} <= used
    refs = load_legal_references()
    for question in qs.questions():
        assert question.help.strip(), question.id
        for ref in placeholders(question.help):
            assert ref in refs, (question.id, ref)
    outline = load_outline(qs)  # raises unless every question has exactly one place
    assert [s.id for s in outline.sections][:3] == ["inledning", "syfte", "omfattning"]


def test_legal_renumbering_is_data() -> None:
    refs = load_legal_references()
    text = refs.expand("Anmälan enligt {ref:sol-2001-14-1}.")
    assert "14 kap. 1 §" in text
    assert "2025:400" in text
    assert refs.cite("finns-inte").startswith("[okänd lagreferens")
