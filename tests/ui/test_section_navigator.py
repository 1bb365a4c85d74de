from __future__ import annotations

from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer
from routine_builder.domain.operations import set_answer
from routine_builder.ui.area.area_session import AreaSession
from routine_builder.ui.panels.section_navigator import SectionNavigator
from tests.ui.area_fixtures import host


def test_sections_with_progress_in_words(qtbot: QtBot, session: AreaSession) -> None:
    navigator = SectionNavigator(session)
    host(qtbot, navigator, 300, 400)
    first = navigator.list.item(0)
    assert first.text() == "1. Första avsnittet\nInte påbörjat: 0 av 4 besvarade, 3 obligatoriska saknas"
    untouched_icon = first.icon().cacheKey()
    session.apply(set_answer(session.answer_set, question_id="kort", answer=Answer("a")))
    assert first.text().endswith("Svar saknas: 1 av 4 besvarade, 2 obligatoriska saknas")
    assert first.icon().cacheKey() != untouched_icon  # missing required answers look different from untouched
    for qid, value in (("lang", "b"), ("val", "ett")):
        session.apply(set_answer(session.answer_set, question_id=qid, answer=Answer(value)))
    assert first.text().endswith("Obligatoriska klara: 3 av 4 besvarade")
    session.apply(set_answer(session.answer_set, question_id="flera", answer=Answer(["a"])))
    assert first.text().endswith("Klart: 4 av 4 besvarade")
    with qtbot.waitSignal(navigator.section_selected) as blocker:
        navigator.list.setCurrentRow(1)
    assert blocker.args == ["andra"]
    with qtbot.assertNotEmitted(navigator.section_selected):
        navigator.set_current("forsta")
    assert navigator.current_section_id() == "forsta"
