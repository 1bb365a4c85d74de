"""The packaging files are consistent with the repository, without building anything.

Checks the PyInstaller spec, the Linux desktop integration (.desktop, AppStream metainfo, icons), the
Inno Setup script and the Windows workflow. The real build and its smoke test are
``python packaging/build.py`` and ``python packaging/smoke_test.py`` (see docs/install.md).
"""

from __future__ import annotations

import ast
import configparser
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from routine_builder import __version__

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "routine_builder.spec"
DESKTOP = PACKAGING / "linux" / "routine-builder.desktop"
METAINFO = PACKAGING / "linux" / "se.vgregion.RoutineBuilder.metainfo.xml"
ISS = PACKAGING / "windows" / "routine-builder.iss"
WORKFLOW = REPO / ".github" / "workflows" / "windows.yml"


# --- the PyInstaller spec ------------------------------------------------------------------------


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _path_chain(node: ast.expr) -> tuple[str, list[str]] | None:
    """``ROOT / "a" / "b"`` -> ("ROOT", ["a", "b"])."""
    parts: list[str] = []
    while isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        if not (isinstance(node.right, ast.Constant) and isinstance(node.right.value, str)):
            return None
        parts.insert(0, node.right.value)
        node = node.left
    if isinstance(node, ast.Name) and parts:
        return node.id, parts
    return None


def _spec_paths() -> list[Path]:
    bases = {"ROOT": REPO, "PACKAGING": PACKAGING}
    found = []
    for node in ast.walk(_spec_tree()):
        if isinstance(node, ast.BinOp):
            chain = _path_chain(node)
            if chain and chain[0] in bases:
                found.append(bases[chain[0]].joinpath(*chain[1]))
    # keep only the longest chains (ROOT / "a" / "b" also yields ROOT / "a")
    return sorted({p for p in found if not any(q != p and p in q.parents for q in found)})


def _spec_list(name: str) -> list[str]:
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"{name} is not assigned in the spec")


def test_spec_parses_and_references_existing_paths() -> None:
    paths = _spec_paths()
    names = {p.relative_to(REPO).as_posix() for p in paths}
    assert {"resources", "templates", "packaging/launcher.py", "src/routine_builder/export/_uno_convert.py"} <= names
    missing = [str(p.relative_to(REPO)) for p in paths if not p.exists()]
    assert not missing, f"the spec refers to missing paths: {missing}"


def test_spec_reads_the_version_from_the_package() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert re.search(r"^from routine_builder import .*__version__", text, re.MULTILINE)
    assert not re.search(r"""^VERSION\s*=\s*["']""", text, re.MULTILINE), "the version must not be repeated"
    assert 'copy_metadata("routine-builder")' in text


def test_spec_keeps_every_qt_module_the_app_imports() -> None:
    excluded = set(_spec_list("EXCLUDES"))
    used = set()
    for source in (REPO / "src" / "routine_builder").rglob("*.py"):
        used |= set(re.findall(r"\b(PySide6\.Qt\w+)", source.read_text(encoding="utf-8")))
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} & excluded == set()
    assert not used & excluded, f"the app imports excluded Qt modules: {sorted(used & excluded)}"


def test_launcher_calls_the_command_line() -> None:
    tree = ast.parse((PACKAGING / "launcher.py").read_text(encoding="utf-8"))
    imports = {
        (node.module, alias.name) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for alias in node.names
    }
    assert ("routine_builder.cli", "main") in imports
    assert ("routine_builder.cli", "gui_main") in imports


# --- Linux ---------------------------------------------------------------------------------------


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_desktop_file_has_the_required_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Routine Builder"
    assert entry["Exec"].split()[0] == "routine-builder"
    assert entry["Icon"] == "routine-builder"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert entry["Comment"]


def test_icons_exist() -> None:
    svg = ET.parse(PACKAGING / "icons" / "routine-builder.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    for size in (16, 32, 48, 128, 256):
        png = PACKAGING / "icons" / "png" / f"routine-builder-{size}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    reserved, kind, count = struct.unpack("<HHH", (PACKAGING / "icons" / "routine-builder.ico").read_bytes()[:6])
    assert (reserved, kind) == (0, 1) and count >= 4


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_metainfo_is_complete() -> None:
    root = _metainfo()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "se.vgregion.RoutineBuilder"
    assert root.findtext("name") == "Routine Builder"
    assert root.findtext("summary")
    assert root.findtext("metadata_license") and root.findtext("project_license")
    assert root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name


def test_metainfo_screenshots_have_captions_and_images() -> None:
    screenshots = _metainfo().findall("screenshots/screenshot")
    assert screenshots
    for screenshot in screenshots:
        assert screenshot.findtext("caption")
        image = screenshot.findtext("image")
        assert image
        if not image.startswith("https://"):  # a repository path until the project is published
            assert (REPO / image).is_file(), f"screenshot {image} is missing"


def test_metainfo_release_is_the_package_version() -> None:
    releases = _metainfo().findall("releases/release")
    assert releases, "no <release>"
    newest = releases[0]
    assert newest.get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", ""))


# --- Windows -------------------------------------------------------------------------------------


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_inno_setup_installs_per_user_with_the_version_define() -> None:
    sections = _iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"] if "=" in line)
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{localappdata}\\Programs\\")
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "{#AppVersion}" in setup["OutputBaseFilename"]
    assert "#ifndef AppVersion" in sections[""], "the version must come from /DAppVersion"
    assert "{autoprograms}" in " ".join(sections["Icons"]), "a Start-menu entry"


def test_inno_setup_uninstall_leaves_user_data_alone() -> None:
    sections = _iss_sections()
    for line in sections.get("UninstallDelete", []):
        name = re.search(r'Name:\s*"([^"]+)"', line)
        assert name and name.group(1).startswith("{app}"), f"uninstall deletes outside the program folder: {line}"
    assert "UninstallRun" not in sections


@pytest.mark.parametrize(
    "needle",
    [
        'python-version: "3.11"',
        "/DAppVersion=",
        "packaging/build.py",
        "choco install innosetup",
        "upload-artifact",
        "/VERYSILENT",
    ],
)
def test_windows_workflow(needle: str) -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    assert workflow["jobs"]["installer"]["runs-on"] == "windows-latest"
    assert needle in text


def test_every_scripted_test_run_uses_the_repeatable_hypothesis_profile() -> None:
    from hypothesis import settings

    assert settings.get_profile("ci").derandomize
    runs = [
        line for line in (REPO / "tools" / "run-tests.sh").read_text(encoding="utf-8").splitlines() if "pytest" in line
    ]
    runs += [line for line in WORKFLOW.read_text(encoding="utf-8").splitlines() if "python -m pytest" in line]
    assert len(runs) >= 3
    assert all("--hypothesis-profile=ci" in line for line in runs), runs
