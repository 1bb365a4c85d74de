"""Small helpers for translated wording: singular and plural chosen in code, both forms translated."""

from __future__ import annotations


def plural(count: int, one: str, many: str) -> str:
    """``one`` (already translated) for a count of 1, else ``many`` with ``{n}`` filled in."""
    return one if count == 1 else many.format(n=count)
