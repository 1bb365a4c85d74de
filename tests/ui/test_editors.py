"""The small editors: text, long text, choice, multichoice, yes/no, date, number."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from routine_builder.domain import QuestionSet
from routine_builder.ui.form.editors import create_editor
from routine_builder.ui.form.editors.longtext_editor import MAX_LINES, LongtextEditor
from tests.helpers.builders import small_question_set
from tests.ui.area_fixtures import host


@pytest.fixture
def question_set(tmp_path: Path) -> QuestionSet:
    return small_question_set(tmp_path)


@pytest.mark.parametrize(
    ("question_id", "value"),
    [
        ("kort", "Hej"),
        ("lang", "Rad 1\nRad 2"),
        ("val", "tva"),
        ("flera", ["a", "b"]),
        ("janej", False),
        ("dagar", 0),
        ("datum", dt.date(2026, 12, 31)),
        ("kontakter", [{"namn": "Anna"}]),
        ("lista", ["x"]),
    ],
)
def test_set_value_round_trips_without_emitting(
    qtbot: QtBot, question_set: QuestionSet, question_id: str, value: object
) -> None:
    editor = create_editor(question_set.question(question_id))
    host(qtbot, editor, 500, 300)
    assert editor.value() is None
    with qtbot.assertNotEmitted(editor.edited):
        editor.set_value(value)
    assert editor.value() == value
    editor.set_value(None)
    assert editor.value() is None


def test_number_shows_its_unit(qtbot: QtBot, question_set: QuestionSet) -> None:
    editor = create_editor(question_set.question("dagar"))
    host(qtbot, editor, 400, 100)
    editor.set_value(5)
    assert editor.spin_box.text() == "5 dagar"
    editor.clear_button.click()
    assert editor.value() is None and editor.spin_box.text() == "Ej angivet"


def test_date_uses_the_swedish_format_with_a_calendar(qtbot: QtBot, question_set: QuestionSet) -> None:
    editor = create_editor(question_set.question("datum"))
    host(qtbot, editor, 400, 100)
    editor.set_value(dt.date(2026, 3, 9))
    assert editor.field.line_edit.text() == "2026-03-09"
    assert editor.field.calendar_button.isVisible()


def test_longtext_grows_with_its_content_and_stays_fast(qtbot: QtBot, question_set: QuestionSet) -> None:
    editor = create_editor(question_set.question("lang"))
    assert isinstance(editor, LongtextEditor)
    host(qtbot, editor, 600, 800)
    small = editor.text_edit.height()
    editor.set_value("\n".join(f"rad {i}" for i in range(10)))
    assert editor.text_edit.height() > small
    editor.set_value("ord " * 5000)  # 20,000 characters
    tall = editor.text_edit.height()
    assert tall <= MAX_LINES * editor.text_edit.fontMetrics().lineSpacing() + 40
    cursor = editor.text_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.text_edit.setTextCursor(cursor)
    editor.text_edit.setFocus()
    start = time.perf_counter()
    for _ in range(20):
        qtbot.keyClicks(editor.text_edit, "a")
        editor.value()
    assert (time.perf_counter() - start) / 20 < 0.05  # well under a frame per keystroke
