"""Impossible values in any file: one sentence with file and line, only that area is affected."""

from __future__ import annotations

from pathlib import Path

import pytest

from routine_builder.cli import main
from routine_builder.domain import Workspace
from routine_builder.errors import YamlFormatError
from tests.helpers.builders import make_workspace

IMPOSSIBLE = {
    "day": "2026-02-30",
    "month": "2026-13-01",
    "hour": "2026-01-01T25:00:00",
    "year_zero": "0000-01-01",
    "endless_number": "9" * 5000,
}


@pytest.mark.parametrize("case", sorted(IMPOSSIBLE))
def test_an_impossible_value_in_one_area_leaves_the_others_working(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = make_workspace(tmp_path / "ws", ("norr", "syd"))
    path = workspace.answers_path("norr")
    text = path.read_text(encoding="utf-8").replace("document:\n", f"document:\n  valid_until: {IMPOSSIBLE[case]}\n")
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index(f"  valid_until: {IMPOSSIBLE[case]}") + 1
    before = path.read_bytes()

    with pytest.raises(YamlFormatError) as info:
        workspace.load_area("norr")
    assert info.value.message.startswith(f"{path}, rad {line}: ")
    assert workspace.load_area("syd").answer_set.area.id == "syd"

    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"routine-builder: {path}, rad {line}: ") and "\n" not in err
    assert "oväntat" not in err

    assert main(["validate", str(workspace.root)]) == 2
    out = capsys.readouterr().out
    assert f"{path}, rad {line}" in out and "OK  syd" not in out  # syd is reported, incomplete but readable
    assert path.read_bytes() == before


def test_export_all_goes_on_past_an_area_with_an_impossible_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = make_workspace(tmp_path / "ws", ("norr", "syd"))
    path = workspace.answers_path("norr")
    path.write_text(
        path.read_text(encoding="utf-8").replace("document:\n", "document:\n  adopted_on: 2026-02-30\n"),
        encoding="utf-8",
    )
    status = main(["export", str(workspace.root), "--all", "--draft", "-o", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert status == 2
    assert "norr: misslyckades" in captured.err and "som inte finns" in captured.err
    assert (tmp_path / "out" / "syd.docx").is_file()


@pytest.mark.parametrize(
    ("setting", "fragment"),
    [
        ("schema_version: 2026-02-30", "ett datum som inte finns"),
        ("name: 2026-13-01", "ett datum som inte finns"),
        ("name: {a: b}", "'name' ska vara en text"),
        ("template: [a, b]", "'template' ska vara en sökväg"),
        ("question_set: {id: ../../etc/passwd}", "får bara ha små bokstäver"),
    ],
)
def test_a_wrong_value_in_workspace_yaml_is_one_sentence(
    tmp_path: Path, setting: str, fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = make_workspace(tmp_path / "ws")
    config = workspace.root / "workspace.yaml"
    key = setting.split(":")[0]
    lines = [line for line in config.read_text(encoding="utf-8").splitlines() if not line.startswith(key + ":")]
    lines = [line for line in lines if not line.startswith("  ")] if key == "question_set" else lines
    config.write_text("\n".join([*lines, setting]) + "\n", encoding="utf-8")
    with pytest.raises(YamlFormatError) as info:
        Workspace.open(workspace.root)
    assert info.value.message.startswith(f"{config}, rad {len(lines) + 1}: ")
    assert fragment in info.value.message
    assert main(["validate", str(workspace.root)]) == 2
    err = capsys.readouterr().err
    assert fragment in err and "oväntat" not in err and err.count("\n") == 1
