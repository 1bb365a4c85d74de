"""One question card: 'Ej aktuellt' keeps the answer, long one-line answers show their start, choices clear."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMargins
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QRadioButton
from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer, section_progress
from routine_builder.domain.operations import set_answer
from routine_builder.ui.area.area_session import AreaSession
from routine_builder.ui.form.form_view import FormView
from routine_builder.ui.form.question_widget import QuestionWidget
from routine_builder.ui.theme import colours
from tests.ui.area_fixtures import app_theme, host

LONG = "Länsgemensam riktlinje vid oro för väntat barn, fastställd av VGR och VästKom, giltig till 2023-12-31"


@pytest.fixture
def form(qtbot: QtBot, session: AreaSession) -> FormView:
    view = FormView(session)
    host(qtbot, view, 700, 900)
    return view


@pytest.fixture
def light_theme(qapp: QApplication) -> Iterator[None]:
    with app_theme(qapp, "light"):
        yield


def give(session: AreaSession, question_id: str, answer: Answer) -> None:
    session.apply(set_answer(session.answer_set, question_id=question_id, answer=answer))


# ---------------------------------------------------------------- Ej aktuellt


def test_not_applicable_keeps_the_answer_and_gives_it_back(qtbot: QtBot, form: FormView, session: AreaSession) -> None:
    qtbot.keyClicks(form.widgets["kort"].editor.focus_target(), "Mitt svar")
    form.widgets["kort"].na_box.click()
    qtbot.keyClicks(form.widgets["kort"].reason_edit, "Galler inte oss")
    form.show_section("andra")  # leave the section ...
    form.show_section("forsta")  # ... and come back
    card = form.widgets["kort"]
    assert card.na_box.isChecked() and card.editor.value() == "Mitt svar"  # still there, greyed out
    card.na_box.click()
    assert session.answer_set.get("kort") == Answer("Mitt svar")
    assert form.widgets["kort"].editor.value() == "Mitt svar"


def test_a_set_aside_answer_survives_saving_and_reopening(
    qtbot: QtBot, session: AreaSession, workspace, settings, recovery
) -> None:
    give(session, "val", Answer("tva", comment="Vår kommentar"))
    give(session, "val", Answer.na("Ingen sådan enhet", set_aside=Answer("tva", comment="Vår kommentar")))
    assert session.save(explicit=True)
    reopened = AreaSession(workspace, workspace.load_area("norr"), settings=settings, recovery=recovery)
    view = FormView(reopened)
    host(qtbot, view)
    view.widgets["val"].na_box.click()
    assert reopened.answer_set.get("val") == Answer("tva", comment="Vår kommentar")


def test_a_not_applicable_question_looks_disabled(
    qtbot: QtBot, light_theme: None, form: FormView, session: AreaSession
) -> None:
    card = form.widgets["lang"]
    text_edit = card.editor.focus_target()
    corner = text_edit.rect().bottomRight() - text_edit.rect().topLeft()

    def background() -> QColor:
        return text_edit.grab().toImage().pixelColor(corner.x() - 6, corner.y() - 6)

    enabled = background()
    card.na_box.click()
    assert not text_edit.isEnabled() and card.na_note.isVisible()
    assert background() != enabled
    assert background().name() == colours("light")["window"]  # the page colour, not the field's white


def test_a_required_question_counts_only_with_a_reason(qtbot: QtBot, form: FormView, session: AreaSession) -> None:
    section = session.workspace.question_set.section("forsta")
    form.widgets["kort"].na_box.click()
    assert section_progress(section, session.answer_set).missing_required == 3  # kort, lang, val
    assert "skriv varför" in form.widgets["kort"].na_note.text()
    qtbot.keyClicks(form.widgets["kort"].reason_edit, "Ingen BVC har")
    assert section_progress(section, session.answer_set).missing_required == 2


# ---------------------------------------------------------------- one-line answers


def test_a_long_one_line_answer_and_reason_show_their_beginning(
    qtbot: QtBot, session: AreaSession, form: FormView
) -> None:
    give(session, "kort", Answer(LONG))
    line_edit = form.widgets["kort"].editor.focus_target()
    assert isinstance(line_edit, QLineEdit) and line_edit.cursorPosition() == 0
    give(session, "kort", Answer.na(LONG))
    reason = form.widgets["kort"].reason_edit
    assert reason.text() == LONG and reason.cursorPosition() == 0
    form.show_section("andra")
    form.show_section("forsta")
    assert form.widgets["kort"].reason_edit.cursorPosition() == 0


# ---------------------------------------------------------------- clearing choices, "Annan"


def test_a_choice_and_a_yes_no_answer_can_be_cleared(qtbot: QtBot, form: FormView, session: AreaSession) -> None:
    form.widgets["val"].findChild(QRadioButton, "choice-tva").click()
    clear = form.widgets["val"].editor.clear_button
    assert clear.isEnabled()
    clear.click()
    assert session.answer_set.get("val") is None and not clear.isEnabled()
    form.show_section("andra")
    form.widgets["janej"].findChild(QRadioButton, "no").click()
    form.widgets["janej"].editor.clear_button.click()
    assert session.answer_set.get("janej") is None
    assert form.widgets["janej"].editor.value() is None


def test_an_other_choice_has_a_field_for_what(qtbot: QtBot, session: AreaSession, tmp_path) -> None:
    from routine_builder.domain import QuestionType
    from routine_builder.domain.question_set import Choice, Question
    from routine_builder.ui.form.question_widget import QuestionWidget

    question = Question(
        id="verksamheter",
        text="Vilka verksamheter?",
        type=QuestionType.MULTICHOICE,
        section_id="s",
        choices=(Choice("bmm", "Barnmorskemottagning"), Choice("annan", "Annan verksamhet")),
    )
    card = QuestionWidget(question, None)
    host(qtbot, card, 600, 300)
    other = card.findChild(QLineEdit, "otherText")
    assert other is not None and not other.isVisible()
    with qtbot.waitSignal(card.answer_edited):
        card.findChild(QCheckBox, "choice-annan").click()
    assert other.isVisible()
    with qtbot.waitSignal(card.answer_edited):
        qtbot.keyClicks(other, "Kvinnokliniken")
    assert card.answer() == Answer(["annan"], other="Kvinnokliniken")
    card.set_answer(Answer(["bmm"]))
    assert not other.isVisible()


def test_the_not_applicable_note_has_its_full_box_when_the_mark_comes_later(
    qtbot: QtBot, session: AreaSession, light_theme: None
) -> None:
    question = session.workspace.question_set.question("kort")
    later = QuestionWidget(question, None)
    host(qtbot, later, 600, 400)
    later.set_answer(Answer.na(""))  # marked not applicable after the card was shown (or refilled for an area)
    at_once = QuestionWidget(question, Answer.na(""))
    host(qtbot, at_once, 600, 400)
    assert later.na_note.isVisible() and later.na_note.text() == at_once.na_note.text()
    assert later.na_note.contentsMargins() == at_once.na_note.contentsMargins() != QMargins(0, 0, 0, 0)
    assert later.na_note.sizeHint() == at_once.na_note.sizeHint()
    later.reason_edit.setText("Vi har ingen sådan verksamhet")
    later._emit("reason")  # the note turns from a warning into a plain note: its box follows
    at_once.set_answer(Answer.na("Vi har ingen sådan verksamhet"))
    assert later.na_note.text() == at_once.na_note.text()
    assert later.na_note.contentsMargins() == at_once.na_note.contentsMargins()
