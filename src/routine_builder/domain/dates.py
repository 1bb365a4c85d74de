"""Dates as YAML gives them (a date, a timestamp or ISO ``YYYY-MM-DD``) and as people type them."""

from __future__ import annotations

import datetime as dt
import re

from routine_builder.storage.fields import as_date as as_date  # re-exported: a date as YAML gives it

#: Month names and abbreviations a user may type, Swedish and English, lower case.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "january", "jan"),
            ("februari", "february", "feb"),
            ("mars", "march", "mar"),
            ("april", "apr"),
            ("maj", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("augusti", "august", "aug"),
            ("september", "sept", "sep"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*|\s+)(\d{4})$")
_MONTH_NAME = re.compile(r"^(\d{1,2})\.?\s+([a-zåäö]+)\.?\s+(\d{4})$")


def _real_date(year: str, month: str | int, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_typed_date(text: str) -> dt.date | None:
    """The date a person typed, or None when the text is not a whole, real date.

    Accepts the Swedish standard ``2026-11-20`` (also ``20261120``, ``2026/11/20``), day first
    ``20/11 2026``, ``20/11/2026``, ``20.11.2026``, and month names ``20 nov 2026``, ``20 november
    2026`` (Swedish or English). A year is always required: nothing is guessed.
    """
    cleaned = " ".join(text.strip().casefold().split())
    if not cleaned:
        return None
    for pattern in (_YEAR_FIRST, _COMPACT):
        if match := pattern.match(cleaned):
            year, month, day = match.groups()
            return _real_date(year, month, day)
    if match := _DAY_FIRST.match(cleaned):
        day, month, year = match.groups()
        return _real_date(year, month, day)
    if match := _MONTH_NAME.match(cleaned):
        day, name, year = match.groups()
        month = _MONTHS.get(name)
        return _real_date(year, month, day) if month else None
    return None
