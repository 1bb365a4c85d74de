from __future__ import annotations

import shutil
from dataclasses import replace

from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer, Workspace
from routine_builder.ui.compare.sources import list_sources
from routine_builder.ui.panels.area_list import AREA_ID, AreaList
from tests.ui.area_fixtures import host


def test_lists_areas_with_status_and_completeness(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.answers_path("soder").write_text("format: 1\nquestion_set: 3\n", encoding="utf-8")
    areas = AreaList(workspace)
    host(qtbot, areas, 300, 300)
    assert areas.list.item(0).text() == "Norr\nutkast · 0 av 8 besvarade, 5 obligatoriska saknas"
    broken = areas.list.item(1)
    assert "Fel i svarsfilen" in broken.text() and "answers.yaml, rad 2" in broken.toolTip()
    answers = areas.entries["norr"].answer_set.with_answer("kort", Answer("x"))
    areas.update_area(answers)
    assert "1 av 8 besvarade, 4 obligatoriska saknas" in areas.list.item(0).text()
    with qtbot.waitSignal(areas.area_selected) as blocker:
        areas.select("soder")
    assert blocker.args == ["soder"]
    with qtbot.assertNotEmitted(areas.area_selected):
        areas.select("norr", emit=False)


def test_a_copied_area_folder_is_told_apart_from_the_original(qtbot: QtBot, workspace: Workspace) -> None:
    shutil.copytree(workspace.area_dir("norr"), workspace.areas_dir / "norr - Kopia")  # as a file-sync service copies
    areas = AreaList(workspace)
    host(qtbot, areas, 300, 300)
    items = {areas.list.item(row).data(AREA_ID): areas.list.item(row) for row in range(areas.list.count())}
    assert items["norr"].text().startswith("Norr (norr)\n")
    assert items["norr - Kopia"].text().startswith("Norr (norr - Kopia)\n")
    assert "”norr - Kopia”" in items["norr - Kopia"].toolTip()
    assert items["soder"].text().startswith("Soder\n") and "mapp" not in items["soder"].toolTip()
    copy = areas.entries["norr - Kopia"].answer_set
    areas.update_area(replace(copy, area=replace(copy.area, name="Norr, kopian")))
    assert items["norr"].text().startswith("Norr\n")
    assert items["norr - Kopia"].text().startswith("Norr, kopian\n")
    names = [label for _source, label in list_sources(workspace, "soder")]
    assert "Norr (norr): Utkast" in names and "Norr (norr - Kopia): Utkast" in names
