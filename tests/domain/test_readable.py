"""One readable text per answer (the domain's ``readable_value``), used by every view that shows an answer as text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from routine_builder.domain import Answer, QuestionSet
from routine_builder.domain.readable import NOT_APPLICABLE, readable_value
from tests.helpers.builders import small_question_set

NBSP = "\u00a0"


@pytest.fixture
def qs(tmp_path: Path) -> QuestionSet:
    return small_question_set(tmp_path)


@pytest.mark.parametrize(
    ("qid", "answer", "text"),
    [
        ("kort", Answer.na("Finns inte här"), "Ej aktuellt"),
        ("dagar", Answer(1), f"1{NBSP}dag"),
        ("dagar", Answer(14), f"14{NBSP}dagar"),
        ("dagar", Answer(1500), f"1{NBSP}500{NBSP}dagar"),
        ("datum", Answer(dt.date(2026, 3, 5)), "2026-03-05"),
        ("janej", Answer(False), "Nej"),
        ("val", Answer("tva"), "Två"),
        ("flera", Answer(["a", "b"]), "A\nB"),
        ("lista", Answer(["Ett", "Två"]), "Ett\nTvå"),
        ("kontakter", Answer([{"namn": "Anna", "telefon": "1"}]), "Anna · 1"),
        ("kort", None, ""),
    ],
)
def test_each_kind_of_answer_reads_one_way(qs: QuestionSet, qid: str, answer: Answer | None, text: str) -> None:
    assert readable_value(qs.question(qid), answer) == text


def test_not_applicable_reads_as_the_form_says_it() -> None:
    assert NOT_APPLICABLE == "Ej aktuellt"  # the form's check box and the routine say "Ej aktuellt"
