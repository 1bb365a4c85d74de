"""The routine phrasing in a question set: read as data and checked when the set loads (file, line, question)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from routine_builder import paths
from routine_builder.domain import load_question_set
from routine_builder.domain.phrasing import Phrasing
from routine_builder.errors import QuestionSetError

HEAD = """\
schema_version: 1
id: testset
edition: "1"
title: Testunderlag
sections:
  - id: forsta
    title: Första avsnittet
    questions:
"""


def _load(tmp_path: Path, questions: str):
    path = tmp_path / "testset.yaml"
    path.write_text(HEAD + textwrap.indent(textwrap.dedent(questions), "      "), encoding="utf-8")
    return load_question_set(path)


def _problems(tmp_path: Path, questions: str) -> list[str]:
    with pytest.raises(QuestionSetError) as caught:
        _load(tmp_path, questions)
    return [p.message for p in caught.value.problems]


def test_phrasing_is_read_as_data(tmp_path: Path) -> None:
    question_set = _load(
        tmp_path,
        """\
        - id: dagar
          text: Inom hur många dagar återkopplar mottagaren?
          type: number
          unit: dagar
          routine: {heading: Återkoppling, text: "Mottagaren återkopplar inom {antal}."}
        - id: val
          text: Vem kallar?
          type: choice
          choices: [{id: bmm, label: BMM}, {id: annan, label: Annan}]
          routine:
            choices: {bmm: Barnmorskemottagningen kallar., annan: "{annan} kallar."}
        - {id: fri, text: Något mer?, type: longtext}
        """,
    )
    assert question_set.question("dagar").routine == Phrasing(
        heading="Återkoppling", text="Mottagaren återkopplar inom {antal}."
    )
    assert question_set.question("val").routine.choice("annan") == "{annan} kallar."
    assert question_set.question("fri").routine is None  # no phrasing: a run-in label in the routine


@pytest.mark.parametrize(
    ("routine", "expected"),
    [
        (
            '{text: "Inom {dagar} dagar."}',
            "'routine.text' nämner {dagar}, som inte finns här (tillåtna: {antal}, {område})",
        ),
        ('{text: "Inom {antal dagar."}', "'routine.text' har en klammer som inte är en platshållare"),
        ("{plats: body}", "okänd nyckel 'routine.plats'"),
        ("{place: omslag}", "'routine.place' ska vara en av body, cover, history, appendix, none"),
        ("{if_yes: Ja.}", "'routine.if_yes' passar inte typen number"),
        ("{columns: [namn]}", "'routine.columns' passar inte typen number"),
    ],
)
def test_a_wrong_phrasing_names_file_line_and_question(tmp_path: Path, routine: str, expected: str) -> None:
    problems = _problems(
        tmp_path,
        f"""\
        - id: dagar
          text: Hur många dagar?
          type: number
          routine: {routine}
        """,
    )
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'testset.yaml'}, rad 12: fråga 'dagar': {expected}"), problems


def test_choices_must_cover_every_option_and_no_other(tmp_path: Path) -> None:
    problems = _problems(
        tmp_path,
        """\
        - id: val
          text: Vem kallar?
          type: choice
          choices: [{id: bmm, label: BMM}, {id: soc, label: Socialtjänsten}, {id: annan, label: Annan}]
          routine:
            choices:
              bmm: Barnmorskemottagningen kallar.
              psyk: Psykiatrin kallar.
        - id: utan
          text: Vem anmäler?
          type: choice
          choices: [{id: bb, label: BB}]
          routine: {heading: Anmälan}
        """,
    )
    assert any("rad 16: fråga 'val': 'routine.choices' nämner valet 'psyk', som frågan inte har" in p for p in problems)
    assert any("rad 14: fråga 'val': 'routine.choices' saknar valen soc, annan" in p for p in problems)
    assert any("fråga 'utan': en valfråga behöver en mening per val i 'routine.choices'" in p for p in problems)


def test_yes_and_no_need_both_sentences_and_a_bare_yes_is_explained(tmp_path: Path) -> None:
    problems = _problems(
        tmp_path,
        """\
        - id: janej
          text: Finns det?
          type: yesno
          routine:
            yes: Det finns.
            if_no: Det finns inte.
        """,
    )
    assert any("rad 13: fråga 'janej': nyckeln 'yes' läses som true; skriv 'routine.if_yes'" in p for p in problems)
    both = "fråga 'janej': en ja/nej-fråga behöver både 'routine.if_yes' och 'routine.if_no'"
    assert any(both in p for p in problems)


def test_kept_names_an_existing_question(tmp_path: Path) -> None:
    problems = _problems(
        tmp_path,
        """\
        - id: bilagor
          text: Vilka bilagor?
          type: multichoice
          choices: [{id: blankett, label: Blankett}]
          routine: {place: appendix, kept: {blankett: finns-inte}}
        """,
    )
    assert problems == [
        f"{tmp_path / 'testset.yaml'}, rad 9: fråga 'bilagor': 'routine.kept' nämner frågan "
        "'finns-inte', som inte finns"
    ]


def test_the_bundled_set_phrases_every_question() -> None:
    question_set = load_question_set(paths.question_set_path("oro-for-vantat-barn"))
    unphrased = [q.id for q in question_set.questions() if q.routine is None]
    assert unphrased == []
    for question in question_set.questions():
        routine = question.routine
        if question.type.value == "yesno":
            assert routine.yes and routine.no, question.id
        if question.type.value == "choice" and routine.place == "body":
            assert {c.id for c in question.choices} == {key for key, _text in routine.choices}, question.id
