"""Test set-up shared by every test: offscreen Qt, isolated settings and data folders, gui marker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# tools/run-tests.sh (and so CI and every landing) runs with ``--hypothesis-profile=ci``: the same examples
# every run, so that a red run can be repeated and a green one does not hide a failure found by chance.
# A plain ``pytest`` explores new examples each time.
settings.register_profile("ci", derandomize=True, print_blob=True)

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated_user_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user's settings, logs and recovery files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("ROUTINE_BUILDER_DATA_DIR", str(home / "data"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses Qt as ``gui`` so that ``pytest -m "not gui"`` runs the core suite."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "main_window" in fixtures:
            item.add_marker(pytest.mark.gui)
