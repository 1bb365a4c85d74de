"""The headers of an area's saved versions, read without their answers.

Listing versions (the compare window's pickers, the versions panel, the routine's revision history,
``routine-builder versions`` and ``validate``) needs only what each version says about itself: its number, when and by
whom it was saved, its comment and the document data. Reading twenty whole version files for that costs
twenty file reads, and on a network share each read is a round trip.

``versions/.index.json`` keeps those headers, each with the name, size and modification time of the
version file it was read from, and notes the question set (id and edition) the files were checked
against. It is a cache, never a second source of truth: a version file without an entry, or whose size
or time differs from its entry, is read from the file itself; an index that is missing, unreadable or
made against another question set is rebuilt; one that cannot be written (a read-only folder) is simply
not kept. So a warm listing costs one folder listing (which brings each file's size and time with its name) and
one small read. Writing this cache is the only thing a listing ever writes.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from routine_builder.domain.answers import (
    AnswerSet,
    AreaInfo,
    DocumentInfo,
    VersionInfo,
    answers_to_data,
    parse_answers,
)
from routine_builder.domain.versions import versions_dir
from routine_builder.domain.workspace import Workspace, load_answers_file
from routine_builder.errors import RoutineBuilderError
from routine_builder.storage import LineDict, atomic_write

INDEX_NAME = ".index.json"
INDEX_SCHEMA = 1


@dataclass(frozen=True)
class VersionHeader:
    """What one saved version says about itself, without its answers.

    When the file cannot be read, ``version`` (and ``area``, ``document``) are None and ``problem`` says why.
    """

    number: int
    path: Path
    area: AreaInfo | None = None
    document: DocumentInfo | None = None
    version: VersionInfo | None = None
    problem: str = ""


def version_headers(workspace: Workspace, area_id: str) -> list[VersionHeader]:
    """The header of every saved version of an area, oldest first (an unreadable file with its problem)."""
    folder = versions_dir(workspace, area_id)
    files = _version_files(folder)
    if not files:
        return []
    checked_against = [workspace.question_set.id, workspace.question_set.edition]
    index = _read_index(folder, checked_against)
    entries: dict[str, dict[str, Any]] = {}
    headers = []
    for name, (number, size, mtime_ns) in sorted(files.items(), key=lambda item: item[1][0]):
        path = folder / name
        entry = index.get(name)
        header = None
        if isinstance(entry, dict) and entry.get("size") == size and entry.get("mtime_ns") == mtime_ns:
            header = _from_data(entry.get("header"), number, path, workspace)
        if header is None:
            header, data = _read_header(number, path, workspace)
            entry = {"size": size, "mtime_ns": mtime_ns, "header": data} if data is not None else None
        if entry is not None:
            entries[name] = entry
        headers.append(header)
    if entries != index:
        _write_index(folder, entries, checked_against)
    return headers


def _version_files(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Number, size and modification time of each version file, from one listing of the folder."""
    files = {}
    try:
        with os.scandir(folder) as listing:
            for entry in listing:
                stem, _dot, suffix = entry.name.partition(".")
                if suffix != "yaml" or not (stem.isascii() and stem.isdigit()):
                    continue
                with contextlib.suppress(OSError):
                    if entry.is_file():
                        status = entry.stat()
                        files[entry.name] = (int(stem), status.st_size, status.st_mtime_ns)
    except OSError:  # no versions yet, or the folder cannot be read: the same as no versions to list
        return {}
    return files


def _read_header(number: int, path: Path, workspace: Workspace) -> tuple[VersionHeader, dict[str, Any] | None]:
    """Read a version file; its header and the data to keep in the index (None when unreadable)."""
    try:
        answer_set = load_answers_file(path, workspace.question_set).answer_set
    except RoutineBuilderError as exc:
        return VersionHeader(number, path, problem=exc.message), None
    if answer_set.version is None:
        return VersionHeader(number, path, problem=f"{path}: versionsuppgifterna ('version') saknas"), None
    header_only = replace(answer_set, answers={}, orphans={})
    return _header(number, path, header_only), answers_to_data(header_only, None)


def _header(number: int, path: Path, answer_set: AnswerSet) -> VersionHeader:
    return VersionHeader(number, path, area=answer_set.area, document=answer_set.document, version=answer_set.version)


def _from_data(data: Any, number: int, path: Path, workspace: Workspace) -> VersionHeader | None:
    """A header from its index entry, or None when the entry does not hold one."""
    try:
        answer_set = parse_answers(data, path, workspace.question_set)
    except (RoutineBuilderError, AttributeError, TypeError, ValueError):
        return None
    return _header(number, path, answer_set) if answer_set.version is not None else None


def _read_index(folder: Path, checked_against: list[str]) -> dict[str, Any]:
    """The index's entries; none when it is missing, unreadable or was made against another question set."""
    try:
        with open(folder / INDEX_NAME, "rb") as handle:
            data = json.loads(handle.read(), object_hook=LineDict)
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("schema") != INDEX_SCHEMA or not isinstance(data.get("files"), dict):
        return {}
    if data.get("question_set") != checked_against:  # a new edition may read an old version differently
        return {}
    files: dict[str, dict[str, Any]] = data["files"]
    return files


def _write_index(folder: Path, entries: dict[str, dict[str, Any]], checked_against: list[str]) -> None:
    data = {"schema": INDEX_SCHEMA, "question_set": checked_against, "files": entries}
    text = json.dumps(data, ensure_ascii=False, default=_json_value)
    with contextlib.suppress(RoutineBuilderError):  # a read-only folder keeps no index; listing still works
        atomic_write(folder / INDEX_NAME, text)


def _json_value(value: Any) -> str:
    return str(value.isoformat())
