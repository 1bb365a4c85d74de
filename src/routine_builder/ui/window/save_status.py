"""The status bar's save indicator: 'Senast sparat 14:32', 'Sparar…', 'Kunde inte spara: …'.

A save made before today carries its date ('Senast sparat 3 september 14:32'), and its year when
that is not this year, so that a time alone always means today.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtWidgets import QLabel, QWidget


def saved_when(moment: dt.datetime, today: dt.date | None = None) -> tuple[str, str]:
    """(date, time) of ``moment`` in local time as the status bar says it; the date is '' for today.

    The date is the day and the month's name in the UI language ('3 september'), with the year
    when it is not this year ('3 september 2025').
    """
    local = moment.astimezone() if moment.tzinfo else moment
    today = today or dt.date.today()
    day = local.date()
    time = local.strftime("%H:%M")
    if day == today:
        return "", time
    pattern = "d MMMM" if day.year == today.year else "d MMMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern), time


class SaveStatus(QLabel):
    """A label that says how the open area stands with saving."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveStatus")
        self._state = "idle"
        self._time: dt.datetime | None = None
        self._reason = ""
        self._merged = 0
        self.retranslate()

    def retranslate(self) -> None:
        if self._state == "saving":
            text = self.tr("Sparar…")
        elif self._state == "failed":
            text = self.tr("Kunde inte spara: {reason}").format(reason=self._reason)
        elif self._state == "merged":
            text = (
                self.tr("Sparat – ändringar från en annan användare togs med (1 fråga)")
                if self._merged == 1
                else self.tr("Sparat – ändringar från en annan användare togs med ({count} frågor)").format(
                    count=self._merged
                )
            )
        elif self._state == "unsaved":
            text = self.tr("Osparade ändringar")
        elif self._time is not None:
            date, time = saved_when(self._time)
            text = (
                self.tr("Senast sparat {date} {time}").format(date=date, time=time)
                if date
                else self.tr("Senast sparat {time}").format(time=time)
            )
        else:
            text = ""
        self.setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set(self, state: str) -> None:
        self._state = state
        self.retranslate()

    def show_saving(self) -> None:
        self._set("saving")

    def show_saved(self, when: dt.datetime) -> None:
        self._time = when
        self._set("saved")

    def show_failed(self, reason: str) -> None:
        self._reason = reason
        self._set("failed")

    def show_merged(self, count: int) -> None:
        """Saved, and ``count`` questions changed by someone else were taken in."""
        self._merged = count
        self._set("merged")

    def show_dirty(self, dirty: bool) -> None:
        """Unsaved changes (only replaces a 'saved' or empty message; a failure stays visible)."""
        if dirty and self._state in ("idle", "saved", "merged"):
            self._set("unsaved")
        elif not dirty and self._state == "unsaved":
            self._set("saved" if self._time else "idle")

    def show_loaded(self, when: dt.datetime | None) -> None:
        """A freshly opened area: show when it was last saved."""
        self._time = when
        self._set("saved" if when else "idle")
