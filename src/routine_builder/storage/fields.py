"""Typed fields of a parsed YAML file, read one at a time.

A loader checks a file's version with :mod:`routine_builder.storage.versioned` and then reads its fields
with a :class:`FieldReader`: each method returns the field as the type the loader wants, or raises the
loader's error with one sentence naming the key, the file and the line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from routine_builder.errors import StorageError
from routine_builder.storage.yaml_io import LineDict


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


class FieldReader:
    """Reads the fields of one file; a field that does not fit raises ``error`` with the file and the line.

    Args:
        path: the file, named in every message.
        error: the error raised for a field that does not fit.
        missing: what is said after ``'key'`` when a required text is absent.

    """

    def __init__(self, path: Path, error: type[StorageError], *, missing: str = "saknas") -> None:
        self.path = path
        self.error = error
        self.missing = missing

    def fail(self, reason: str, line: int | None) -> StorageError:
        """The error to raise for ``reason`` at ``line``."""
        return self.error(reason, path=self.path, line=line)

    def mapping(self, data: LineDict, key: str, *, required: bool = True) -> LineDict:
        """The mapping under ``key`` (an empty one when it is absent and not required)."""
        value = data.get(key)
        if value is None and not required:
            return LineDict()
        if not isinstance(value, LineDict):
            raise self.fail(f"'{key}' saknas eller är inte en mappning", data.line_of(key))
        return value

    def text(self, data: LineDict, key: str, *, required: bool = False, number: bool = False) -> str:
        """The text under ``key`` ("" when it is absent and not required); ``number``: a number is taken as text."""
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(f"'{key}' {self.missing}", data.line)
            return ""
        if number and isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            raise self.fail(f"'{key}' ska vara text", data.line_of(key))
        return value

    def texts(self, data: LineDict, key: str) -> tuple[str, ...]:
        """The list of texts under ``key`` (none when it is absent)."""
        value = data.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"'{key}' ska vara en lista med texter", data.line_of(key))
        return tuple(value)

    def flag(self, data: LineDict, key: str) -> bool:
        """The true/false under ``key`` (false when it is absent)."""
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"'{key}' ska vara true eller false", data.line_of(key))
        return value

    def choice(self, data: LineDict, key: str, allowed: tuple[str, ...], default: str = "") -> str:
        """The text under ``key``, one of ``allowed`` (``default`` when it is absent)."""
        value = data.get(key, default)
        if not isinstance(value, str) or value not in allowed:
            raise self.fail(f"'{key}' ska vara en av {', '.join(allowed)}", data.line_of(key))
        return value

    def date(self, data: LineDict, key: str) -> dt.date | None:
        """The date under ``key`` (None when it is absent or empty)."""
        value = data.get(key)
        if value is None or value == "":
            return None
        if (day := as_date(value)) is not None:
            return day
        raise self.fail(f"'{key}' ska vara ett datum som ÅÅÅÅ-MM-DD", data.line_of(key))

    def timestamp(self, data: LineDict, key: str) -> dt.datetime | None:
        """The moment under ``key`` (None when it is absent); a bare date is taken as its midnight."""
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value
        if isinstance(value, dt.date):
            return dt.datetime.combine(value, dt.time())
        if isinstance(value, str):
            try:
                return dt.datetime.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(f"'{key}' ska vara en tidpunkt som ÅÅÅÅ-MM-DDTtt:mm:ss", data.line_of(key))
