from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPlainTextEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer, Workspace, load_answers_file
from routine_builder.domain.operations import set_answer
from routine_builder.ui.area.area_session import AreaSession
from routine_builder.ui.form.form_view import FormView
from tests.ui.area_fixtures import host


@pytest.fixture
def form(qtbot: QtBot, session: AreaSession) -> FormView:
    view = FormView(session)
    host(qtbot, view)
    return view


def saved_answers(workspace: Workspace) -> dict[str, Answer]:
    return load_answers_file(workspace.answers_path("norr"), workspace.question_set).answer_set.answers


def wait_saved(qtbot: QtBot, workspace: Workspace, question_id: str, expected: Answer) -> None:
    qtbot.waitUntil(lambda: saved_answers(workspace).get(question_id) == expected, timeout=3000)


def test_shows_the_first_section_with_required_markers(form: FormView) -> None:
    assert form.title.text() == "Första avsnittet"
    assert list(form.widgets) == ["kort", "lang", "val", "flera"]
    card = form.widgets["kort"]
    assert card.required_label.isVisible() and card.required_label.text() == "* obligatorisk"
    assert not form.widgets["flera"].required_label.isVisible()
    editor = card.editor.focus_target()
    assert editor.accessibleName() == "En kort text? (obligatorisk)"
    assert editor.accessibleDescription() == "Skriv kort."


def test_every_editor_type_lands_in_answers_yaml(qtbot: QtBot, form: FormView, workspace: Workspace) -> None:
    qtbot.keyClicks(form.widgets["kort"].editor.focus_target(), "Kort svar")
    wait_saved(qtbot, workspace, "kort", Answer("Kort svar"))
    long_edit = form.widgets["lang"].editor.focus_target()
    qtbot.keyClicks(long_edit, "Rad ett")
    qtbot.keyClick(long_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(long_edit, "- punkt")
    wait_saved(qtbot, workspace, "lang", Answer("Rad ett\n- punkt"))
    form.widgets["val"].findChild(QRadioButton, "choice-tva").click()
    qtbot.keyClicks(form.widgets["val"].comment_edit, "med kommentar")
    wait_saved(qtbot, workspace, "val", Answer("tva", comment="med kommentar"))
    form.widgets["flera"].findChild(QCheckBox, "choice-b").click()
    form.widgets["flera"].findChild(QCheckBox, "choice-a").click()
    wait_saved(qtbot, workspace, "flera", Answer(["a", "b"]))
    form.show_section("andra")
    form.widgets["janej"].findChild(QRadioButton, "yes").click()
    wait_saved(qtbot, workspace, "janej", Answer(True))
    spin = form.widgets["dagar"].editor.focus_target()
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "14")
    wait_saved(qtbot, workspace, "dagar", Answer(14))
    date_field = form.widgets["datum"].editor.focus_target()
    qtbot.keyClicks(date_field, "4 maj 2026")
    qtbot.keyClick(date_field, Qt.Key.Key_Return)
    wait_saved(qtbot, workspace, "datum", Answer(dt.date(2026, 5, 4)))
    contacts = form.widgets["kontakter"].editor
    contacts.paste_text("Anna\t031-1\nBo\t031-2\n")
    wait_saved(
        qtbot,
        workspace,
        "kontakter",
        Answer([{"namn": "Anna", "telefon": "031-1"}, {"namn": "Bo", "telefon": "031-2"}]),
    )
    items = form.widgets["lista"].editor
    items.add_item()
    qtbot.keyClicks(QApplication.focusWidget(), "Sak ett")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_saved(qtbot, workspace, "lista", Answer(["Sak ett"]))
    text = workspace.answers_path("norr").read_text(encoding="utf-8")
    assert "datum: 2026-05-04" in text and "dagar:" in text


def test_date_and_number_can_be_left_empty(qtbot: QtBot, form: FormView, session: AreaSession) -> None:
    session.apply(set_answer(session.answer_set, question_id="datum", answer=Answer(dt.date(2026, 1, 2))))
    form.show_section("andra")
    editor = form.widgets["datum"].editor
    assert editor.value() == dt.date(2026, 1, 2)
    editor.field.clear_button.click()
    assert editor.value() is None and session.answer_set.get("datum") is None
    assert editor.field.line_edit.text() == "" and editor.field.line_edit.placeholderText() == "ÅÅÅÅ-MM-DD"


def test_conditional_question_is_shown_and_hidden_live(form: FormView) -> None:
    form.show_section("andra")
    days = form.widgets["dagar"]
    assert days.isHidden()
    form.widgets["janej"].findChild(QRadioButton, "yes").click()
    assert not days.isHidden()
    form.widgets["janej"].findChild(QRadioButton, "no").click()
    assert days.isHidden()


def test_not_applicable_with_reason(qtbot: QtBot, form: FormView, workspace: Workspace) -> None:
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    card = form.widgets["kort"]
    assert not card.reason_edit.isVisible()
    card.na_box.click()
    assert card.reason_edit.isVisible() and not card.editor.isEnabled()
    assert card.reason_edit.hasFocus()
    qtbot.keyClicks(card.reason_edit, "Ingen BVC i kommunen")
    wait_saved(qtbot, workspace, "kort", Answer.na("Ingen BVC i kommunen"))
    assert "not_applicable: true" in workspace.answers_path("norr").read_text(encoding="utf-8")
    card.na_box.click()
    assert card.editor.isEnabled()


def test_undo_brings_the_value_back_into_the_editor(qtbot: QtBot, form: FormView, session: AreaSession) -> None:
    line_edit = form.widgets["kort"].editor.focus_target()
    qtbot.keyClicks(line_edit, "abc")
    session.undo_stack.undo()
    assert line_edit.text() == ""
    session.undo_stack.redo()
    assert line_edit.text() == "abc"


