"""Real system conditions for tests: a small full file system, and a user without root's rights.

The machine that runs CI works as root, and root ignores file permissions. Checks that depend on
rights therefore run in a separate process as an ordinary user, created with ``useradd`` when the
tests run as root (as themselves otherwise). That process gets a copy of the program and its
dependencies in a folder it may read (hard links, so it costs no space), since the checkout may
sit in a folder only root can enter.

A small file system is a ``tmpfs`` mounted by the test (root only) and unmounted afterwards.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import functools
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import routine_builder

TEST_USER = "routinebuilder-test"


def _is_root() -> bool:
    return os.name == "posix" and os.geteuid() == 0


@contextlib.contextmanager
def small_filesystem(where: Path, *, size: str = "1m", read_only: bool = False) -> Iterator[Path]:
    """A freshly mounted tmpfs of ``size`` at ``where / 'disk'``; unmounted (and removed) afterwards."""
    if not _is_root():
        pytest.skip("mounting a small file system needs root on Linux (CI runs as root)")
    mount_point = where / "disk"
    mount_point.mkdir()
    options = f"size={size},mode=0777" + (",ro" if read_only else "")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount_point)], capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"mount -t tmpfs is not allowed here: {result.stderr.decode(errors='replace').strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)
        if os.path.ismount(mount_point):
            subprocess.run(["umount", "-l", str(mount_point)], check=False)
        mount_point.rmdir()


def fill_disk(folder: Path) -> Path:
    """Fill the file system under ``folder`` to the last byte; returns the filler file."""
    filler = folder / "fyllnad.bin"
    with open(filler, "wb", buffering=0) as handle:
        for size in (1 << 16, 1 << 12, 1 << 8, 1):
            with contextlib.suppress(OSError):
                while True:
                    handle.write(b"\0" * size)
    with pytest.raises(OSError) as info, open(folder / "prov.bin", "wb", buffering=0) as probe:
        probe.write(b"x")
    assert info.value.errno == errno.ENOSPC
    (folder / "prov.bin").unlink()
    return filler


def files_under(folder: Path) -> set[str]:
    """Every file and folder below ``folder``, as paths relative to it."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@dataclass(frozen=True)
class OtherUser:
    """Runs Python code as an ordinary user, with this checkout's program copied where that user may read it."""

    name: str | None  # None: the tests themselves run as an ordinary user
    python: str
    stage: Path

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """``python -s ARGS`` as the user (``-m routine_builder …`` or ``-c CODE``), with the staged program."""
        env = {
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "HOME": str(self.stage / "home"),
            "PYTHONPATH": os.pathsep.join([str(self.stage / "src"), str(self.stage / "site")]),
            "PYTHONDONTWRITEBYTECODE": "1",
            "QT_QPA_PLATFORM": "offscreen",
            "ROUTINE_BUILDER_DATA_DIR": str(self.stage / "home" / "data"),
        }
        command = [self.python, "-s", *args]
        if self.name is not None:
            command = ["runuser", "-u", self.name, "--", "env", *[f"{k}={v}" for k, v in env.items()], *command]
            env = {**os.environ}
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env, check=False)

    def own(self, path: Path) -> None:
        """Give ``path`` (and everything below it) to the user."""
        if self.name is not None:
            shutil.chown(path, self.name, self.name)
            for child in path.rglob("*") if path.is_dir() else ():
                shutil.chown(child, self.name, self.name)

    def make_read_only(self, path: Path) -> None:
        """Take the user's right to write ``path`` (a file, or a folder and all below it) away."""
        for item in [path, *(path.rglob("*") if path.is_dir() else ())]:
            if self.name is not None:
                shutil.chown(item, "root", "root")
            item.chmod(0o555 if item.is_dir() else 0o444)

    def make_unreadable(self, path: Path) -> None:
        """Take the user's right to list or enter the folder ``path`` away."""
        if self.name is not None:
            shutil.chown(path, "root", "root")
            path.chmod(0o700)
        else:
            path.chmod(0o000)

    def folder(self, name: str) -> Path:
        """A new folder the user may enter (root owns it unless :meth:`own` is called)."""
        path = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=self.stage / "work"))
        path.chmod(0o755)
        return path


def _link_tree(source: Path, target: Path) -> None:
    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


def _ensure_user() -> None:
    if subprocess.run(["id", "-u", TEST_USER], capture_output=True).returncode == 0:
        return
    result = subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", TEST_USER], capture_output=True
    )
    if result.returncode != 0 and subprocess.run(["id", "-u", TEST_USER], capture_output=True).returncode != 0:
        pytest.skip(f"useradd could not create the test user: {result.stderr.decode(errors='replace').strip()}")


def _python_for(user: str | None) -> str | None:
    """An interpreter of this Python version that ``user`` may run."""
    wanted = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [sys.executable, getattr(sys, "_base_executable", ""), shutil.which(f"python{wanted}") or ""]
    candidates += [f"/usr/bin/python{wanted}", f"/usr/local/bin/python{wanted}"]
    for python in dict.fromkeys(c for c in candidates if c):
        command = [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"]
        if user is not None:
            command = ["runuser", "-u", user, "--", *command]
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            done = subprocess.run(command, capture_output=True, text=True, timeout=30, cwd="/")
            if done.returncode == 0 and done.stdout.strip() == wanted:
                return python
    return None


@functools.cache
def other_user() -> OtherUser:
    """The ordinary user and a copy of the program it may run (made once per test session)."""
    if os.name != "posix":
        pytest.skip("rights of an ordinary user are tested on Linux (useradd, runuser)")
    name = TEST_USER if _is_root() else None
    if name is not None:
        if shutil.which("useradd") is None or shutil.which("runuser") is None:
            pytest.skip("useradd and runuser are needed to test as an ordinary user")
        _ensure_user()
    python = _python_for(name)
    if python is None:
        pytest.skip(f"no Python {sys.version_info.major}.{sys.version_info.minor} that an ordinary user may run")
    stage = Path(tempfile.mkdtemp(prefix="routine-builder-stage-"))
    atexit.register(shutil.rmtree, stage, ignore_errors=True)
    stage.chmod(0o755)
    checkout = Path(routine_builder.__file__).resolve().parents[2]  # the program under test
    _link_tree(checkout / "src", stage / "src")
    for data in ("resources", "templates"):
        _link_tree(checkout / data, stage / data)
    _link_tree(Path(sysconfig.get_paths()["purelib"]), stage / "site")
    for folder in ("home", "work"):
        (stage / folder).mkdir(mode=0o777)
        (stage / folder).chmod(0o777)
    for path in (stage, *stage.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            path.chmod(path.stat().st_mode | 0o755)
    return OtherUser(name=name, python=python, stage=stage)
