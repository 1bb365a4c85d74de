from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTabBar
from pytestqt.qtbot import QtBot

from routine_builder.domain import Workspace
from routine_builder.ui import settings as options
from routine_builder.ui.app import create_main_window
from routine_builder.ui.area.area_error_view import AreaErrorView
from routine_builder.ui.i18n import apply_language
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.actions import ActionId
from routine_builder.ui.window.main_window import MainWindow
from tests.ui.area_fixtures import make_small_workspace

VERTICAL_TABS = (
    QTabBar.Shape.RoundedEast,
    QTabBar.Shape.RoundedWest,
    QTabBar.Shape.TriangularEast,
    QTabBar.Shape.TriangularWest,
)


def open_window(qtbot: QtBot, settings: Settings, data: Path, root: Path) -> MainWindow:
    window = create_main_window(settings, data)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_workspace(root)
    return window


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return make_small_workspace(tmp_path / "ws", ("norr", "soder", "trasig"))


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace) -> MainWindow:
    workspace.answers_path("trasig").write_text("format: 1\nanswers: [\n", encoding="utf-8")
    return open_window(qtbot, settings, tmp_path / "data", workspace.root)


def test_opens_the_workspace_with_its_areas(window: MainWindow) -> None:
    assert list(window.area_list.entries) == ["norr", "soder", "trasig"]
    assert window.session is not None and window.session.area_id == "norr"
    assert "Testyta" in window.windowTitle()
    text = window.area_list.list.item(0).text()
    assert "0 av 8 besvarade, 5 obligatoriska saknas" in text  # 'dagar' is hidden by its condition


