"""Copying an answer from another area into the open one (one undo step); Ctrl+D without versions says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer
from routine_builder.domain.operations import set_answer
from routine_builder.ui.compare.compare_window import CompareWindow
from routine_builder.ui.compare.cross_area_view import CrossAreaView
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.actions import ActionId
from tests.ui.test_main_window import open_window


def test_cross_area_copy_is_one_undo_step(qtbot: QtBot, settings: Settings, tmp_path: Path, workspace) -> None:
    soder = workspace.load_area("soder")
    workspace.save_area(
        set_answer(soder.answer_set, question_id="lang", answer=Answer("Södras text")).answer_set,
        expected_digest=soder.digest,
    )
    window = open_window(qtbot, settings, tmp_path / "data", workspace.root)
    window.session.apply(set_answer(window.session.answer_set, question_id="kort", answer=Answer("Mitt")))
    window.focused_question = "lang"
    window.action(ActionId.CROSS_AREA).trigger()
    view = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CrossAreaView))
    assert set(view.copy_buttons) == {"soder"}  # not the open area itself
    view.copy_buttons["soder"].click()
    assert window.session.answer_set.get("lang") == Answer("Södras text")
    assert window.form.widgets["lang"].editor.value() == "Södras text"
    assert "Södras text" in view.cells["norr"].text()
    assert window.session.undo_stack.undoText().startswith("kopiering av svar: En lång text?")
    window.session.undo_stack.undo()
    assert window.session.answer_set.get("lang") is None
    assert window.session.answer_set.get("kort") == Answer("Mitt")  # only the copy was undone
    view.close()


def test_compare_without_versions_says_so(qtbot: QtBot, settings: Settings, tmp_path: Path, workspace) -> None:
    window = open_window(qtbot, settings, tmp_path / "data", workspace.root)
    seen: list[str] = []

    def answer(choose_other: bool) -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box.text())
        if choose_other:
            next(b for b in box.buttons() if b.text() == "Jämför med ett annat område").click()
        else:
            box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(0, lambda: answer(False))
    window.action(ActionId.COMPARE).trigger()
    assert "Norr har inga sparade versioner" in seen[0]
    assert not any(isinstance(w, CompareWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
    QTimer.singleShot(0, lambda: answer(True))
    window.action(ActionId.COMPARE).trigger()
    compare = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CompareWindow) and w.isVisible())
    assert compare.left_combo.currentData().area_id == "soder"  # another area, never the draft with itself
    compare.close()
