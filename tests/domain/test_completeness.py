"""Completeness per section and overall."""

from __future__ import annotations

from pathlib import Path

from routine_builder.domain import Answer, missing_required, overall_progress, question_state, section_progress
from tests.helpers.builders import empty_answer_set, small_question_set


def test_counts_follow_answers_conditions_and_not_applicable(tmp_path: Path) -> None:
    qs = small_question_set(tmp_path)
    answers = empty_answer_set(qs)
    # 'dagar' is hidden until 'janej' is yes.
    assert question_state(qs.question("dagar"), answers) == "hidden"
    assert [q.id for q in missing_required(qs, answers)] == ["kort", "lang", "val", "janej", "kontakter"]

    answers = (
        answers.with_answer("kort", Answer("  \n "))  # whitespace only: still missing
        .with_answer("lang", Answer("Text"))
        .with_answer("val", Answer.na("Gäller inte oss"))
        .with_answer("janej", Answer(True))
        .with_answer("kontakter", Answer([{"namn": " "}]))  # a blank row says nothing
    )
    assert question_state(qs.question("dagar"), answers) == "missing_required"
    assert [q.id for q in missing_required(qs, answers)] == ["kort", "dagar", "kontakter"]
    first = section_progress(qs.section("forsta"), answers)
    assert (first.answered, first.not_applicable, first.missing_required, first.missing_optional) == (1, 1, 1, 1)
    total = overall_progress(qs, answers)
    assert total.total == 9
    assert total.summary() == "3 av 9 besvarade, 3 obligatoriska saknas"


def test_multichoice_condition_means_contains(tmp_path: Path) -> None:
    qs = small_question_set(tmp_path)
    from routine_builder.domain import Condition, condition_met
    from routine_builder.domain.question_set import Question, QuestionType

    question = Question(id="q", text="?", type=QuestionType.TEXT, section_id="s", show_if=Condition("flera", "b"))
    assert condition_met(question, {"flera": Answer(["a", "b"])})
    assert not condition_met(question, {"flera": Answer(["a"])})
    assert not condition_met(question, {})
    assert qs.question_count == 9


def test_not_applicable_counts_only_with_a_reason(tmp_path: Path) -> None:
    qs = small_question_set(tmp_path)
    answers = empty_answer_set(qs).with_answer("kort", Answer.na("   "))
    assert question_state(qs.question("kort"), answers) == "missing_required"
    assert "kort" in [q.id for q in missing_required(qs, answers)]
    answers = answers.with_answer("kort", Answer.na("Ingen BVC i kommunen"))
    assert question_state(qs.question("kort"), answers) == "not_applicable"
    assert "kort" not in [q.id for q in missing_required(qs, answers)]
