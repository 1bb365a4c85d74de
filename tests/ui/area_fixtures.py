"""Helpers for the tests of the main window and its parts: a real workspace with the small question set.

The fixtures built on them (``settings``, ``workspace``, ``recovery``, ``session``) are in ``conftest.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLayout, QVBoxLayout, QWidget

from routine_builder.domain import AreaInfo, Workspace
from routine_builder.storage import dump_yaml
from routine_builder.ui.theme import apply_theme
from tests.helpers.builders import SMALL_QUESTION_SET

AUTOSAVE_MS = 30


def make_small_workspace(root: Path, area_ids: tuple[str, ...] = ("norr", "soder")) -> Workspace:
    """A workspace using its own copy of the small test question set (all question types)."""
    (root / "question_sets").mkdir(parents=True)
    (root / "areas").mkdir()
    (root / "question_sets" / "testset.yaml").write_text(SMALL_QUESTION_SET, encoding="utf-8")
    data = {"schema_version": 1, "name": "Testyta", "question_set": {"id": "testset", "edition": "1"}, "template": None}
    (root / "workspace.yaml").write_text(dump_yaml(data), encoding="utf-8")
    workspace = Workspace.open(root)
    for area_id in area_ids:
        workspace.create_area(AreaInfo(id=area_id, name=area_id.title(), municipalities=("Ale",)), by="test")
    return workspace


def host(qtbot, widget: QWidget, width: int = 900, height: int = 900) -> QWidget:
    """Show ``widget`` inside a plain window whose size does not follow its content.

    A top-level window whose minimum size changes after it is shown makes the offscreen platform
    warn ('does not support propagateSizeHints'), which the strict test settings turn into a failure.
    """
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    layout.addWidget(widget)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.host_window = window  # keep the window alive as long as the widget is used
    return window


@contextmanager
def app_theme(app: QApplication, mode: str) -> Iterator[None]:
    """The app's light or dark theme for the duration of a test (the test application is shared)."""
    style, palette, sheet = app.style().name(), app.palette(), app.styleSheet()
    apply_theme(app, mode)
    try:
        yield
    finally:
        app.setStyleSheet(sheet)
        app.setPalette(palette)
        app.setStyle(style)
