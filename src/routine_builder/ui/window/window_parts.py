"""Small layout helpers of the main window: swappable holders and docks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QVBoxLayout, QWidget


def holder(parent: QWidget) -> QWidget:
    """An empty widget whose single child is swapped with :func:`replace_child`."""
    widget = QWidget(parent)
    QVBoxLayout(widget).setContentsMargins(0, 0, 0, 0)
    return widget


def replace_child(holder_widget: QWidget, widget: QWidget | None) -> None:
    """Put ``widget`` (or nothing) into ``holder_widget``, deleting what was there."""
    layout = holder_widget.layout()
    assert layout is not None, "a holder is made with its layout"
    while (item := layout.takeAt(0)) is not None:
        old = item.widget()
        if old is not None:
            old.hide()
            old.deleteLater()
    if widget is not None:
        layout.addWidget(widget)


def column(parent: QWidget, *widgets: QWidget) -> QWidget:
    """Widgets stacked top to bottom; the last one takes the extra height."""
    widget = QWidget(parent)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, child in enumerate(widgets):
        layout.addWidget(child, 1 if index == len(widgets) - 1 else 0)
    return widget


def dock(window: QMainWindow, name: str, widget: QWidget) -> QDockWidget:
    """A movable, floatable dock on the right.

    Docks stacked there show their tabs along the window's edge: each title is read whole, however
    many panels there are, and the tabs take none of the form's width on a small screen.
    """
    result = QDockWidget(window)
    result.setObjectName(name)
    result.setWidget(widget)
    result.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
    )
    window.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.East)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, result)
    # A panel behind another tab stays "visible" to Qt, out of sight: Tab would walk through its fields.
    result.visibilityChanged.connect(result.setEnabled)
    return result
