"""Version headers from the index beside the versions: few file reads, and never stale."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from routine_builder.domain import Workspace, list_versions, save_version, version_headers
from routine_builder.domain.version_index import INDEX_NAME
from routine_builder.domain.versions import version_path, versions_dir
from tests.helpers.compare_fixtures import compare_workspace, sample_pair
from tests.helpers.file_ops import count_file_ops, opened
from tests.helpers.others import edit_version_by_hand, save_version_elsewhere
from tests.helpers.read_only import read_only_copy


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    workspace = compare_workspace(tmp_path / "ws")
    old, new = sample_pair(workspace.question_set)
    save_version(workspace, old, comment="Första", by="anna")
    save_version(workspace, new, comment="Remissversion", by="bo")
    save_version(
        workspace,
        replace(new, document=replace(new.document, status="faststalld", version="1.0")),
        comment="Fastställd",
        by="cia",
    )
    return workspace


def _summary(workspace: Workspace, area_id: str = "norr") -> list[tuple]:
    return [
        (h.number, h.version.saved_by, h.version.comment, h.document.status, h.document.version, h.area.id)
        for h in version_headers(workspace, area_id)
        if h.version is not None
    ]


def test_headers_say_what_the_version_files_say(workspace: Workspace) -> None:
    headers = version_headers(workspace, "norr")
    full = list_versions(workspace, "norr")
    assert [h.version for h in headers] == [v.version for v in full]
    assert [(h.area, h.document) for h in headers] == [(v.area, v.document) for v in full]
    assert [h.path for h in headers] == [version_path(workspace, "norr", n) for n in (1, 2, 3)]
    assert not any(h.problem for h in headers)
    assert version_headers(workspace, "syd") == []


def test_a_warm_listing_reads_only_the_index(workspace: Workspace) -> None:
    folder = versions_dir(workspace, "norr")
    with count_file_ops(workspace.root) as cold:
        first = version_headers(workspace, "norr")
    assert (folder / INDEX_NAME).is_file()
    assert [n for n in opened(cold) if n.endswith(".yaml")] == [f"areas/norr/versions/{n}.yaml" for n in (1, 2, 3)]
    with count_file_ops(workspace.root) as warm:
        again = version_headers(workspace, "norr")
    assert again == first
    assert opened(warm) == [f"areas/norr/versions/{INDEX_NAME}"]
    assert warm["list"] == 1


def test_a_version_added_or_changed_by_someone_else_is_picked_up(workspace: Workspace) -> None:
    version_headers(workspace, "norr")  # the index now holds versions 1 to 3
    save_version_elsewhere(workspace, "norr", 4, comment="Från en kollega", by="dan")
    edit_version_by_hand(workspace, "norr", 2, "Remissversion", "Remiss, rättad")
    with count_file_ops(workspace.root) as counts:
        summary = _summary(workspace)
    assert [row[:3] for row in summary] == [
        (1, "anna", "Första"),
        (2, "bo", "Remiss, rättad"),
        (3, "cia", "Fastställd"),
        (4, "dan", "Från en kollega"),
    ]
    assert [n for n in opened(counts) if n.endswith(".yaml")] == [
        "areas/norr/versions/2.yaml",
        "areas/norr/versions/4.yaml",
    ]
    with count_file_ops(workspace.root) as counts:
        assert _summary(workspace) == summary
    assert opened(counts) == [f"areas/norr/versions/{INDEX_NAME}"]
    version_path(workspace, "norr", 4).unlink()
    assert [row[0] for row in _summary(workspace)] == [1, 2, 3]
    stored = json.loads((versions_dir(workspace, "norr") / INDEX_NAME).read_text(encoding="utf-8"))
    assert sorted(stored["files"]) == ["1.yaml", "2.yaml", "3.yaml"]


def test_an_index_that_lies_or_is_broken_is_rebuilt(workspace: Workspace) -> None:
    expected = _summary(workspace)
    index = versions_dir(workspace, "norr") / INDEX_NAME
    for broken in (
        "{not json",
        '{"schema": 99, "files": {}}',
        '{"schema": 1, "files": {"1.yaml": {"size": 1}}}',
        '{"schema": 1, "files": {"1.yaml": "x"}}',
        "[]",
    ):
        index.write_text(broken, encoding="utf-8")
        assert _summary(workspace) == expected
        assert json.loads(index.read_text(encoding="utf-8"))["schema"] == 1
    # An entry whose size and time match but whose header is nonsense is read from the file instead.
    data = json.loads(index.read_text(encoding="utf-8"))
    data["files"]["2.yaml"]["header"] = {"format": 1, "version": {"number": "två"}}
    index.write_text(json.dumps(data), encoding="utf-8")
    assert _summary(workspace) == expected


def test_a_broken_version_file_is_listed_with_its_problem(workspace: Workspace) -> None:
    second = version_path(workspace, "norr", 2)
    second.chmod(0o644)
    second.write_text("format: 1\nanswers: [\n", encoding="utf-8")
    headers = version_headers(workspace, "norr")
    assert [(h.number, h.version is not None) for h in headers] == [(1, True), (2, False), (3, True)]
    assert str(second) in headers[1].problem and "rad" in headers[1].problem
    assert (
        "2.yaml" not in json.loads((versions_dir(workspace, "norr") / INDEX_NAME).read_text(encoding="utf-8"))["files"]
    )


def test_a_read_only_versions_folder_lists_without_an_index(workspace: Workspace, tmp_path: Path) -> None:
    """A colleague with read rights only: headers come from the files; nothing is written, nothing fails."""
    expected = _summary(workspace)
    (versions_dir(workspace, "norr") / INDEX_NAME).unlink()
    with read_only_copy(workspace.root, tmp_path / "share") as root:
        shared = Workspace.open(root)
        assert _summary(shared) == expected
        assert not (versions_dir(shared, "norr") / INDEX_NAME).exists()


def test_a_new_edition_of_the_question_set_reads_the_versions_again(workspace: Workspace) -> None:
    """An old version may read differently against a new edition (an answer no longer valid): the files decide."""
    expected = _summary(workspace)
    question_set = workspace.root / "question_sets" / "testset.yaml"
    question_set.write_text(
        question_set.read_text(encoding="utf-8").replace('edition: "1"', 'edition: "2"'), encoding="utf-8"
    )
    reopened = Workspace.open(workspace.root)
    assert reopened.question_set.edition == "2"
    with count_file_ops(workspace.root) as counts:
        assert _summary(reopened) == expected
    assert [n for n in opened(counts) if n.endswith(".yaml")] == [f"areas/norr/versions/{n}.yaml" for n in (1, 2, 3)]
    stored = json.loads((versions_dir(workspace, "norr") / INDEX_NAME).read_text(encoding="utf-8"))
    assert stored["question_set"] == ["testset", "2"]
