"""Fixtures of the UI tests: settings in a temporary file, a real workspace, a recovery store, an area session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from routine_builder.domain import Workspace
from routine_builder.domain.recovery import RecoveryStore
from routine_builder.ui import settings as options
from routine_builder.ui.area.area_session import AreaSession
from routine_builder.ui.settings import Settings
from tests.ui.area_fixtures import AUTOSAVE_MS, make_small_workspace


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in a temporary INI file, with a short autosave delay."""
    result = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    result.set(options.AUTOSAVE_DELAY_MS, AUTOSAVE_MS)
    return result


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return make_small_workspace(tmp_path / "ws")


@pytest.fixture
def recovery(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "data" / "recovery")


@pytest.fixture
def session(qapp, workspace: Workspace, settings: Settings, recovery: RecoveryStore) -> AreaSession:
    return AreaSession(workspace, workspace.load_area("norr"), settings=settings, recovery=recovery)
