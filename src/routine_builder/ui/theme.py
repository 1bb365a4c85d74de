"""The look of the app: Fusion with a calm light or dark palette and a stylesheet.

Every pair of colours the app draws is listed in :func:`contrast_pairs` with the WCAG AA minimum it
must reach (4.5:1 for text, 3:1 for the parts that identify a control: field borders, check box and
radio button rings, the focus ring), and a test computes them. Focus is a 2 px ring in the accent
colour on every control, not a change of colour inside it. A disabled field takes the page colour
and a dashed border, so it does not look editable. Sizes are in points or font-relative units, so
the app scales from 100 to 200 %.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from routine_builder import paths

MODES = ("system", "light", "dark")
_MODE_PROPERTY = "routine_builder_theme"
_FOLLOWING_PROPERTY = "routine_builder_theme_follows_system"
TEXT_MINIMUM = 4.5  # WCAG 2.1 AA, 1.4.3: text
CONTROL_MINIMUM = 3.0  # WCAG 2.1 AA, 1.4.11: what identifies a control and its state

_LIGHT = {
    "window": "#f4f5f7",
    "base": "#ffffff",
    "alternate": "#eef1f5",
    "text": "#1f2328",
    "muted": "#5b6470",
    "button": "#e9ecf0",
    "button_hover": "#dde2e8",
    "border": "#767f8a",
    "control": "#5b6470",  # rings of check boxes and radio buttons
    "accent": "#2f5f8f",
    "accent_text": "#ffffff",
    "link": "#2f5f8f",
    "tooltip": "#fdfdf6",
    "weekend": "#b3261e",  # Saturdays and Sundays in the calendar
}
_DARK = {
    "window": "#1e2124",
    "base": "#32373e",
    "alternate": "#3a4048",
    "text": "#e6e8eb",
    "muted": "#b4bcc6",
    "button": "#3a4048",
    "button_hover": "#454c55",
    "border": "#8a949f",
    "control": "#b4bcc6",
    "accent": "#7fb0e3",
    "accent_text": "#0e1620",
    "link": "#9cc3ec",
    "tooltip": "#353b42",
    "weekend": "#ff9e94",
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


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour."""
    value = QColor(colour)

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(value.redF()) + 0.7152 * channel(value.greenF()) + 0.0722 * channel(value.blueF())


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def contrast_pairs(mode: str) -> list[tuple[str, str, str, float]]:
    """Every foreground/background pair the theme draws: (what, foreground, background, minimum)."""
    c = colours(mode)
    surfaces = ("window", "base", "alternate", "button")
    pairs: list[tuple[str, str, str, float]] = []
    for surface in surfaces:
        pairs += [
            (f"text on {surface}", c["text"], c[surface], TEXT_MINIMUM),
            (f"hint and disabled text on {surface}", c["muted"], c[surface], TEXT_MINIMUM),
            (f"link on {surface}", c["link"], c[surface], TEXT_MINIMUM),
            (f"field border on {surface}", c["border"], c[surface], CONTROL_MINIMUM),
            (f"check box and radio ring on {surface}", c["control"], c[surface], CONTROL_MINIMUM),
            (f"focus ring on {surface}", c["accent"], c[surface], CONTROL_MINIMUM),
            (f"checked indicator on {surface}", c["accent"], c[surface], CONTROL_MINIMUM),
        ]
    pairs += [
        ("weekend days in the calendar", c["weekend"], c["base"], TEXT_MINIMUM),
        ("selected text", c["accent_text"], c["accent"], TEXT_MINIMUM),
        ("tooltip text", c["text"], c["tooltip"], TEXT_MINIMUM),
        ("button text on hover", c["text"], c["button_hover"], TEXT_MINIMUM),
        ("check mark on its box", c["accent_text"], c["accent"], CONTROL_MINIMUM),
    ]
    return pairs


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


def _icon(name: str) -> str:
    return Path(paths.resources_dir() / "icons" / name).as_posix()


