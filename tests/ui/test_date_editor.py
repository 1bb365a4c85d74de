"""Date answers: typed Swedish dates are stored, nothing is made up, the calendar opens where it should."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QWidget
from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer, section_progress
from routine_builder.domain.operations import set_answer
from routine_builder.ui.area.area_session import AreaSession
from routine_builder.ui.form.form_view import FormView
from tests.ui.area_fixtures import host


@pytest.fixture
def form(qtbot: QtBot, session: AreaSession) -> FormView:
    view = FormView(session)
    host(qtbot, view)
    view.show_section("andra")
    return view


def date_input(form: FormView) -> QWidget:
    return form.widgets["datum"].editor.focus_target()


def type_date(qtbot: QtBot, form: FormView, text: str, *, select_all: bool = True) -> None:
    field = date_input(form)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    if select_all:
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leave the field: the date is read


@pytest.mark.parametrize("text", ["2026-11-20", "20/11 2026", "20 nov 2026"])
def test_a_typed_swedish_date_is_stored(qtbot: QtBot, form: FormView, session: AreaSession, text: str) -> None:
    type_date(qtbot, form, text)
    assert session.answer_set.get("datum") == Answer(dt.date(2026, 11, 20))
    assert form.widgets["datum"].editor.value() == dt.date(2026, 11, 20)


def test_typing_over_a_date_replaces_it(qtbot: QtBot, form: FormView, session: AreaSession) -> None:
    session.apply(set_answer(session.answer_set, question_id="datum", answer=Answer(dt.date(2026, 1, 2))))
    type_date(qtbot, form, "2026-11-20")
    assert session.answer_set.get("datum") == Answer(dt.date(2026, 11, 20))


def test_an_arrow_key_in_an_empty_date_invents_nothing(qtbot: QtBot, form: FormView, session: AreaSession) -> None:
    before = section_progress(session.workspace.question_set.section("andra"), session.answer_set)
    field = date_input(form)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert session.answer_set.get("datum") is None
    assert section_progress(session.workspace.question_set.section("andra"), session.answer_set) == before


def test_an_unreadable_date_is_not_stored_and_is_explained(qtbot: QtBot, form: FormView, session: AreaSession) -> None:
    type_date(qtbot, form, "30 februari 2026")
    assert session.answer_set.get("datum") is None
    problem = form.widgets["datum"].editor.problem_label
    assert problem.isVisible() and "30 februari 2026" in problem.text()
    type_date(qtbot, form, "2026-02-28")
    assert session.answer_set.get("datum") == Answer(dt.date(2026, 2, 28)) and not problem.isVisible()


def test_a_date_can_be_cleared(qtbot: QtBot, form: FormView, session: AreaSession) -> None:
    session.apply(set_answer(session.answer_set, question_id="datum", answer=Answer(dt.date(2026, 1, 2))))
    field = date_input(form)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert session.answer_set.get("datum") is None
    session.apply(set_answer(session.answer_set, question_id="datum", answer=Answer(dt.date(2026, 1, 2))))
    form.widgets["datum"].editor.field.clear_button.click()
    assert session.answer_set.get("datum") is None


# The offscreen test platform cannot raise a popup or grab the keyboard for it; it still works.
popup_platform_notes = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def visible_calendar() -> QCalendarWidget | None:
    return next((c for c in QApplication.allWidgets() if isinstance(c, QCalendarWidget) and c.isVisible()), None)


@popup_platform_notes
@pytest.mark.parametrize("value", [None, dt.date(2027, 3, 9)])
def test_the_calendar_opens_on_today_or_the_date_with_whole_weekday_names(
    qtbot: QtBot, form: FormView, session: AreaSession, value: dt.date | None
) -> None:
    if value is not None:
        session.apply(set_answer(session.answer_set, question_id="datum", answer=Answer(value)))
    field = date_input(form)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: visible_calendar() is not None)
    calendar = visible_calendar()
    shown = value or dt.date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (shown.year, shown.month)
    assert calendar.width() >= calendar.sizeHint().width()  # the weekday headers are not cut
    before = session.answer_set.get("datum")
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: visible_calendar() is None)
    assert session.answer_set.get("datum") == before  # opening and closing stores nothing


@popup_platform_notes
def test_picking_in_the_calendar_stores_the_date(qtbot: QtBot, form: FormView, session: AreaSession) -> None:
    editor = form.widgets["datum"].editor
    editor.field.calendar_button.click()
    qtbot.waitUntil(lambda: visible_calendar() is not None)
    calendar = visible_calendar()
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert session.answer_set.get("datum") == Answer(dt.date.today())
