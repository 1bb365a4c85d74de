"""The Qt binding keeps Python's None alive: a release that does not crashes the app after a while of use.

PySide6 6.12.0 took a reference from None on every call of a method that returns nothing (``setText``,
``setCursorPosition`` …); on Python 3.11 the process then dies with "deallocating None" once enough
labels have been set. pyproject.toml excludes that release; this test keeps any other one out.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

CALLS = 200  # few enough that a broken binding fails this test instead of crashing it


def test_methods_returning_nothing_leave_none_alone(qtbot: QtBot) -> None:
    label, field = QLabel(), QLineEdit("text")
    qtbot.addWidget(label)
    qtbot.addWidget(field)
    layout = QTextLayout("text", QFont())
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
        field.setCursorPosition(0)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(50)
        line.setPosition(QPointF(0, 0))
        layout.endLayout()
    assert sys.getrefcount(None) > before - CALLS // 10  # a few may come and go; one per call is a leak
