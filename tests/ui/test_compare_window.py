"""The compare window: counts, the "only changed" filter, F8 / Shift+F8, scrolling in step, exports."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from routine_builder.domain import Workspace, create_demo_workspace, save_version
from routine_builder.ui.compare.compare_window import CompareWindow
from routine_builder.ui.compare.cross_area_view import CrossAreaView
from routine_builder.ui.compare.sources import Source
from routine_builder.ui.compare.version_view import VersionView
from tests.helpers.compare_fixtures import compare_workspace, sample_pair

# The offscreen platform warns that it cannot propagate size hints of a shown top-level window.


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    workspace = compare_workspace(tmp_path / "ws")
    old, new = sample_pair(workspace.question_set)
    draft = workspace.load_area("norr")
    draft = workspace.save_area(old, expected_digest=draft.digest, by="anna")
    save_version(workspace, draft.answer_set, comment="Första", by="anna")
    workspace.save_area(new, expected_digest=draft.digest, by="anna")
    syd = workspace.load_area("syd")
    workspace.save_area(sample_pair(workspace.question_set, "syd")[0], expected_digest=syd.digest, by="bo")
    return workspace


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> CompareWindow:
    window = CompareWindow(workspace=workspace, area_id="norr")
    qtbot.addWidget(window)
    window.resize(900, 500)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_defaults_to_newest_version_against_draft(window: CompareWindow) -> None:
    assert window.left_combo.currentData() == Source("norr", 1)
    assert window.right_combo.currentData() == Source("norr", None)
    summary = window.summary.text()
    assert "Totalt: 4 ändrade, 2 tillagda, 1 borttagen" in summary
    assert summary.count("<br>") <= 1  # at most two lines; each section heading below has its own counts
    details = window.summary.toolTip()
    assert "Första avsnittet: 2 ändrade, 1 tillagd, 0 borttagna" in details
    assert "Andra avsnittet: 2 ändrade, 1 tillagd, 1 borttagen" in details
    assert window.left_title.text().startswith("Norr, version 1 (") and window.right_title.text().startswith("Norr")
    assert "Norr, version 1" in window.windowTitle()
    assert window.counter.text() == "7 ändringar"
    assert len(window.view.rows) == 9


def test_only_changed_filter(window: CompareWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.only_changed, Qt.MouseButton.LeftButton)
    assert window.only_changed.isChecked()
    assert [r.question.question_id for r in window.view.rows] == [
        "lang",
        "val",
        "flera",
        "dagar",
        "datum",
        "kontakter",
        "lista",
    ]
    window.only_changed.setChecked(False)
    assert len(window.view.rows) == 9


def test_f8_steps_through_changes(window: CompareWindow, qtbot: QtBot) -> None:
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.counter.text() == "Ändring 1 av 7"
    assert window.view.changed_rows()[0].heading.text().startswith("➤ ")
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.counter.text() == "Ändring 6 av 7"
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.counter.text() == "Ändring 5 av 7"
    qtbot.keyClick(window, Qt.Key.Key_F8)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.counter.text() == "Ändring 1 av 7"  # wraps around


def test_scrolling_stays_in_step(window: CompareWindow, qtbot: QtBot) -> None:
    view = window.view
    for row in view.rows:  # both answers of a question share a row, whatever their lengths
        assert row.left.geometry().top() == row.right.geometry().top()
        assert row.left.geometry().height() == row.right.geometry().height()
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    window.go_to_change(6)  # the last change: far down
    qtbot.waitUntil(lambda: bar.value() > 0)
    last = view.changed_rows()[6]
    viewport = view.viewport().rect()
    for cell in (last.left, last.right):
        top_left = cell.mapTo(view.viewport(), cell.rect().topLeft())
        assert viewport.contains(top_left), "both sides of the current change are in view"
    assert last.right.hasFocus()


def test_swap_and_other_area(window: CompareWindow) -> None:
    window.swap()
    assert window.left_combo.currentData() == Source("norr", None)
    assert "Totalt: 4 ändrade, 1 tillagd, 2 borttagna" in window.summary.text()
    window.select(left=Source("syd"), right=Source("norr", 1))
    assert window.summary.text() == "<b>Inga skillnader.</b>"
    assert window.counter.text() == "Inga ändringar" and not window.next_button.isEnabled()


def test_exports(window: CompareWindow, tmp_path: Path) -> None:
    page = window.export_html(tmp_path / "ut.html").read_text(encoding="utf-8")
    assert "<ins>socialtjänstens mottagning</ins>" in page


def test_exports_the_routine_redline(qtbot: QtBot, tmp_path: Path) -> None:
    demo = create_demo_workspace(tmp_path / "demo")
    window = CompareWindow(workspace=demo, area_id="boras")
    qtbot.addWidget(window)
    window.select(left=Source("boras", 1), right=Source("boras", 3))
    docx_path = window.export_docx(tmp_path / "ut.docx")
    with zipfile.ZipFile(docx_path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "<w:delText" in xml and "Mötet hålls inom " in xml and "Inom hur många dagar" not in xml


def test_cross_area_and_version_views(qtbot: QtBot, workspace: Workspace) -> None:
    view = CrossAreaView(workspace=workspace, question_id="lang")
    qtbot.addWidget(view)
    assert set(view.cells) == {"norr", "syd"}
    assert "samverkansmöte" in view.cells["norr"].text() and "samverkansmöte" not in view.cells["syd"].text()
    view.question_combo.setCurrentIndex(view.question_combo.findData("val"))
    assert "Två" in view.cells["norr"].text() and "Ett" in view.cells["syd"].text()
    version = VersionView(workspace=workspace, area_id="norr", number=1)
    qtbot.addWidget(version)
    assert "socialtjänsten samma dag" in version.browser.toPlainText()
    assert "version 1" in version.windowTitle()


def test_two_areas_are_not_called_removed(window: CompareWindow) -> None:
    window.select(left=Source("syd"), right=Source("norr"))
    statuses = {row.heading.text() for row in window.view.rows}
    assert not any("Borttagen" in text or "Tillagd" in text for text in statuses)
    assert any("[Olika]" in text for text in statuses)
    assert "olika" in window.summary.text() and "borttagna" not in window.summary.text()
    assert "utkast" in window.left_title.text() and "utkast" in window.right_title.text()


def test_esc_and_the_close_button_close(qtbot: QtBot, window: CompareWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.isVisible()
    window.show()
    window.close_button.click()
    assert not window.isVisible()


def test_export_names_say_what_was_compared_and_where_it_went(window: CompareWindow, tmp_path: Path) -> None:
    name = window.default_file_name(".docx")
    assert name.startswith("Jämförelse Norr, version 1") and name.endswith(".docx") and "/" not in name
    page = window.export_html(tmp_path / "ut.html").read_text(encoding="utf-8")
    assert "Norr, version 1 (" in page and "Norr, utkast" in page  # each side by area, version and date


def test_copy_an_answer_from_another_area_into_the_draft(qtbot: QtBot, workspace: Workspace) -> None:
    draft = workspace.load_area("norr").answer_set
    copied: list[tuple[str, object, str]] = []
    window = CompareWindow(
        workspace=workspace,
        area_id="norr",
        left=Source("syd"),
        draft=draft,
        copy_answer=lambda qid, answer, source: copied.append((qid, answer, source)),
    )
    qtbot.addWidget(window)
    window.show()
    row = next(r for r in window.view.rows if r.question.question_id == "val" and r.copy is not None)
    row.copy.click()
    assert copied == [("val", workspace.load_area("syd").answer_set.get("val"), window.left_title.text())]
    assert all(r.copy is None for r in window.view.rows if r.question.question_id == "val")  # now the same


def test_the_window_follows_a_language_change(qtbot: QtBot, window: CompareWindow) -> None:
    from PySide6.QtWidgets import QApplication

    from routine_builder.ui.i18n import apply_language

    try:
        apply_language(QApplication.instance(), "en")
        qtbot.waitUntil(lambda: window.close_button.text() == "&Close")  # the change arrives as an event
        assert "Total:" in window.summary.text()
        assert window.counter.text() == "7 changes" and "changed" in window.view.section_labels[0].text()
        assert window.windowTitle().startswith("Compare:")
    finally:
        apply_language(QApplication.instance(), "sv")
    qtbot.waitUntil(lambda: window.close_button.text() == "Stän&g")
