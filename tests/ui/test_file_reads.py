"""Work scales with what the user looks at: files read by the compare window, versions panel, area switch, area list.

Counts of files opened (Python's audit events), not times: on a network share every read is a round trip.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from routine_builder.domain import AnswerSet, Workspace, save_version, version_headers
from routine_builder.domain.answers import now
from routine_builder.domain.version_index import INDEX_NAME
from routine_builder.ui.app import create_main_window
from routine_builder.ui.compare.compare_window import CompareWindow
from routine_builder.ui.compare.cross_area_view import CrossAreaView
from routine_builder.ui.compare.history_panel import HistoryPanel
from routine_builder.ui.compare.sources import Source
from routine_builder.ui.panels.area_list import AREA_ID
from routine_builder.ui.settings import Settings
from tests.helpers.compare_fixtures import compare_workspace, sample_pair
from tests.helpers.file_ops import count_file_ops, opened
from tests.helpers.others import edit_version_by_hand, save_version_elsewhere
from tests.ui.area_fixtures import make_small_workspace

AREAS = ("norr", "ost", "syd", "vast")


def history_workspace(root: Path, versions: dict[str, int]) -> Workspace:
    """Areas with answers and the given number of saved versions each."""
    workspace = compare_workspace(root, AREAS)
    for area_id in AREAS:
        loaded = workspace.load_area(area_id)
        old, new = (replace(a, area=loaded.answer_set.area) for a in sample_pair(workspace.question_set, area_id))
        for number in range(1, versions.get(area_id, 0) + 1):
            save_version(workspace, old if number % 2 else new, comment=f"Runda {number}", by="anna")
        workspace.save_area(new, expected_digest=loaded.digest, by="anna")
    return workspace


def index(area_id: str) -> str:
    return f"areas/{area_id}/versions/{INDEX_NAME}"


def open_compare(qtbot: QtBot, workspace: Workspace, draft: AnswerSet | None = None) -> CompareWindow:
    """The compare window as the app opens it: on norr, with the open area's answers as its draft."""
    window = CompareWindow(workspace=workspace, area_id="norr", draft=draft)
    qtbot.addWidget(window)
    return window


# Opening a picker's list on the offscreen platform: it cannot raise the list or grab the keyboard.
popup_platform_notes = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@popup_platform_notes
@pytest.mark.parametrize("count", [1, 8])
def test_the_compare_window_reads_the_indexes_and_the_picked_sides_only(
    qtbot: QtBot, tmp_path: Path, count: int
) -> None:
    workspace = history_workspace(tmp_path / "ws", dict.fromkeys(AREAS, count))
    workspace.summaries.all()  # the area list has read the drafts when the workspace was opened
    draft = workspace.load_area("norr").answer_set  # the open area's answers, in memory
    with count_file_ops(workspace.root) as first:
        cold = open_compare(qtbot, workspace, draft)
    # The first time, each version of the area is read once for the index (the one shown a second time).
    versions = [n for n in opened(first) if "/versions/" in n and n.endswith(".yaml")]
    assert set(versions) == {f"areas/norr/versions/{n}.yaml" for n in range(1, count + 1)}
    assert len(versions) == count + 1
    with count_file_ops(workspace.root) as first:  # and the other areas' versions once a picker is opened
        cold.left_combo.showPopup()
        cold.left_combo.hidePopup()
    versions = [n for n in opened(first) if "/versions/" in n and n.endswith(".yaml")]
    assert sorted(versions) == sorted(f"areas/{a}/versions/{n}.yaml" for a in AREAS[1:] for n in range(1, count + 1))
    with count_file_ops(workspace.root) as warm:
        window = open_compare(qtbot, workspace, draft)
    # The labels of the area's versions come from its index; the answers only of the version shown.
    assert opened(warm) == [index("norr"), f"areas/norr/versions/{count}.yaml"]
    assert window.left_combo.count() == count + 1
    assert window.left_combo.currentText() == f"Version {count} – {now():%Y-%m-%d} – Runda {count}"
    with count_file_ops(workspace.root) as reached:  # opening a picker lists the other areas, from their indexes
        window.left_combo.showPopup()
        window.left_combo.hidePopup()
    assert opened(reached) == [index(a) for a in AREAS if a != "norr"]
    assert reached["open"] <= 2 * len(AREAS)
    assert window.left_combo.count() == window.right_combo.count() == len(AREAS) * (count + 1)
    with count_file_ops(workspace.root) as picked:
        window.select(left=Source("syd", 1))
    assert opened(picked) == ["areas/syd/versions/1.yaml"]
    with count_file_ops(workspace.root) as picked:
        window.select(left=Source("ost"))
    assert opened(picked) == ["areas/ost/answers.yaml"]


