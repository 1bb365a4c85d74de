"""Routine Builder: write local routines for collaboration when there is concern for an expected child."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("routine-builder")
except PackageNotFoundError:  # a bare source checkout or a bundle without metadata
    __version__ = "0+unknown"

APP_NAME = "Routine Builder"
ORGANISATION = "RoutineBuilder"
