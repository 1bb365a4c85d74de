"""Area summaries: each draft read once per change of its file; the answers file stays the only truth."""

from __future__ import annotations

from pathlib import Path

from routine_builder.domain import AreaInfo, Workspace
from tests.helpers.compare_fixtures import compare_workspace, sample_pair
from tests.helpers.file_ops import count_file_ops, opened


def test_a_draft_is_read_again_only_when_its_file_changed(tmp_path: Path) -> None:
    workspace = compare_workspace(tmp_path / "ws")
    with count_file_ops(workspace.root) as counts:
        first = workspace.summaries.all()
    assert opened(counts) == ["areas/norr/answers.yaml", "areas/syd/answers.yaml"]
    assert [(s.area_id, s.name, s.progress.done) for s in first] == [("norr", "Norr", 0), ("syd", "Syd", 0)]
    with count_file_ops(workspace.root) as counts:
        assert workspace.summaries.all() == first
    assert opened(counts) == []
    # Another program (a colleague's) saves answers in "syd".
    other = Workspace.open(workspace.root)
    loaded = other.load_area("syd")
    other.save_area(sample_pair(other.question_set, "syd")[1], expected_digest=loaded.digest, by="bo")
    with count_file_ops(workspace.root) as counts:
        again = workspace.summaries.all()
    assert opened(counts) == ["areas/syd/answers.yaml"]
    assert again[0] is first[0] and again[1].progress.done > 0


def test_a_broken_draft_is_summarised_by_its_error_until_it_is_mended(tmp_path: Path) -> None:
    workspace = compare_workspace(tmp_path / "ws")
    path = workspace.answers_path("syd")
    good = path.read_text(encoding="utf-8")
    path.write_text("format: 1\nanswers: [\n", encoding="utf-8")
    broken = workspace.summaries.get("syd")
    assert broken.answer_set is None and broken.progress is None and broken.name == "syd"
    assert str(path) in broken.error.message and "rad" in broken.error.message
    path.write_text(good, encoding="utf-8")
    assert workspace.summaries.get("syd").name == "Syd"


def test_known_areas_are_those_last_listed(tmp_path: Path) -> None:
    workspace = compare_workspace(tmp_path / "ws")
    assert [s.area_id for s in workspace.summaries.known()] == ["norr", "syd"]  # listed the first time
    Workspace.open(workspace.root).create_area(AreaInfo(id="vast", name="Väst"), by="bo")
    with count_file_ops(workspace.root) as counts:
        assert [s.area_id for s in workspace.summaries.known()] == ["norr", "syd"]
    assert counts["open"] == counts["list"] == 0
    assert [s.area_id for s in workspace.summaries.all()] == ["norr", "syd", "vast"]
    workspace.answers_path("norr").unlink()
    assert [s.area_id for s in workspace.summaries.all()] == ["syd", "vast"]
    assert [s.area_id for s in workspace.summaries.known()] == ["syd", "vast"]
