"""Golden text: each question type and each kind of phrasing, as the routine says the answer."""

from __future__ import annotations

import datetime as dt

import pytest

from routine_builder.document.blocks import Block, Gap, Heading, ListBlock, Paragraph, Table
from routine_builder.document.sentences import AnswerContext, answer_blocks, placed_sentences
from routine_builder.domain import Answer, AnswerSet, AreaInfo, QuestionSet, load_question_set

QUESTIONS = """\
schema_version: 1
id: testset
edition: "1"
title: Testunderlag
sections:
  - id: forsta
    title: Första avsnittet
    questions:
      - id: dagar
        text: Inom hur många dagar återkopplar mottagaren?
        type: number
        unit: dagar
        comment: true
        routine: {heading: Återkoppling, text: "Mottagaren återkopplar inom {antal}."}
      - id: janej
        text: Gäller rutinen också partnern?
        type: yesno
        comment: true
        routine:
          if_yes: Rutinen gäller också när oron rör partnern.
          if_no: Rutinen gäller bara när oron rör den gravida.
      - id: kallar
        text: Vem kallar till samverkansmöte?
        type: choice
        comment: true
        choices: [{id: bmm, label: Barnmorskemottagningen}, {id: annan, label: Annan}]
        routine:
          choices:
            bmm: Barnmorskemottagningen kallar till samverkansmöte.
            annan: "{annan} kallar till samverkansmöte."
      - id: deltar
        text: Vilka deltar?
        type: multichoice
        comment: true
        choices: [{id: gravida, label: Den gravida}, {id: bmm, label: BMM}, {id: annan, label: Annan}]
        routine:
          text: I mötet deltar {lista}.
          choices: {gravida: den gravida, bmm: barnmorskemottagningen, annan: andra}
      - id: satt
        text: På vilka sätt tas kontakt?
        type: multichoice
        comment: true
        choices: [{id: telefon, label: Telefon}, {id: brev, label: Brev}, {id: annan, label: Annat sätt}]
        routine:
          lead: "Verksamheterna tar kontakt genom:"
          choices: {telefon: telefonsamtal, brev: brev, annan: annat sätt}
      - id: datum
        text: När följs rutinen upp första gången?
        type: date
        routine: {text: "Rutinen följs upp första gången {datum}."}
      - id: version
        text: Vilken utgåva bygger rutinen på?
        type: text
        routine: {heading: Riktlinjen, text: "Rutinen bygger på {svar}."}
      - id: samtal
        text: Hur förs samtalet?
        type: longtext
        required: true
        routine: {heading: Samtalet med den gravida, lead: "Så här går samtalet till:"}
      - id: vilka
        text: Vilka privata vårdgivare finns?
        type: list
        routine: {lead: "Det gäller:"}
      - id: jour
        text: Hur når man socialjouren?
        type: contacts
        columns: [{id: kommun, label: Kommun}, {id: telefon, label: Telefon}, {id: e_post, label: E-post}]
        routine: {heading: Socialjouren, columns: [kommun, telefon], contact_list: true}
      - id: tillagg
        text: Vill ni lägga till något lokalt till syftet?
        type: longtext
        routine:
          heading: Lokala tillägg till syftet
          not_applicable: Rutinen har inga lokala tillägg till syftet.
      - id: tolk
        text: Hur används tolk?
        type: longtext
        required: true
        routine: {heading: Tolk}
      - id: fri
        text: Finns det något mer att säga?
        type: choice
        comment: true
        choices: [{id: ja, label: "Ja, något"}]
      - id: godkant
        text: Vilket datum godkände nyckelgruppen utkastet för remiss?
        type: date
        routine: {place: history, text: "Nyckelgruppen godkände utkastet för remiss {datum}."}
      - id: grund
        text: Vilken utgåva av riktlinjen bygger rutinen på?
        type: text
        routine: {place: cover, text: "Bygger på {svar}."}
      - id: anteckning
        text: Något att minnas för nyckelgruppen?
        type: longtext
        routine: {place: none}
"""


@pytest.fixture(scope="module")
def question_set(tmp_path_factory: pytest.TempPathFactory) -> QuestionSet:
    path = tmp_path_factory.mktemp("set") / "testset.yaml"
    path.write_text(QUESTIONS, encoding="utf-8")
    return load_question_set(path)


def _render(question_set: QuestionSet, qid: str, answer: Answer | None, *, draft: bool = False) -> list[str]:
    answers = AnswerSet("testset", "1", AreaInfo(id="omrade", name="Området"))
    if answer is not None:
        answers = answers.with_answer(qid, answer)
    context = AnswerContext(answers, draft, contact_list=())
    return _lines(answer_blocks(question_set.question(qid), context, 2))


