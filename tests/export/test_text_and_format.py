"""Control characters and Swedish formatting."""

from __future__ import annotations

import datetime as dt

from routine_builder.export.swedish_format import (
    format_date,
    join_list,
    number_with_unit,
    sentence,
    status_label,
)
from routine_builder.export.text_clean import Segment, clean_text, normalise, paragraphs_of, segments


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
