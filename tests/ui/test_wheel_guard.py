"""Scrolling the form never changes an answer: a field takes the wheel only when it has focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer
from routine_builder.domain.operations import set_answer
from routine_builder.ui.area_session import AreaSession
from routine_builder.ui.form.form_view import FormView
from tests.ui import area_fixtures
from tests.ui.area_fixtures import host

recovery = area_fixtures.recovery
session = area_fixtures.session
settings = area_fixtures.settings
workspace = area_fixtures.workspace


def roll(widget: QWidget, notches: int = -3) -> None:
    """A real wheel event over the middle of ``widget`` (negative: scroll down)."""
    centre = QPoint(widget.width() // 2, widget.height() // 2)
    event = QWheelEvent(
        QPointF(centre), QPointF(widget.mapToGlobal(centre)), QPoint(), QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_scrolling_over_a_number_scrolls_the_page_and_keeps_the_answer(qtbot: QtBot, session: AreaSession) -> None:
    session.apply(set_answer(session.answer_set, question_id="janej", answer=Answer(True)))
    session.apply(set_answer(session.answer_set, question_id="dagar", answer=Answer(5)))
    form = FormView(session)
    host(qtbot, form, 600, 300)  # short: the page scrolls
    form.show_section("andra")
    spin = form.widgets["dagar"].editor.focus_target()
    assert isinstance(spin, QSpinBox) and not spin.hasFocus()
    bar = form.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    roll(spin)
    assert spin.value() == 5 and session.answer_set.get("dagar") == Answer(5)
    assert bar.value() > 0  # the page moved instead
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    roll(spin, 1)
    assert spin.value() == 6  # with focus the wheel is the field's own


def test_any_combo_in_a_scrolled_page_is_guarded(qtbot: QtBot) -> None:
    from routine_builder.ui.wheel_guard import guard_wheel

    page = QWidget()
    layout = QVBoxLayout(page)
    combo = QComboBox()
    combo.addItems(["ett", "två", "tre"])
    layout.addWidget(combo)
    layout.addSpacing(2000)
    scroll = QScrollArea()
    scroll.setWidget(page)
    host(qtbot, scroll, 300, 200)
    guard_wheel(page)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    roll(combo)
    assert combo.currentIndex() == 0 and scroll.verticalScrollBar().value() > 0
