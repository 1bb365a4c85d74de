"""Translated one-line summaries of progress, e.g. '42 av 61 besvarade, 3 obligatoriska saknas'."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from routine_builder.domain import Progress
from routine_builder.domain.adoption import RevisionDue


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
    """A document status ('utkast', 'remiss', 'faststalld', 'under_revidering') in words."""
    names = {
        "utkast": QCoreApplication.translate("Progress", "utkast"),
        "remiss": QCoreApplication.translate("Progress", "remiss"),
        "faststalld": QCoreApplication.translate("Progress", "fastställd"),
        "under_revidering": QCoreApplication.translate("Progress", "under revidering"),
    }
    return names.get(status, status)


def revision_text(due: RevisionDue) -> str:
    """That a routine's validity has ended, or ends within three months, in words."""
    if due.passed:
        return QCoreApplication.translate("Progress", "giltig till {date} har passerat – revidera").format(
            date=due.valid_until.isoformat()
        )
    return QCoreApplication.translate("Progress", "giltig till {date} – dags att revidera").format(
        date=due.valid_until.isoformat()
    )
