"""Unexpected errors: logged to a file in the user's log folder, shown as one calm sentence.

Expected problems (a broken file, a failed save) are :class:`~routine_builder.errors.RoutineBuilderError`
and are shown where they happen. Everything else reaches :func:`sys.excepthook`, which this module
replaces: the traceback goes to a rotating log file and the user sees a message box naming that file,
never the traceback itself. The app keeps running.
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_FILE_NAME = "routine-builder.log"
_LOGGER_NAME = "routine_builder"


def log_dir() -> Path:
    """The user's log folder: ``$ROUTINE_BUILDER_DATA_DIR/logs`` when set, else the app's local data folder."""
    return _user_log_dir()


def _user_log_dir() -> Path:
    override = os.environ.get("ROUTINE_BUILDER_DATA_DIR")
    if override:
        return Path(override) / "logs"
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "logs"


def install_file_logging(folder: Path) -> Path:
    """Log the app's messages (level INFO and up) to a rotating file in ``folder``; return the file."""
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / LOG_FILE_NAME
    logger = logging.getLogger(_LOGGER_NAME)
    for handler in list(logger.handlers):
        if isinstance(handler, RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    return file


class ExceptionHook:
    """A :data:`sys.excepthook` that logs and shows one message box at a time."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.message_box: QMessageBox | None = None
        self._log = logging.getLogger(f"{_LOGGER_NAME}.unexpected")

    def __call__(self, kind: type[BaseException], value: BaseException, traceback: TracebackType | None) -> None:
        """Log the exception and tell the user, unless it is a request to stop (Ctrl+C)."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, traceback)
            return
        self._log.error("Oväntat fel", exc_info=(kind, value, traceback))
        for handler in logging.getLogger(_LOGGER_NAME).handlers:
            handler.flush()
        if QApplication.instance() is not None:
            self.show_message()

    def show_message(self) -> None:
        """Show the message box (without blocking), unless one is already open."""
        if self.message_box is not None and self.message_box.isVisible():
            return
        translate = QCoreApplication.translate
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("ExceptionHook", "Ett oväntat fel inträffade"))
        box.setText(
            translate(
                "ExceptionHook",
                "Något gick fel i programmet, men det fortsätter att fungera och allt som redan sparats finns kvar.",
            )
        )
        box.setInformativeText(
            translate("ExceptionHook", "Detaljerna har skrivits till loggfilen:\n{path}").format(path=self.log_file)
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_box)
        self.message_box = box
        box.open()

    def _forget_box(self) -> None:
        self.message_box = None


def install_exception_hook(log_dir: Path | None = None) -> ExceptionHook:
    """Log to ``log_dir`` (default :func:`log_dir`) and route unexpected exceptions to a message box."""
    folder = log_dir if log_dir is not None else _user_log_dir()
    hook = ExceptionHook(install_file_logging(folder))
    sys.excepthook = hook
    return hook
