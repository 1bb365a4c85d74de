"""Values as readable Swedish: dates, statuses, yes/no, numbers with units, lists."""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip

STATUS_LABELS = {"utkast": "Utkast", "remiss": "Remissversion", "faststalld": "Fastställd"}

# Singular forms of the units a question set uses with numbers ("1 dag", "14 dagar").
_SINGULAR = {
    "dagar": "dag",
    "arbetsdagar": "arbetsdag",
    "veckor": "vecka",
    "månader": "månad",
    "timmar": "timme",
    "år": "år",
    "gånger": "gång",
    "personer": "person",
}

NBSP = "\u00a0"


def format_date(value: dt.date | None, *, empty: str = "") -> str:
    """A date as '22 november 2026'."""
    if value is None:
        return empty
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def status_label(status: str) -> str:
    """The document status in readable Swedish: Utkast, Remissversion or Fastställd."""
    return STATUS_LABELS.get(status, status.capitalize())


def yes_no(value: bool) -> str:
    """'Ja' or 'Nej'."""
    return "Ja" if value else "Nej"


def format_number(value: int) -> str:
    """An integer with a non-breaking space between thousands ('1 500')."""
    return f"{value:,}".replace(",", NBSP)


def number_with_unit(value: int, unit: str) -> str:
    """'14 dagar', '1 dag'; the unit joined by a non-breaking space so that it never wraps alone."""
    if not unit:
        return format_number(value)
    if value == 1:
        unit = _SINGULAR.get(unit, unit)
    return f"{format_number(value)}{NBSP}{unit}"


def join_list(items: list[str]) -> str:
    """'a', 'a och b', 'a, b och c'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


def sentence(text: str) -> str:
    """``text`` with a capital first letter and a closing full stop when it has no closing punctuation."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if text[-1] not in '.!?:;)"”»':
        text += "."
    return text
