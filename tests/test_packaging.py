"""The built wheel carries its resources and templates and works from a fresh virtual environment."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _bin(env: Path, name: str) -> Path:
    folder = env / ("Scripts" if os.name == "nt" else "bin")
    return folder / (name + (".exe" if os.name == "nt" else ""))


@pytest.mark.slow
def test_wheel_installs_and_runs(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(REPO)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("routine_builder-*.whl"))
    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    pip_env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    subprocess.run([str(_bin(env, "python")), "-m", "pip", "install", "-q", str(wheel)], check=True, env=pip_env)

    outside = tmp_path / "elsewhere"  # run from a folder with no checkout around it
    outside.mkdir()
    cli = str(_bin(env, "routine-builder"))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([cli, *args], cwd=outside, capture_output=True, text=True, encoding="utf-8", check=False)

    where = subprocess.run(
        [str(_bin(env, "python")), "-c", "from routine_builder import paths; print(paths.resources_dir())"],
        cwd=outside,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert str(env) in where, where  # found inside the installed package, not in this checkout

    assert run("init", "ws").returncode == 0
    assert run("validate", "ws").returncode == 1  # empty workspace: no areas yet
    demo = run("init", "demo", "--demo")
    assert demo.returncode == 0, demo.stderr
    checked = run("validate", "demo")
    assert checked.returncode == 1, checked.stdout + checked.stderr  # one demo area is half done on purpose
    assert checked.stdout.count("OK ") >= 4
    area = next(p.name for p in sorted((outside / "demo" / "areas").iterdir()))
    exported = run("export", "demo", "--area", area, "-o", "rutin.docx", "--draft")
    assert exported.returncode == 0, exported.stderr
    assert (outside / "rutin.docx").stat().st_size > 10_000
