"""The Windows workflow runs the storage and sharing tests (slow ones too) on Windows."""

from __future__ import annotations

import yaml

from tests.conftest import REPO


def test_the_windows_workflow_runs_the_storage_tests() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8"))
    runs = [step.get("run", "") for step in workflow["jobs"]["installer"]["steps"]]
    storage = [run for run in runs if "pytest" in run and "tests/storage" in run.split()]
    assert storage, "no step runs tests/storage"
    assert all("not slow" not in run for run in storage), "the two-process and retry tests are slow ones"
    assert any("tests/domain/test_sharing.py" in run.split() for run in storage)
