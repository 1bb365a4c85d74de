"""The YAML layer: safe loading with lines, the refusals PyYAML does not make itself, stable dumping."""

from __future__ import annotations

import datetime as dt
import re
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


DATE_HINT = "skriv ÅÅÅÅ-MM-DD, t.ex. 2026-02-28)"
TIME_HINT = "skriv ÅÅÅÅ-MM-DDTtt:mm, t.ex. 2026-02-28T14:30)"


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("2026-02-30", f"ett datum som inte finns ('2026-02-30'; {DATE_HINT}"),
        ("2026-13-01", f"ett datum som inte finns ('2026-13-01'; {DATE_HINT}"),
        ("0000-01-01", f"ett datum som inte finns ('0000-01-01'; {DATE_HINT}"),
        ("2026-01-01T25:00:00", f"en tidpunkt som inte finns ('2026-01-01T25:00:00'; {TIME_HINT}"),
        ("2026-05-12t10:61:00", f"en tidpunkt som inte finns ('2026-05-12t10:61:00'; {TIME_HINT}"),
        ("2026-05-12 24:10:00", f"en tidpunkt som inte finns ('2026-05-12 24:10:00'; {TIME_HINT}"),
        ("2026-02-30T10:00:00+01:00", f"en tidpunkt som inte finns ('2026-02-30T10:00:00+01:00'; {TIME_HINT}"),
        ("9" * 5000, "orimligt många siffror"),
    ],
    ids=["feb-30", "month-13", "year-0", "hour-25", "minute-61", "hour-24-space", "zone-feb-30", "digits"],
)
def test_impossible_values_name_the_file_and_line(tmp_path: Path, value: str, fragment: str) -> None:
    path = tmp_path / "odd.yaml"
    path.write_text(f"first: 1\nsecond:\n  deep: {value}\n", encoding="utf-8")
    with pytest.raises(YamlFormatError) as info:
        load_yaml(path)
    assert info.value.line == 3
    assert info.value.message.startswith(f"{path}, rad 3: filen har ")
    assert fragment in info.value.message


# PyYAML's own wording, in the C parser's and in the pure-Python parser's version.
_ENGLISH = re.compile(r"\b(expected|found|while|allowed|indicator|token|stream|scanning|parsing)\b")


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("a: [1, 2\nb: 3\n", 2, "hakparentes"),
        ("a: {x: 1\nb: 2\n", 2, "klammerparentes"),
        ("a: 'unclosed\nb: 1\n", 3, "citattecken"),
        ('a: "unclosed\n', 2, "citattecken"),
        ("a: b: c\n", 1, "kolon"),
        ("a:\n  - x\n  y: 1\n", 3, "indraget"),
        ("a: @x\n", 1, "tecknet '@'"),
        ('a: "\\q"\n', 1, "omvänt snedstreck"),
        ("a: [1, 2]]\n", 1, "nyckel"),
        ("a: *okand\n", 1, "alias"),
        ("a: &\n", 1, "& eller *"),
        ("a: ]\n", 1, "värde saknas"),
        ("%YAML 2.0\n---\na: 1\n", 1, "YAML-version"),
        ("a: 1\n---\nb: 2\n", 2, "ett enda"),
        ("a: ok\nb: \x07\n", 2, "styrtecken"),
    ],
)
def test_syntax_errors_are_explained_in_swedish(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(YamlFormatError) as info:
        load_yaml(path)
    message = info.value.message
    assert message.startswith(f"{path}, rad {line}: filen ")
    assert fragment in message
    assert not _ENGLISH.search(message), message


def test_an_unforeseen_syntax_error_still_reads_as_one_swedish_sentence(tmp_path: Path) -> None:
    # A problem the wording table does not know: an unknown directive.
    path = tmp_path / "directive.yaml"
    path.write_text("%FOO bar\n---\na: 1\n", encoding="utf-8")
    with pytest.raises(YamlFormatError) as info:
        load_yaml(path)
    assert (
        info.value.message
        == f"{path}, rad 1: filen är inte giltig YAML (kontrollera indrag, kolon och citattecken på raden)"
    )


def test_a_value_met_twice_is_written_out_twice_never_as_an_alias() -> None:
    stamp = dt.datetime(2026, 11, 22, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    shared = ["a", "b"]
    text = dump_yaml({"updated": {"at": stamp}, "version": {"saved_at": stamp}, "x": shared, "y": shared})
    assert "&" not in text and "*" not in text
    assert text.count("2026-11-22T10:15:00+01:00") == 2
    assert load_yaml_text(text, "x.yaml")["y"] == ["a", "b"]  # the loader refuses aliases, so this reads back
