"""A date typed as text (Swedish forms understood) with a calendar button; empty means no date.

The field never makes up a date: an empty field is no date, a date that cannot be read is reported
and not stored, and the calendar opens on the current date or on today.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from routine_builder.domain.dates import parse_typed_date
from routine_builder.ui.theme import colours

ISO = "%Y-%m-%d"  # the one date format of the app (the Swedish standard)


class CalendarPopup(QFrame):
    """A calendar in a popup window; ``picked`` carries the chosen date."""

    picked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("datePopupCalendar")
        self.calendar.setGridVisible(False)
        self.calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)

    def open_at(self, anchor: QWidget, day: dt.date) -> None:
        """Show the calendar below ``anchor`` (above it when the screen ends) on ``day``, with the focus in it."""
        self.calendar.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self._weekend_colours()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        size = self.sizeHint().expandedTo(self.calendar.sizeHint())
        self.resize(size.width() + 8, size.height() + 8)
        below = anchor.mapToGlobal(anchor.rect().bottomLeft())
        screen = anchor.screen().availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - self.width()))
        y = (
            below.y()
            if below.y() + self.height() <= screen.bottom()
            else anchor.mapToGlobal(anchor.rect().topLeft()).y() - self.height()
        )
        self.move(x, max(screen.top(), y))
        self.show()
        self.calendar.setFocus()

    def _weekend_colours(self) -> None:
        """Weekend days in a red that reads at WCAG AA on the calendar's background (Qt's own red does not)."""
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        weekend = QTextCharFormat()
        weekend.setForeground(QColor(colours("dark" if dark else "light")["weekend"]))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, weekend)

    def _pick(self, qdate: QDate) -> None:
        self.close()
        self.picked.emit(dt.date(qdate.year(), qdate.month(), qdate.day()))


class DateField(QWidget):
    """A line edit for a date, a calendar button and a button that empties the field.

    ``date_changed`` is emitted when the user changes the date (typed and confirmed with Enter or by
    leaving the field, picked in the calendar, stepped with the arrow keys, or cleared).
    ``problem_changed`` carries a sentence when the typed text is no date (and "" once it is fine).
    """

    date_changed = Signal()
    problem_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, clearable: bool = True) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self.problem = ""
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName("dateText")
        width = self.line_edit.fontMetrics().horizontalAdvance("2026-11-20") * 2
        self.line_edit.setMinimumWidth(width)
        self.line_edit.setMaximumWidth(width * 2)
        self.line_edit.editingFinished.connect(self.commit)
        self.line_edit.installEventFilter(self)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("openCalendar")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearDate")
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(clearable)
        self.popup = CalendarPopup(self)
        self.popup.picked.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.setFocusProxy(self.line_edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.line_edit.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.line_edit.setToolTip(self.tr("Skriv till exempel 2026-11-20, 20/11 2026 eller 20 nov 2026"))
        self.calendar_button.setText(self.tr("Kalender…"))
        self.calendar_button.setToolTip(self.tr("Välj datum i en kalender (Alt+Nedpil)"))
        self.clear_button.setText(self.tr("Töm"))
        self.clear_button.setToolTip(self.tr("Ta bort datumet"))
        if self.problem:
            self._set_problem(self._problem_text(self.line_edit.text()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_accessible(self, name: str, description: str = "") -> None:
        """Name the field and its buttons after what the date is for."""
        self.line_edit.setAccessibleName(name)
        self.line_edit.setAccessibleDescription(description or self.line_edit.toolTip())
        self.calendar_button.setAccessibleName(self.tr("Välj datum i kalender: {what}").format(what=name))
        self.clear_button.setAccessibleName(self.tr("Töm datumet: {what}").format(what=name))
        self.popup.calendar.setAccessibleName(self.tr("Kalender: {what}").format(what=name))

    # ------------------------------------------------------------ value

    def date(self) -> dt.date | None:
        """The date the field holds (the last one confirmed), or None."""
        return self._date

    def set_date(self, value: dt.date | None) -> None:
        """Show ``value`` without emitting ``date_changed``."""
        self._date = value
        self.line_edit.setText(value.strftime(ISO) if value is not None else "")
        self.line_edit.setCursorPosition(0)
        self._set_problem("")

    def _problem_text(self, text: str) -> str:
        return self.tr("”{text}” är inget datum som programmet känner igen. Skriv till exempel 2026-11-20.").format(
            text=text.strip()
        )

    def commit(self) -> bool:
        """Read the typed text; True when it is a date (or empty). An unreadable text changes nothing."""
        text = self.line_edit.text()
        if not text.strip():
            value = None
        else:
            value = parse_typed_date(text)
            if value is None:
                self._set_problem(self._problem_text(text))
                return False
        self._set_problem("")
        self._change(value)
        return True

    def _change(self, value: dt.date | None) -> None:
        normal = value.strftime(ISO) if value is not None else ""
        if self.line_edit.text() != normal:
            self.line_edit.setText(normal)
        if value != self._date:
            self._date = value
            self.date_changed.emit()

    def clear(self) -> None:
        """Empty the field (no date)."""
        self._set_problem("")
        self._change(None)
        self.line_edit.setFocus()

    def _set_problem(self, text: str) -> None:
        if text != self.problem:
            self.problem = text
            self.problem_changed.emit(text)

    # ------------------------------------------------------------ calendar and keys

    def open_calendar(self) -> None:
        """Show the calendar on the date in the field, or on today."""
        shown = parse_typed_date(self.line_edit.text()) or self._date or dt.date.today()
        self.popup.open_at(self.line_edit, shown)

    def _picked(self, value: dt.date) -> None:
        self._set_problem("")
        self._change(value)
        self.line_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt:
                self._step(1 if key == Qt.Key.Key_Up else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, days: int) -> None:
        """Up and Down move a date by a day; an empty or unreadable field stays as it is."""
        current = parse_typed_date(self.line_edit.text())
        if current is not None:
            self._set_problem("")
            self._change(current + dt.timedelta(days=days))
