"""Control characters and Swedish as Myndigheternas skrivregler write it: numbers, dates, lists."""

from __future__ import annotations

import datetime as dt

from routine_builder.document.swedish import (
    date_in_table,
    date_in_text,
    format_date,
    join_list,
    number_in_text,
    number_with_unit,
    sentence,
    status_label,
    text_dates,
)
from routine_builder.document.text import Segment, clean_text, normalise, paragraphs_of, segments


def test_vertical_tab_form_feed_and_other_controls() -> None:
    assert segments("a\vb\fc\x07d\te") == [
        Segment("text", "a"),
        Segment("line"),
        Segment("text", "b"),
        Segment("page"),
        Segment("text", "cd"),
        Segment("tab"),
        Segment("text", "e"),
    ]


def test_line_ends_and_forbidden_characters() -> None:
    assert normalise("a\r\nb\rc\x00\x1f\ufffe\x85d") == "a\nb\nc\nd"


def test_hard_characters_come_through_exactly() -> None:
    text = "<b> & \"x\" 'y' 👶🏽 مرحبا \u200f"
    assert normalise(text) == text
    assert segments(text) == [Segment("text", text)]


def test_clean_text_is_one_line() -> None:
    assert clean_text(" a\n b\fc\x01 ") == "a b c"


def test_paragraph_blocks() -> None:
    assert paragraphs_of("a\nb\n\n\n c \n") == [["a", "b"], [" c"]]


def test_dates_numbers_lists() -> None:
    assert format_date(dt.date(2026, 11, 22)) == "22 november 2026"
    assert format_date(None, empty="–") == "–"
    assert number_with_unit(14, "dagar") == "14\u00a0dagar"
    assert number_with_unit(1, "dagar") == "1\u00a0dag"
    assert number_with_unit(1500, "") == "1\u00a0500"
    assert join_list(["Ale", "Kungälv", "Tjörn"]) == "Ale, Kungälv och Tjörn"
    assert join_list(["Ale"]) == "Ale"
    assert sentence("socialtjänsten") == "Socialtjänsten."
    assert sentence("Klart?") == "Klart?"


def test_status_labels() -> None:
    assert [status_label(s) for s in ("utkast", "remiss", "faststalld")] == ["Utkast", "Remissversion", "Fastställd"]


def test_numbers_up_to_twelve_in_words_in_running_text() -> None:
    assert number_in_text(7, "dagar") == "sju dagar"
    assert number_in_text(1, "dagar") == "en dag"
    assert number_in_text(1, "år") == "ett år"
    assert number_in_text(12, "veckor") == "tolv veckor"
    assert number_in_text(13, "dagar") == "13\u00a0dagar"
    assert number_in_text(0, "dagar") == "noll dagar"
    assert number_in_text(3) == "tre"


def test_one_date_format_in_text_and_one_in_tables() -> None:
    day = dt.date(2020, 3, 10)
    assert date_in_text(day) == "den 10 mars 2020"
    assert date_in_table(day) == "2020-03-10"
    assert date_in_table(None) == "–"
    assert text_dates("giltig till och med 2023-12-31.") == "giltig till och med den 31 december 2023."
    assert text_dates("Sedan 2026-01-15 gäller") == "Sedan den 15 januari 2026 gäller"
    assert text_dates("2025-07-01 började lagen gälla.") == "Den 1 juli 2025 började lagen gälla."
    assert text_dates("Klart. 2025-07-01 började") == "Klart. Den 1 juli 2025 började"
    assert text_dates("t.o.m. 2023-12-31") == "t.o.m. den 31 december 2023"  # an abbreviation ends no sentence
    assert text_dates("möte den 2026-03-12") == "möte den 12 mars 2026"  # no 'den den'
    assert text_dates("2026-13-40 och 070-2026-01-15") == "2026-13-40 och 070-2026-01-15"  # not dates
