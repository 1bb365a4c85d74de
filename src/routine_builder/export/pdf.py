"""PDF through LibreOffice, headless, with the table of contents filled in and right page numbers.

A plain ``soffice --convert-to pdf`` keeps the contents field as it was saved (python-docx cannot
paginate), so the conversion runs a small UNO script (``_uno_convert.py``) under a Python that has
LibreOffice's ``uno`` module: it loads the document hidden, updates every index twice (the second
pass settles page numbers that moved when the contents grew) and stores the PDF. Each conversion uses
its own temporary profile (``-env:UserInstallation``) so that it never collides with an open
LibreOffice. Without a UNO-capable Python the plain conversion is used.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

from routine_builder.errors import ExportError
from routine_builder.storage import atomic_write

TIMEOUT = 240
_SCRIPT = Path(__file__).with_name("_uno_convert.py")
MISSING = (
    "LibreOffice hittades inte, så ingen PDF kunde skapas; installera LibreOffice "
    "(https://www.libreoffice.org) eller spara som PDF från Word"
)


def _windows_candidates() -> list[Path]:
    roots = [os.environ.get(k) for k in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432", "LOCALAPPDATA")]
    found = []
    for root in filter(None, roots):
        found.append(Path(root) / "LibreOffice" / "program" / "soffice.exe")
        found.append(Path(root) / "Programs" / "LibreOffice" / "program" / "soffice.exe")
    return found


def find_soffice() -> str | None:
    """The LibreOffice executable: on PATH, in the usual Windows install folders, or in /Applications.

    ``ROUTINE_BUILDER_SOFFICE`` names it explicitly (for a portable LibreOffice); when set, nothing else
    is searched.
    """
    explicit = os.environ.get("ROUTINE_BUILDER_SOFFICE")
    if explicit is not None:
        return explicit if Path(explicit).is_file() else None
    for name in ("soffice", "libreoffice", "soffice.exe"):
        found = shutil.which(name)
        if found:
            return found
    candidates = [
        *_windows_candidates(),
        Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
        Path("/usr/lib/libreoffice/program/soffice"),
        Path("/opt/libreoffice/program/soffice"),
    ]
    return next((str(c) for c in candidates if c.is_file()), None)


@cache
def find_uno_python(soffice: str) -> str | None:
    """A Python that can ``import uno``: LibreOffice's own (Windows, macOS) or the system's (Linux)."""
    program = Path(soffice).resolve().parent
    candidates = [
        program / "python.exe",
        program / "python",
        program.parent / "Resources" / "python",
        Path("/usr/bin/python3"),
        Path(sys.executable),
    ]
    for candidate in candidates:
        if not candidate.is_file():
            continue
        try:
            probe = subprocess.run([str(candidate), "-c", "import uno"], capture_output=True, timeout=30, check=False)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return str(candidate)
    return None


def _run(command: list[str], what: Path) -> None:
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise ExportError(f"LibreOffice blev inte klar inom {TIMEOUT} sekunder", path=what) from None
    except OSError as exc:
        raise ExportError(f"LibreOffice kunde inte startas ({exc.strerror})", path=what) from None
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise ExportError("LibreOffice kunde inte skapa en PDF" + (f" ({detail[-1]})" if detail else ""), path=what)


def convert_to_pdf(docx: Path, *, out_dir: Path | None = None) -> Path:
    """Convert ``docx`` to a PDF beside it (or in ``out_dir``) and return the PDF's path.

    The PDF is written atomically. Raises :class:`ExportError` in one sentence when LibreOffice is
    missing or fails.
    """
    soffice = find_soffice()
    if soffice is None:
        raise ExportError(MISSING, path=docx)
    docx = Path(docx).resolve()
    target = (Path(out_dir) if out_dir else docx.parent) / (docx.stem + ".pdf")
    with tempfile.TemporaryDirectory(prefix="routine-builder-pdf-") as tmp:
        work = Path(tmp)
        source = work / "dokument.docx"
        shutil.copyfile(docx, source)
        profile = (work / "profil").as_uri()
        produced = work / "dokument.pdf"
        python = find_uno_python(soffice)
        if python is not None:
            _run([python, str(_SCRIPT), soffice, profile, source.as_uri(), produced.as_uri()], docx)
        else:
            _run(
                [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nolockcheck",
                 "--convert-to", "pdf", "--outdir", str(work), str(source)],
                docx,
            )  # fmt: skip
        if not produced.is_file() or produced.stat().st_size == 0:
            raise ExportError("LibreOffice skapade ingen PDF", path=docx)
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, produced.read_bytes())
    return target
