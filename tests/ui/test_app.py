from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from routine_builder.ui import settings as options
from routine_builder.ui.app import choose_workspace, data_dir, demo_workspace
from routine_builder.ui.settings import Settings
from tests.ui.area_fixtures import make_small_workspace


def test_data_dir_follows_the_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ROUTINE_BUILDER_DATA_DIR", str(tmp_path / "d"))
    assert data_dir() == tmp_path / "d"


def test_workspace_choice_order(qapp, tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    given = tmp_path / "given"
    assert choose_workspace(given, settings, tmp_path / "data") == given
    last = make_small_workspace(tmp_path / "last").root
    settings.set(options.LAST_WORKSPACE, str(last))
    assert choose_workspace(None, settings, tmp_path / "data") == last
    settings.set(options.LAST_WORKSPACE, str(tmp_path / "gone"))
    demo = choose_workspace(None, settings, tmp_path / "data")
    assert (demo / "workspace.yaml").is_file()
    assert demo_workspace(tmp_path / "data") == demo  # created once, then reused