def _lines(blocks: list[Block]) -> list[str]:
    lines = []
    for block in blocks:
        if isinstance(block, Heading):
            lines.append(f"## {block.text}")
        elif isinstance(block, Paragraph):
            lines.append("".join(f"**{s.text}**" if s.bold else s.text for s in block.spans))
        elif isinstance(block, ListBlock):
            lines += [f"- {''.join(s.text for s in item)}" for item in block.items]
        elif isinstance(block, Table):
            lines += [" | ".join(block.header), *(" | ".join(row) for row in block.rows)]
        elif isinstance(block, Gap):
            lines.append(block.text)
    return lines


@pytest.mark.parametrize(
    ("value", "comment", "expected"),
    [
        (7, "", ["## Återkoppling", "Mottagaren återkopplar inom sju dagar."]),
        (1, "", ["## Återkoppling", "Mottagaren återkopplar inom en dag."]),
        (
            14,
            "Räknat i kalenderdagar.",
            ["## Återkoppling", "Mottagaren återkopplar inom 14\u00a0dagar. Räknat i kalenderdagar."],
        ),
    ],
)
def test_number(question_set: QuestionSet, value: int, comment: str, expected: list[str]) -> None:
    assert _render(question_set, "dagar", Answer(value=value, comment=comment)) == expected


@pytest.mark.parametrize(
    ("value", "comment", "expected"),
    [
        (True, "", "Rutinen gäller också när oron rör partnern."),
        (False, "", "Rutinen gäller bara när oron rör den gravida."),
        (
            True,
            "Ja, även när hen bor någon annanstans.",
            "Rutinen gäller också när oron rör partnern. Även när hen bor någon annanstans.",
        ),
        (
            True,
            "Ja. Partnern bjuds in till mötet.",
            "Rutinen gäller också när oron rör partnern. Partnern bjuds in till mötet.",
        ),
        (False, "Nej", "Rutinen gäller bara när oron rör den gravida."),
        (
            False,
            "Rutinen gäller bara den gravida. Partnern får eget stöd.",
            "Rutinen gäller bara när oron rör den gravida. Partnern får eget stöd.",
        ),  # the comment's echo goes
    ],
)
def test_yes_no_with_its_comment_woven_in_without_stutter(
    question_set: QuestionSet, value: bool, comment: str, expected: str
) -> None:
    assert _render(question_set, "janej", Answer(value=value, comment=comment)) == [expected]


def test_yes_no_comment_of_several_paragraphs_follows_the_sentence(question_set: QuestionSet) -> None:
    answer = Answer(value=True, comment="Första stycket.\n\nAndra stycket.")
    assert _render(question_set, "janej", answer) == [
        "Rutinen gäller också när oron rör partnern. Första stycket.",
        "Andra stycket.",
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (Answer(value="bmm"), ["Barnmorskemottagningen kallar till samverkansmöte."]),
        (Answer(value="annan", other="Familjecentralen"), ["Familjecentralen kallar till samverkansmöte."]),
        (
            Answer(value="annan", comment="Annan: Team Tidig start. Teamet har ärendet till tre månader."),
            ["Team Tidig start kallar till samverkansmöte. Teamet har ärendet till tre månader."],
        ),
    ],
)
def test_choice_a_sentence_per_option_and_other_as_what_it_is(
    question_set: QuestionSet, answer: Answer, expected: list[str]
) -> None:
    assert _render(question_set, "kallar", answer) == expected


def test_multichoice_inline_list_without_a_repeated_other(question_set: QuestionSet) -> None:
    answer = Answer(value=["gravida", "bmm", "annan"], comment="Annan: familjecentralens personal. Tolk vid behov.")
    assert _render(question_set, "deltar", answer) == [
        "I mötet deltar den gravida, barnmorskemottagningen och familjecentralens personal. Tolk vid behov."
    ]


def test_multichoice_as_a_list_after_its_lead(question_set: QuestionSet) -> None:
    answer = Answer(value=["telefon", "brev", "annan"], comment="Annat sätt: möte på familjecentralen. Säkert.")
    assert _render(question_set, "satt", answer) == [
        "Verksamheterna tar kontakt genom:",
        "- telefonsamtal",
        "- brev",
        "- möte på familjecentralen",
        "Säkert.",
    ]
    unexplained = Answer(value=["telefon", "annan"])  # "Annat sätt" without saying what: left out of a final routine
    assert _render(question_set, "satt", unexplained) == ["Verksamheterna tar kontakt genom:", "- telefonsamtal"]


