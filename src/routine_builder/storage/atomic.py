"""Atomic file writes: a reader sees either the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
from pathlib import Path

from routine_builder.errors import WriteError

_REASONS = {
    errno.ENOSPC: "disken är full",
    errno.EDQUOT: "diskutrymmet (kvoten) är slut",
    errno.EACCES: "behörighet saknas (filen eller mappen är skrivskyddad)",
    errno.EPERM: "behörighet saknas (filen eller mappen är skrivskyddad)",
    errno.EROFS: "enheten är skrivskyddad",
    errno.ENOENT: "mappen finns inte längre (är nätverksenheten frånkopplad?)",
}


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


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


def atomic_write(path: Path | str, data: bytes | str, *, keep_backup: bool = False) -> None:
    """Write ``data`` to ``path`` atomically: temporary file, flush, fsync, rename.

    Text is written as UTF-8 with the line ends it has. With ``keep_backup`` the previous file is
    first copied to ``<name>.bak``, so a good copy exists even if the
    storage loses the rename. Raises :class:`WriteError`; on failure the target is untouched.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = path.parent
    if not folder.is_dir():
        raise WriteError(f"kunde inte sparas: {_REASONS[errno.ENOENT]}", path=path)
    if path.exists() and not os.access(path, os.W_OK):
        raise WriteError(f"kunde inte sparas: {_REASONS[errno.EACCES]}", path=path)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # mkstemp makes 0600; colleagues on the share must read it
            os.chmod(tmp_name, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        if keep_backup and path.exists():
            backup = path.with_name(path.name + ".bak")
            backup_tmp = backup.with_name(backup.name + ".tmp")
            with contextlib.suppress(FileNotFoundError):
                backup_tmp.unlink()
            backup_tmp.write_bytes(path.read_bytes())
            os.replace(backup_tmp, backup)
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(folder)
    except OSError as exc:
        raise WriteError(f"kunde inte sparas: {_reason(exc)}", path=path) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