def stylesheet(mode: str) -> str:
    """The application stylesheet: fields, buttons, indicators, focus rings, hints and notes.

    Status lines switch between the roles ``note``, ``ok`` and ``error``; the three share their box
    metrics, because Qt does not recompute a label's padding when only its role changes.

    Spin boxes and combo boxes keep Fusion's own frame (which shows focus in the accent colour):
    styling their border would make Qt draw their arrow buttons without the native style.
    """
    c = colours(mode)
    check = _icon("check-dark.svg" if effective_mode(mode) == "dark" else "check-light.svg")
    return f"""
QLineEdit, QPlainTextEdit, QTextEdit, QListWidget, QTreeWidget, QTableWidget, QTableView, QListView,
QTreeView, QTextBrowser {{
    border: 1px solid {c["border"]};
    border-radius: 3px;
    padding: 2px;
    background: {c["base"]};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListWidget:focus, QTreeWidget:focus,
QTableWidget:focus, QTableView:focus, QListView:focus, QTreeView:focus, QTextBrowser:focus {{
    border: 2px solid {c["accent"]};
    padding: 1px;
}}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled, QListWidget:disabled,
QTableWidget:disabled, QTableView:disabled, QListView:disabled, QTreeView:disabled {{
    background: {c["window"]};
    color: {c["muted"]};
    border: 1px dashed {c["border"]};
}}
QPushButton, QToolButton {{
    background: {c["button"]};
    color: {c["text"]};
    border: 1px solid {c["border"]};
    border-radius: 3px;
    padding: 3px 10px;
    margin: 1px;
}}
QToolButton {{ padding: 3px 6px; }}
QPushButton:hover, QToolButton:hover {{ background: {c["button_hover"]}; }}
QPushButton:pressed, QToolButton:pressed, QToolButton:checked {{ background: {c["alternate"]}; }}
QPushButton:default {{ border-color: {c["accent"]}; }}
QPushButton:focus, QToolButton:focus {{
    border: 2px solid {c["accent"]};
    padding: 2px 9px;
}}
QToolButton:focus {{ padding: 2px 5px; }}
QPushButton:disabled, QToolButton:disabled {{
    color: {c["muted"]};
    background: {c["window"]};
}}
/* the form's question cards */
QFrame#questionCard {{ background: palette(base); border: 1px solid palette(mid); border-radius: 4px; }}
QFrame#questionCard QLabel#questionText {{ font-weight: bold; }}
QCheckBox, QRadioButton {{
    border: 2px solid transparent;
    border-radius: 3px;
    padding: 1px 3px;
    spacing: 6px;
}}
QCheckBox:focus, QRadioButton:focus {{ border-color: {c["accent"]}; }}
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {{
    width: 12px;
    height: 12px;
    border: 2px solid {c["control"]};
    background: {c["base"]};
}}
QCheckBox::indicator, QAbstractItemView::indicator {{ border-radius: 3px; }}
QRadioButton::indicator {{ border-radius: 8px; }}
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {{
    background: {c["accent"]};
    border-color: {c["accent"]};
    image: url({check});
}}
QRadioButton::indicator:checked {{
    border-color: {c["accent"]};
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {c["accent"]},
                                stop:0.55 {c["accent"]}, stop:0.65 {c["base"]}, stop:1 {c["base"]});
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border: 2px dashed {c["muted"]};
    background: {c["window"]};
}}
QCheckBox::indicator:checked:disabled {{
    border: 2px dashed {c["muted"]};
    background: {c["muted"]};
    image: url({check});
}}
QRadioButton::indicator:checked:disabled {{
    border: 2px dashed {c["muted"]};
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {c["muted"]},
                                stop:0.55 {c["muted"]}, stop:0.65 {c["window"]}, stop:1 {c["window"]});
}}
QCheckBox:disabled, QRadioButton:disabled {{ color: {c["muted"]}; }}
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


def set_role(widget: QWidget, role: str | None) -> None:
    """Give ``widget`` a role of the stylesheet (``QLabel[role="error"]`` …) and its whole look.

    Polishing the widget again, the usual idiom, recolours it but keeps the padding and border of its
    first polish (a note shown later was drawn squashed, its text on the border); a change of the
    widget's own style sheet makes the stylesheet lay out its box anew.
    """
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    own = widget.styleSheet()
    widget.setStyleSheet(own + "/* role */")
    widget.setStyleSheet(own)
    widget.updateGeometry()


def _follow_system(app: QApplication) -> None:
    if app.property(_MODE_PROPERTY) == "system":
        apply_theme(app, "system")
