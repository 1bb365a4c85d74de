"""Scrolling the form never changes an answer: a field takes the wheel only when it has focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer
from routine_builder.domain.operations import set_answer
from routine_builder.ui.area.area_session import AreaSession
from routine_builder.ui.form.form_view import FormView
from tests.ui.area_fixtures import host


def roll(widget: QWidget, notches: int = -3) -> None:
    """A real wheel event over the middle of ``widget`` (negative: scroll down)."""
    centre = QPoint(widget.width() // 2, widget.height() // 2)
    QApplication.sendEvent(widget, _wheel(centre, widget.mapToGlobal(centre), notches))


def _wheel(position: QPoint, global_position: QPoint, notches: int) -> QWheelEvent:
    """A wheel event at ``position`` (in the receiver) turned by ``notches`` (negative: down)."""
    return QWheelEvent(
        QPointF(position),
        QPointF(global_position),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )


def roll_as_the_mouse_does(widget: QWidget, notches: int = -3) -> None:
    """A wheel event as Qt delivers the mouse's: to ``widget``, then to each parent while it is ignored."""
    centre = QPoint(widget.width() // 2, widget.height() // 2)
    target: QWidget | None = widget
    while target is not None:
        position = target.mapFromGlobal(widget.mapToGlobal(centre))
        event = _wheel(position, widget.mapToGlobal(centre), notches)
        if QApplication.sendEvent(target, event) and event.isAccepted():
            return
        target = None if target.isWindow() else target.parentWidget()


def test_scrolling_over_a_number_scrolls_the_page_and_keeps_the_answer(qtbot: QtBot, session: AreaSession) -> None:
    session.apply(set_answer(session.answer_set, question_id="janej", answer=Answer(True)))
    session.apply(set_answer(session.answer_set, question_id="dagar", answer=Answer(5)))
    form = FormView(session)
    host(qtbot, form, 600, 300)  # short: the page scrolls
    form.show_section("andra")
    spin = form.widgets["dagar"].editor.focus_target()
    assert isinstance(spin, QSpinBox) and not spin.hasFocus()
    bar = form.scroll_area.verticalScrollBar()
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


def test_scrolling_over_a_comment_box_or_a_contacts_table_scrolls_the_page(qtbot: QtBot, session: AreaSession) -> None:
    """Boxes that scroll themselves hand the wheel to their own scroll bar; the guard lets that bar be."""
    session.apply(set_answer(session.answer_set, question_id="janej", answer=Answer(True, comment="En kommentar")))
    form = FormView(session)
    host(qtbot, form, 600, 300)
    form.show_section("andra")
    bar = form.scroll_area.verticalScrollBar()
    comment = form.widgets["janej"].comment_edit
    table = form.widgets["kontakter"].editor.focus_target()
    for box in (comment, table):
        bar.setValue(0)
        form.scroll_area.ensureWidgetVisible(box, 0, 0)
        before = bar.value()
        roll_as_the_mouse_does(box.viewport())
        assert bar.value() > before  # the page moved (the box's own scroll bar did not send it back)
    assert session.answer_set.get("janej") == Answer(True, comment="En kommentar")
