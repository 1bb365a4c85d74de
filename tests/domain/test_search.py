"""Search in the form matches an answer as it reads (the domain's readable text), its comment and its reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from routine_builder.domain import Answer
from routine_builder.domain.search import matches
from tests.helpers.builders import small_question_set


def test_search_finds_what_the_answer_reads(tmp_path: Path) -> None:
    qs = small_question_set(tmp_path)
    dagar = qs.question("dagar")
    assert matches(qs.question("kort"), Answer.na("Finns inte"), "ej aktuellt")
    assert matches(qs.question("datum"), Answer(dt.date(2026, 3, 5)), "2026-03-05")
    assert not matches(dagar, Answer(7), "veckor")
