"""Every setting of the app, declared once.

Each has a key, a type, a default, and whether it is a preference or remembered UI state. The
QSettings adapter is :class:`Settings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Option:
    """One setting."""

    key: str
    type: type
    default: Any
    preference: bool  # True: a user preference (Settings dialog); False: remembered UI state


LANGUAGE = Option("ui/language", str, "sv", True)  # "sv" | "en"
THEME = Option("ui/theme", str, "system", True)  # "system" | "light" | "dark"
AUTOSAVE_DELAY_MS = Option("editing/autosave_delay_ms", int, 1500, True)
LAST_WORKSPACE = Option("state/last_workspace", str, "", False)
RECENT_WORKSPACES = Option("state/recent_workspaces", list, [], False)
WINDOW_GEOMETRY = Option("state/window_geometry", QByteArray, QByteArray(), False)
WINDOW_STATE = Option("state/window_state", QByteArray, QByteArray(), False)
SPLITTER_STATE = Option("state/splitter_state", QByteArray, QByteArray(), False)
LAST_AREA = Option("state/last_area", str, "", False)
EXPORT_PATHS = Option("state/export_paths", dict, {}, False)  # area key -> last export path
EXPORT_PDF = Option("state/export_pdf", bool, False, False)
WELCOME_SHOWN = Option("state/welcome_shown", bool, False, False)

ALL_OPTIONS = (
    LANGUAGE,
    THEME,
    AUTOSAVE_DELAY_MS,
    LAST_WORKSPACE,
    RECENT_WORKSPACES,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    SPLITTER_STATE,
    LAST_AREA,
    EXPORT_PATHS,
    EXPORT_PDF,
    WELCOME_SHOWN,
)
MAX_RECENT = 8


class Settings:
    """Typed access to QSettings for the options above."""

    def __init__(self, qsettings: QSettings):
        self._q = qsettings

    def get(self, option: Option) -> Any:
        value: Any = self._q.value(option.key, option.default)  # whatever type was stored
        if value is None:
            return option.default
        if option.type is bool:
            return value in (True, "true", "1", 1)
        if option.type is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return option.default
        if option.type is list:
            if isinstance(value, str):
                return [value] if value else []
            return list(value) if isinstance(value, (list, tuple)) else option.default
        if option.type is dict:
            return dict(value) if isinstance(value, dict) else dict(option.default)
        return value

    def set(self, option: Option, value: Any) -> None:
        self._q.setValue(option.key, value)

    def sync(self) -> None:
        self._q.sync()

    def add_recent_workspace(self, path: str) -> None:
        recent = [p for p in self.get(RECENT_WORKSPACES) if p != path]
        self.set(RECENT_WORKSPACES, [path, *recent][:MAX_RECENT])
        self.set(LAST_WORKSPACE, path)
