"""Checking that a file is a Word document that is safe to open, before anything reads it whole.

A template setting may point anywhere: at a device that never ends, a folder, a text file named
``.docx`` or a zip bomb whose parts unpack to gigabytes. :func:`check_word_file` accepts only a
regular file of sane size whose parts really unpack below a limit (counted while unpacking, since
the sizes a zip file declares can lie) and that declares a Word main document.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from pathlib import Path

from routine_builder.errors import StorageError
from routine_builder.storage.os_errors import os_reason

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_PARTS = 2000
_WORD_MAIN = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
)


class WordFileProblem(StorageError):
    """The file is not a Word document that can safely be used; ``reason`` says why."""


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB"


def check_word_file(path: Path) -> None:
    """Raise :class:`WordFileProblem` unless ``path`` is a regular, sane Word document (.docx/.dotx)."""
    try:
        info = path.stat()
    except OSError as exc:
        raise WordFileProblem(f"filen kan inte läsas ({os_reason(exc)})", path=path) from None
    if stat.S_ISDIR(info.st_mode):
        raise WordFileProblem("är en mapp, inte en Word-fil", path=path)
    if not stat.S_ISREG(info.st_mode):
        raise WordFileProblem("är ingen vanlig fil (till exempel en enhet); ange en Word-fil (.docx)", path=path)
    if info.st_size > MAX_FILE_BYTES:
        raise WordFileProblem(
            f"filen är för stor för en Word-mall ({_megabytes(info.st_size)}; högst {_megabytes(MAX_FILE_BYTES)})",
            path=path,
        )
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
            if len(members) > MAX_PARTS:
                raise WordFileProblem(f"filen har för många delar ({len(members)}) för en Word-mall", path=path)
            names = {m.filename for m in members}
            if "[Content_Types].xml" not in names:
                raise WordFileProblem("är inget Word-dokument (innehållsförteckningen saknas)", path=path)
            unpacked = 0
            content_types = b""
            for member in members:
                with package.open(member) as part:
                    while chunk := part.read(1024 * 1024):
                        unpacked += len(chunk)
                        if unpacked > MAX_UNPACKED_BYTES:
                            raise WordFileProblem(
                                f"filens delar packas upp till mer än {_megabytes(MAX_UNPACKED_BYTES)}; "
                                "det är ingen vanlig Word-mall",
                                path=path,
                            )
                        if member.filename == "[Content_Types].xml" and len(content_types) < 1024 * 1024:
                            content_types += chunk
    except WordFileProblem:
        raise
    except OSError as exc:
        raise WordFileProblem(f"filen kan inte läsas ({os_reason(exc)})", path=path) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, RuntimeError):
        raise WordFileProblem("är inget Word-dokument (.docx) eller är skadad", path=path) from None
    if not any(kind in content_types for kind in _WORD_MAIN):
        raise WordFileProblem("är inget Word-dokument (filen saknar Words huvuddokument)", path=path)
