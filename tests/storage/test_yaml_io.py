"""The YAML layer: safe loading with lines, the refusals PyYAML does not make itself, stable dumping."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from routine_builder.errors import YamlFormatError
from routine_builder.storage import dump_yaml, load_yaml, load_yaml_text


def test_lines_are_remembered(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("first: 1\nsecond:\n  - x\n  - y\n", encoding="utf-8")
    data = load_yaml(path)
    assert data.line_of("second") == 2
    assert data["second"].line_of(1) == 4


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("a: 1\nb: 2\na: 3\n", 3, "två gånger"),
        ("a:\n\tb: 1\n", 2, "tabbtecken"),
        ("a: &x [1]\nb: *x\n", 2, "alias"),
        ("a: !!python/object/apply:os.system ['true']\n", 1, "tagg"),
        ("a: 'unclosed\n", None, "giltig YAML"),
        ("[" * 60 + "]" * 60 + "\n", 1, "nästlad"),
    ],
)
def test_refused_with_line(tmp_path: Path, text: str, line: int | None, fragment: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(YamlFormatError) as info:
        load_yaml(path)
    assert str(path) in info.value.message
    assert fragment in info.value.message
    if line is not None:
        assert info.value.line == line


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("a: 1\nb: kön\n".encode("latin-1"))
    with pytest.raises(YamlFormatError) as info:
        load_yaml(path)
    assert info.value.line == 2
    assert "UTF-8" in info.value.message


@pytest.mark.parametrize("content", [b"", b"   \n\n", b"# only a comment\n"])
def test_empty_files_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.yaml"
    path.write_bytes(content)
    with pytest.raises(YamlFormatError):
        load_yaml(path)


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [{','.join(['*' + prev] * 9)}]")
    with pytest.raises(YamlFormatError, match="alias"):
        load_yaml_text("\n".join(lines) + "\n", "bomb.yaml")


def test_dump_uses_block_scalars_and_iso_dates() -> None:
    text = dump_yaml({"text": "rad ett\nrad två\n", "day": dt.date(2026, 11, 22), "ö": "å"})
    assert "text: |\n  rad ett\n  rad två\n" in text
    assert "day: 2026-11-22" in text
    assert "ö: å" in text


@given(st.text() | st.text(alphabet="a \n\r\x85\u2028\u2029\t\x0b\x0c"))
def test_any_string_survives_a_round_trip(value: str) -> None:
    assert load_yaml_text(dump_yaml({"v": value}), "x.yaml")["v"] == value


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("2026-02-30", "datum eller klockslag som inte finns"),
        ("2026-13-01", "datum eller klockslag som inte finns"),
        ("2026-01-01T25:00:00", "datum eller klockslag som inte finns"),
        ("0000-01-01", "datum eller klockslag som inte finns"),
        ("9" * 5000, "orimligt många siffror"),
    ],
)
def test_impossible_values_name_the_file_and_line(tmp_path: Path, value: str, fragment: str) -> None:
    path = tmp_path / "odd.yaml"
    path.write_text(f"first: 1\nsecond:\n  deep: {value}\n", encoding="utf-8")
    with pytest.raises(YamlFormatError) as info:
        load_yaml(path)
    assert info.value.line == 3
    assert info.value.message.startswith(f"{path}, rad 3: filen har ")
    assert fragment in info.value.message
