"""Fixtures for the remiss and adoption tests of the main window: the demo workspace, a remiss file of Borås
made by the real export, reviewers' copies made on that file as Word would, and a way to answer the modal
dialogs the window opens."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from routine_builder.domain import Workspace, create_demo_workspace
from routine_builder.export.remiss_export import export_remiss_file
from routine_builder.ui.app import create_main_window
from routine_builder.ui.dialogs.export_dialog import ExportDialog
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.main_window import MainWindow
from tests.helpers.reviewer import Reviewer

ANNA, BO, CECILIA = "Anna Berg", "Bo Ek", "Cecilia Holm"


@dataclass(frozen=True)
class RemissRound:
    """A demo workspace whose Borås draft went out on remiss, and the files two reviewers sent back."""

    root: Path
    version: int  # the saved version the remiss file was made from
    anna: Path  # comments with a reply, tracked changes, an untracked edit, a comment on a heading
    cecilia: Path  # one comment


@pytest.fixture(scope="module")
def remiss_round_template(tmp_path_factory: pytest.TempPathFactory) -> RemissRound:
    folder = tmp_path_factory.mktemp("remiss-round")
    workspace = create_demo_workspace(folder / "ws")
    sent = folder / "boras-remiss.docx"
    result = export_remiss_file(workspace=workspace, draft=workspace.load_area("boras").answer_set, output=sent)
    assert result.version is not None
    anna = Reviewer(sent)
    first = anna.answer_paragraphs("alt2-aterkoppling")[0]
    parent = anna.comment(first, "Ange hur snabbt återkopplingen ska ske.", author=ANNA)
    anna.reply(parent, first, "Håller med, inom sju dagar.", author=BO)
    sip = anna.answer_paragraphs("alt1-sip")[0]
    anna.track_delete(sip, "både ", author=ANNA)
    anna.track_insert(sip, "SIP erbjuds", " alltid", author=ANNA)
    anna.edit_untracked(anna.answer_paragraphs("grav-uppfoljning")[0], "var sjätte vecka", "var fjärde vecka")
    anna.comment(anna.heading("Dokumentation"), "Kapitlet behöver en mening om journalföring.", author=ANNA)
    anna_path = anna.save(folder / "boras-anna.docx", last_modified_by=ANNA)
    cecilia = Reviewer(sent)
    cecilia.comment(cecilia.answer_paragraphs("alt2-aterkoppling")[0], "Hänvisa till 14 kap. 1 § SoL.", author=CECILIA)
    cecilia_path = cecilia.save(folder / "boras-cecilia.docx", last_modified_by=CECILIA)
    return RemissRound(folder, result.version, anna_path, cecilia_path)


@pytest.fixture
def remiss_round(remiss_round_template: RemissRound, tmp_path: Path) -> RemissRound:
    """A fresh copy for each test (the workspace is changed by imports and handling)."""
    template = remiss_round_template
    shutil.copytree(template.root / "ws", tmp_path / "ws")
    anna = Path(shutil.copy(template.anna, tmp_path / template.anna.name))
    cecilia = Path(shutil.copy(template.cecilia, tmp_path / template.cecilia.name))
    return RemissRound(tmp_path, template.version, anna, cecilia)


@pytest.fixture
def demo_root(tmp_path: Path) -> Path:
    """A fresh demo workspace."""
    create_demo_workspace(tmp_path / "ws")
    return tmp_path / "ws"


def open_demo_window(qtbot: QtBot, settings: Settings, data: Path, root: Path, area_id: str) -> MainWindow:
    """The main window on ``root`` with ``area_id`` open, at a laptop's size."""
    window = create_main_window(settings, data)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_workspace(root)
    window.area_list.select(area_id)
    assert window.session is not None and window.session.area_id == area_id
    return window


def when_modal(act: Callable[[QWidget], None], *, kind: type[QWidget] = QWidget) -> None:
    """Run ``act`` on the next modal window of ``kind`` once it is open (as a user answering it)."""

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def workspace_of(root: Path) -> Workspace:
    """The workspace as a new reader sees it on disk."""
    return Workspace.open(root)


def export_then(output: Path, check: Callable[[ExportDialog], None] = lambda _d: None) -> Callable[[QWidget], None]:
    """Answer an export dialog as a user: look at it, choose ``output``, export, wait, close."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        check(dialog)
        dialog.path_edit.setText(str(output))
        dialog.export_button.click()

        def wait() -> None:
            if dialog.is_exporting():
                QTimer.singleShot(20, wait)
            else:
                assert dialog.export_result is not None, dialog.status_label.text()
                dialog.close_button.click()

        wait()

    return act
