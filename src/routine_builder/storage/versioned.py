"""The one reader for versioned YAML files.

Every file Routine Builder keeps carries a version number under one top-level key (``schema_version``;
answers files use ``format``, as the design fixes). Reading one goes through :func:`upgrade`:

1. the file must be a mapping whose version is a positive whole number;
2. a version newer than the program knows is refused with one sentence naming the file and the line;
3. an older version is brought up to date by named migrations, one step at a time, in order
   (as qutebrowser's ``YamlMigrations`` does), so that an old file is read, never refused.

A loader then checks the content and collects every problem with its line in :class:`Problems`,
raising them together, so that whoever edits a file can fix all of it in one go.

When a change needs a new version (and a migration) is written down in ``docs/formats.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from routine_builder.errors import ContentError, RoutineBuilderError, SchemaVersionError, StorageError, YamlFormatError
from routine_builder.storage.yaml_io import LineDict, load_yaml


@dataclass(frozen=True)
class Migration:
    """One named step from ``version`` to ``version + 1``; ``apply`` changes the mapping in place."""

    version: int
    name: str
    apply: Callable[[LineDict], None]


@dataclass(frozen=True)
class VersionedFormat:
    """How one kind of file is versioned.

    Args:
        what: the file as named at the start of a message ("frågeunderlaget", "filen").
        current: the version this program writes and reads.
        key: the top-level key that holds the version.
        missing: the version of a file without the key, or None when the key is required.
        migrations: the steps from each older version to the next.
        error: the error for a file that does not look like this kind of file at all.
        missing_hint: said after "'key' saknas" (what the file then seems to be).

    """

    what: str
    current: int = 1
    key: str = "schema_version"
    missing: int | None = 1
    migrations: tuple[Migration, ...] = ()
    error: type[StorageError] = YamlFormatError
    missing_hint: str = ""


def upgrade(data: Any, path: Path, fmt: VersionedFormat) -> LineDict:
    """Check the version of parsed YAML and migrate it to ``fmt.current``; return the mapping."""
    if not isinstance(data, LineDict):
        raise fmt.error("filen ska vara en mappning (nyckel: värde), inte en lista eller en text", path=path, line=1)
    version = data.get(fmt.key, fmt.missing)
    line = data.line_of(fmt.key)
    if version is None:
        raise fmt.error(f"'{fmt.key}' saknas{fmt.missing_hint}", path=path, line=data.line)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise fmt.error(f"'{fmt.key}' ska vara ett positivt heltal", path=path, line=line)
    if version > fmt.current:
        raise SchemaVersionError(
            f"{fmt.what} har {fmt.key} {version}, men programmet känner bara till {fmt.key} {fmt.current}; "
            "uppdatera Routine Builder",
            path=path,
            line=line,
        )
    steps = {m.version: m for m in fmt.migrations}
    while version < fmt.current:
        step = steps.get(version)
        if step is None:
            raise SchemaVersionError(
                f"{fmt.what} har {fmt.key} {version}, som programmet inte kan läsa längre", path=path, line=line
            )
        step.apply(data)
        version += 1
        data[fmt.key] = version
    return data


def read_versioned(path: Path | str, fmt: VersionedFormat) -> LineDict:
    """Read a versioned YAML file safely and bring it up to ``fmt.current``."""
    path = Path(path)
    return upgrade(load_yaml(path), path, fmt)


class Problems:
    """Every problem found in one file, each with its line, raised together at the end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.items: list[RoutineBuilderError] = []

    def __bool__(self) -> bool:
        return bool(self.items)

    def add(self, reason: str, line: int | None = None) -> None:
        """Note one problem."""
        self.items.append(RoutineBuilderError(reason, path=self.path, line=line))

    def raise_any(self) -> None:
        """Raise a :class:`ContentError` listing every problem, if there is one."""
        if self.items:
            raise ContentError(self.items, path=self.path)
