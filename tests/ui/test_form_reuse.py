"""Switching area refills the question cards the form shows instead of building new ones.

A refilled card must be exactly what a new card for the area's answer would be: nothing the area
before held (a reason, a comment, a row, a choice) may stay behind in it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from routine_builder.domain import (
    Answer,
    AreaInfo,
    Workspace,
    create_demo_workspace,
    dump_answers,
    is_shown,
    missing_required,
)
from routine_builder.ui.form.question_widget import QuestionWidget
from routine_builder.ui.i18n import apply_language
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.main_window import MainWindow
from tests.ui.sharing_fixtures import lock_held_by_other_process, open_window

SET_ASIDE = "set-aside"
TWIN = "tvilling"


@pytest.fixture
def demo(tmp_path: Path) -> Workspace:
    """The demo workspace plus an area where every answer of the first demo area is set aside as not applicable."""
    workspace = create_demo_workspace(tmp_path / "ws")
    draft = workspace.load_area(workspace.area_ids()[0]).answer_set
    answers = {
        qid: answer if answer.not_applicable else Answer.na(f"Skäl för {qid}", set_aside=answer)
        for qid, answer in draft.answers.items()
    }
    answers |= {q.id: Answer.na("") for q in workspace.question_set.questions() if q.id not in answers}
    area = AreaInfo(id=SET_ASIDE, name="Allt vilande", municipalities=("Ale",))
    folder = workspace.root / "areas" / SET_ASIDE
    folder.mkdir()
    text = dump_answers(replace(draft, area=area, answers=answers), workspace.question_set)
    (folder / "answers.yaml").write_text(text, encoding="utf-8")
    twin = AreaInfo(id=TWIN, name="Tvilling", municipalities=("Alingsås",))
    (workspace.root / "areas" / TWIN).mkdir()
    text = dump_answers(replace(draft, area=twin), workspace.question_set)
    (workspace.root / "areas" / TWIN / "answers.yaml").write_text(text, encoding="utf-8")
    return Workspace.open(workspace.root)


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, tmp_path: Path, demo: Workspace) -> MainWindow:
    result = open_window(qtbot, settings, tmp_path / "data", demo.root)
    result.resize(1200, 800)
    return result


def card_state(card: QWidget) -> list[tuple]:
    """Everything a card shows or holds, widget by widget (not sizes, nor the scroll bars that follow them)."""
    state: list[tuple] = [("card", card.property("notApplicable"), card.isEnabled())]
    for child in card.findChildren(QWidget):
        if child.objectName().startswith("qt_scrollarea") or isinstance(child, QScrollBar):
            continue
        row: list = [type(child).__name__, child.objectName(), child.isVisibleTo(card), child.isEnabled()]
        if isinstance(child, QLabel):
            row.append(child.text())
        if isinstance(child, QLineEdit):
            row += [child.text(), child.isReadOnly(), child.isUndoAvailable()]
        if isinstance(child, QAbstractButton):
            row += [child.text(), child.isChecked()]
        if isinstance(child, (QPlainTextEdit, QTextEdit)):
            row += [child.toPlainText(), child.isReadOnly(), child.document().isUndoAvailable()]
        if isinstance(child, QAbstractSpinBox):
            row.append(child.text())
        if isinstance(child, QComboBox):
            row.append(child.currentText())
        if isinstance(child, QAbstractItemView):
            model = child.model()
            columns = child.horizontalHeader().count() if isinstance(child, QTableView) else 1
            cells = [[model.index(r, c).data() for c in range(columns)] for r in range(model.rowCount())]
            selection = child.selectionModel()
            row += [cells, child.currentIndex().isValid(), len(selection.selectedIndexes()) if selection else 0]
        state.append(tuple(row))
    return state


def touch(card: QuestionWidget) -> None:
    """Leave traces a refill must wipe: a selected row or list item, text selected in a field."""
    for view in card.findChildren(QAbstractItemView):
        if view.model().rowCount():
            view.setCurrentIndex(view.model().index(0, 0))
    for line in card.findChildren(QLineEdit):
        line.selectAll()


def type_date(qtbot: QtBot, window: MainWindow, area_id: str, text: str) -> QuestionWidget:
    """Open ``area_id`` and type ``text`` over the remiss date, the focus left in the field (not yet read)."""
    question = window.workspace.question_set.question("grund-datum-remiss")
    window.select_area(area_id)
    window.form.show_section(question.section_id)
    card = window.form.widgets[question.id]
    field = card.editor.focus_target()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    return card


def test_a_refilled_card_is_a_new_card_in_every_section_and_area(qtbot: QtBot, window: MainWindow) -> None:
    question_set = window.workspace.question_set
    areas = list(window.area_list.entries)
    assert SET_ASIDE in areas and len(areas) >= 4
    form = window.form
    checked = 0
    for number, section in enumerate(question_set.sections):
        form.show_section(section.id)
        for step in range(len(areas)):
            for card in form.widgets.values():
                touch(card)
            area_id = areas[(number + step + 1) % len(areas)]
            window.select_area(area_id)
            assert window.form is form and window.session.area_id == area_id  # refilled, not rebuilt
            assert form.section_id == section.id and window.pane.navigator.list.currentRow() == number
            answers = window.session.answer_set
            for question_id, card in form.widgets.items():
                new = QuestionWidget(question_set.question(question_id), answers.get(question_id))
                qtbot.addWidget(new)
                assert card_state(card) == card_state(new), (area_id, question_id)
                assert card.isHidden() != is_shown(question_set.question(question_id), answers)
                checked += 1
    assert checked > 100


def test_a_card_with_the_same_answer_in_the_next_area_is_also_a_new_card(qtbot: QtBot, window: MainWindow) -> None:
    question_set = window.workspace.question_set
    original = window.workspace.area_ids()[0]
    for section in question_set.sections:
        window.select_area(original)
        window.form.show_section(section.id)
        for card in window.form.widgets.values():
            touch(card)
        window.select_area(TWIN)
        answers = window.session.answer_set
        for question_id, card in window.form.widgets.items():
            new = QuestionWidget(question_set.question(question_id), answers.get(question_id))
            qtbot.addWidget(new)
            assert card_state(card) == card_state(new), question_id


def test_the_navigator_and_header_count_the_new_areas_answers(qtbot: QtBot, window: MainWindow) -> None:
    for area_id in (SET_ASIDE, next(iter(window.area_list.entries)), SET_ASIDE):
        window.select_area(area_id)
        rebuilt = type(window.pane.navigator)(window.session)
        qtbot.addWidget(rebuilt)
        navigator = window.pane.navigator.list
        assert [navigator.item(r).text() for r in range(navigator.count())] == [
            rebuilt.list.item(r).text() for r in range(rebuilt.list.count())
        ]
        new_form = type(window.form)(window.session)
        qtbot.addWidget(new_form)
        assert window.form.progress.text() == new_form.progress.text()
        assert window.form.missing_button.text() == new_form.missing_button.text()


def test_search_and_filter_start_afresh_in_the_next_area(qtbot: QtBot, window: MainWindow) -> None:
    areas = list(window.area_list.entries)
    window.form.search_edit.setText("barnmorska")
    assert window.form.searching
    window.select_area(areas[1])
    assert not window.form.searching and window.form.filter_mode == "all"
    window.form.filter_combo.setCurrentIndex(1)  # unanswered only
    window.select_area(areas[2])
    assert window.form.filter_mode == "all"
    section = window.workspace.question_set.sections[0]
    assert list(window.form.widgets) == [q.id for q in section.questions]


def test_a_read_only_area_gets_a_locked_form_and_the_next_area_an_editable_one(
    qtbot: QtBot, window: MainWindow, demo: Workspace
) -> None:
    areas = list(window.area_list.entries)
    window.select_area(areas[1])
    with lock_held_by_other_process(demo.area_dir(areas[2])):
        window.select_area(areas[2])
        assert window.session.read_only
        inputs = [w for card in window.form.widgets.values() for w in card.findChildren(QLineEdit)]
        assert inputs and all(w.isReadOnly() for w in inputs)
        window.select_area(areas[3])
    assert not window.session.read_only
    inputs = [w for card in window.form.widgets.values() for w in card.findChildren(QLineEdit)]
    assert inputs and not any(w.isReadOnly() for w in inputs)
    form = window.form
    window.select_area(areas[1])
    assert window.form is form  # an editable form is refilled again


def test_a_date_typed_but_not_yet_read_is_saved_when_the_area_is_switched(
    qtbot: QtBot, window: MainWindow, demo: Workspace
) -> None:
    areas = list(window.area_list.entries)
    card = type_date(qtbot, window, areas[1], "2027-05-04")
    window.select_area(areas[2])  # as by a shortcut: the focus stays where it was until the form changes
    saved = demo.load_area(areas[1]).answer_set.get(card.question.id)
    assert saved is not None and saved.value == dt.date(2027, 5, 4)


def test_a_date_typed_but_not_yet_read_is_saved_when_the_window_closes(
    qtbot: QtBot, window: MainWindow, demo: Workspace
) -> None:
    area_id = window.session.area_id
    card = type_date(qtbot, window, area_id, "2027-05-04")
    window.close()  # Ctrl+Q: the focus stays in the field
    saved = demo.load_area(area_id).answer_set.get(card.question.id)
    assert saved is not None and saved.value == dt.date(2027, 5, 4)


def test_a_closed_areas_form_is_not_shown_when_no_area_follows(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    form = window.form
    empty = Workspace.create(tmp_path / "tom", name="Tom arbetsyta")
    assert window.open_workspace(empty.root)
    assert window.session is None and window.form is None
    assert not form.isVisible()  # it would show the old area's answers and take no edits
    assert not any(child.isVisible() for child in window.pane.navigator_holder.findChildren(QWidget))
    assert window.pane.pages.currentWidget() is window.pane.empty_page


def test_a_set_aside_form_follows_a_language_switch_without_its_closed_area(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    form = window.form
    assert window.open_workspace(Workspace.create(tmp_path / "tom", name="Tom").root)
    app = QApplication.instance()
    try:
        assert apply_language(app, "en")  # the closed area's session is gone by now
        qtbot.waitUntil(lambda: form.previous_button.text() == "← Previous section")
    finally:
        apply_language(app, "sv")
    qtbot.waitUntil(lambda: form.previous_button.text() == "← Föregående avsnitt")


def test_the_section_stays_when_switching_to_and_from_a_read_only_area(
    qtbot: QtBot, window: MainWindow, demo: Workspace
) -> None:
    areas = list(window.area_list.entries)
    sections = [s.id for s in window.workspace.question_set.sections]
    window.form.show_section(sections[2])
    with lock_held_by_other_process(demo.area_dir(areas[2])):
        window.select_area(areas[2])
        assert window.session.read_only
        assert window.form.section_id == sections[2] and window.pane.navigator.list.currentRow() == 2
        window.form.show_section(sections[4])
        window.select_area(areas[3])
    assert window.form.section_id == sections[4] and window.pane.navigator.list.currentRow() == 4


def test_a_date_that_cannot_be_read_keeps_the_area_open_and_says_why(
    qtbot: QtBot, window: MainWindow, demo: Workspace
) -> None:
    areas = list(window.area_list.entries)
    before = demo.load_area(areas[1]).answer_set.get("grund-datum-remiss")
    card = type_date(qtbot, window, areas[1], "2026-11")
    field = card.editor.focus_target()
    window.select_area(areas[2])  # the typed text is no date: switching now would throw it away
    assert window.session.area_id == areas[1]
    assert field.text() == "2026-11" and field.hasFocus()
    assert "”2026-11” är inget datum" in card.editor.problem()
    assert "2026-11" in window.statusBar().currentMessage()
    assert demo.load_area(areas[1]).answer_set.get("grund-datum-remiss") == before
    field.clear()
    window.select_area(areas[2])
    assert window.session.area_id == areas[2]


@pytest.mark.parametrize("leave", ["switch area", "choose a section"])
def test_an_emptied_search_field_shows_no_clear_button(qtbot: QtBot, window: MainWindow, leave: str) -> None:
    search = window.form.search_edit

    def clear_button_shown() -> bool:
        return any(button.isVisible() for button in search.findChildren(QToolButton))

    qtbot.keyClicks(search, "barnmorska")
    qtbot.waitUntil(clear_button_shown)
    if leave == "switch area":
        window.select_area(list(window.area_list.entries)[1])
    else:
        window.pane.navigator.list.setCurrentRow(2)
    assert search.text() == "" and not window.form.searching
    qtbot.waitUntil(lambda: not clear_button_shown(), timeout=2000)


def test_next_missing_starts_from_the_section_shown_after_a_switch(qtbot: QtBot, window: MainWindow) -> None:
    question_set = window.workspace.question_set
    area_id = next(
        a for a in window.area_list.entries if missing_required(question_set, window.workspace.load_area(a).answer_set)
    )
    missing = [q.id for q in missing_required(question_set, window.workspace.load_area(area_id).answer_set)]
    order = [s.id for s in question_set.sections]
    last = question_set.question(missing[-1]).section_id
    window.form.show_section(last)  # the section of the last missing answer, shown before the switch
    window.select_area(area_id)
    window.form.next_missing()
    assert window.form.current_question == missing[-1] or order.index(
        question_set.question(window.form.current_question).section_id
    ) >= order.index(last)


def test_a_questions_accessible_description_cites_the_law_as_the_help_panel_does(window: MainWindow) -> None:
    question = window.workspace.question_set.question("syfte-privata-utforare")
    assert "{ref:osl-25-12}" in question.help
    window.form.show_section(question.section_id)
    card = window.form.widgets[question.id]
    descriptions = [w.accessibleDescription() for w in (*card.editor.inputs(), card.comment_edit, card.na_box)]
    assert all("{ref:" not in d and "OSL" in d for d in descriptions), descriptions
