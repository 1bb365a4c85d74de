"""Helpers for the shared-drive tests: a window with short timers, and other users in real processes."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer, Workspace
from routine_builder.domain.locks import LOCK_NAME
from routine_builder.domain.recovery import RecoveryStore
from routine_builder.ui.app import create_main_window
from routine_builder.ui.area.open_area import SharingTimes
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.main_window import MainWindow

FAST = SharingTimes(heartbeat_ms=100, poll_ms=100, retry_ms=100)

_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from routine_builder.domain.locks import AreaLock
    lock = AreaLock.acquire(Path(sys.argv[1]), user=sys.argv[2])
    print("held", flush=True)
    sys.stdin.read()
    lock.release()
    """
)


def open_window(qtbot: QtBot, settings: Settings, data: Path, root: Path) -> MainWindow:
    """The main window as the app builds it (user data in ``data``), on the workspace ``root``."""
    window = create_main_window(settings, data)
    qtbot.addWidget(window)
    window.show()
    assert window.open_workspace(root)
    return window


def fast_window(qtbot: QtBot, settings: Settings, data: Path, root: Path) -> MainWindow:
    """A main window on ``root`` whose heartbeat, folder polling and save retry run every 100 ms."""
    window = MainWindow(settings=settings, recovery=RecoveryStore(data / "recovery"), legal=None, times=FAST)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_workspace(root)
    return window


@contextmanager
def lock_held_by_other_process(area_dir: Path, user: str = "bertil") -> Iterator[subprocess.Popen]:
    """Another program (a real process) holds the area's lock until the block ends."""
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(area_dir), user], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "held"
        yield process
    finally:
        process.communicate("", timeout=10)


def write_stale_lock(area_dir: Path, user: str = "bertil", host: str = "PC-7") -> None:
    """A lock left behind by a program that stopped half an hour ago."""
    old = (dt.datetime.now().astimezone() - dt.timedelta(minutes=30)).isoformat()
    data = {"user": user, "host": host, "pid": 1, "since": old, "heartbeat": old, "token": "gammal"}
    (area_dir / LOCK_NAME).write_text(json.dumps(data), encoding="utf-8")


def save_as_other_user(root: Path, answers: dict[str, str], *, by: str = "bertil", area_id: str = "norr") -> None:
    """Someone else (their own Workspace object, as on another machine) saves answers to the area."""
    other = Workspace.open(root)
    loaded = other.load_area(area_id)
    answer_set = loaded.answer_set
    for qid, text in answers.items():
        answer_set = answer_set.with_answer(qid, Answer(text))
    other.save_area(answer_set, expected_digest=loaded.digest, by=by)
