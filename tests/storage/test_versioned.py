"""The one reader for versioned YAML: version check, named migrations in order, every problem with its line."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from routine_builder import paths
from routine_builder.domain import Workspace, load_catalogue, load_legal_references, load_outline
from routine_builder.domain.answers import ANSWERS_FORMAT
from routine_builder.errors import ContentError, SchemaVersionError, YamlFormatError
from routine_builder.storage import LineDict
from routine_builder.storage.versioned import Migration, VersionedFormat, read_versioned
from tests.helpers.builders import make_workspace, small_question_set, write_question_set

OUTLINE = """\
schema_version: 1
question_set: testset
title: Testrutin
sections:
  - {id: forsta, title: Första, questions: [kort, lang, val, flera]}
  - {id: andra, title: Andra, questions: [janej, dagar, datum, kontakter, lista]}
"""


def _newer(text: str, key: str = "schema_version") -> str:
    """The same file, claiming a version the program does not know yet."""
    changed, count = re.subn(rf"^{key}: 1$", f"{key}: 99", text, flags=re.MULTILINE)
    assert count == 1
    return changed


def _bundled(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _question_set(tmp_path: Path, text: str) -> None:
    from routine_builder.domain import load_question_set

    load_question_set(write_question_set(tmp_path, text))


def _outline(tmp_path: Path, text: str) -> None:
    path = tmp_path / "outline.yaml"
    path.write_text(text, encoding="utf-8")
    qs_dir = tmp_path / "qs"
    qs_dir.mkdir(exist_ok=True)
    load_outline(small_question_set(qs_dir), path)


def _legal(tmp_path: Path, text: str) -> None:
    path = tmp_path / "legal_references.yaml"
    path.write_text(text, encoding="utf-8")
    load_legal_references(path)


def _catalogue(tmp_path: Path, text: str) -> None:
    path = tmp_path / "areas.yaml"
    path.write_text(text, encoding="utf-8")
    load_catalogue(path)


def _workspace(tmp_path: Path, text: str) -> None:
    make_workspace(tmp_path / "ws")
    (tmp_path / "ws" / "workspace.yaml").write_text(text, encoding="utf-8")
    Workspace.open(tmp_path / "ws")


LOADERS: dict[str, tuple[Callable[[Path, str], None], Callable[[Path], str], str]] = {
    "question set": (_question_set, lambda _p: write_question_set(_p).read_text(encoding="utf-8"), "testset.yaml"),
    "outline": (_outline, lambda _p: OUTLINE, "outline.yaml"),
    "legal references": (_legal, lambda _p: _bundled(paths.legal_references_path()), "legal_references.yaml"),
    "catalogue": (_catalogue, lambda _p: _bundled(paths.areas_catalogue_path()), "areas.yaml"),
    "workspace": (
        _workspace,
        lambda _p: 'schema_version: 1\nname: Yta\nquestion_set: {id: testset, edition: "1"}\ntemplate: null\n',
        "workspace.yaml",
    ),
}


@pytest.mark.parametrize("kind", LOADERS)
def test_every_loader_reads_its_current_version(tmp_path: Path, kind: str) -> None:
    load, text, _name = LOADERS[kind]
    load(tmp_path, text(tmp_path))


@pytest.mark.parametrize("kind", LOADERS)
def test_every_loader_refuses_a_newer_file_naming_file_and_line(tmp_path: Path, kind: str) -> None:
    load, text, name = LOADERS[kind]
    content = _newer(text(tmp_path))
    with pytest.raises(SchemaVersionError) as caught:
        load(tmp_path, content)
    line = content.splitlines().index("schema_version: 99") + 1
    assert caught.value.line == line
    assert caught.value.path is not None and caught.value.path.name == name
    message = caught.value.message
    assert f", rad {line}: " in message and "schema_version 99" in message and "uppdatera Routine Builder" in message
    assert message.count(".") <= 1 and "\n" not in message


@pytest.mark.parametrize("kind", LOADERS)
@pytest.mark.parametrize("value", ["noll", "0", "-1", "true", "1.5"])
def test_a_version_that_is_no_positive_whole_number_is_refused(tmp_path: Path, kind: str, value: str) -> None:
    load, text, _name = LOADERS[kind]
    content = text(tmp_path).replace("schema_version: 1\n", f"schema_version: {value}\n", 1)
    with pytest.raises(YamlFormatError, match="'schema_version' ska vara ett positivt heltal"):
        load(tmp_path, content)


def test_an_answers_file_of_a_newer_format_is_refused(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    path = workspace.answers_path("norr")
    path.write_text(path.read_text(encoding="utf-8").replace("format: 1", "format: 4"), encoding="utf-8")
    with pytest.raises(SchemaVersionError, match="format 4, men programmet känner bara till format 1") as caught:
        workspace.load_area("norr")
    assert caught.value.line == 1


# ---------------------------------------------------------------- migrations


def _rename(old: str, new: str) -> Callable[[LineDict], None]:
    def step(data: LineDict) -> None:
        data[new] = data.pop(old)
        data.key_lines[new] = data.key_lines.pop(old)

    return step


def _record(log: list[str], name: str, step: Callable[[LineDict], None]) -> Callable[[LineDict], None]:
    def run(data: LineDict) -> None:
        log.append(name)
        step(data)

    return run


def _three_versions(log: list[str]) -> VersionedFormat:
    return VersionedFormat(
        what="testfilen",
        current=3,
        migrations=(
            # Listed out of order on purpose: the reader runs them by version.
            Migration(2, "title-to-name", _record(log, "title-to-name", _rename("title", "name"))),
            Migration(1, "heading-to-title", _record(log, "heading-to-title", _rename("heading", "title"))),
        ),
    )


def test_an_older_file_is_migrated_step_by_step_in_order(tmp_path: Path) -> None:
    path = tmp_path / "old.yaml"
    path.write_text("schema_version: 1\nheading: Rubrik\nother: [1, 2]\n", encoding="utf-8")
    log: list[str] = []
    data = read_versioned(path, _three_versions(log))
    assert log == ["heading-to-title", "title-to-name"]
    assert dict(data) == {"schema_version": 3, "name": "Rubrik", "other": [1, 2]}
    assert data.line_of("name") == 2  # lines survive a migration, so later problems still name them


def test_a_file_at_the_middle_version_runs_only_the_later_steps(tmp_path: Path) -> None:
    path = tmp_path / "mid.yaml"
    path.write_text("schema_version: 2\ntitle: Rubrik\n", encoding="utf-8")
    log: list[str] = []
    assert read_versioned(path, _three_versions(log))["name"] == "Rubrik"
    assert log == ["title-to-name"]


def test_a_version_without_a_way_forward_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.yaml"
    path.write_text("schema_version: 1\n", encoding="utf-8")
    fmt = VersionedFormat(what="testfilen", current=2)
    with pytest.raises(SchemaVersionError, match="testfilen har schema_version 1, som programmet inte kan läsa"):
        read_versioned(path, fmt)


def test_answers_are_read_through_the_same_reader_with_their_own_key(tmp_path: Path) -> None:
    """Answers keep ``format`` as their version key (fixed by the design) and migrate like the rest."""
    log: list[str] = []
    workspace = make_workspace(tmp_path / "ws")
    path = workspace.answers_path("norr")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("format: 1\n")
    newer = VersionedFormat(
        what=ANSWERS_FORMAT.what,
        key=ANSWERS_FORMAT.key,
        missing=ANSWERS_FORMAT.missing,
        error=ANSWERS_FORMAT.error,
        current=2,
        migrations=(*ANSWERS_FORMAT.migrations, Migration(1, "noop", lambda data: log.append("noop"))),
    )
    data = read_versioned(path, newer)
    assert log == ["noop"] and data["format"] == 2


# ---------------------------------------------------------------- every problem, with its line


def _broken_legal(tmp_path: Path) -> Path:
    text = _bundled(paths.legal_references_path())
    text = text.replace("replaced_by: sol-2025-sip", "replaced_by: sol-2030-sip", 1)
    first = text.index("in_force_from:")
    end = text.index("\n", first)
    text = text[:first] + "in_force_from: 30 juni 2009" + text[end:]
    path = tmp_path / "legal_references.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_legal_references_report_every_problem_with_its_line(tmp_path: Path) -> None:
    path = _broken_legal(tmp_path)
    with pytest.raises(ContentError) as caught:
        load_legal_references(path)
    problems = caught.value.problems
    assert len(problems) == 2
    reasons = " | ".join(p.reason for p in problems)
    assert "30 juni 2009" in reasons and "sol-2030-sip" in reasons
    assert all(p.line is not None and p.path == path for p in problems)
    assert caught.value.message.startswith(f"{path}, rad {problems[0].line}: filen har 2 fel; det första: ")


def test_an_outline_reports_every_broken_chapter(tmp_path: Path) -> None:
    text = OUTLINE.replace("- {id: forsta, title: Första,", "- {id: forsta,").replace(
        "questions: [janej", "special: okand, questions: [janej"
    )
    with pytest.raises(ContentError) as caught:
        _outline(tmp_path, text)
    assert [(p.line, p.reason) for p in caught.value.problems[:2]] == [
        (5, "ett kapitel behöver 'id' och 'title'"),
        (6, "okänt 'special': okand"),
    ]


def test_the_catalogue_reports_every_missing_field_with_its_line(tmp_path: Path) -> None:
    text = _bundled(paths.areas_catalogue_path())
    text = text.replace('code: "1440", ', "", 1).replace('code: "1489", ', "", 1)
    path = tmp_path / "areas.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_catalogue(path)
    lines = text.splitlines()
    assert [(p.line, p.reason) for p in caught.value.problems] == [
        (next(i for i, s in enumerate(lines, 1) if "{name: Ale," in s), "kommunen 'Ale' saknar 'code'"),
        (next(i for i, s in enumerate(lines, 1) if "{name: Alingsås," in s), "kommunen 'Alingsås' saknar 'code'"),
    ]
