"""Counting, and slowing down, the file operations under one folder: a local disk made to act like a share.

Python raises audit events (``sys.addaudithook``) for ``open``, ``os.listdir`` and ``os.scandir``, but none
for ``stat``, so ``os.stat`` and ``os.lstat`` are wrapped for that. With a latency each of these operations
on the folder sleeps that long, as a round trip to a network share would take.

Run as a script it is the start-up probe of ``county.py``: it starts the app on a workspace as a user
would (``routine_builder.cli.main(["gui", WORKSPACE])``, quitting once the window is shown and painted) and prints,
as JSON, when the window was shown, the operations on the workspace, and which heavy packages got imported.
It imports as little as it can itself, so that the start it measures is the app's.

    python benchmarks/file_ops.py WORKSPACE LATENCY_MS
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

HEAVY = ("docx", "lxml", "routine_builder.export")


class FileOps:
    """Counts the file operations under one folder and, when asked, sleeps on each (a slow share)."""

    def __init__(self) -> None:
        self.root = ""
        self.latency = 0.0
        self.counts: Counter[str] = Counter()

    def install(self) -> None:
        sys.addaudithook(self._audit)
        for name in ("stat", "lstat"):
            original = getattr(os, name)

            def wrapped(path, *args, _original=original, **kwargs):
                self._hit("stat", path)
                return _original(path, *args, **kwargs)

            setattr(os, name, wrapped)

    def _audit(self, event: str, args: tuple) -> None:
        if event == "open":
            self._hit("open", args[0])
        elif event in ("os.listdir", "os.scandir"):
            self._hit("list", args[0])

    def _hit(self, kind: str, path: object) -> None:
        if not self.root or path is None or isinstance(path, int):
            return
        try:
            text = os.fsdecode(os.fspath(path))
        except TypeError:
            return
        if text.startswith(self.root):
            self.counts[kind] += 1
            if self.latency:
                time.sleep(self.latency)

    @contextlib.contextmanager
    def watching(self, root: Path, latency_ms: float = 0.0) -> Iterator[Counter[str]]:
        """Count (and delay, with ``latency_ms``) the operations under ``root`` inside the block."""
        self.root, self.latency, self.counts = str(root), latency_ms / 1000, Counter()
        try:
            yield self.counts
        finally:
            self.root, self.latency = "", 0.0


class _ShownClock:
    """Stands in for stdout and notes the time the app reports its window shown (ROUTINE_BUILDER_SMOKE)."""

    def __init__(self) -> None:
        self.shown = 0.0

    def write(self, text: str) -> int:
        if not self.shown and "ROUTINE_BUILDER_SMOKE" in text:
            self.shown = time.time()
        return len(text)

    def flush(self) -> None:
        pass


def _report_once_painted() -> None:
    """Have the app report its window shown only once the window has been painted.

    The app's smoke report comes from the first timer of its event loop, which runs before the window
    is even exposed (the bare window is painted inside ``processEvents``); so the report is asked for
    only after the first paint of a widget.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    import routine_builder.ui.app as app_module

    report = app_module._quit_for_smoke_test

    class FirstPaint(QObject):
        def __init__(self, app, window) -> None:
            super().__init__(app)
            self.app, self.window, self.seen = app, window, False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                self.seen = True  # report once this paint is done
                QTimer.singleShot(0, lambda: report(self.app, self.window))
            return False

    def report_once_painted(app, window) -> None:
        app.installEventFilter(FirstPaint(app, window))

    app_module._quit_for_smoke_test = report_once_painted


def start_probe(root: str, latency_ms: float) -> None:
    """Start the app on ``root`` until its window is shown; print when, its file operations and heavy imports."""
    os.environ["ROUTINE_BUILDER_SMOKE"] = "1"
    ops = FileOps()
    ops.install()
    clock = _ShownClock()
    with ops.watching(Path(root), latency_ms) as counts, contextlib.redirect_stdout(clock):
        from routine_builder.cli import main

        _report_once_painted()
        status = main(["gui", root])
    heavy = sorted({m for m in sys.modules for h in HEAVY if m == h or m.startswith(h + ".")})
    import json

    print(json.dumps({"shown": clock.shown, "status": status, "counts": dict(counts), "heavy": heavy}))


if __name__ == "__main__":
    start_probe(sys.argv[1], float(sys.argv[2]))
