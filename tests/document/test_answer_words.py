"""An answer's own words in its text as the routine shows it (what a reviewer edits in a remiss file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from routine_builder.document.answer_words import own_words, routine_text
from routine_builder.document.sentences import AnswerContext, answer_blocks
from routine_builder.domain import AnswerSet, QuestionSet, Workspace, create_demo_workspace
from routine_builder.domain.readable import readable_value


@pytest.fixture(scope="module")
def boras(tmp_path_factory: pytest.TempPathFactory) -> tuple[QuestionSet, AnswerSet]:
    workspace: Workspace = create_demo_workspace(Path(tmp_path_factory.mktemp("demo")) / "ws")
    return workspace.question_set, workspace.load_area("boras").answer_set


def _shown(question_set: QuestionSet, answers: AnswerSet, question_id: str) -> str:
    blocks = answer_blocks(question_set.question(question_id), AnswerContext(answers, False), 2)
    return routine_text(blocks)


@pytest.mark.parametrize(
    ("question_id", "phrasing"),
    [
        ("oro-avidentifierad-hur", "Så här går det till:"),  # a lead before free text
        ("grav-stod-region", "Regionen kan erbjuda:"),  # a lead before a text written as a list
        ("syfte-privata-vilka", "Det gäller:"),  # a lead before a list answer
        ("grund-riktlinjeversion", "Bygger på"),  # a sentence around a short text
    ],
)
def test_the_phrasing_is_taken_off_and_the_answer_kept(boras, question_id: str, phrasing: str) -> None:
    question_set, answers = boras
    shown = _shown(question_set, answers, question_id)
    assert shown.startswith(phrasing)
    words = own_words(question_set.question(question_id), answers, shown)
    assert words is not None and not words.startswith(phrasing)
    raw = readable_value(question_set.question(question_id), answers.get(question_id))
    assert " ".join(words.replace("- ", "").split())[:60] in " ".join(raw.replace("- ", "").split())


def test_a_reviewers_edit_inside_the_answer_is_kept_and_a_changed_phrasing_is_not_guessed(boras) -> None:
    question_set, answers = boras
    question = question_set.question("oro-avidentifierad-hur")
    shown = _shown(question_set, answers, question.id)
    edited = shown.replace("Ring mottagningen", "Ring eller mejla mottagningen")
    words = own_words(question, answers, edited)
    assert words is not None and words.startswith("Ring eller mejla mottagningen barn och familj")
    assert own_words(question, answers, shown.replace("Så här går det till:", "Gör så här:")) is None


def test_answers_that_are_not_free_text_are_left_to_the_form(boras) -> None:
    question_set, answers = boras
    for question_id in ("alt2-aterkoppling-dagar", "alt1-deltagare", "syfte-narstaende", "kontakt-region"):
        question = question_set.question(question_id)
        assert own_words(question, answers, _shown(question_set, answers, question_id)) is None
