"""LibreOffice, headless, as a helper process: it lays documents out (pages of the headings) and writes PDFs.

The work is done by a small UNO script (``_uno_convert.py``) run by a Python that has LibreOffice's
``uno`` module. One :class:`Office` keeps one LibreOffice running for many documents (an export of all
areas starts it once); each uses its own temporary profile (``-env:UserInstallation``) so that it never
collides with a LibreOffice the user has open. LibreOffice only reads the documents Routine Builder
wrote; it never saves them as Word documents.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any

from routine_builder.errors import ExportError
from routine_builder.storage import os_reason

TIMEOUT = 240
_SCRIPT = Path(__file__).with_name("_uno_convert.py")
NOT_FOUND = "LibreOffice hittades inte"
NO_BRIDGE = "LibreOffice saknar sitt Python-stöd (på Linux paketet python3-uno)"
MISSING = (
    f"{NOT_FOUND}, så ingen PDF kunde skapas; installera LibreOffice (https://www.libreoffice.org) "
    "eller spara som PDF från Word"
)
NO_UNO = f"{NO_BRIDGE}, så ingen PDF kunde skapas; installera det eller spara som PDF från Word"


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


def unavailable() -> str | None:
    """Why LibreOffice cannot be used here (a short Swedish clause), or None when it can."""
    soffice = find_soffice()
    if soffice is None:
        return NOT_FOUND
    if find_uno_python(soffice) is None:
        return NO_BRIDGE
    return None


@dataclass(frozen=True)
class Layout:
    """What a layout of a document found.

    ``pages`` maps each bookmark asked for to the page it starts on. ``breaks`` are the paragraphs before
    which the layout started a new page, because LibreOffice had left a heading or lead kept with the
    next paragraph alone at a page's foot: each as its text and the number of body paragraphs (outside
    tables) with the same text before it. The pages hold only when the file carries those breaks too.
    """

    pages: dict[str, int]
    breaks: list[tuple[str, int]] = field(default_factory=list)


class Office:
    """A running LibreOffice that answers requests; use as a context manager, or call :meth:`close`."""

    def __init__(self) -> None:
        soffice = find_soffice()
        if soffice is None:
            raise ExportError(MISSING)
        python = find_uno_python(soffice)
        if python is None:
            raise ExportError(NO_UNO)
        self._profile = tempfile.TemporaryDirectory(prefix="routine-builder-office-")
        profile_url = (Path(self._profile.name) / "profil").as_uri()
        try:
            self._process = subprocess.Popen(
                [python, str(_SCRIPT), soffice, profile_url],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                encoding="utf-8",
            )
        except OSError as exc:
            self._profile.cleanup()
            raise ExportError(f"LibreOffice kunde inte startas ({os_reason(exc)})") from None
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        answer = self._receive(None)
        if not answer.get("ready"):
            self.close()
            raise ExportError("LibreOffice kunde inte startas" + _detail(answer))

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self._lines.put(line)
        self._lines.put(None)

    def _receive(self, what: Path | None) -> dict[str, Any]:
        try:
            line = self._lines.get(timeout=TIMEOUT)
        except queue.Empty:
            self.close()
            raise ExportError(f"LibreOffice blev inte klar inom {TIMEOUT} sekunder", path=what) from None
        if line is None:
            raise ExportError("LibreOffice avslutades oväntat", path=what)
        answer: dict[str, Any] = json.loads(line)
        return answer

    def _request(self, request: dict[str, Any], what: Path) -> dict[str, Any]:
        if self._process.poll() is not None or self._process.stdin is None:
            raise ExportError("LibreOffice avslutades oväntat", path=what)
        try:
            self._process.stdin.write(json.dumps(request) + "\n")
            self._process.stdin.flush()
        except OSError:
            raise ExportError("LibreOffice avslutades oväntat", path=what) from None
        return self._receive(what)

    def layout(self, docx: Path, bookmarks: list[str]) -> Layout:
        """Where LibreOffice puts each bookmark, and the page breaks it adds, when it lays ``docx`` out."""
        answer = self._request({"pages": Path(docx).resolve().as_uri(), "bookmarks": bookmarks}, docx)
        if "error" in answer:
            raise ExportError("LibreOffice kunde inte sidnumrera dokumentet" + _detail(answer), path=docx)
        pages = {str(name): int(page) for name, page in answer["pages"].items()}
        return Layout(pages, [(str(text), int(before)) for text, before in answer.get("breaks", [])])

    def pdf(self, docx: Path, target: Path) -> None:
        """Write ``docx`` as a tagged PDF/UA to ``target`` (not atomically: use a temporary name)."""
        answer = self._request({"pdf": Path(docx).resolve().as_uri(), "out": Path(target).resolve().as_uri()}, docx)
        if "error" in answer or not target.is_file() or target.stat().st_size == 0:
            raise ExportError("LibreOffice kunde inte skapa en PDF" + _detail(answer), path=docx)

    def close(self) -> None:
        """Let LibreOffice quit and remove its temporary profile."""
        if self._process.stdin is not None and not self._process.stdin.closed:
            with contextlib.suppress(OSError):
                self._process.stdin.close()
        try:
            self._process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._reader.join(timeout=10)
        if self._process.stdout is not None:
            self._process.stdout.close()
        self._profile.cleanup()

    def __enter__(self) -> Office:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def _detail(answer: dict[str, Any]) -> str:
    error = str(answer.get("error") or "").strip().splitlines()
    return f" ({error[-1]})" if error else ""
