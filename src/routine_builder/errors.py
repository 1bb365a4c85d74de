"""The exception tree of Routine Builder.

::

    RoutineBuilderError
    ├── StorageError              a file cannot be read or written
    │   ├── YamlFormatError       not valid, safe YAML (syntax, tabs, duplicate keys, aliases, …)
    │   │   └── ContentError      valid YAML whose content does not fit the file's format (lists all problems)
    │   ├── SchemaVersionError    a format/schema version this program does not know
    │   ├── AnswerFormatError     well-formed YAML whose content does not fit the format
    │   ├── ReviewFormatError     a stored remiss review whose content does not fit its format
    │   ├── WriteError            writing failed (read-only, disk full, folder gone)
    │   └── ConflictError         the file changed on disk since it was read
    ├── QuestionSetError          a question set file with problems (lists all of them)
    ├── WorkspaceError            not a workspace, unknown area, area exists already
    ├── AdoptionError             an adoption that cannot be recorded (no body, validity before the date)
    └── ExportError               a document could not be produced

Every error carries the file (and line, where one applies) and reads as one sentence, so that the
command line and the app can show it as it is.
"""

from __future__ import annotations

from pathlib import Path


class RoutineBuilderError(Exception):
    """Base class of every error the program reports to its user."""

    def __init__(self, reason: str, *, path: Path | str | None = None, line: int | None = None):
        self.reason = reason
        self.path = Path(path) if path is not None else None
        self.line = line
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The whole sentence: file, line and reason."""
        if self.path is None:
            return self.reason
        where = f"{self.path}"
        if self.line is not None:
            where += f", rad {self.line}"
        return f"{where}: {self.reason}"


class StorageError(RoutineBuilderError):
    """A file cannot be read or written."""


class YamlFormatError(StorageError):
    """The file is not valid, safe YAML."""


class ContentError(YamlFormatError):
    """Valid YAML whose content does not fit the file's format; ``problems`` lists every one of them."""

    def __init__(self, problems: list[RoutineBuilderError], *, path: Path | str | None = None):
        self.problems = problems
        first = problems[0]
        reason = f"filen har {len(problems)} fel; det första: {first.reason}" if len(problems) > 1 else first.reason
        super().__init__(reason, path=path, line=first.line)


class SchemaVersionError(StorageError):
    """The file has a format or schema version this program does not know."""


class AnswerFormatError(StorageError):
    """Well-formed YAML whose content does not fit the answers format."""


class ReviewFormatError(StorageError):
    """Well-formed YAML whose content does not fit the format of a stored remiss review."""


class WriteError(StorageError):
    """Writing a file failed; the previous file is unchanged."""


class ConflictError(StorageError):
    """The file changed on disk since it was read; nothing was written."""


class QuestionSetError(RoutineBuilderError):
    """A question set with problems; ``problems`` lists every one of them."""

    def __init__(self, problems: list[RoutineBuilderError], *, path: Path | str | None = None):
        self.problems = problems
        first = problems[0] if problems else None
        count = len(problems)
        reason = (
            f"frågeunderlaget har {count} fel; det första: {first.reason}"
            if count > 1 and first is not None
            else (first.reason if first is not None else "frågeunderlaget har fel")
        )
        super().__init__(reason, path=path, line=first.line if first is not None else None)


class WorkspaceError(RoutineBuilderError):
    """Not a workspace, an unknown area or an area that exists already."""


class AdoptionError(RoutineBuilderError):
    """An adoption that cannot be recorded as asked."""


class ExportError(RoutineBuilderError):
    """A document could not be produced."""
