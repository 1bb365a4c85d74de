"""Atomic file writes: a reader sees either the old file or the new one, never half of either.

Every temporary file has a name of its own (``.<name>.<random>.tmp`` beside the target), so that
two programs saving at the same moment never share one; a temporary file is removed when the write
fails, and :mod:`routine_builder.storage.leftovers` finds those a killed program left behind.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from routine_builder.errors import WriteError
from routine_builder.storage.os_errors import os_error
from routine_builder.storage.renames import remove_file, replace_file

FOLDER_GONE = "mappen finns inte längre (är nätverksenheten frånkopplad?)"
SAVE_FAILED = "kunde inte sparas"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def file_digest(data: bytes) -> str:
    """The content hash used to notice that a file changed on disk."""
    return hashlib.sha256(data).hexdigest()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_temporary(folder: Path, name: str, payload: bytes, *, mode: int | None = None) -> Path:
    """Write ``payload`` to a new, uniquely named temporary file in ``folder`` (flushed and fsynced).

    The file is named ``.<name>.<random>.tmp``. ``mode`` defaults to what a new file gets from the
    umask (``mkstemp`` alone would make it private, and colleagues on a share must read it). On any
    error the temporary file is removed and the :class:`OSError` raised.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, 0o666 & ~_umask() if mode is None else mode)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return Path(tmp_name)


def atomic_write(
    path: Path | str,
    data: bytes | str,
    *,
    keep_backup: bool = False,
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Write ``data`` to ``path`` atomically: temporary file, flush, fsync, rename.

    Text is written as UTF-8 with the line ends it has. With ``keep_backup`` the previous file is
    first copied to ``<name>.bak``, so a good copy exists even if the storage loses the rename.
    ``before_replace`` runs immediately before the rename, when everything else is written; whatever
    it raises stops the write. Raises :class:`WriteError`; on failure the target is untouched and no
    temporary file is left behind.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = path.parent
    if not folder.is_dir():
        raise WriteError(f"{SAVE_FAILED}: {FOLDER_GONE}", path=path)
    if path.exists() and not os.access(path, os.W_OK):
        raise WriteError(f"{SAVE_FAILED}: filen är skrivskyddad (åtkomst nekad)", path=path)
    temporaries: list[Path] = []
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else None
        temporaries.append(write_temporary(folder, path.name, payload, mode=mode))
        if keep_backup and path.exists():
            backup = path.with_name(path.name + ".bak")
            temporaries.append(write_temporary(folder, backup.name, path.read_bytes(), mode=mode))
            replace_file(temporaries[-1], backup)
            temporaries.pop()
        if before_replace is not None:
            before_replace()
        replace_file(temporaries[0], path)
        temporaries.clear()
        _fsync_dir(folder)
    except OSError as exc:
        if exc.errno == errno.ENOENT and not folder.is_dir():
            raise WriteError(f"{SAVE_FAILED}: {FOLDER_GONE}", path=path) from None
        raise os_error(exc, path=path, doing=SAVE_FAILED) from None
    finally:
        for leftover in temporaries:
            with contextlib.suppress(OSError):
                remove_file(leftover)


def write_new(path: Path | str, data: bytes | str, *, mode: int = 0o644) -> None:
    """Create ``path`` with ``data`` atomically; never replaces a file (``FileExistsError`` then).

    Other errors raise :class:`WriteError`; see :func:`create_file`.
    """
    try:
        create_file(Path(path), data.encode("utf-8") if isinstance(data, str) else data, mode=mode)
    except FileExistsError:
        raise
    except OSError as exc:
        raise os_error(exc, path=path, doing=SAVE_FAILED) from None


def create_file(path: Path, payload: bytes, *, mode: int = 0o644) -> None:
    """Create ``path`` atomically, never replacing a file; raises the :class:`OSError` as it is.

    The content is written to a temporary file first and then linked to its name, which fails when
    the name exists; so a reader never sees half a file, and a program killed mid-way leaves only a
    temporary file. Where the file system has no hard links, the file is created exclusively and
    written in place (and removed again when that fails).
    """
    tmp = write_temporary(path.parent, path.name, payload)
    try:
        os.link(tmp, path)
        linked = True
    except FileExistsError:
        raise
    except OSError:
        linked = False  # no hard links here (FAT, some shares): write exclusively below
    finally:
        with contextlib.suppress(OSError):
            remove_file(tmp)
    if not linked:
        _write_exclusively(path, payload)
    with contextlib.suppress(OSError):
        os.chmod(path, mode)
    _fsync_dir(path.parent)


def _write_exclusively(path: Path, payload: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
