"""``routine-builder diff``: run in a subprocess on real files."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from routine_builder.domain import Workspace, create_demo_workspace, save_version
from tests.helpers.compare_fixtures import compare_workspace, sample_pair


def _cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "routine_builder", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.fixture
def versioned(tmp_path: Path) -> tuple[Workspace, Path, Path]:
    workspace = compare_workspace(tmp_path / "ws")
    old, new = sample_pair(workspace.question_set)
    draft = workspace.load_area("norr")
    draft = workspace.save_area(old, expected_digest=draft.digest, by="anna")
    save_version(workspace, draft.answer_set, comment="Första remissen", by="anna")
    workspace.save_area(new, expected_digest=draft.digest, by="anna")
    return workspace, workspace.area_dir("norr") / "versions" / "1.yaml", workspace.answers_path("norr")


def test_prints_only_differences(versioned: tuple[Workspace, Path, Path]) -> None:
    _ws, version, draft = versioned
    result = _cli("diff", version, draft)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[ändrad] lang: En lång text?" in out
    assert "Barnmorskan ringer [-socialtjänsten-]{+socialtjänstens mottagning+} samma dag." in out
    assert "Ett → Två" in out
    assert "+ Sara Lind · 0303-44 44 44" in out and "- Lena Holm" in out
    assert "kort:" not in out and "janej:" not in out
    assert "4 ändrade, 2 tillagda, 1 borttagna svar." in out


def test_all_prints_every_question(versioned: tuple[Workspace, Path, Path]) -> None:
    _ws, version, draft = versioned
    result = _cli("diff", version, draft, "--all")
    assert result.returncode == 0
    assert "[oförändrad] kort: En kort text?" in result.stdout and "[oförändrad] janej" in result.stdout


def test_identical_files_exit_zero(versioned: tuple[Workspace, Path, Path]) -> None:
    _ws, _version, draft = versioned
    result = _cli("diff", draft, draft)
    assert result.returncode == 0
    assert "Inga skillnader." in result.stdout


def test_writes_html(versioned: tuple[Workspace, Path, Path], tmp_path: Path) -> None:
    _ws, version, draft = versioned
    result = _cli("diff", version, draft, "--html", tmp_path / "ut.html")
    assert result.returncode == 0, result.stderr
    assert "<ins>socialtjänstens mottagning</ins>" in (tmp_path / "ut.html").read_text(encoding="utf-8")


def test_writes_the_routine_redline(tmp_path: Path) -> None:
    workspace = create_demo_workspace(tmp_path / "ws")
    versions = workspace.area_dir("boras") / "versions"
    result = _cli("diff", versions / "1.yaml", versions / "3.yaml", "--docx", tmp_path / "ut.docx")
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(tmp_path / "ut.docx") as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "<w:ins " in xml and "<w:delText" in xml
    assert "Mötet hålls inom " in xml and "Inom hur många dagar" not in xml  # the routine, not the questions


def test_unusable_input_exits_two(versioned: tuple[Workspace, Path, Path], tmp_path: Path) -> None:
    _ws, version, _draft = versioned
    result = _cli("diff", version, tmp_path / "saknas.yaml")
    assert result.returncode == 2
    assert "saknas.yaml" in result.stderr and "Traceback" not in result.stderr
    broken = tmp_path / "ws" / "trasig.yaml"
    broken.write_text("format: 1\nanswers: [\n", encoding="utf-8")
    result = _cli("diff", version, broken)
    assert result.returncode == 2 and "trasig.yaml" in result.stderr
