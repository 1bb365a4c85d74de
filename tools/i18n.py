"""The translation build step: extract the UI's strings into the .ts file, and build the .qm files.

    python tools/i18n.py update    run pyside6-lupdate over src/routine_builder/ui/**/*.py and update
                                   resources/translations/routine_builder_en.ts (commit this file)
    python tools/i18n.py build     run pyside6-lrelease: .ts -> .qm (built, not committed; part of the
                                   install step; also the hand-written qt_corrections_<lang>.ts that
                                   correct Qt's own translation). Strings lupdate filed under a context Qt never asks
                                   for (a ``tr`` helper function, ``w.tr(...)``) are copied into the
                                   context they are looked up in at run time.
    python tools/i18n.py check     list the messages that still lack a translation (exit status 1 if any)

The source strings in the code are Swedish; translate the new entries of the .ts in Qt Linguist
(pyside6-linguist) or any text editor, then run ``build``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "src" / "routine_builder" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
#: Hand-written corrections of Qt's own translations (``qt_corrections_<lang>.ts``), built with the rest.
CORRECTIONS = ("sv",)


def ts_file(language: str) -> Path:
    """The committed translation source of ``language``."""
    return TRANSLATIONS / f"routine_builder_{language}.ts"


def qm_file(language: str) -> Path:
    """The built translation of ``language``."""
    return TRANSLATIONS / f"routine_builder_{language}.qm"


def tool(name: str) -> str:
    """The path of a PySide6 tool: next to this Python (a venv's bin/Scripts) or on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} hittades inte; installera PySide6 i den miljö som kör skriptet.")
    return found


def sources() -> list[Path]:
    """Every Python file of the UI, in a stable order."""
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def update() -> int:
    """Extract the strings into the .ts files (dropping strings that are gone)."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for language in LANGUAGES:
        command = [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            "sv_SE",
            "-target-language",
            language,
            *files,
            "-ts",
            str(ts_file(language).relative_to(ROOT)),
        ]
        result = subprocess.run(command, cwd=ROOT, check=False)
        if result.returncode:
            return result.returncode
    return check(quiet=True)


def build() -> int:
    """Build a .qm file from every .ts file."""
    for language in LANGUAGES:
        source = ts_file(language)
        if not source.is_file():
            print(f"{source} saknas; kör 'python tools/i18n.py update' först.", file=sys.stderr)
            return 2
        with tempfile.TemporaryDirectory() as folder:
            expanded = Path(folder) / source.name
            expanded.write_bytes(with_helper_contexts(source))
            command = [tool("pyside6-lrelease"), "-silent", str(expanded), "-qm", str(qm_file(language))]
            result = subprocess.run(command, cwd=ROOT, check=False)
        if result.returncode:
            return result.returncode
    for language in CORRECTIONS:
        source = TRANSLATIONS / f"qt_corrections_{language}.ts"
        target = TRANSLATIONS / f"qt_corrections_{language}.qm"
        result = subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=False)
        if result.returncode:
            return result.returncode
    return 0


_TRANSLATE_CONTEXT = re.compile(r"""translate\(\s*["']([A-Za-z_][\w.]*)["']""")
_VARIABLE = re.compile(r"^[a-z_][a-z0-9_]*$")


def _runtime_contexts(context: str, source_text: str) -> set[str]:
    """The contexts Qt will look a string up in, for a context lupdate could not resolve.

    An empty context comes from a helper such as ``def tr(text): return QCoreApplication.translate(
    "Actions", text)``: the contexts of the file's ``translate("…"`` calls. A lower-case context is a
    variable (``w.tr("…")``): the class the variable is annotated with in the file (``w: MainWindow``).
    """
    if not context:
        return set(_TRANSLATE_CONTEXT.findall(source_text))
    annotation = re.compile(rf"\b{re.escape(context)}\s*:\s*[\"']?([A-Z]\w*)")
    return set(annotation.findall(source_text))


def helper_contexts(ts: Path) -> dict[tuple[str, str], set[str]]:
    """(context, source text) -> runtime contexts, for messages lupdate filed under a context Qt never asks for."""
    found: dict[tuple[str, str], set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        if name and not _VARIABLE.match(name):
            continue
        filename = ""
        for message in context.iter("message"):
            location = message.find("location")
            if location is not None and location.get("filename"):
                filename = location.get("filename", "")
            source_file = (ts.parent / filename).resolve() if filename else None
            if source_file is None or not source_file.is_file():
                continue
            contexts = _runtime_contexts(name, source_file.read_text(encoding="utf-8"))
            found.setdefault((name, message.findtext("source", "")), set()).update(contexts)
    return found


def with_helper_contexts(ts: Path) -> bytes:
    """The .ts with each such message copied into the contexts Qt will look it up in."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name", ""): c for c in root.iter("context")}
    wanted = helper_contexts(ts)
    for name, context in list(contexts.items()):
        for message in list(context.iter("message")):
            for target_name in sorted(wanted.get((name, message.findtext("source", "")), ())):
                target = contexts.get(target_name)
                if target is None:
                    target = ET.SubElement(root, "context")
                    ET.SubElement(target, "name").text = target_name
                    contexts[target_name] = target
                if message.findtext("source") not in {m.findtext("source") for m in target.iter("message")}:
                    copy = ET.fromstring(ET.tostring(message))
                    for location in copy.findall("location"):
                        copy.remove(location)
                    target.append(copy)
    return b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="utf-8")


def untranslated(language: str) -> list[tuple[str, str]]:
    """(context, source) of every message of ``language`` without a finished translation."""
    tree = ET.parse(ts_file(language))
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform")) or [translation]
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not all((form.text or "").strip() for form in forms)
            ):
                missing.append((name, message.findtext("source", "")))
    return missing


def check(*, quiet: bool = False) -> int:
    """Report untranslated messages; 1 when there are any."""
    status = 0
    for language in LANGUAGES:
        missing = untranslated(language)
        if missing:
            status = 1
            print(f"{ts_file(language).name}: {len(missing)} meddelanden saknar översättning")
            if not quiet:
                for context, source in missing:
                    print(f"  {context}: {source!r}")
    return status if not quiet else 0


def main(argv: list[str] | None = None) -> int:
    """Run one of the commands."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "build", "check"))
    args = parser.parse_args(argv)
    return {"update": update, "build": build, "check": check}[args.command]()


if __name__ == "__main__":
    sys.exit(main())
