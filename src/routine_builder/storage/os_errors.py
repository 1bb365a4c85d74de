"""The operating system's reasons in Swedish words, and the one sentence that names the file.

Python gives the reason of a failed file operation in English ("Permission denied", "No space left
on device"). Every OS error the user sees goes through :func:`os_reason`, so that the sentence
reads "…/answers.yaml: kunde inte sparas (disken är full)" on every platform. A reason this module
does not know is named by the system's short code ("EPROTO"), never by the system's English words.
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
    errno.EPIPE: "mottagaren har slutat läsa",
    errno.ECONNREFUSED: _NETWORK,
    errno.EAGAIN: "resursen är upptagen just nu; försök igen",
    errno.EINTR: "åtgärden avbröts",
    errno.ENOMEM: "datorn har inte tillräckligt med minne",
    errno.EINVAL: "operativsystemet godtog inte åtgärden (ogiltigt värde eller namn)",
    errno.ENOEXEC: "filen är inget program som kan köras",
    errno.ENOSYS: "åtgärden stöds inte av operativsystemet",
    errno.EOPNOTSUPP: "åtgärden stöds inte av enheten",
    errno.EBADF: "filen är redan stängd",
    errno.ESPIPE: "det går inte att flytta sig i den här sortens fil",
    errno.EMLINK: "för många länkar till filen",
    errno.ENOLCK: "filen kan inte låsas just nu",
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
    109: "mottagaren har slutat läsa",
    112: "disken är full",
    123: "filnamnet eller sökvägen är ogiltig",
    206: "sökvägen är för lång",
    232: "mottagaren har slutat läsa",
    1231: _NETWORK,
    1392: "filen eller mappen är skadad och kan inte läsas",
}


def os_reason(exc: OSError) -> str:
    """The reason of ``exc`` in Swedish words; a reason not listed is named by the system's code."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _BY_WINERROR:
        return _BY_WINERROR[winerror]
    if exc.errno in _BY_ERRNO:
        return _BY_ERRNO[exc.errno]
    if winerror:
        return f"operativsystemet svarade med felkod {winerror}"
    if isinstance(exc.errno, int):
        return f"operativsystemet svarade med felkod {errno.errorcode.get(exc.errno, exc.errno)}"
    return "operativsystemet angav inget skäl"


def os_error(
    exc: OSError, *, path: Path | str | None, doing: str, kind: type[RoutineBuilderError] = WriteError
) -> RoutineBuilderError:
    """One sentence for a failed file operation: ``<path>: <doing> (<reason>)``.

    ``path`` is the file the user knows about (the answers file rather than its temporary copy);
    None when there is none to name.
    """
    return kind(f"{doing} ({os_reason(exc)})", path=path)
