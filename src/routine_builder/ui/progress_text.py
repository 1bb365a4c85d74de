"""Translated one-line summaries of progress, e.g. '42 av 61 besvarade, 3 obligatoriska saknas'."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from routine_builder.domain import Progress


def progress_text(progress: Progress) -> str:
    """Answered (or not applicable) of shown, and the required ones missing, in words."""
    text = QCoreApplication.translate("Progress", "{done} av {total} besvarade").format(
        done=progress.done, total=progress.total
    )
    missing = progress.missing_required
    if missing == 1:
        text += QCoreApplication.translate("Progress", ", 1 obligatorisk saknas")
    elif missing > 1:
        text += QCoreApplication.translate("Progress", ", {count} obligatoriska saknas").format(count=missing)
    return text


def status_text(status: str) -> str:
    """A document status ('utkast', 'remiss', 'faststalld') in words."""
    names = {
        "utkast": QCoreApplication.translate("Progress", "utkast"),
        "remiss": QCoreApplication.translate("Progress", "remiss"),
        "faststalld": QCoreApplication.translate("Progress", "fastställd"),
    }
    return names.get(status, status)
