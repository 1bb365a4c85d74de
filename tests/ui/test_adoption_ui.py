"""Fastställ in the app, the calm notice at the first change of an adopted routine, exports that say the truth
about the status, export of a saved version from the Versioner panel, revision marks in the area list and the
remiss export dialog: the real main window on the demo workspace, real files read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import yaml
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from routine_builder.cli import main
from routine_builder.domain import Workspace, load_version
from routine_builder.domain.adoption import add_months
from routine_builder.domain.workspace import today
from routine_builder.ui.dialogs.adopt_dialog import AdoptDialog
from routine_builder.ui.dialogs.export_dialog import ExportDialog
from routine_builder.ui.dialogs.remiss_export_dialog import RemissExportDialog
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.actions import ActionId
from routine_builder.ui.window.main_window import MainWindow
from tests.ui.remiss_fixtures import demo_root, export_then, open_demo_window, when_modal

__all__ = ["demo_root"]  # fixtures used by the tests below
NORDOST = "goteborg-nordost"


def _document(root: Path, area_id: str) -> dict:
    """The document data of an area's draft, as saved on disk."""
    return yaml.safe_load((root / "areas" / area_id / "answers.yaml").read_text(encoding="utf-8"))["document"]


def _status_of(path: Path) -> str:
    """The status a Word file says: its document property, which the footer also shows."""
    document = docx.Document(str(path))
    footer = " ".join(p.text for p in document.sections[0].footer.paragraphs)
    status = document.core_properties.content_status
    assert status in footer
    return status


def _type_into(qtbot: QtBot, window: MainWindow, question_id: str, text: str) -> None:
    window.jump_to_question(question_id)
    editor = window.form.widgets[question_id].editor.focus_target()
    assert isinstance(editor, (QLineEdit, QPlainTextEdit))
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def test_fastställ_from_the_app_adopts_the_draft_as_a_saved_version(
    qtbot: QtBot, settings: Settings, demo_root: Path, tmp_path: Path
) -> None:
    window = open_demo_window(qtbot, settings, tmp_path / "data", demo_root, NORDOST)
    newest = len(list((demo_root / "areas" / NORDOST / "versions").glob("*.yaml")))
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AdoptDialog)
        seen["draft"] = dialog.version_combo.itemText(0)
        dialog.by_edit.clear()
        dialog.adopt_button.click()  # nobody named: the dialog says so and stays open
        seen["problem"] = dialog.problem.text()
        assert dialog.isVisible()
        dialog.by_edit.setText("Styrgruppen Göteborg Nordost")
        dialog.until_field.set_date(dt.date(2029, 6, 30))
        dialog.adopt_button.click()

    when_modal(fill, kind=AdoptDialog)
    window.action(ActionId.ADOPT).trigger()
    number = newest + 1
    assert seen == {
        "draft": f"Utkastet som det är nu (sparas som version {number})",
        "problem": "Ange vem som fastställer rutinen, till exempel en styrgrupp eller nämnd.",
    }
    assert window.statusBar().currentMessage() == f"Version {number} är fastställd."
    document = _document(demo_root, NORDOST)
    assert document["status"] == "faststalld" and document["adopted_version"] == number
    assert document["adopted_by"] == "Styrgruppen Göteborg Nordost" and document["valid_until"] == dt.date(2029, 6, 30)
    version = load_version(Workspace.open(demo_root), NORDOST, number).answer_set
    assert version.document.status == "faststalld" and version.document.adopted_by == "Styrgruppen Göteborg Nordost"
    table = window.history_panel.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == str(number))
    assert table.item(row, 3).text().startswith("Fastställd version") and table.item(row, 0).font().bold()
    assert "fastställd" in window.area_list.list.currentItem().text()
    assert window.action(ActionId.UNDO).text() == f"&Ångra fastställande av version {number}"


def test_the_first_change_after_adoption_gives_a_calm_notice_in_the_same_undo_step(
    qtbot: QtBot, settings: Settings, demo_root: Path, tmp_path: Path
) -> None:
    assert main(["adopt", str(demo_root), "--area", NORDOST, "--by", "Styrgruppen", "--date", today().isoformat()]) == 0
    number = _document(demo_root, NORDOST)["adopted_version"]
    window = open_demo_window(qtbot, settings, tmp_path / "data", demo_root, NORDOST)
    banner = window.pane.revision_banner
    assert not banner.isVisible()
    session = window.session
    before = session.answer_set.get("grav-uppfoljning")
    steps = session.undo_stack.count()
    _type_into(qtbot, window, "grav-uppfoljning", " Nytt stycke.")
    assert banner.isVisible()
    assert banner.message.text().startswith(
        f"Rutinen är fastställd som version {number}. Det du ändrar blir ett nytt utkast under revidering."
    )
    assert session.answer_set.document.status == "under_revidering"
    assert session.undo_stack.count() == steps + 1  # the typing and the status: one step
    assert "under revidering" in window.area_list.list.currentItem().text()
    with qtbot.waitSignal(window.pane.compare_version) as asked:
        banner.compare_button.click()
    assert asked.args == [number]
    compare = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "compareWindow" and w.isVisible())
    compare.close()
    banner.close_button.click()
    assert not banner.isVisible()
    window.action(ActionId.UNDO).trigger()
    assert session.answer_set.get("grav-uppfoljning") == before
    assert session.answer_set.document.status == "faststalld"  # undone with the change
    _type_into(qtbot, window, "grav-uppfoljning", " Igen.")
    assert session.answer_set.document.status == "under_revidering"
    qtbot.waitUntil(lambda: _document(demo_root, NORDOST)["status"] == "under_revidering")


