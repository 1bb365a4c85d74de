"""Benchmark of the desktop app (issue 4, item 9).

Prints, as ratios to floors measured in the same run:
- start: a new process until the main window is shown with the demo workspace open, against a new
  process that shows a bare PySide6 window;
- area switch: selecting each of 49 areas in turn, against building one bare form-sized widget tree
  of the same number of labelled line edits;
- save: saving an area through the app, against writing the same bytes atomically (fsync included);
- typing: inserting characters into a 20,000-character answer, against the same in a bare
  QPlainTextEdit.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/app.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from routine_builder import paths
from routine_builder.domain import Answer, create_demo_workspace
from routine_builder.domain.operations import set_answer
from routine_builder.storage import atomic_write
from routine_builder.ui import settings as options
from routine_builder.ui.app import create_main_window
from routine_builder.ui.settings import Settings
from routine_builder.ui.theme import apply_theme

BARE = textwrap.dedent(
    """
    import sys, time
    t0 = time.perf_counter()
    from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
    app = QApplication(sys.argv)
    w = QMainWindow(); w.setCentralWidget(QLabel("x")); w.resize(1200, 800); w.show(); app.processEvents()
    print(time.perf_counter() - t0)
    """
)
APP = textwrap.dedent(
    """
    import sys, time
    t0 = time.perf_counter()
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from routine_builder.ui import settings as options
    from routine_builder.ui.app import create_main_window
    from routine_builder.ui.settings import Settings
    from routine_builder.ui.theme import apply_theme
    app = QApplication(sys.argv)
    settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    apply_theme(app, settings.get(options.THEME))
    w = create_main_window(settings, Path(sys.argv[3]))
    w.resize(1200, 800); w.show(); w.open_workspace(Path(sys.argv[1])); app.processEvents()
    print(time.perf_counter() - t0)
    """
)


def _median_of(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        times.append(float(out.strip().splitlines()[-1]))
    return statistics.median(times)


def _ratio(label: str, value: float, floor: float) -> None:
    print(f"{label:<14} {value * 1000:8.1f} ms   floor {floor * 1000:8.1f} ms   ratio {value / floor:5.2f}")


def _timed(fn, repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="rb-bench-"))
    try:
        demo = create_demo_workspace(tmp / "demo")
        big = tmp / "big"
        shutil.copytree(demo.root, big)
        areas = sorted((big / "areas").iterdir())
        for i in range(49 - len(areas)):
            source = areas[i % len(areas)]
            shutil.copytree(source, big / "areas" / f"{source.name}-{i}", ignore=shutil.ignore_patterns("versions"))
        for folder in (big / "areas").iterdir():
            text = (folder / "answers.yaml").read_text(encoding="utf-8")
            original = text.split("\n  id: ", 1)[1].split("\n", 1)[0]
            (folder / "answers.yaml").write_text(text.replace(f"\n  id: {original}\n", f"\n  id: {folder.name}\n", 1))

        env_script = tmp / "s.py"
        bare = tmp / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        env_script.write_text(APP, encoding="utf-8")
        floor = _median_of([sys.executable, str(bare)], 3)
        start = _median_of([sys.executable, str(env_script), str(demo.root), str(tmp / "s.ini"), str(tmp / "data")], 3)
        _ratio("start", start, floor)

        app = QApplication.instance() or QApplication(sys.argv)
        settings = Settings(QSettings(str(tmp / "b.ini"), QSettings.Format.IniFormat))
        apply_theme(app, settings.get(options.THEME))  # the app's look, as it starts
        # The offscreen platform warns on every window shown that it cannot pass size hints on; nothing to see.
        qInstallMessageHandler(lambda _kind, _ctx, text: "propagateSizeHints" in text or print(text, file=sys.stderr))
        window = create_main_window(settings, tmp / "data2")
        window.resize(1200, 800)
        window.show()
        window.open_workspace(big)
        app.processEvents()
        ids = sorted(p.name for p in (big / "areas").iterdir())

        def switch_all() -> None:
            for area_id in ids:
                window.select_area(area_id)
                app.processEvents()

        def bare_forms() -> None:
            for _ in ids:
                page = QWidget()
                form = QFormLayout(page)
                for n in range(12):
                    form.addRow(f"Fråga {n}", QLineEdit())
                page.show()
                app.processEvents()
                page.deleteLater()

        _ratio("area switch", _timed(switch_all, 3) / len(ids), _timed(bare_forms, 3) / len(ids))

        window.select_area("simba")
        session = window.session
        question = next(q for q in window.workspace.question_set.questions() if q.type == "longtext")
        path = window.workspace.answers_path("simba")
        counter = iter(range(10_000))

        def save() -> None:
            result = set_answer(session.answer_set, question_id=question.id, answer=Answer(f"Text {next(counter)}"))
            session.apply(result)
            session.save()

        payload = path.read_bytes()
        _ratio("save", _timed(save, 10), _timed(lambda: atomic_write(tmp / "plain.yaml", payload), 10))

        long_text = ("Ett stycke text om hur vi samverkar. " * 600)[:20_000]
        result = set_answer(session.answer_set, question_id=question.id, answer=Answer(long_text))
        session.apply(result)
        window.select_area(ids[0])
        window.select_area("simba")
        window.jump_to_question(question.id)
        app.processEvents()
        editor = next((e for e in window.findChildren(QPlainTextEdit) if len(e.toPlainText()) >= 20_000), None)
        bare_editor = QPlainTextEdit(long_text)
        bare_editor.show()

        def typing(target) -> float:
            target.setFocus()
            cursor = target.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            target.setTextCursor(cursor)

            def run() -> None:
                for ch in "skriver vidare ":
                    target.insertPlainText(ch)
                    app.processEvents()

            return _timed(run, 5)

        if isinstance(editor, QPlainTextEdit):
            _ratio("typing", typing(editor), typing(bare_editor))
        else:
            raise SystemExit("typing: the 20,000-character answer's text field was not found")
        window.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"(demo: {paths.demo_workspace_dir()})")


if __name__ == "__main__":
    main()
