"""Dates as people type them: the Swedish forms are read, nothing is guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from routine_builder.domain.dates import parse_typed_date

NOV_20 = dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-20",
        " 2026-11-20 ",
        "20261120",
        "2026/11/20",
        "2026.11.20",
        "20/11 2026",
        "20/11/2026",
        "20.11.2026",
        "20-11-2026",
        "20 nov 2026",
        "20 nov. 2026",
        "20 November 2026",
        "20 NOVEMBER 2026",
    ],
)
def test_typed_swedish_dates_are_read(text: str) -> None:
    assert parse_typed_date(text) == NOV_20


def test_month_names_in_both_languages() -> None:
    assert parse_typed_date("1 maj 2026") == dt.date(2026, 5, 1)
    assert parse_typed_date("1 may 2026") == dt.date(2026, 5, 1)
    assert parse_typed_date("3 okt 2026") == parse_typed_date("3 oct 2026") == dt.date(2026, 10, 3)


@pytest.mark.parametrize(
    "text", ["", "   ", "20/11", "nov 2026", "2026-11", "2026-02-30", "31/4 2026", "20 novx 2026", "1901", "x"]
)
def test_incomplete_or_impossible_dates_are_not_guessed(text: str) -> None:
    assert parse_typed_date(text) is None