def test_the_adopted_version_exports_from_the_versions_panel_and_the_draft_never_says_fastställd(
    qtbot: QtBot, settings: Settings, demo_root: Path, tmp_path: Path
) -> None:
    window = open_demo_window(qtbot, settings, tmp_path / "data", demo_root, "boras")  # adopted 3, edited since
    assert window.session.answer_set.document.adopted_version == 3
    window.history_dock.raise_()  # the Versioner tab
    qtbot.waitUntil(window.history_dock.isEnabled)
    panel = window.history_panel
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == "3")
    assert panel.table.item(row, 3).text().startswith("Fastställd version")
    panel.table.selectRow(row)
    adopted = tmp_path / "borås v3.docx"

    def heading(dialog: ExportDialog) -> None:
        assert dialog.heading.text() == "Version 3 av rutinen för Borås som Word-dokument"
        assert "den fastställda rutinen" in dialog.revision_note.text()
        assert not dialog.mode_box.isVisible()

    when_modal(export_then(adopted, heading), kind=ExportDialog)
    panel.export_button.click()
    assert _status_of(adopted) == "Fastställd"
    draft = tmp_path / "borås utkast.docx"

    def revision(dialog: ExportDialog) -> None:
        note = dialog.revision_note.text()
        assert "sedan version 3 fastställdes" in note and "”Under revidering”" in note
        assert dialog.complete_radio.isChecked()  # every required answer is there

    when_modal(export_then(draft, revision), kind=ExportDialog)
    window.action(ActionId.EXPORT).trigger()
    assert _status_of(draft) == "Under revidering"
    cover = "\n".join(p.text for p in docx.Document(str(draft)).paragraphs[:40])
    assert "Fastställd" not in cover.replace("Fastställd av", "")


def test_areas_due_for_revision_are_marked_in_the_area_list(
    qtbot: QtBot, settings: Settings, demo_root: Path, tmp_path: Path
) -> None:
    soon, passed = add_months(today(), 2), today() - dt.timedelta(days=1)
    for area_id, day in (("simba", soon), ("boras", passed)):
        path = demo_root / "areas" / area_id / "answers.yaml"
        text = path.read_text(encoding="utf-8")
        old = next(line for line in text.splitlines() if line.startswith("  valid_until:"))
        path.write_text(text.replace(old, f"  valid_until: {day.isoformat()}"), encoding="utf-8")
    window = open_demo_window(qtbot, settings, tmp_path / "data", demo_root, "dalsland")
    texts = {
        window.area_list.list.item(i).text().split("\n")[0]: window.area_list.list.item(i)
        for i in range(window.area_list.list.count())
    }
    simba = next(item for name, item in texts.items() if name.startswith("SIMBA"))
    assert simba.text().endswith(f"giltig till {soon.isoformat()} – dags att revidera")
    assert texts["Borås"].text().endswith(f"giltig till {passed.isoformat()} har passerat – revidera")
    assert "revidera" not in texts["Dalsland"].text()
    assert "revidera" in simba.toolTip()


def test_exportera_för_remiss_writes_a_marked_file_and_the_draft_goes_on_remiss(
    qtbot: QtBot, settings: Settings, demo_root: Path, tmp_path: Path
) -> None:
    area_id = "dalsland"
    window = open_demo_window(qtbot, settings, tmp_path / "data", demo_root, area_id)
    output = tmp_path / "dalsland remiss.docx"
    seen: dict[str, str] = {}

    def look(dialog: ExportDialog) -> None:
        assert isinstance(dialog, RemissExportDialog)
        assert dialog.reply_field.date() == today() + dt.timedelta(weeks=4)
        dialog.reply_field.set_date(dt.date(2027, 1, 29))
        seen["title"] = dialog.windowTitle()

    def after(dialog: QWidget) -> None:
        seen["status"] = dialog.status_label.text()  # type: ignore[attr-defined]

    act = export_then(output, look)

    def both(dialog: QWidget) -> None:
        original = dialog.close_button.clicked  # type: ignore[attr-defined]
        original.connect(lambda: after(dialog))
        act(dialog)

    when_modal(both, kind=RemissExportDialog)
    window.action(ActionId.REMISS_EXPORT).trigger()
    assert seen["title"] == "Exportera för remiss"
    number = load_version_count(demo_root, area_id)
    assert f"Remissfilen gjordes från version {number}." in seen["status"]
    document = docx.Document(str(output))
    assert document.core_properties.content_status == "Remissversion (utkast med luckor)"  # Dalsland has gaps
    body = document.element.body.xml
    assert 'w:val="rb:' in body and "w:bookmarkStart" in body
    assert "29 januari 2027" in "\n".join(p.text for p in document.paragraphs)
    assert _document(demo_root, area_id)["status"] == "remiss"
    assert window.session.answer_set.document.status == "remiss"


def load_version_count(root: Path, area_id: str) -> int:
    return len(list((root / "areas" / area_id / "versions").glob("*.yaml")))
