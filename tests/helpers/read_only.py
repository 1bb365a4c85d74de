"""A folder nobody may write to, really: a read-only tmpfs when the tests run as root, else no write rights."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def read_only_copy(source: Path, mount_point: Path) -> Iterator[Path]:
    """A copy of the folder ``source`` at ``mount_point`` that cannot be written while the block runs."""
    if os.geteuid() != 0:
        shutil.copytree(source, mount_point)
        folders = [mount_point, *(p for p in mount_point.rglob("*") if p.is_dir())]
        for folder in folders:
            folder.chmod(0o555)
        try:
            yield mount_point
        finally:
            for folder in folders:
                folder.chmod(0o755)
        return
    mount_point.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)], check=True)
    try:
        shutil.copytree(source, mount_point, dirs_exist_ok=True)
        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)
