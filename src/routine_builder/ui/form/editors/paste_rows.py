"""Rows pasted from a spreadsheet, read for a contacts table (no Qt).

Excel, LibreOffice and Google Sheets copy cells as tab-separated lines, quoting a cell that holds a
tab, a line break or a quote. A first line that names the table's columns is a header: it is left
out and the columns are taken by their names, in any order. Columns the table does not have are
left out and named, so the user can be told.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from routine_builder.domain import Column


@dataclass
class PastedRows:
    """What a paste brings: the rows (column id -> text) and what was left out."""

    rows: list[dict[str, str]] = field(default_factory=list)
    header: bool = False
    unknown_headers: list[str] = field(default_factory=list)  # header names the table has no column for
    extra_columns: int = 0  # without a header: pasted columns beyond the table's last column


def split_cells(text: str) -> list[list[str]]:
    """Tab-separated lines as cells (quoted cells may hold tabs and line breaks); blank lines dropped."""
    reader = csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n")), delimiter="\t")
    return [[cell.strip() for cell in line] for line in reader if any(cell.strip() for cell in line)]


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-zåäöéü]+", "", text.casefold())


def _match(name: str, columns: list[Column]) -> Column | None:
    """The column a header cell names: same label or id, or one label starting with the other."""
    key = _key(name)
    if not key:
        return None
    for column in columns:
        if key in (_key(column.label), _key(column.id)):
            return column
    for column in columns:
        label = _key(column.label)
        if len(key) >= 3 and (label.startswith(key) or key.startswith(label)):
            return column
    return None


def _is_header(cells: list[str], matched: list[Column | None]) -> bool:
    named = [column.id for column in matched if column is not None]
    filled = [cell for cell in cells if cell]
    return bool(named) and len(named) * 2 >= len(filled) and len(set(named)) == len(named)


def read_pasted_rows(text: str, columns: list[Column], *, first_column: int = 0) -> PastedRows:
    """Read pasted cells into rows of ``columns``.

    With a header line, cells go to the columns their header names; without one they fill the
    columns from ``first_column`` on, left to right.
    """
    lines = split_cells(text)
    result = PastedRows()
    if not lines:
        return result
    matched = [_match(cell, columns) for cell in lines[0]]
    if _is_header(lines[0], matched):
        result.header = True
        result.unknown_headers = [cell for cell, column in zip(lines[0], matched, strict=True) if cell and not column]
        targets: list[Column | None] = matched
        lines = lines[1:]
    else:
        room = len(columns) - first_column
        used = max(max((i for i, cell in enumerate(line) if cell), default=-1) + 1 for line in lines)
        result.extra_columns = max(0, used - room)
        targets = [columns[first_column + i] if i < room else None for i in range(used)]
    for line in lines:
        row = {column.id: cell for cell, column in zip(line, targets, strict=False) if column is not None and cell}
        if row:
            result.rows.append(row)
    return result
