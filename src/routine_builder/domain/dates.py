"""Dates as YAML gives them: a date, a timestamp or an ISO ``YYYY-MM-DD`` string."""

from __future__ import annotations

import datetime as dt
from typing import Any


def as_date(value: Any) -> dt.date | None:
    """The date ``value`` stands for, or None when it is no date (empty, wrong type, not ISO)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None
