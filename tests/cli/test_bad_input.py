"""A corpus of malformed answers files: each gets its one-sentence error, exit status 2 and stays untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from routine_builder.cli import main
from routine_builder.domain import Workspace
from routine_builder.errors import AnswerFormatError, SchemaVersionError, StorageError, YamlFormatError
from tests.helpers.builders import make_workspace

HEAD = "format: 1\nquestion_set: {id: oro-for-vantat-barn, edition: '2020'}\narea: {id: norr, name: Norr}\n"

CASES: dict[str, tuple[bytes, type[StorageError], int | None, str]] = {
    "syntax": (HEAD.encode() + b"answers:\n  x: 'unclosed\n", YamlFormatError, None, "giltig YAML"),
    "tabs": (HEAD.encode() + b"answers:\n\tx: 1\n", YamlFormatError, 5, "tabbtecken"),
    "duplicate_keys": (HEAD.encode() + b"area: {id: b}\n", YamlFormatError, 4, "två gånger"),
    "wrong_type": (HEAD.encode() + b"answers:\n  {NUMBER}: tre\n", AnswerFormatError, 5, "heltal"),
    "unknown_choice": (
        HEAD.encode() + b"answers:\n  {CHOICE}: nonsens\n",
        AnswerFormatError,
        5,
        "inget av frågans val",
    ),
    "unknown_format": (HEAD.replace("format: 1", "format: 7").encode(), SchemaVersionError, 1, "format 7"),
    "not_utf8": (HEAD.encode() + "answers:\n  x: kön\n".encode("latin-1"), YamlFormatError, 5, "UTF-8"),
    "empty": (b"", YamlFormatError, None, "tom"),
    "list_not_mapping": (b"- format: 1\n- area: x\n", AnswerFormatError, 1, "mappning"),
    "answers_is_list": (HEAD.encode() + b"answers:\n  - a\n", AnswerFormatError, 4, "mappning"),
    "aliases": (HEAD.encode() + b"answers:\n  a: &x [1, 2]\n  b: *x\n", YamlFormatError, 6, "alias"),
    "nesting": (HEAD.encode() + b"answers:\n  a: " + b"[" * 80 + b"]" * 80 + b"\n", YamlFormatError, 5, "nästlad"),
    "python_tag": (
        HEAD.encode() + b"answers:\n  a: !!python/object/apply:os.system [ls]\n",
        YamlFormatError,
        5,
        "tagg",
    ),
    "missing_format": (b"question_set: {id: x}\narea: {id: y}\n", AnswerFormatError, 1, "'format' saknas"),
}


def _fill(content: bytes, workspace: Workspace) -> bytes:
    qs = workspace.question_set
    number = next(q.id for q in qs.questions() if q.type == "number")
    choice = next(q.id for q in qs.questions() if q.type == "choice" and not q.comment)
    return content.replace(b"{NUMBER}", number.encode()).replace(b"{CHOICE}", choice.encode())


@pytest.mark.parametrize("case", sorted(CASES))
def test_malformed_answers_file(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = make_workspace(tmp_path / "ws")
    content, kind, line, fragment = CASES[case]
    path = workspace.answers_path("norr")
    path.write_bytes(_fill(content, workspace))
    before = path.read_bytes()

    with pytest.raises(kind) as info:
        workspace.load_area("norr")
    assert str(path) in info.value.message
    assert fragment in info.value.message
    if line is not None:
        assert info.value.line == line, info.value.message
        assert f"rad {line}" in info.value.message

    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and str(path) in err and "Traceback" not in err

    assert main(["validate", str(workspace.root)]) == 2
    assert fragment in capsys.readouterr().out
    assert path.read_bytes() == before


def test_whitespace_only_answer_counts_as_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = make_workspace(tmp_path / "ws")
    qs = workspace.question_set
    question = next(q for q in qs.questions() if q.type == "longtext" and q.required)
    path = workspace.answers_path("norr")
    path.write_text(HEAD + f'answers:\n  {question.id}: "  \\n\\t "\n', encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    assert f"saknas: {question.id}" in capsys.readouterr().out
