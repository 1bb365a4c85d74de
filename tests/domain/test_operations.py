from __future__ import annotations

from pathlib import Path

from routine_builder.domain import Answer, DocumentInfo
from routine_builder.domain.operations import SET_ANSWER, replace_answers, set_answer, set_document
from tests.helpers.builders import empty_answer_set, small_question_set


def test_set_answer_reports_the_changed_question(tmp_path: Path) -> None:
    answers = empty_answer_set(small_question_set(tmp_path))
    result = set_answer(answers, question_id="kort", answer=Answer("Hej"), question_text="En kort text?")
    assert result.changed_ids == {"kort"}
    assert result.kind == SET_ANSWER
    assert result.name == "Ändring av svar: En kort text?"
    assert result.answer_set.get("kort") == Answer("Hej")
    assert answers.get("kort") is None  # the old snapshot is untouched


def test_setting_the_same_answer_changes_nothing(tmp_path: Path) -> None:
    answers = empty_answer_set(small_question_set(tmp_path)).with_answer("kort", Answer("Hej"))
    result = set_answer(answers, question_id="kort", answer=Answer("Hej"))
    assert not result.changed
    assert result.answer_set is answers


def test_an_empty_answer_removes_it(tmp_path: Path) -> None:
    answers = empty_answer_set(small_question_set(tmp_path)).with_answer("kort", Answer("Hej"))
    result = set_answer(answers, question_id="kort", answer=Answer())
    assert result.changed_ids == {"kort"}
    assert "kort" not in result.answer_set.answers


def test_not_applicable_is_kept_even_without_reason(tmp_path: Path) -> None:
    answers = empty_answer_set(small_question_set(tmp_path))
    result = set_answer(answers, question_id="kort", answer=Answer.na())
    assert result.answer_set.get("kort") == Answer.na()


def test_set_document(tmp_path: Path) -> None:
    answers = empty_answer_set(small_question_set(tmp_path))
    result = set_document(answers, document=DocumentInfo(status="remiss"))
    assert result.changed_ids == {"document"}
    assert result.answer_set.document.status == "remiss"
    assert not set_document(result.answer_set, document=DocumentInfo(status="remiss")).changed


def test_replace_answers_lists_every_difference(tmp_path: Path) -> None:
    base = empty_answer_set(small_question_set(tmp_path)).with_answer("kort", Answer("a"))
    new = base.with_answer("kort", Answer("b")).with_answer("lang", Answer("c"))
    assert replace_answers(base, new=new).changed_ids == {"kort", "lang"}