def test_date_and_text(question_set: QuestionSet) -> None:
    assert _render(question_set, "datum", Answer(value=dt.date(2027, 3, 15))) == [
        "Rutinen följs upp första gången den 15 mars 2027."
    ]
    assert _render(question_set, "version", Answer(value="Riktlinjen från 2020, giltig till och med 2023-12-31.")) == [
        "## Riktlinjen",
        "Rutinen bygger på Riktlinjen från 2020, giltig till och med den 31 december 2023.",
    ]


def test_longtext_and_list_keep_the_writers_paragraphs_and_bullets(question_set: QuestionSet) -> None:
    text = "Ta upp oron tidigt.\n\n- boka tolk\n- träffa den gravida ensam"
    assert _render(question_set, "samtal", Answer(value=text)) == [
        "## Samtalet med den gravida",
        "Så här går samtalet till:",
        "Ta upp oron tidigt.",
        "- boka tolk",
        "- träffa den gravida ensam",
    ]
    assert _render(question_set, "vilka", Answer(value=["Vårdcentralen Sjöbo (vårdval)", "Familjestöd AB"])) == [
        "Det gäller:",
        "- Vårdcentralen Sjöbo (vårdval)",  # the key group's own text keeps its capital (it may be a name)
        "- Familjestöd AB",
    ]


def test_contacts_short_in_the_chapter_with_a_reference_to_the_list(question_set: QuestionSet) -> None:
    rows = [{"kommun": "Ale", "telefon": "0303-33 00 00", "e_post": "jour@ale.example"}]
    assert _render(question_set, "jour", Answer(value=rows)) == [
        "## Socialjouren",
        "Kommun | Telefon | E-post",  # no contact list appendix: the whole table in the chapter
        "Ale | 0303-33 00 00 | jour@ale.example",
    ]
    answers = AnswerSet("testset", "1", AreaInfo(id="o", name="O")).with_answer("jour", Answer(value=rows))
    from routine_builder.document.blocks import Span

    context = AnswerContext(answers, False, contact_list=(Span("bilaga 3, Kontaktlista", anchor="bilaga-3"),))
    assert _lines(answer_blocks(question_set.question("jour"), context, 2)) == [
        "## Socialjouren",
        "Kommun | Telefon",
        "Ale | 0303-33 00 00",
        "Alla uppgifter, också e-post och adresser, finns i bilaga 3, Kontaktlista.",
    ]


def test_not_applicable_left_out_or_stated_as_a_decision(question_set: QuestionSet) -> None:
    reason = Answer.na("Riktlinjen räcker för oss.")
    assert _render(question_set, "tillagg", reason) == [
        "## Lokala tillägg till syftet",
        "Rutinen har inga lokala tillägg till syftet.",
    ]
    assert _render(question_set, "tolk", Answer.na("Tolk bokas enligt regionens rutin.")) == []  # final: left out
    assert _render(question_set, "tolk", Answer.na("Tolk bokas enligt regionens rutin."), draft=True) == [
        "## Tolk",
        "Ej aktuellt: Tolk bokas enligt regionens rutin.",
    ]


def test_a_draft_keeps_the_gap_under_the_statement_heading(question_set: QuestionSet) -> None:
    assert _render(question_set, "samtal", None) == []  # a final routine never has a gap
    assert _render(question_set, "samtal", None, draft=True) == [
        "## Samtalet med den gravida",
        "[Svar saknas: Hur förs samtalet?]",
    ]


def test_without_phrasing_a_run_in_label_never_a_heading(question_set: QuestionSet) -> None:
    assert _render(question_set, "fri", Answer(value="ja", comment="Mer om det.")) == [
        "**Finns det något mer att säga?** Ja, något. Mer om det."
    ]


def test_answers_placed_on_the_cover_or_in_the_history_read_as_sentences_there(question_set: QuestionSet) -> None:
    answers = AnswerSet("testset", "1", AreaInfo(id="omrade", name="Området"))
    answers = answers.with_answer("godkant", Answer(value=dt.date(2026, 1, 20)))
    answers = answers.with_answer("grund", Answer(value="Länsgemensam  riktlinje 2020"))
    answers = answers.with_answer("anteckning", Answer(value="Fråga juristen om OSL."))
    assert placed_sentences(question_set, answers, "history") == [
        ("godkant", "Nyckelgruppen godkände utkastet för remiss den 20 januari 2026.")
    ]
    assert placed_sentences(question_set, answers, "cover") == [("grund", "Bygger på Länsgemensam riktlinje 2020.")]
