"""The operating system's reasons in Swedish words, and the one sentence that names the file.

Python gives the reason of a failed file operation in English ("Permission denied", "No space left
on device"). Every storage error the user sees goes through :func:`os_reason`, so that the sentence
reads "…/answers.yaml: kunde inte sparas (disken är full)" on every platform.
"""

from __future__ import annotations

import errno
from pathlib import Path

from routine_builder.errors import RoutineBuilderError, WriteError

_NETWORK = "nätverksenheten går inte att nå"

_BY_ERRNO = {
    errno.EACCES: "åtkomst nekad",
    errno.EPERM: "åtkomst nekad",
    errno.ENOSPC: "disken är full",
    errno.EDQUOT: "diskkvoten är slut",
    errno.EFBIG: "filen blir för stor för enheten",
    errno.EROFS: "enheten är skrivskyddad",
    errno.ENOENT: "filen eller mappen finns inte",
    errno.ENOTDIR: "en del av sökvägen är ingen mapp",
    errno.EISDIR: "det är en mapp, inte en fil",
    errno.ENAMETOOLONG: "sökvägen är för lång",
    errno.ELOOP: "en länk i sökvägen pekar tillbaka på sig själv",
    errno.EEXIST: "det finns redan en fil med det namnet",
    errno.ENOTEMPTY: "mappen är inte tom",
    errno.EBUSY: "filen används av ett annat program",
    errno.ETXTBSY: "filen används av ett annat program",
    errno.EIO: "läs- eller skrivfel på enheten",
    errno.ENODEV: "enheten finns inte längre (är den frånkopplad?)",
    errno.ENXIO: "enheten finns inte längre (är den frånkopplad?)",
    errno.ESTALE: "nätverksenheten har tappat kontakten med filen",
    errno.ETIMEDOUT: "nätverksenheten svarar inte",
    errno.EHOSTDOWN: _NETWORK,
    errno.EHOSTUNREACH: _NETWORK,
    errno.ENETDOWN: _NETWORK,
    errno.ENETUNREACH: _NETWORK,
    errno.ECONNRESET: _NETWORK,
    errno.ECONNABORTED: _NETWORK,
    errno.EMFILE: "för många filer är öppna",
    errno.ENFILE: "för många filer är öppna",
    errno.EXDEV: "filen kan inte flyttas mellan två enheter",
}

# Windows error codes that Python does not map to an errno of their own.
_BY_WINERROR = {
    5: "åtkomst nekad",
    19: "mediet är skrivskyddat",
    21: "enheten är inte redo",
    32: "filen används av ett annat program",
    33: "en del av filen är låst av ett annat program",
    39: "disken är full",
    53: "nätverkssökvägen hittades inte",
    59: "ett oväntat nätverksfel inträffade",
    64: "nätverksresursen är inte längre tillgänglig",
    67: "nätverksnamnet hittades inte",
    112: "disken är full",
    206: "sökvägen är för lång",
    1231: _NETWORK,
    1392: "filen eller mappen är skadad och kan inte läsas",
}


def os_reason(exc: OSError) -> str:
    """The reason of ``exc`` in Swedish words (the system's own words only for a reason not listed)."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _BY_WINERROR:
        return _BY_WINERROR[winerror]
    if exc.errno in _BY_ERRNO:
        return _BY_ERRNO[exc.errno]
    return f"operativsystemet svarade: {exc.strerror or exc}"


def os_error(
    exc: OSError, *, path: Path | str, doing: str, kind: type[RoutineBuilderError] = WriteError
) -> RoutineBuilderError:
    """One sentence for a failed file operation: ``<path>: <doing> (<reason>)``.

    ``path`` is the file the user knows about (the answers file rather than its temporary copy).
    """
    return kind(f"{doing} ({os_reason(exc)})", path=path)