def test_undo_of_a_change_in_another_section_goes_there(qtbot: QtBot, form: FormView, session: AreaSession) -> None:
    form.show_section("andra")
    form.widgets["janej"].findChild(QRadioButton, "no").click()
    form.show_section("forsta")
    session.undo_stack.undo()
    assert form.section_id == "andra"
    assert form.widgets["janej"].editor.value() is None


def test_filters_unanswered_and_required_missing(qtbot: QtBot, form: FormView) -> None:
    qtbot.keyClicks(form.widgets["kort"].editor.focus_target(), "svar")
    form.filter_combo.setCurrentIndex(1)  # obesvarade
    assert list(form.widgets) == ["lang", "val", "flera"]
    form.filter_combo.setCurrentIndex(2)  # obligatoriska som saknas
    assert list(form.widgets) == ["lang", "val"]
    form.filter_combo.setCurrentIndex(0)
    assert list(form.widgets) == ["kort", "lang", "val", "flera"]


def test_search_across_questions_and_answers(qtbot: QtBot, form: FormView) -> None:
    qtbot.keyClicks(form.widgets["kort"].editor.focus_target(), "Barnmorska")
    form.focus_search()
    qtbot.keyClicks(form.search_edit, "barnmorska")
    assert list(form.widgets) == ["kort"]
    form.search_edit.setText("kontakter")
    assert list(form.widgets) == ["kontakter"]
    assert form.title.text() == "Sökresultat"
    form.focus_question("kontakter")
    assert form.search_edit.text() == "" and form.section_id == "andra"


def test_keyboard_only_through_one_section(qtbot: QtBot, form: FormView, session: AreaSession) -> None:
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.focus_first_question()
    focus = QApplication.focusWidget
    assert isinstance(focus(), QLineEdit)
    qtbot.keyClicks(focus(), "Kort")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # 'Ej aktuellt'
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # the long text
    assert isinstance(focus(), QPlainTextEdit)
    qtbot.keyClicks(focus(), "Lang text")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # past 'Ej aktuellt' to the choices
    assert isinstance(focus(), QRadioButton)
    qtbot.keyClick(focus(), Qt.Key.Key_Space)
    qtbot.keyClick(focus(), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: session.answer_set.get("val") is not None)
    assert session.answer_set.get("kort") == Answer("Kort")
    assert session.answer_set.get("lang") == Answer("Lang text")
    assert session.answer_set.get("val").value == "tva"


def test_focus_shows_the_question(qtbot: QtBot, form: FormView) -> None:
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    with qtbot.waitSignal(form.question_focused) as blocker:
        form.widgets["lang"].focus_editor()
    assert blocker.args == ["lang"]


def test_every_input_has_an_accessible_name(form: FormView) -> None:
    for section in ("forsta", "andra"):
        form.show_section(section)
        for card in form.widgets.values():
            for widget in card.findChildren(QWidget):
                internal = widget.objectName().startswith("qt_") or widget.inherits("QScrollBar")
                if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(card) and not internal:
                    assert widget.accessibleName(), widget


def test_search_esc_clears_keeps_the_filter_and_marks_matches(qtbot: QtBot, form: FormView) -> None:
    qtbot.keyClicks(form.widgets["kort"].editor.focus_target(), "svar")
    form.filter_combo.setCurrentIndex(1)  # obesvarade
    form.focus_search()
    qtbot.keyClicks(form.search_edit, "text")  # 'En kort text?' and 'En lång text?'
    assert list(form.widgets) == ["lang"]  # the answered one is filtered out while searching too
    assert form.progress.text() == "1 fråga matchar"
    title = form.widgets["lang"].title.text()
    assert "background-color" in title and ">text<" in title  # the match is marked
    qtbot.keyClick(form.search_edit, Qt.Key.Key_Escape)
    assert form.search_edit.text() == "" and form.title.text() == "Första avsnittet"


def test_next_missing_walks_the_required_questions_across_sections(
    qtbot: QtBot, form: FormView, session: AreaSession
) -> None:
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    messages: list[str] = []
    form.message.connect(messages.append)
    assert form.missing_button.text() == "Nästa som saknas (5 kvar)"  # kort, lang, val, janej, kontakter
    visited = []
    for _ in range(5):
        form.next_missing()
        visited.append(form.current_question)
    assert visited == ["kort", "lang", "val", "janej", "kontakter"]
    assert form.section_id == "andra" and messages[-1].startswith("Obligatorisk fråga 5 av 5 som saknar svar")
    form.next_missing()
    assert form.current_question == "kort"  # round again from the start
    session.apply(set_answer(session.answer_set, question_id="kort", answer=Answer("x")))
    assert form.missing_button.text() == "Nästa som saknas (4 kvar)"


def test_the_remiss_filter_names_what_it_shows_instead_of_the_section(form: FormView) -> None:
    form.set_review_counts({"kort": 1, "janej": 2})  # questions of two sections
    form.filter_combo.setCurrentIndex(3)  # "Med öppna remissvar (alla avsnitt)"
    assert list(form.widgets) == ["kort", "janej"]
    assert form.title.text() == "Frågor med öppna remissvar"
    assert form.progress.text() == "2 frågor i 2 avsnitt"
    form.set_review_counts({})  # every reply dealt with
    assert form.progress.text() == "Inga frågor i området har öppna remissvar."
    form.filter_combo.setCurrentIndex(0)
    assert form.title.text() == "Första avsnittet"
