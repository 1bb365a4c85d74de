"""Creating several files and folders as one step: all of them, or none left behind.

Used where a new workspace (or the demo) is made: on a full or read-only disk the folders and files
made so far are removed again and one :class:`~routine_builder.errors.WriteError` tells what failed.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from routine_builder.errors import WriteError
from routine_builder.storage.atomic import create_file
from routine_builder.storage.os_errors import os_reason


class Creation:
    """Tracks what it creates; on an error inside the ``with`` block, removes it and raises one sentence.

    ``what`` names the thing being made in the error ("arbetsytan kunde inte skapas"), ``where`` the
    folder the sentence names.
    """

    def __init__(self, where: Path, what: str) -> None:
        self.where = where
        self.what = what
        self._made: list[Path] = []

    def __enter__(self) -> Creation:
        return self

    def mkdir(self, folder: Path) -> None:
        """Create ``folder`` and its missing parents (each one is removed again on failure)."""
        missing = []
        for candidate in (folder, *folder.parents):
            if candidate.exists():
                break
            missing.append(candidate)
        for candidate in reversed(missing):
            os.mkdir(candidate)
            self._made.append(candidate)

    def write(self, path: Path, data: bytes | str, *, mode: int = 0o644) -> None:
        """Write a new file atomically (never half a file, never over an existing one)."""
        create_file(path, data.encode("utf-8") if isinstance(data, str) else data, mode=mode)
        self._made.append(path)

    def _undo(self) -> None:
        for path in reversed(self._made):
            with contextlib.suppress(OSError):
                if path.is_dir() and not path.is_symlink():
                    path.rmdir()
                else:
                    os.chmod(path, 0o644)
                    path.unlink()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        if value is None:
            return
        self._undo()
        if isinstance(value, OSError):
            raise WriteError(f"{self.what} ({os_reason(value)}); inget lämnades kvar", path=self.where) from None
