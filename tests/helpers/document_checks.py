"""Checks of produced documents with independent tools: openxml-audit for .docx, pdfua and pikepdf for PDF,
LibreOffice for opening them."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pikepdf
from openxml_audit import FileFormat, OpenXmlValidator
from pdfua import validate

_VALIDATOR = OpenXmlValidator(file_format=FileFormat.MICROSOFT_365, max_errors=50)


def ooxml_errors(path: Path) -> list[str]:
    """What openxml-audit finds in a .docx at format microsoft365 (schema and semantic errors)."""
    result = _VALIDATOR.validate(str(path))
    return [f"{e.part_uri}: {e.path}: {e.description}" for e in result.errors]


def is_package(path: Path) -> bool:
    """Whether ``path`` is a ZIP package at all (tests also write placeholder bytes named .docx)."""
    return zipfile.is_zipfile(path)


def pdfua_errors(path: Path) -> list[str]:
    """The PDF/UA checker's findings at error severity."""
    report = validate(str(path))
    return [f"{f.rule_id}: {f.message}" for f in report.findings if f.severity.name == "ERROR"]


def structure_tags(path: Path) -> list[str]:
    """The tags of the PDF's structure tree in reading order (``H1``, ``P``, ``Table``, ``TH``, …)."""
    tags: list[str] = []
    with pikepdf.open(path) as pdf:
        role_map = pdf.Root.StructTreeRoot.get("/RoleMap", pikepdf.Dictionary())

        def walk(node: pikepdf.Object) -> None:
            if isinstance(node, pikepdf.Array):
                for item in node:
                    walk(item)
                return
            if not isinstance(node, pikepdf.Dictionary):
                return
            tag = node.get("/S")
            if tag is not None:
                name = str(tag)
                tags.append(str(role_map.get(name, name)).lstrip("/"))
            kids = node.get("/K")
            if kids is not None:
                walk(kids)

        walk(pdf.Root.StructTreeRoot.get("/K"))
    return tags


def heading_levels(tags: list[str]) -> list[int]:
    """The levels of the heading tags (``H1`` → 1), in order."""
    return [int(tag[1:]) for tag in tags if len(tag) == 2 and tag[0] == "H" and tag[1].isdigit()]


def libreoffice_convert(path: Path, to: str, folder: Path, profile: Path, *, timeout: int = 240) -> None:
    """Open ``path`` in LibreOffice (headless, with its own ``profile``) and save it as ``to`` in ``folder``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is needed for this test"
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(folder),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr
