"""The template setting in workspace.yaml: only a sane Word file inside the workspace (or the bundled one)."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from routine_builder import paths
from routine_builder.domain import Workspace
from routine_builder.errors import WorkspaceError
from tests.helpers.builders import make_workspace


def _set_template(workspace: Workspace, value: str) -> Workspace:
    config = workspace.root / "workspace.yaml"
    lines = [line for line in config.read_text(encoding="utf-8").splitlines() if not line.startswith("template:")]
    config.write_text("\n".join([*lines, f"template: '{value}'"]) + "\n", encoding="utf-8")
    return Workspace.open(workspace.root)


def _zip_bomb(path: Path) -> None:
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        with package.open("word/document.xml", "w") as part:
            for _ in range(260):
                part.write(chunk)


def _cases(root: Path) -> dict[str, tuple[str, str]]:
    (root / "mallar").mkdir()
    (root / "mallar" / "text.docx").write_text("Det här är ingen Word-fil.\n", encoding="utf-8")
    _zip_bomb(root / "mallar" / "bomb.docx")
    with open(root / "mallar" / "jatte.docx", "wb") as handle:
        handle.truncate(40 * 1024 * 1024)  # sparse: 40 MB on paper
    outside = root.parent / "utanfor.docx"
    shutil.copyfile(paths.routine_template_path(), outside)
    (root / "mallar" / "lank.docx").symlink_to(outside)
    cases = {
        "folder": ("mallar", "är en mapp"),
        "text_named_docx": ("mallar/text.docx", "är inget Word-dokument"),
        "zip_bomb": ("mallar/bomb.docx", "packas upp till mer än"),
        "too_large": ("mallar/jatte.docx", "för stor"),
        "outside": ("../utanfor.docx", "ligger utanför arbetsytan"),
        "link_outside": ("mallar/lank.docx", "ligger utanför arbetsytan"),
        "missing": ("mallar/finns-inte.docx", "finns inte"),
    }
    if os.name == "posix":
        cases["device"] = ("/dev/zero", "ligger utanför arbetsytan")
        (root / "mallar" / "noll.docx").symlink_to("/dev/zero")
        cases["link_to_device"] = ("mallar/noll.docx", "ligger utanför arbetsytan")
    return cases


def test_each_bad_template_setting_is_one_sentence_naming_the_setting(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    config = workspace.root / "workspace.yaml"
    for name, (value, fragment) in _cases(workspace.root).items():
        configured = _set_template(workspace, value)
        line = len(config.read_text(encoding="utf-8").splitlines())
        with pytest.raises(WorkspaceError) as info:
            configured.template_path()
        message = info.value.message
        assert message.startswith(f"{config}, rad {line}: Word-mallen '{value}' "), (name, message)
        assert fragment in message, (name, message)


def test_a_word_template_inside_the_workspace_is_used(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    (workspace.root / "mallar").mkdir()
    shutil.copyfile(paths.routine_template_path(), workspace.root / "mallar" / "egen.docx")
    configured = _set_template(workspace, "mallar/egen.docx")
    assert configured.template_path() == (workspace.root / "mallar" / "egen.docx").resolve()
    assert make_workspace(tmp_path / "ws2").template_path() == paths.routine_template_path()


def _limit_memory() -> None:
    limit = 1536 * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@pytest.mark.skipif(os.name != "posix", reason="/dev/zero and memory limits are POSIX features")
@pytest.mark.parametrize("value", ["/dev/zero", "mallar/bomb.docx"])
def test_the_export_refuses_a_bad_template_at_once(tmp_path: Path, value: str) -> None:
    """The export command in a real process, with a memory limit: one sentence, never an exhausted machine."""
    workspace = make_workspace(tmp_path / "ws")
    (workspace.root / "mallar").mkdir()
    _zip_bomb(workspace.root / "mallar" / "bomb.docx")
    _set_template(workspace, value)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "routine_builder",
            "export",
            str(workspace.root),
            "--area",
            "norr",
            "--draft",
            "-o",
            str(tmp_path / "ut.docx"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_memory,
    )
    assert result.returncode == 2, result.stderr
    err = result.stderr.strip()
    assert err.startswith(f"routine-builder: {workspace.root / 'workspace.yaml'}, rad ") and "\n" not in err, err
    assert "Word-mallen" in err
    assert not (tmp_path / "ut.docx").exists()
