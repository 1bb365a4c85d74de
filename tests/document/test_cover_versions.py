"""A draft, remiss copy or revision after an adoption does not present itself as the adopted version: its
version reads as changed, the adoption it builds on is named as the version in force, and the revision
history tells the adopted version from the changes after it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from routine_builder.document.blocks import Table, walk
from routine_builder.document.build import build_routine, workspace_source
from routine_builder.domain import Workspace, create_demo_workspace, load_version, save_version


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return create_demo_workspace(Path(tmp_path_factory.mktemp("demo")) / "ws")


def _table(blocks, caption: str) -> Table:
    return next(b for b in walk(list(blocks)) if isinstance(b, Table) and b.caption == caption)


def _data(demo: Workspace, answer_set) -> dict[str, str]:
    routine = build_routine(workspace_source(demo, answer_set, draft=True))
    return {row[0]: row[1] for row in _table(routine.blocks, "Dokumentuppgifter").rows}


def test_a_revision_after_an_adoption_names_the_version_in_force(demo: Workspace) -> None:
    draft = demo.load_area("boras").answer_set  # under revision after version 3 (label 1.0) was adopted
    assert draft.document.status == "under_revidering" and draft.document.version == "1.0"
    routine = build_routine(workspace_source(demo, draft, draft=True))
    data = {row[0]: row[1] for row in _table(routine.blocks, "Dokumentuppgifter").rows}
    assert data["Status"] == "Under revidering"
    assert data["Version"] == "1.0 med ändringar"
    assert data["Gällande version"] == (
        "1.0, fastställd 2026-03-12 av Lokala samverkansgruppen Borås, Närvårdssamverkan Södra Älvsborg, "
        "giltig till 2028-03-31"
    )
    assert "Fastställd" not in data and "Fastställd av" not in data and "Giltig från" not in data
    assert routine.data.version == "1.0 med ändringar"  # the header and the document properties


def test_a_new_label_given_for_the_revision_is_kept(demo: Workspace) -> None:
    draft = demo.load_area("boras").answer_set
    relabelled = replace(draft, document=replace(draft.document, version="1.1"))
    data = _data(demo, relabelled)
    assert data["Version"] == "1.1" and data["Gällande version"].startswith("1.0, fastställd 2026-03-12")


def test_the_adopted_version_and_a_first_draft_read_as_before(demo: Workspace) -> None:
    data = _data(demo, load_version(demo, "boras", 3).answer_set)
    assert data["Status"] == "Fastställd" and data["Version"] == "1.0"
    assert data["Fastställd"] == "2026-03-12" and "Gällande version" not in data
    first = _data(demo, demo.load_area("dalsland").answer_set)  # never adopted
    assert "Gällande version" not in first and first["Fastställd"] == "–"


def test_the_revision_history_tells_the_adopted_version_from_the_changes_after_it(tmp_path: Path) -> None:
    demo = create_demo_workspace(tmp_path / "ws")
    save_version(demo, demo.load_area("boras").answer_set, comment="Remissversion")
    routine = build_routine(workspace_source(demo, demo.load_area("boras").answer_set, draft=True))
    rows = _table(routine.blocks, "Revisionshistorik").rows
    labels = [(row[0], row[2]) for row in rows]
    assert ("1.0", "Fastställd") in labels
    assert ("1.0 med ändringar", "Under revidering") in labels
    assert ("1.0", "Under revidering") not in labels