@popup_platform_notes
def test_the_compare_window_picks_up_versions_saved_or_changed_by_someone_else(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = history_workspace(tmp_path / "ws", {"norr": 2, "syd": 1})
    first = open_compare(qtbot, workspace)
    first.left_combo.showPopup()
    first.left_combo.hidePopup()
    labels = [first.left_combo.itemText(i) for i in range(first.left_combo.count())]
    assert labels[:3] == [
        "Utkastet (nu)",
        f"Version 2 – {now():%Y-%m-%d} – Runda 2",
        f"Version 1 – {now():%Y-%m-%d} – Runda 1",
    ]
    assert f"Syd: Version 1 – {now():%Y-%m-%d} – Runda 1" in labels
    # A colleague's program saves version 3 of norr; someone corrects the comment of syd's version 1 by hand.
    save_version_elsewhere(workspace, "norr", 3, comment="Kollegans version", by="bo")
    edit_version_by_hand(workspace, "syd", 1, "Runda 1", "Runda ett, rättad")
    window = open_compare(qtbot, workspace)
    window.left_combo.showPopup()
    window.left_combo.hidePopup()
    labels = [window.left_combo.itemText(i) for i in range(window.left_combo.count())]
    assert labels[1] == f"Version 3 – {now():%Y-%m-%d} – Kollegans version"
    assert window.left_combo.currentData() == Source("norr", 3)
    assert f"Syd: Version 1 – {now():%Y-%m-%d} – Runda ett, rättad" in labels


def test_the_versions_panel_reads_one_small_file_however_long_the_history(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = history_workspace(tmp_path / "ws", {"norr": 1, "syd": 12})
    panel = HistoryPanel(workspace)
    qtbot.addWidget(panel)
    for area_id, rows in (("norr", 1), ("syd", 12)):
        version_headers(workspace, area_id)  # the index is written the first time the versions are listed
        with count_file_ops(workspace.root) as counts:
            panel.set_area(area_id)
        assert opened(counts) == [index(area_id)]
        assert counts["list"] == 1
        assert panel.table.rowCount() == rows
    save_version(workspace, workspace.load_area("syd").answer_set, comment="Ny runda", by="bo")
    with count_file_ops(workspace.root) as counts:
        panel.refresh()
    # The new version is read once, for its header, and the index written again (a temporary file, then renamed).
    assert [n for n in opened(counts) if n.endswith((".yaml", ".json"))] == [index("syd"), "areas/syd/versions/13.yaml"]
    assert panel.table.item(0, 3).text() == "Ny runda"


def test_switching_areas_reads_the_same_files_with_a_long_history(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    workspace = history_workspace(tmp_path / "ws", {"ost": 1, "vast": 15})
    window = create_main_window(settings, tmp_path / "data")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_workspace(workspace.root)
    reads = {}
    for area_id in ("ost", "vast", "norr", "ost", "norr", "vast"):  # the second time round, as a user would
        window.select_area("norr" if area_id != "norr" else "syd")
        with count_file_ops(workspace.root) as counts:
            window.select_area(area_id)
        reads[area_id] = [name.replace(area_id, "AREA") for name in opened(counts)]
    assert reads["ost"] == reads["vast"]
    assert not any(name.endswith(".yaml") and "/versions/" in name for name in reads["vast"])
    assert window.history_panel.table.rowCount() == 15


def test_the_area_list_reads_a_draft_again_only_when_its_file_changed(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    workspace = history_workspace(tmp_path / "ws", {})
    window = create_main_window(settings, tmp_path / "data")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_workspace(workspace.root)
    area_list = window.area_list
    assert tuple(area_list.entries) == AREAS  # every row read (as it will be after a moment of idle time)
    with count_file_ops(workspace.root) as counts:
        area_list.reload()
        area_list.retranslate()
        assert tuple(area_list.entries) == AREAS
    assert opened(counts) == []
    other = Workspace.open(workspace.root)  # a colleague's program answers a question in "syd"
    loaded = other.load_area("syd")
    other.save_area(loaded.answer_set.with_answer("kort", None), expected_digest=loaded.digest, by="bo")
    with count_file_ops(workspace.root) as counts:
        area_list.reload()
        assert tuple(area_list.entries) == AREAS
    assert opened(counts) == ["areas/syd/answers.yaml"]
    assert area_list.entries["syd"].progress != area_list.entries["norr"].progress


def test_the_same_question_in_every_area_reads_each_draft_once_per_change(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = history_workspace(tmp_path / "ws", {"norr": 3})
    with count_file_ops(workspace.root) as first:
        view = CrossAreaView(workspace=workspace, question_id="lang")
        qtbot.addWidget(view)
    assert opened(first) == [f"areas/{a}/answers.yaml" for a in AREAS]
    with count_file_ops(workspace.root) as again:
        view = CrossAreaView(workspace=workspace, question_id="lang")
        qtbot.addWidget(view)
    assert opened(again) == []
    assert "Sedan skickas en skriftlig orosanmälan." in view.cells["syd"].text()


def test_opening_a_workspace_reads_the_open_draft_once_and_the_other_drafts_as_their_rows_are_shown(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    many = tuple(f"omrade-{n:02}" for n in range(30))
    workspace = make_small_workspace(tmp_path / "ws", many)
    window = create_main_window(settings, tmp_path / "data")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    with count_file_ops(workspace.root) as counts:
        assert window.open_workspace(workspace.root)
    drafts = [name for name in opened(counts) if name.endswith("answers.yaml")]
    assert drafts == ["areas/omrade-00/answers.yaml"]  # the open area, read once for list and form
    rows = window.area_list.list
    with count_file_ops(workspace.root) as counts:
        rows.viewport().grab()  # the first paint reads the drafts of the rows on screen, and only those
    on_screen = [
        rows.item(row).data(AREA_ID)
        for row in range(rows.count())
        if rows.visualItemRect(rows.item(row)).intersects(rows.viewport().rect())
    ]
    assert 3 <= len(on_screen) < len(many)
    assert set(window.area_list.summaries) == set(on_screen)
    assert opened(counts) == [f"areas/{area_id}/answers.yaml" for area_id in on_screen if area_id != "omrade-00"]
    assert "Omrade-01\nutkast · 0 av 8 besvarade" in rows.item(1).text()
    with count_file_ops(workspace.root) as counts:  # the others while the program is idle, each once
        qtbot.waitUntil(lambda: len(window.area_list.summaries) == len(many))
    assert opened(counts) == [f"areas/{area_id}/answers.yaml" for area_id in many if area_id not in on_screen]