def test_a_broken_area_shows_its_error_while_the_others_work(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    item = window.area_list.list.item(2)
    assert "Fel i svarsfilen" in item.text() and not item.icon().isNull()
    window.area_list.select("trasig")
    view = window.error_holder.findChild(AreaErrorView)
    assert window.pages.currentWidget() is window.error_holder
    assert "answers.yaml, rad" in view.message.text()
    assert window.session is None and not window.action(ActionId.SAVE).isEnabled()
    window.area_list.select("soder")
    assert window.session.area_id == "soder"
    line_edit = window.form.widgets["kort"].editor.focus_target()
    qtbot.keyClicks(line_edit, "Soder svarar")
    qtbot.waitUntil(lambda: "Soder svarar" in workspace.answers_path("soder").read_text(encoding="utf-8"))


def test_undo_and_redo_through_the_actions(qtbot: QtBot, window: MainWindow) -> None:
    line_edit = window.form.widgets["kort"].editor.focus_target()
    assert isinstance(line_edit, QLineEdit)
    qtbot.keyClicks(line_edit, "abc")
    undo = window.action(ActionId.UNDO)
    assert undo.isEnabled()
    assert undo.text() == "&Ångra ändring av svar: En kort text?"
    undo.trigger()
    assert line_edit.text() == ""
    window.action(ActionId.REDO).trigger()
    assert line_edit.text() == "abc"


def test_switching_area_saves_at_once(qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace) -> None:
    settings.set(options.AUTOSAVE_DELAY_MS, 60_000)
    window = open_window(qtbot, settings, tmp_path / "data", workspace.root)
    qtbot.keyClicks(window.form.widgets["kort"].editor.focus_target(), "Sparas vid byte")
    window.area_list.select("soder")
    assert "Sparas vid byte" in workspace.answers_path("norr").read_text(encoding="utf-8")


def test_save_failure_shows_a_banner_and_keeps_the_text(qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    shutil.rmtree(workspace.area_dir("norr"))
    editor = window.form.widgets["lang"].editor.focus_target()
    assert isinstance(editor, QPlainTextEdit)
    qtbot.keyClicks(editor, "Far inte forsvinna")
    qtbot.waitUntil(lambda: window.banner.isVisible())
    assert "Kunde inte spara" in window.banner.message.text()
    assert "Kunde inte spara" in window.save_status.text()
    assert editor.toPlainText() == "Far inte forsvinna"
    workspace.area_dir("norr").mkdir()
    window.action(ActionId.SAVE).trigger()
    assert not window.banner.isVisible()
    assert window.save_status.text().startswith("Senast sparat")
    assert "Far inte forsvinna" in workspace.answers_path("norr").read_text(encoding="utf-8")


def test_close_and_reopen_keeps_everything(
    qtbot: QtBot, window: MainWindow, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    qtbot.keyClicks(window.form.widgets["kort"].editor.focus_target(), "Kvar efterat")
    window.close()
    again = open_window(qtbot, settings, tmp_path / "data", workspace.root)
    assert again.form.widgets["kort"].editor.value() == "Kvar efterat"


def test_keyboard_shortcuts_navigate_sections(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.action(ActionId.NEXT_SECTION).trigger()
    assert window.form.section_id == "andra"
    assert window.navigator.current_section_id() == "andra"
    window.action(ActionId.PREVIOUS_SECTION).trigger()
    assert window.form.section_id == "forsta"
    window.action(ActionId.FIND).trigger()
    assert window.form.search_edit.hasFocus()
    assert window.action(ActionId.SAVE).shortcut().toString() == "Ctrl+S"
    assert window.action(ActionId.NEXT_SECTION).shortcut().toString() == "Ctrl+PgDown"


def test_language_switch_retranslates_the_window(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    first_menu = window.menuBar().actions
    try:
        assert apply_language(app, "en"), "the English translation is not built: run 'python tools/i18n.py build'"
        english = app.translate("Actions", "&Arkiv")
        assert english != "&Arkiv"
        qtbot.waitUntil(lambda: first_menu()[0].text() == english)
    finally:
        apply_language(app, "sv")
    qtbot.waitUntil(lambda: first_menu()[0].text() == "&Arkiv")
    assert window.form.widgets["kort"].na_box.text() == "Ej aktuellt"


def test_history_and_cross_area_open_their_views(qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    from routine_builder.domain import save_version
    from routine_builder.ui.compare.compare_window import CompareWindow
    from routine_builder.ui.compare.cross_area_view import CrossAreaView
    from routine_builder.ui.compare.version_view import VersionView

    save_version(workspace, window.session.loaded.answer_set, comment="Första")
    qtbot.keyClicks(window.form.widgets["kort"].editor.focus_target(), "Osparat utkast")
    window.history_panel.set_area("norr")
    window.history_panel.compare_requested.emit(1)
    compare = window.findChild(CompareWindow)
    assert compare is not None and compare.draft is window.session.answer_set
    assert compare.left_combo.currentData().version == 1
    compare.close()
    window.history_panel.open_requested.emit(1)
    view = window.findChild(VersionView)
    assert view is not None and view.isVisible()
    view.close()
    window.action(ActionId.CROSS_AREA).trigger()
    cross = window.findChild(CrossAreaView)
    assert cross is not None and set(cross.cells) == {"norr", "soder", "trasig"}
    cross.close()


def test_sections_areas_and_the_next_missing_button_count_the_same(window: MainWindow) -> None:
    import re

    def missing(text: str) -> int:
        found = re.search(r"(\d+) obligatorisk[a]? saknas", text)
        return int(found.group(1)) if found else 0

    per_section = sum(missing(window.navigator.list.item(r).text()) for r in range(window.navigator.list.count()))
    in_area_list = missing(window.area_list.list.item(0).text())
    on_button = int(re.search(r"\((\d+) kvar\)", window.form.missing_button.text()).group(1))
    assert per_section == in_area_list == on_button == 5


def test_the_panels_beside_the_form_show_whole_tab_titles_on_a_small_screen(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    window = open_window(qtbot, settings, tmp_path / "data", workspace.root)
    window.resize(1229, 691)  # the first-start size on a 1366×768 screen
    window.resizeDocks([window.help_dock], [260], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible() and bar.count() > 1]
    assert bars, "the panels beside the form are tabs"
    for bar in bars:
        vertical = bar.shape() in VERTICAL_TABS
        for index in range(bar.count()):
            room = bar.tabRect(index).height() if vertical else bar.tabRect(index).width()
            assert room > bar.fontMetrics().horizontalAdvance(bar.tabText(index)), bar.tabText(index)

    assert window.help_dock.width() <= 280 and window.form.width() >= 680  # the tabs take none of the form's room


def test_a_refused_switch_leaves_the_open_area_selected_in_the_list(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    away = workspace.area_dir("norr").with_name("norr-borta")
    workspace.area_dir("norr").rename(away)  # the network drive is gone
    try:
        qtbot.keyClicks(window.form.widgets["kort"].editor.focus_target(), "Inte sparat")
        qtbot.waitUntil(lambda: window.banner.isVisible())
        rows = window.area_list.list
        soder = rows.visualItemRect(rows.item(1)).center()
        qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=soder)  # refused: the text is not saved
        qtbot.wait(50)
        assert window.session.area_id == "norr"
        assert window.area_list.current_area_id() == "norr"
        assert rows.selectedItems() == [rows.item(0)]
    finally:
        away.rename(workspace.area_dir("norr"))
