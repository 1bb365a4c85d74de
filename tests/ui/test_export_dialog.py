"""The export dialog: a real .docx through the dialog, remembered paths, PDF availability, links, errors."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QGroupBox, QLabel, QWidget

from routine_builder.domain import create_demo_workspace
from routine_builder.domain.reviews import Review, ReviewItem, add_review
from routine_builder.domain.workspace import Workspace
from routine_builder.ui.i18n import apply_language
from routine_builder.ui.settings import EXPORT_PATHS, Settings
from tests.helpers.builders import make_workspace
from tests.ui.area_fixtures import app_theme

try:
    from routine_builder.ui.dialogs import export_dialog
    from routine_builder.ui.dialogs.export_dialog import ExportDialog
except ImportError as exc:  # the export package is written in parallel; fail loudly, never skip
    raise AssertionError(f"routine_builder.export is not importable yet: {exc}") from exc


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return make_workspace(tmp_path / "ws", ("norr",))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _dialog(qtbot, workspace: Workspace, settings: Settings) -> ExportDialog:
    dlg = ExportDialog(workspace, workspace.load_area("norr").answer_set, settings)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _export(qtbot, dlg: ExportDialog) -> None:
    dlg.export_button.click()
    assert dlg.is_exporting()
    assert not dlg.close_button.isEnabled()
    qtbot.waitUntil(lambda: not dlg.is_exporting(), timeout=60_000)


def test_exports_a_real_draft_and_remembers_the_path(qtbot, tmp_path, workspace, settings) -> None:
    dlg = _dialog(qtbot, workspace, settings)
    assert dlg.draft_radio.isChecked()  # an empty area: required answers are missing
    assert dlg.path_edit.text().endswith("Norr – lokal rutin (utkast).docx")
    dlg.complete_radio.click()
    assert dlg.path_edit.text().endswith("Norr – lokal rutin.docx")  # the finished routine has its own name
    dlg.draft_radio.click()
    target = tmp_path / "ut" / "rutin"  # a folder that does not exist yet, no suffix
    dlg.path_edit.setText(str(target))
    _export(qtbot, dlg)
    output = tmp_path / "ut" / "rutin.docx"
    assert dlg.export_result is not None and dlg.export_result.path == output, dlg.status_label.text()
    with zipfile.ZipFile(output) as docx:
        assert "word/document.xml" in docx.namelist()
    assert dlg.open_button.isVisible() and dlg.folder_button.isVisible()
    assert str(output) in dlg.status_label.text()
    assert list(settings.get(EXPORT_PATHS).values()) == [str(output)]
    again = _dialog(qtbot, workspace, settings)
    assert again.path_edit.text() == str(output)


def test_open_and_show_in_folder(qtbot, tmp_path, workspace, settings, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(export_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dlg = _dialog(qtbot, workspace, settings)
    dlg.path_edit.setText(str(tmp_path / "rutin.docx"))
    _export(qtbot, dlg)
    dlg.open_button.click()
    dlg.folder_button.click()
    assert opened == [str(tmp_path / "rutin.docx"), str(tmp_path)]


def test_complete_is_blocked_while_answers_are_missing(qtbot, workspace, settings) -> None:
    dlg = _dialog(qtbot, workspace, settings)
    dlg.complete_radio.click()
    assert not dlg.export_button.isEnabled()
    assert "Utkast" in dlg.status_label.text()
    dlg.draft_radio.click()
    assert dlg.export_button.isEnabled()


def test_missing_answer_link_jumps_to_the_question(qtbot, workspace, settings) -> None:
    dlg = _dialog(qtbot, workspace, settings)
    missing = [q.id for q in export_dialog.missing_required(workspace.question_set, dlg._answer_set)]
    assert dlg.missing_list.count() == len(missing) > 0
    assert str(len(missing)) in dlg.missing_label.text()
    second = dlg.missing_list.item(1)
    rect = dlg.missing_list.visualItemRect(second)
    with qtbot.waitSignal(dlg.jump_to_question) as blocker:
        qtbot.mouseClick(dlg.missing_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [missing[1]]
    assert dlg.result() == QDialog.DialogCode.Rejected and not dlg.isVisible()


def test_missing_answer_link_by_keyboard(qtbot, workspace, settings) -> None:
    dlg = _dialog(qtbot, workspace, settings)
    dlg.missing_list.setFocus()
    dlg.missing_list.setCurrentRow(0)
    with qtbot.waitSignal(dlg.jump_to_question) as blocker:
        qtbot.keyClick(dlg.missing_list, Qt.Key.Key_Return)
    assert blocker.args == [dlg.missing_list.item(0).data(Qt.ItemDataRole.UserRole)]


def test_pdf_needs_libreoffice(qtbot, workspace, settings, monkeypatch) -> None:
    monkeypatch.setattr(export_dialog, "find_soffice", lambda: None)
    dlg = _dialog(qtbot, workspace, settings)
    assert not dlg.pdf_check.isEnabled()
    assert "LibreOffice" in dlg.pdf_hint.text()
    monkeypatch.setattr(export_dialog, "find_soffice", lambda: "/usr/bin/soffice")
    dlg = _dialog(qtbot, workspace, settings)
    assert dlg.pdf_check.isEnabled()


def test_an_export_error_is_one_clear_sentence(qtbot, tmp_path, workspace, settings) -> None:
    folder = tmp_path / "finns.docx"
    folder.mkdir()
    dlg = _dialog(qtbot, workspace, settings)
    dlg.path_edit.setText(str(folder))
    _export(qtbot, dlg)
    text = dlg.status_label.text()
    assert text.startswith("Exporten misslyckades:") and str(folder) in text
    assert "Traceback" not in text
    assert dlg.status_label.property("role") == "error"
    assert dlg.export_result is None and not dlg.open_button.isVisible()
    assert dlg.export_button.isEnabled() and dlg.close_button.isEnabled()


def test_an_unexpected_error_points_to_the_log(qtbot, tmp_path, workspace, settings, monkeypatch) -> None:
    def broken(**_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(export_dialog, "export_routine", broken)
    dlg = _dialog(qtbot, workspace, settings)
    dlg.path_edit.setText(str(tmp_path / "x.docx"))
    _export(qtbot, dlg)
    assert "loggfil" in dlg.status_label.text() and "boom" not in dlg.status_label.text()


def test_keyboard_order(qtbot, workspace, settings, monkeypatch) -> None:
    monkeypatch.setattr(export_dialog, "find_soffice", lambda: "/usr/bin/soffice")  # the PDF box takes focus
    dlg = _dialog(qtbot, workspace, settings)
    dlg.activateWindow()
    dlg.draft_radio.setFocus()
    seen = [dlg.focusWidget()]
    for _ in range(5):
        dlg.focusNextChild()
        seen.append(dlg.focusWidget())
    assert seen[:5] == [dlg.draft_radio, dlg.missing_list, dlg.path_edit, dlg.browse_button, dlg.pdf_check]
    assert seen[5] in (dlg.export_button, dlg.close_button)
    for widget in (dlg.missing_list, dlg.path_edit, dlg.progress):
        assert widget.accessibleName()


@pytest.mark.slow
def test_exports_a_pdf_beside_the_document(qtbot, tmp_path, workspace, settings) -> None:
    assert export_dialog.find_soffice() is not None, "LibreOffice is needed for this test (tools/setup.sh --test)"
    dlg = _dialog(qtbot, workspace, settings)
    dlg.path_edit.setText(str(tmp_path / "rutin.docx"))
    dlg.pdf_check.setChecked(True)
    _export(qtbot, dlg)
    assert dlg.export_result is not None, dlg.status_label.text()
    assert dlg.export_result.pdf == tmp_path / "rutin.pdf"
    assert (tmp_path / "rutin.pdf").read_bytes().startswith(b"%PDF")


def test_an_existing_file_is_not_replaced_without_asking(qtbot, tmp_path, workspace, settings) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    existing = tmp_path / "rutin.docx"
    existing.write_bytes(b"someone else's document")
    dlg = _dialog(qtbot, workspace, settings)
    dlg.path_edit.setText(str(existing))
    answers = iter(["cancel", "replace"])

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        assert "”rutin.docx” finns redan" in box.text()
        if next(answers) == "cancel":
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            next(b for b in box.buttons() if b.text() == "&Ersätt").click()

    QTimer.singleShot(0, answer)
    dlg.export_button.click()
    assert not dlg.is_exporting() and existing.read_bytes() == b"someone else's document"
    assert "Inget skrevs över" in dlg.status_label.text()
    QTimer.singleShot(0, answer)
    _export(qtbot, dlg)
    assert dlg.export_result is not None and existing.read_bytes() != b"someone else's document"


def test_without_libreoffice_the_dialog_says_the_contents_lack_page_numbers(
    qtbot, tmp_path, workspace, settings, monkeypatch
) -> None:
    monkeypatch.setenv("ROUTINE_BUILDER_SOFFICE", str(tmp_path / "ingen" / "soffice"))
    monkeypatch.setattr(export_dialog, "find_soffice", lambda: None)
    dlg = _dialog(qtbot, workspace, settings)
    assert "sidnummer" in dlg.pdf_hint.text()
    dlg.path_edit.setText(str(tmp_path / "rutin.docx"))
    _export(qtbot, dlg)
    assert dlg.export_result is not None and not dlg.export_result.page_numbers
    assert "inga sidnummer" in dlg.status_label.text()


def _assert_whole(dialog: ExportDialog) -> None:
    """Every visible control and text of ``dialog`` has the height it needs at its width; the choices too."""
    for radio in (dialog.complete_radio, dialog.draft_radio):
        assert radio.height() >= radio.sizeHint().height(), radio.text()
        assert radio.width() >= radio.sizeHint().width(), radio.text()
        assert dialog.mode_box.contentsRect().contains(radio.geometry()), radio.text()
    assert not dialog.complete_radio.geometry().intersects(dialog.draft_radio.geometry())
    for widget in dialog.findChildren(QWidget):
        if widget.isVisibleTo(dialog) and isinstance(widget, QAbstractButton | QLabel | QGroupBox):
            needed = widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else widget.sizeHint().height()
            needed = max(needed, widget.minimumSizeHint().height())
            name = widget.property("text") or widget.property("title")
            assert widget.height() >= needed, f"{type(widget).__name__} {name!r}: {widget.height()} < {needed}"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_choices_keep_their_height_when_remiss_replies_add_a_check_box(qtbot, tmp_path, settings, language) -> None:
    demo = create_demo_workspace(tmp_path / "demo")
    item = ReviewItem(id=1, kind="comment", text="Ange hur snabbt.", author="Anna Berg", question_id="alt1-sip")
    add_review(demo, Review(reviewer="Anna Berg", file_name="boras-anna.docx", area_id="boras", items=(item,)))
    app = QApplication.instance()
    try:
        assert apply_language(app, language)
        with app_theme(app, "light"):
            dlg = ExportDialog(demo, demo.load_area("boras").answer_set, settings)
            qtbot.addWidget(dlg)
            dlg.show()
            qtbot.waitExposed(dlg)
            assert dlg.summary_check.isVisible() and not dlg.missing_list.isVisibleTo(dlg)
            qtbot.waitUntil(lambda: _assert_whole(dlg))  # retried until the window's layout has settled
            dlg.resize(dlg.minimumWidth(), 200)  # as small as the user can drag it: still nothing cut off
            qtbot.waitUntil(lambda: _assert_whole(dlg))
            dlg.draft_radio.click()
            dlg._show_status("Dokumentet skapas… " * 8, error=False)  # a longer status line appears below
            qtbot.waitUntil(lambda: _assert_whole(dlg))
    finally:
        apply_language(app, "sv")
