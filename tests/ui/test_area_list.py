from __future__ import annotations

from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer, Workspace
from routine_builder.ui.area_list import AreaList
from tests.ui import area_fixtures
from tests.ui.area_fixtures import host

workspace = area_fixtures.workspace


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
