"""The app with odd places and files: unreadable areas/, a copied area folder, a broken version, leftovers,
an impossible date. It keeps running and says what is wrong, in one sentence, where it applies."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from routine_builder.domain import Workspace
from routine_builder.ui.compare.history_panel import HistoryPanel
from routine_builder.ui.settings import Settings
from tests.helpers.builders import versions_with_a_broken_one
from tests.ui.sharing_fixtures import open_window


def test_an_areas_folder_that_cannot_be_read_is_shown_in_the_list(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    areas = workspace.areas_dir
    shutil.rmtree(areas)
    areas.symlink_to(areas)  # a link to itself: unreadable even for root (as rights removed are for a user)
    window = open_window(qtbot, settings, tmp_path / "data", workspace.root)
    item = window.area_list.list.item(0)
    assert window.area_list.list.count() == 1
    assert item.text() == f"{areas}: områdena kan inte läsas (en länk i sökvägen pekar tillbaka på sig själv)"
    assert not item.flags() & Qt.ItemFlag.ItemIsSelectable
    assert window.session is None and window.isVisible()


def test_a_copied_area_folder_is_named_and_fixed_in_the_app(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    shutil.copytree(workspace.area_dir("norr"), workspace.areas_dir / "norr-kopia")
    original = workspace.answers_path("norr").read_bytes()
    window = open_window(qtbot, settings, tmp_path / "data", workspace.root)
    window.area_list.select("norr-kopia")
    banner = window.pane.identity_banner
    assert banner.isVisible()
    assert "Svarsfilen i mappen norr-kopia anger området ”norr”" in banner.message.text()
    assert window.session.area_id == "norr-kopia"
    assert window.windowTitle().startswith("Norr (norr-kopia)")
    assert (workspace.area_dir("norr-kopia") / ".lock").is_file() and not (
        workspace.area_dir("norr") / ".lock"
    ).exists()
    banner.fix_button.click()
    assert not banner.isVisible()
    assert "id: norr-kopia" in workspace.answers_path("norr-kopia").read_text(encoding="utf-8")
    assert workspace.answers_path("norr").read_bytes() == original


def test_a_broken_version_is_shown_as_broken(qtbot: QtBot, tmp_path: Path, workspace: Workspace) -> None:
    content = b"format: 1\nversion: {number: [\n"
    broken = versions_with_a_broken_one(workspace, ("Första", "Andra", "Tredje"), broken=2, content=content)
    panel = HistoryPanel(workspace)
    qtbot.addWidget(panel)
    panel.set_area("norr")
    rows = [[panel.table.item(r, c).text() for c in (0, 3)] for r in range(panel.table.rowCount())]
    assert rows == [["3", "Tredje"], ["2", "Skadad: filen kan inte läsas"], ["1", "Första"]]
    assert str(broken) in panel.table.item(1, 3).toolTip()
    panel.select_number(2)
    assert not panel.compare_button.isEnabled() and not panel.restore_button.isEnabled()
    panel.select_number(3)
    assert panel.compare_button.isEnabled()


def test_opening_an_area_removes_temporaries_of_interrupted_saves(
    qtbot: QtBot, settings: Settings, tmp_path: Path, workspace: Workspace
) -> None:
    folder = workspace.area_dir("norr")
    old, young = folder / ".answers.yaml.a1b2c3d4.tmp", folder / ".answers.yaml.e5f6g7h8.tmp"
    for path in (old, young):
        path.write_text("halvt skrivet", encoding="utf-8")
    past = time.time() - 3600
    os.utime(old, (past, past))
    open_window(qtbot, settings, tmp_path / "data", workspace.root)
    assert not old.exists(), "an hour old: left by a program that was killed"
    assert young.exists(), "may belong to a save in progress on another PC"


def test_the_app_starts_with_an_impossible_date_in_one_area(tmp_path: Path, workspace: Workspace) -> None:
    path = workspace.answers_path("norr")
    path.write_text(path.read_text(encoding="utf-8").replace("document:\n", "document:\n  valid_until: 2026-02-30\n"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ROUTINE_BUILDER_SMOKE": "1",
        "ROUTINE_BUILDER_SMOKE_DELAY_MS": "300",
        "ROUTINE_BUILDER_DATA_DIR": str(tmp_path / "data"),
    }
    for _start in range(2):  # and again, now that the workspace is remembered
        result = subprocess.run(
            [sys.executable, "-m", "routine_builder", "gui", str(workspace.root)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        assert "main window shown" in result.stdout
