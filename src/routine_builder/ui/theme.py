"""The look of the app: Fusion with a calm light or dark palette and a small stylesheet.

The accent is a muted blue. Colours are chosen for a contrast of at least 4.5:1 between text and its
background, and focus is shown by a ring drawn in the accent colour, not by colour alone inside the
widget. Everything is sized in points or font-relative units, so it scales from 100 to 200 %.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

MODES = ("system", "light", "dark")
_MODE_PROPERTY = "routine_builder_theme"
_FOLLOWING_PROPERTY = "routine_builder_theme_follows_system"

_LIGHT = {
    "window": "#f4f5f7",
    "base": "#ffffff",
    "alternate": "#eef1f5",
    "text": "#1f2328",
    "muted": "#5b6470",
    "button": "#e9ecf0",
    "border": "#8a939e",
    "accent": "#3d6a99",
    "accent_text": "#ffffff",
    "link": "#2f5f8f",
    "tooltip": "#fdfdf6",
}
_DARK = {
    "window": "#1e2124",
    "base": "#3a4048",  # clearly lighter than the window, so Fusion's check boxes and radio buttons show
    "alternate": "#424952",
    "text": "#e6e8eb",
    "muted": "#a3abb5",
    "button": "#373d45",
    "border": "#7d8792",
    "accent": "#6f9fd1",
    "accent_text": "#0e1620",
    "link": "#8db7e3",
    "tooltip": "#353b42",
}


def effective_mode(mode: str) -> str:
    """``light`` or ``dark``: the mode asked for, or the system's when ``mode`` is ``system``."""
    if mode in ("light", "dark"):
        return mode
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def colours(mode: str) -> dict[str, str]:
    """The named colours of a mode (``light``, ``dark`` or ``system``)."""
    return dict(_DARK if effective_mode(mode) == "dark" else _LIGHT)


def build_palette(mode: str) -> QPalette:
    """A complete palette (active, inactive and disabled) for the mode."""
    c = {name: QColor(value) for name, value in colours(mode).items()}
    palette = QPalette()
    role = QPalette.ColorRole
    normal = {
        role.Window: c["window"],
        role.WindowText: c["text"],
        role.Base: c["base"],
        role.AlternateBase: c["alternate"],
        role.Text: c["text"],
        role.PlaceholderText: c["muted"],
        role.Button: c["button"],
        role.ButtonText: c["text"],
        role.BrightText: QColor("#ffffff"),
        role.Highlight: c["accent"],
        role.HighlightedText: c["accent_text"],
        role.Link: c["link"],
        role.LinkVisited: c["link"],
        role.ToolTipBase: c["tooltip"],
        role.ToolTipText: c["text"],
        role.Light: c["base"].lighter(115),
        role.Midlight: c["button"].lighter(105),
        role.Mid: c["border"],
        role.Dark: c["border"].darker(130),
        role.Shadow: QColor("#000000"),
    }
    for colour_role, colour in normal.items():
        palette.setColor(colour_role, colour)
    disabled = QPalette.ColorGroup.Disabled
    faded = QColor(c["muted"])
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(disabled, colour_role, faded)
    palette.setColor(disabled, role.Base, c["window"])
    palette.setColor(disabled, role.Highlight, c["border"])
    if hasattr(role, "Accent"):  # Qt 6.6+
        palette.setColor(role.Accent, c["accent"])
    return palette


def stylesheet(mode: str) -> str:
    """A small application stylesheet: spacing, a visible focus ring and calm group boxes.

    Status lines switch between the roles ``note``, ``ok`` and ``error``; the three share their box
    metrics, because Qt does not recompute a label's padding when only its role changes.

    Spin boxes, date fields and combo boxes keep Fusion's own frame (which shows focus in the accent
    colour): styling their border would make Qt draw their arrow buttons without the native style.
    """
    c = colours(mode)
    return f"""
QLineEdit, QPlainTextEdit, QTextEdit, QListWidget, QTreeWidget, QTableWidget, QTableView, QListView,
QTreeView {{
    border: 1px solid {c["border"]};
    border-radius: 3px;
    padding: 2px;
    background: {c["base"]};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListWidget:focus, QTreeWidget:focus,
QTableWidget:focus, QTableView:focus, QListView:focus, QTreeView:focus {{
    border: 2px solid {c["accent"]};
    padding: 1px;
}}
QLineEdit:disabled {{
    background: {c["window"]};
    color: {c["muted"]};
}}
QGroupBox {{
    border: 1px solid {c["border"]};
    border-radius: 4px;
    margin-top: 1.2em;
    padding: 0.3em 0.5em 0.4em 0.5em;
}}
QGroupBox::title {{
    subcontrol-origin: margin;
    left: 0.6em;
    padding: 0 0.3em;
}}
QLabel[role="hint"] {{ color: {c["muted"]}; }}
QLabel[role="heading"] {{ font-weight: bold; }}
QLabel[role="note"], QLabel[role="ok"], QLabel[role="error"] {{
    border: 1px solid transparent;
    border-left: 4px solid transparent;
    border-radius: 3px;
    padding: 0.3em 0.4em;
}}
QLabel[role="note"] {{ color: {c["muted"]}; }}
QLabel[role="error"] {{
    border-color: {c["accent"]};
    background: {c["alternate"]};
}}
QToolTip {{ border: 1px solid {c["border"]}; padding: 3px; }}
"""


def apply_theme(app: QApplication, mode: str) -> None:
    """Give ``app`` the Fusion style with the calm palette and stylesheet of ``mode``."""
    if mode not in MODES:
        mode = "system"
    app.setStyle("Fusion")
    app.setPalette(build_palette(mode))
    app.setStyleSheet(stylesheet(mode))
    app.setProperty(_MODE_PROPERTY, mode)
    if not app.property(_FOLLOWING_PROPERTY):  # follow the system's light/dark switch while "system" is chosen
        app.setProperty(_FOLLOWING_PROPERTY, True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system(app))


def _follow_system(app: QApplication) -> None:
    if app.property(_MODE_PROPERTY) == "system":
        apply_theme(app, "system")
