from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from routine_builder.ui.form.editors.contacts_editor import ContactsEditor
from tests.helpers.builders import small_question_set
from tests.ui.area_fixtures import host


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> ContactsEditor:
    widget = ContactsEditor(small_question_set(tmp_path).question("kontakter"))
    host(qtbot, widget, 600, 400)
    return widget


def test_add_type_remove_and_move_rows(qtbot: QtBot, editor: ContactsEditor) -> None:
    with qtbot.waitSignal(editor.edited):
        editor.set_value([{"namn": "Anna"}])
        editor.table.item(0, 1).setText("031-1")
    editor.add_row()
    qtbot.keyClicks(QApplication.focusWidget(), "Bo")
    with qtbot.waitSignal(editor.edited):  # the delegate commits on the next turn of the event loop
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert editor.value() == [{"namn": "Anna", "telefon": "031-1"}, {"namn": "Bo"}]
    editor.move_row(-1)
    assert editor.value() == [{"namn": "Bo"}, {"namn": "Anna", "telefon": "031-1"}]
    editor.table.setCurrentCell(0, 0)
    with qtbot.waitSignal(editor.edited):
        editor.remove_row()
    assert editor.value() == [{"namn": "Anna", "telefon": "031-1"}]


def test_paste_tab_separated_rows_with_ctrl_v(qtbot: QtBot, editor: ContactsEditor) -> None:
    QApplication.clipboard().setText("Anna\t031-111\r\nBo\t031-222\tignored\n\n")
    editor.table.setFocus()
    with qtbot.waitSignal(editor.message) as said, qtbot.waitSignal(editor.edited):
        qtbot.keyClick(editor.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.value() == [{"namn": "Anna", "telefon": "031-111"}, {"namn": "Bo", "telefon": "031-222"}]
    assert "2 rader" in said.args[0] and "1 kolumn" in said.args[0]  # the extra column is named as left out


def test_paste_inserts_new_rows_and_takes_columns_by_their_header(qtbot: QtBot, editor: ContactsEditor) -> None:
    editor.set_value([{"namn": "Anna", "telefon": "031-1"}, {"namn": "Bo", "telefon": "031-2"}])
    editor.table.setCurrentCell(0, 0)  # a selected existing row
    QApplication.clipboard().setText("Telefon\tNamn\tFödd\n031-3\tCilla\t1970\n031-4\tDan\t1980\n")
    editor.table.setFocus()
    with qtbot.waitSignal(editor.message) as said:
        qtbot.keyClick(editor.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.value() == [
        {"namn": "Anna", "telefon": "031-1"},
        {"namn": "Cilla", "telefon": "031-3"},
        {"namn": "Dan", "telefon": "031-4"},
        {"namn": "Bo", "telefon": "031-2"},
    ]  # nothing overwritten, the header row is no contact, columns found by name
    message = said.args[0]
    assert "2 rader" in message and "Rubrikraden" in message and "”Född”" in message


def test_one_pasted_cell_goes_into_the_current_cell(qtbot: QtBot, editor: ContactsEditor) -> None:
    editor.set_value([{"namn": "Anna", "telefon": "031-1"}])
    editor.table.setCurrentCell(0, 1)
    with qtbot.waitSignal(editor.edited):
        editor.paste_text("031-999")
    assert editor.value() == [{"namn": "Anna", "telefon": "031-999"}]


def test_columns_fit_their_content_and_every_row_shows(qtbot: QtBot, tmp_path: Path) -> None:
    question = small_question_set(tmp_path).question("kontakter")
    widget = ContactsEditor(question)
    host(qtbot, widget, 420, 900)
    rows = [
        {"namn": f"Förnamn{i} Efternamnsson", "telefon": "0510-123 45 67 och efter lunch 0510-765 43 21"}
        for i in range(15)
    ]
    widget.set_value(rows)
    table = widget.table
    qtbot.waitUntil(lambda: table.rowHeight(0) > table.fontMetrics().height() * 1.5)  # long cells wrap
    columns = lambda: sum(table.columnWidth(c) for c in range(table.columnCount()))  # noqa: E731
    qtbot.waitUntil(lambda: columns() <= table.viewport().width())  # nothing hidden to the right
    assert columns() >= table.viewport().width() - 4  # and the width is used
    assert not table.horizontalScrollBar().isVisible() and not table.verticalScrollBar().isVisible()
    visible_rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.viewport().height() >= visible_rows  # the table grew to all 15 rows
    name_width = table.fontMetrics().horizontalAdvance("Efternamnsson")
    assert table.columnWidth(0) > name_width  # never narrower than the longest word


def test_empty_rows_are_not_part_of_the_value(editor: ContactsEditor) -> None:
    editor.add_row()
    assert editor.table.rowCount() == 1
    assert editor.value() is None


def test_delete_clears_selected_cells(qtbot: QtBot, editor: ContactsEditor) -> None:
    editor.set_value([{"namn": "Anna", "telefon": "1"}])
    editor.table.setCurrentCell(0, 1)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert editor.value() == [{"namn": "Anna"}]


def test_tab_leaves_the_table(editor: ContactsEditor) -> None:
    assert not editor.table.tabKeyNavigation()


def test_break_chances_keep_times_whole_and_split_addresses_and_long_words() -> None:
    from routine_builder.ui.wording import SOFT_HYPHEN, ZERO_WIDTH_SPACE, breakable

    assert breakable("vardagar kl. 9.00–11.00") == "vardagar kl. 9.00–11.00"
    assert breakable("a.b@kommun.se") == f"a.{ZERO_WIDTH_SPACE}b@{ZERO_WIDTH_SPACE}kommun.{ZERO_WIDTH_SPACE}se"
    assert SOFT_HYPHEN in breakable("Barnmorskemottagningarna")
    assert breakable("Barnmorskemottagningarna").replace(SOFT_HYPHEN, "") == "Barnmorskemottagningarna"


def test_a_phone_number_stays_on_one_line_and_an_address_still_wraps(qtbot: QtBot, tmp_path: Path) -> None:
    from routine_builder.ui.wording import breakable

    assert breakable("070-174 06 87") == "070-174\u00a006\u00a087"  # no break chance inside a number
    assert breakable("ring 070-174 06 87 eller 0510-12 34") == "ring 070-174\u00a006\u00a087 eller 0510-12\u00a034"
    assert breakable("kl. 9 och 10") == "kl. 9 och 10"  # a space between numbers and words stays a space
    phone = "070-174 06 87"
    name = "Socialtjänstens mottagning för barn och unga i kommunen, vardagar och helger"
    for width in (260, 300, 340, 380):
        widget = ContactsEditor(small_question_set(tmp_path).question("kontakter"))
        host(qtbot, widget, width, 600)
        widget.set_value([{"namn": name, "telefon": phone}])
        table = widget.table
        qtbot.waitUntil(lambda t=table: t.rowHeight(0) > t.fontMetrics().height() * 1.5)  # the name wraps
        assert table.columnWidth(1) >= table.fontMetrics().horizontalAdvance(phone), width  # the number does not


def test_a_phone_number_stays_whole_also_where_long_words_must_break(qtbot: QtBot, tmp_path: Path) -> None:
    """Too narrow for whole words, a long word may break with a hyphen, a phone number still does not."""
    phone = "070-174 06 87"
    name = "Barnmorskemottagningarna och Ungdomsmottagningarna"
    widget = ContactsEditor(small_question_set(tmp_path).question("kontakter"))
    host(qtbot, widget, 190, 600)
    widget.set_value([{"namn": name, "telefon": phone}])
    table = widget.table
    metrics = table.fontMetrics()
    qtbot.waitUntil(lambda: table.columnWidth(0) < metrics.horizontalAdvance("Barnmorskemottagningarna"))  # breaks
    assert table.columnWidth(1) >= metrics.horizontalAdvance(phone)
