"""Values as readable Swedish, following Myndigheternas skrivregler.

Numbers up to twelve are written in words in running text ("sju dagar", "en dag", "ett år"); a date in
running text reads "den 10 mars 2020" and in a table "2020-03-10"; yes/no, statuses and lists read as
Swedish does.
"""

from __future__ import annotations

import datetime as dt
import re

from routine_builder.domain.readable import SINGULAR_UNITS, number_with_unit

MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)

STATUS_LABELS = {
    "utkast": "Utkast",
    "remiss": "Remissversion",
    "faststalld": "Fastställd",
    "under_revidering": "Under revidering",
    "ersatt": "Ersatt av senare version",
}

CHANGED = " med ändringar"  # after a label shared with an adopted version: "1.0 med ändringar"
_NEUTER = {"år"}  # "ett år", but "en dag"
NUMBER_WORDS = ("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")
_ISO_DATE = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_DEN = re.compile(r"(?:^|\s)den\s*$", re.IGNORECASE)


def format_date(value: dt.date | None, *, empty: str = "") -> str:
    """A date as '22 november 2026' (in text, :func:`date_in_text` adds 'den')."""
    if value is None:
        return empty
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def date_in_text(value: dt.date) -> str:
    """A date in running text: 'den 10 mars 2020'."""
    return f"den {format_date(value)}"


def date_in_table(value: dt.date | None, *, empty: str = "–") -> str:
    """A date in a table: '2020-03-10'."""
    return value.isoformat() if value is not None else empty


def text_dates(text: str) -> str:
    """ISO dates in running text written as 'den 10 mars 2020' (one date format in the routine's text)."""
    if "-" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        try:
            day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return match.group(0)
        before = text[: match.start()]
        words = format_date(day)
        if _DEN.search(before):
            return words
        at_start = _ends_sentence(before)
        return ("Den " if at_start else "den ") + words

    return _ISO_DATE.sub(replace, text)


def _ends_sentence(before: str) -> bool:
    """Whether a sentence ends where ``before`` ends (an abbreviation such as 't.o.m.' or 'kl.' does not)."""
    words = before.split()
    if not words:
        return True
    last = words[-1]
    return last[-1] in ".!?" and "." not in last[:-1] and len(last) > 3


def status_label(status: str) -> str:
    """The document status in readable Swedish ("Utkast", "Remissversion", "Fastställd", "Under revidering")."""
    return STATUS_LABELS.get(status, status.capitalize())


def number_in_text(value: int, unit: str = "") -> str:
    """A number in running text: up to twelve in words ('sju dagar', 'en dag', 'ett år'), above in digits."""
    if value > 12 or value < 0:
        return number_with_unit(value, unit)
    if not unit:
        return NUMBER_WORDS[value]
    if value == 1:
        singular = SINGULAR_UNITS.get(unit, unit)
        return f"{'ett' if singular in _NEUTER else 'en'} {singular}"
    return f"{NUMBER_WORDS[value]} {unit}"


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


def lower_first(text: str) -> str:
    """``text`` with a small first letter, unless its first word is an abbreviation ('BMM', 'SIP')."""
    if text[1:2].islower():
        return text[:1].lower() + text[1:]
    return text


def shown_version(label: str, in_force: str | None) -> str:
    """A version label as a document made after an adoption shows it ("1.0 med ändringar").

    A label the document shares with the version in force (``in_force``) reads as changed; any other
    label is shown as it is.
    """
    if in_force and label in ("", in_force):
        return in_force + CHANGED
    return label
