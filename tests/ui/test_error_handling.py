"""Unexpected errors: logged to a rotating file, shown as one sentence with the log path, app keeps running."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler

import pytest
from PySide6.QtWidgets import QMessageBox

from routine_builder.ui import error_handling
from routine_builder.ui.error_handling import LOG_FILE_NAME, install_exception_hook, log_dir


@pytest.fixture
def clean_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    logger = logging.getLogger("routine_builder")
    for handler in list(logger.handlers):
        if isinstance(handler, RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()


def test_log_dir_follows_the_data_dir(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("ROUTINE_BUILDER_DATA_DIR", str(tmp_path))
    assert log_dir() == tmp_path / "logs"


def test_exception_is_logged_and_shown_without_traceback(qtbot, clean_logging) -> None:
    hook = install_exception_hook()
    assert sys.excepthook is hook
    try:
        raise ValueError("något oväntat")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    log_file = log_dir() / LOG_FILE_NAME
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "ValueError: något oväntat" in logged

    box = hook.message_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    shown = box.text() + box.informativeText()
    assert str(log_file) in shown
    assert "Traceback" not in shown and "ValueError" not in shown

    try:  # a second error while the box is open is logged, not shown twice
        raise KeyError("igen")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert hook.message_box is box
    assert "KeyError" in log_file.read_text(encoding="utf-8")

    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: hook.message_box is None)


def test_explicit_log_dir_and_rotation(tmp_path, clean_logging) -> None:
    hook = install_exception_hook(tmp_path / "egna-loggar")
    assert hook.log_file == tmp_path / "egna-loggar" / LOG_FILE_NAME
    handler = next(h for h in logging.getLogger("routine_builder").handlers if isinstance(h, RotatingFileHandler))
    assert handler.maxBytes > 0 and handler.backupCount > 0
    install_exception_hook(tmp_path / "igen")  # installing twice keeps one file handler
    handlers = [h for h in logging.getLogger("routine_builder").handlers if isinstance(h, RotatingFileHandler)]
    assert len(handlers) == 1


def test_keyboard_interrupt_is_passed_on(monkeypatch, tmp_path, clean_logging) -> None:
    passed: list[type] = []
    monkeypatch.setattr(error_handling.sys, "__excepthook__", lambda kind, value, tb: passed.append(kind))
    hook = install_exception_hook(tmp_path)
    hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert passed == [KeyboardInterrupt] and hook.message_box is None
