"""Typing without pause into the real form of a real program, then kill -9: at most 2 s of text may be lost.

The program runs in its own process (offscreen), types a key every 100–250 ms into a longtext answer
and logs when each key went in; after 30 s the test kills it. What answers.yaml or the recovery file
holds must include every key typed up to 2 s before the kill.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import yaml

from tests.ui.area_fixtures import make_small_workspace

TYPING_SECONDS = 30
MAY_LOSE_SECONDS = 2.0
TEXT = "Barnmorskan ringer socialtjänsten samma dag och dokumenterar samtalet i journalen. " * 10

_TYPIST = textwrap.dedent(
    """
    import random, sys, time
    from pathlib import Path
    from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    from routine_builder.ui.app import create_main_window
    from routine_builder.ui.settings import Settings

    workspace, data, log_path, text = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    app = QApplication([])
    settings = Settings(QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat))  # default delays
    window = create_main_window(settings, data)
    window.resize(1200, 800)
    window.show()
    assert window.open_workspace(workspace)
    editor = window.form.widgets["lang"].editor.focus_target()
    editor.setFocus()
    log = open(log_path, "w", buffering=1)
    rng = random.Random(7)
    typed = 0

    def key():
        global typed
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # as a keyboard sends å, ä and ö too
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text[typed]))
        typed += 1
        log.write(f"{time.time():.3f} {typed}\\n")
        QTimer.singleShot(rng.randint(100, 250), key)

    print("typing", flush=True)
    QTimer.singleShot(0, key)
    app.exec()
    """
)


def _kept(workspace_root: Path, data: Path) -> str:
    """The longest text of the question found in answers.yaml or in the recovery file."""
    found = [yaml.safe_load((workspace_root / "areas" / "norr" / "answers.yaml").read_text(encoding="utf-8"))]
    for path in (data / "recovery").glob("*-norr.yaml"):
        data_ = yaml.safe_load(path.read_text(encoding="utf-8"))
        found.append(data_.get("unsaved", data_))
    texts = [(entry.get("answers") or {}).get("lang") or "" for entry in found]
    return max(texts, key=len)


@pytest.mark.slow
def test_kill_after_30_seconds_of_steady_typing_loses_at_most_2_seconds(tmp_path: Path) -> None:
    root = make_small_workspace(tmp_path / "ws").root
    data, log = tmp_path / "data", tmp_path / "keys.log"
    script = tmp_path / "typist.py"
    script.write_text(_TYPIST, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROUTINE_BUILDER_DATA_DIR": str(data)}
    typist = subprocess.Popen(
        [sys.executable, str(script), str(root), str(data), str(log), TEXT], stdout=subprocess.PIPE, env=env
    )
    try:
        assert typist.stdout is not None and typist.stdout.readline().strip() == b"typing"
        time.sleep(TYPING_SECONDS)
    finally:
        killed_at = time.time()
        typist.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
        typist.communicate()
    keys = [(float(t), int(n)) for t, n in (line.split() for line in log.read_text().splitlines() if line.strip())]
    assert len(keys) >= TYPING_SECONDS * 3, "the typist typed steadily all along"
    must_have = max((n for t, n in keys if t <= killed_at - MAY_LOSE_SECONDS), default=0)
    kept = _kept(root, data)
    assert TEXT.startswith(kept), "what was kept is exactly what was typed"
    assert len(kept) >= must_have, (
        f"only {len(kept)} of the {must_have} characters typed until 2 s before the kill were kept "
        f"({keys[-1][1]} typed in all)"
    )
