"""An answer's own words in its text as the routine shows it (what a reviewer edits in a remiss file)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from routine_builder.document.answer_words import own_words, proposal_answer, routine_text
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


# ---------------------------------------------------------------- proposals on answers that are not free text


def _edited(question_set: QuestionSet, answers: AnswerSet, question_id: str, old: str, new: str) -> str:
    shown = _shown(question_set, answers, question_id)
    assert old in shown, shown
    return shown.replace(old, new, 1)


@pytest.mark.parametrize(
    ("question_id", "old", "new", "value"),
    [
        ("alt2-aterkoppling-dagar", "inom tio dagar", "inom sju dagar", 7),  # a number in words
        ("alt2-aterkoppling-dagar", "inom tio dagar", "inom 5 dagar", 5),  # typed in digits
        ("alt1-dagar-till-mote", "inom 14\u00a0dagar", "inom 21 dagar", 21),
        ("ansvar-forsta-uppfoljning", "den 15 mars 2027", "den 1 april 2027", dt.date(2027, 4, 1)),
        ("ansvar-forsta-uppfoljning", "den 15 mars 2027", "2027-06-30", dt.date(2027, 6, 30)),
        (
            "fodsel-uppfoljande-mote",
            "Familjen och verksamheterna träffas för ett uppföljande möte när barnet har fötts.",
            "Rutinen har inget uppföljande möte efter födseln som huvudregel.",
            False,
        ),
        ("grav-team", "inget tvärprofessionellt team för", "ett tvärprofessionellt team som diskuterar", True),
        ("alt1-kallar", "Barnmorskemottagningen kallar", "Socialtjänsten kallar", "socialtjansten"),
    ],
)
def test_a_proposal_that_reads_as_another_answer_becomes_that_answer(
    boras, question_id: str, old: str, new: str, value: object
) -> None:
    question_set, answers = boras
    question = question_set.question(question_id)
    edited = _edited(question_set, answers, question_id, old, new)
    answer = proposal_answer(question, answers, edited)
    assert answer is not None and answer.value == value
    assert answer.comment == answers.get(question_id).comment  # the comment woven into the text is kept


def test_a_choice_left_out_of_a_list_of_options_is_taken_off_the_answer(boras) -> None:
    question_set, answers = boras
    question = question_set.question("kontakt-satt")
    shown = _shown(question_set, answers, question.id)
    line = next(line for line in shown.splitlines() if line.startswith("- ") and "telefon" in line)
    answer = proposal_answer(question, answers, shown.replace(line + "\n", "", 1))
    assert answer is not None and answer.value == [v for v in answers.get(question.id).value if v != "telefon"]


@pytest.mark.parametrize(
    ("question_id", "old", "new"),
    [
        ("grav-team", "finns inget tvärprofessionellt team", "borde finnas ett tvärprofessionellt team"),
        ("kontakt-blankett", "Det finns ingen gemensam", "Verksamheterna använder en gemensam"),  # the comment says no
        ("alt1-kallar", "Barnmorskemottagningen kallar", "Den som känner oron kallar"),
        ("alt2-aterkoppling-dagar", "inom tio dagar", "så snart som möjligt"),
        ("ansvar-forsta-uppfoljning", "den 15 mars 2027", "i vår"),
    ],
)
def test_a_proposal_that_reads_as_no_answer_of_the_question_is_left_to_the_form(
    boras, question_id: str, old: str, new: str
) -> None:
    question_set, answers = boras
    edited = _edited(question_set, answers, question_id, old, new)
    assert proposal_answer(question_set.question(question_id), answers, edited) is None


def test_free_text_proposals_are_the_reviewers_words_as_before(boras) -> None:
    question_set, answers = boras
    question = question_set.question("oro-avidentifierad-hur")
    answer = proposal_answer(question, answers, "Ring mottagningen.")
    assert answer is not None and answer.value == "Ring mottagningen."
