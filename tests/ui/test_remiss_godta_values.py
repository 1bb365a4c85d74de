"""Godta on answers that are not free text: a reviewer who changes "inom tio dagar" to "inom sju dagar" in
Word, or turns a yes into the routine's no sentence, proposes a number or a yes/no the form can take over;
a text that reads as no answer of the question is left to the form."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from routine_builder.domain import create_demo_workspace
from routine_builder.domain.reviews import ACCEPTED, OPEN, load_reviews
from routine_builder.export.remiss_export import export_remiss_file
from routine_builder.ui.review.review_panel import ReviewPanel
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.actions import ActionId
from routine_builder.ui.window.main_window import MainWindow
from tests.helpers.reviewer import Reviewer
from tests.ui.remiss_fixtures import open_demo_window, when_modal, workspace_of

LEFT = Qt.MouseButton.LeftButton
DORA = "Dora Lind"


@pytest.fixture
def reviewed(tmp_path: Path) -> tuple[Path, Path]:
    """The Borås draft sent on remiss and Dora's copy: a number, a yes/no and a sentence changed."""
    workspace = create_demo_workspace(tmp_path / "ws")
    sent = tmp_path / "boras-remiss.docx"
    export_remiss_file(workspace=workspace, draft=workspace.load_area("boras").answer_set, output=sent)
    dora = Reviewer(sent)
    days = dora.answer_paragraphs("alt2-aterkoppling-dagar")[0]
    dora.track_delete(days, "tio ", author=DORA)
    dora.track_insert(days, "inom ", "sju ", author=DORA)
    team = dora.answer_paragraphs("grav-team")[0]
    dora.edit_untracked(team, "inget tvärprofessionellt team för", "ett tvärprofessionellt team som diskuterar")
    meeting = dora.answer_paragraphs("fodsel-uppfoljande-mote")[0]
    dora.edit_untracked(meeting, "verksamheterna träffas", "verksamheterna kan träffas")
    return tmp_path / "ws", dora.save(tmp_path / "boras-dora.docx", last_modified_by=DORA)


def _imported(qtbot: QtBot, settings: Settings, root: Path, path: Path) -> tuple[MainWindow, ReviewPanel]:
    window = open_demo_window(qtbot, settings, root.parent / "data", root, "boras")
    when_modal(lambda box: box.accept(), kind=QMessageBox)
    window.reviews.import_files([path])
    panel = window.reviews.panel
    assert panel is not None and len(panel.model.entries) == 3
    return window, panel


def _select(panel: ReviewPanel, question_id: str) -> None:
    entry = next(e for e in panel.model.entries if e.item.question_id == question_id)
    assert panel.select(entry.key)


def test_a_changed_number_is_taken_over_as_the_number(qtbot: QtBot, settings: Settings, reviewed) -> None:
    root, path = reviewed
    window, panel = _imported(qtbot, settings, root, path)
    session = window.session
    assert session.answer_set.get("alt2-aterkoppling-dagar").value == 10
    _select(panel, "alt2-aterkoppling-dagar")
    assert "Mottagaren återkopplar inom tio sju dagar." in panel.detail.toPlainText()  # the words changed
    assert "Godta ger frågan svaret: 7 dagar" in panel.detail.toPlainText()
    assert panel.accept_button.isEnabled()
    qtbot.mouseClick(panel.accept_button, LEFT)
    assert session.answer_set.get("alt2-aterkoppling-dagar").value == 7
    assert window.action(ActionId.UNDO).text().startswith("&Ångra godtaget remissförslag: ")
    window.action(ActionId.UNDO).trigger()
    assert session.answer_set.get("alt2-aterkoppling-dagar").value == 10
    window.action(ActionId.REDO).trigger()
    qtbot.waitUntil(lambda: "alt2-aterkoppling-dagar: 7" in session.workspace.answers_path("boras").read_text("utf-8"))
    states = {i.question_id: i.state for r in load_reviews(workspace_of(root), "boras")[0] for i in r.items}
    assert states["alt2-aterkoppling-dagar"] == ACCEPTED


def test_the_routines_sentence_for_the_other_answer_turns_a_no_into_a_yes(
    qtbot: QtBot, settings: Settings, reviewed
) -> None:
    root, path = reviewed
    window, panel = _imported(qtbot, settings, root, path)
    session = window.session
    before = session.answer_set.get("grav-team")
    assert before.value is False
    _select(panel, "grav-team")
    assert panel.accept_button.isEnabled()
    qtbot.mouseClick(panel.accept_button, LEFT)
    after = session.answer_set.get("grav-team")
    assert after.value is True and after.comment == before.comment


def test_a_sentence_that_reads_as_no_answer_is_left_to_the_form_and_an_edit_can_make_it_one(
    qtbot: QtBot, settings: Settings, reviewed
) -> None:
    root, path = reviewed
    window, panel = _imported(qtbot, settings, root, path)
    session = window.session
    _select(panel, "fodsel-uppfoljande-mote")
    assert not panel.accept_button.isEnabled()
    assert "ändra svaret i formuläret" in panel.accept_button.toolTip()
    assert "läses inte som något av frågans svar" in panel.detail.toPlainText()
    assert panel.handled_button.isEnabled() and panel.edit_button.isEnabled()
    # the number's proposal, edited before it is taken over: Godta follows what the text reads as
    _select(panel, "alt2-aterkoppling-dagar")
    panel.edit_button.setChecked(True)
    panel.editor.setPlainText("Mottagaren återkopplar så snart det går.")
    assert not panel.accept_button.isEnabled()
    panel.editor.setPlainText("Mottagaren återkopplar inom åtta dagar.")
    assert panel.accept_button.isEnabled()
    qtbot.mouseClick(panel.accept_button, LEFT)
    assert session.answer_set.get("alt2-aterkoppling-dagar").value == 8
    assert session.answer_set.get("fodsel-uppfoljande-mote").value is True  # the unreadable one is untouched
    states = {i.question_id: i.state for r in load_reviews(workspace_of(root), "boras")[0] for i in r.items}
    assert states["fodsel-uppfoljande-mote"] == OPEN
