"""The workspace's areas with status and completeness; a broken area shows an error icon and text.

A row's text needs its area's draft read and checked. The list shows every area at once, but reads a
draft only when its row is painted (the rows on screen, before they are painted) or, for the rows out
of sight, a few at a time while the program is idle after the list's first paint; so opening a
workspace of fifty areas costs the drafts on screen, not all fifty. What a row shows comes from the
workspace's area summaries, which read a file again only when it changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from routine_builder.domain import AnswerSet, Workspace
from routine_builder.domain.adoption import revision_due
from routine_builder.domain.area_summaries import AreaSummary, list_names
from routine_builder.domain.workspace import today
from routine_builder.errors import RoutineBuilderError
from routine_builder.ui.window.progress_text import progress_text, revision_text, status_text

AREA_ID = Qt.ItemDataRole.UserRole
_SHOWN_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole)
IDLE_BATCH = 4  # drafts read per idle moment


class _AreaItem(QListWidgetItem):
    """One area's row: its text, tooltip and icon come from the list's summary of the area, read on demand."""

    def __init__(self, owner: AreaList, area_id: str) -> None:
        super().__init__()
        self.owner = owner
        self.area_id = area_id
        self.setData(AREA_ID, area_id)

    def data(self, role: int) -> object:
        if role in _SHOWN_ROLES:
            return self.owner.row_data(self.area_id, role)
        if role == Qt.ItemDataRole.SizeHintRole and self.area_id not in self.owner.summaries:
            return self.owner.pending_size  # laid out as a usual row until its draft is read
        return super().data(role)


class _Rows(QListWidget):
    """The list widget: before painting, it has the drafts of the rows on screen read."""

    def __init__(self, owner: AreaList) -> None:
        super().__init__(owner)
        self.owner = owner

    def paintEvent(self, event: QPaintEvent) -> None:
        for _ in range(3):  # reading rows changes their height, which may bring further rows on screen
            if len(self.owner.summaries) >= len(self.owner.area_ids):
                break
            self._size_rows_not_read()
            if not self.owner.read_rows(self._rows_on_screen()):
                break
        super().paintEvent(event)
        self.owner.read_later()

    def _size_rows_not_read(self) -> None:
        """Lay the rows not read yet out as high as a row read, if there is one."""
        self.doItemsLayout()
        read = next((row for row, area_id in enumerate(self.owner.area_ids) if area_id in self.owner.summaries), None)
        height = self.visualItemRect(self.item(read)).height() if read is not None else -1
        if height > 0 and height != self.owner.pending_size.height():
            self.owner.pending_size = QSize(1, height)
            self.doItemsLayout()

    def _rows_on_screen(self) -> list[str]:
        if self.owner.problem or not self.count():
            return []
        view = self.viewport().rect()
        first = self.indexAt(view.topLeft()).row()
        last = self.indexAt(view.bottomLeft()).row()
        first = max(first, 0)
        last = last if last >= 0 else self.count() - 1
        return [self.item(row).data(AREA_ID) for row in range(first, last + 1) if self.item(row) is not None]


class AreaList(QWidget):
    """Lists the areas; choosing one emits ``area_selected(area_id)``."""

    area_selected = Signal(str)
    names_changed = Signal()  # how some area is named changed (a name it shares with another came to light)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.area_ids: list[str] = []
        self.summaries: dict[str, AreaSummary] = {}  # the rows read so far
        self.names: dict[str, str] = {}  # each area's name as shown, with its folder when another has the name
        self.problem = ""  # why the areas cannot be listed ("" when they can)
        self.heading = QLabel(self)
        self.list = _Rows(self)
        self.list.setObjectName("areas")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped items are laid out again on resize
        self.list.setIconSize(QSize(16, 16))
        self.pending_size = QSize(1, 2 * self.list.fontMetrics().lineSpacing() + 4)
        self.heading.setBuddy(self.list)
        self.demo_note = QLabel(self)
        self.demo_note.setObjectName("demoNote")
        self.demo_note.setWordWrap(True)
        self.demo_note.setProperty("role", "note")
        self.demo_note.setVisible(workspace.demo)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._read_while_idle)
        self._idle_started = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.list, 1)
        self.reload()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("&Områden (demo)") if self.workspace.demo else self.tr("&Områden"))
        self.list.setAccessibleName(self.tr("Områden"))
        self.demo_note.setText(
            self.tr("Demo: påhittade områden och svar. Egen arbetsyta: Arkiv › Ny arbetsyta eller Öppna arbetsyta.")
        )
        self.list.viewport().update()  # the rows' texts are made when painted, in the language of the moment

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def entries(self) -> dict[str, AreaSummary]:
        """Every area's summary, in the list's order (reading the drafts not read yet)."""
        self.read_rows(self.area_ids)
        return {area_id: self.summaries[area_id] for area_id in self.area_ids}

    def reload(self) -> None:
        """Show every area of the workspace again, keeping the selection; a changed draft is read when shown."""
        current = self.current_area_id()
        try:
            self.area_ids = self.workspace.summaries.ids()
            self.problem = ""
        except RoutineBuilderError as exc:  # areas/ cannot be read (rights removed, share gone)
            self.area_ids = []
            self.problem = exc.message
        self.summaries = {}
        self.names = {}
        self.list.blockSignals(True)
        self.list.clear()
        for area_id in self.area_ids:
            self.list.addItem(_AreaItem(self, area_id))
        if self.problem:
            item = QListWidgetItem(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical), self.problem)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(self.problem)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if current:
            self.select(current, emit=False)
        self._idle_started = False

    def read_later(self) -> None:
        """Once the list has been painted, read the rows out of sight a few at a time while idle."""
        if not self._idle_started:
            self._idle_started = True
            self._idle.start(0)

    def read_rows(self, area_ids: list[str]) -> bool:
        """Read the summaries of these areas' rows where not read yet; True when any was read."""
        missing = [area_id for area_id in area_ids if area_id not in self.summaries and area_id in self.area_ids]
        for area_id in missing:
            self._set(area_id, self.workspace.summaries.get(area_id))
        return bool(missing)

    def _read_while_idle(self) -> None:
        unread = [area_id for area_id in self.area_ids if area_id not in self.summaries]
        self.read_rows(unread[:IDLE_BATCH])
        if len(unread) > IDLE_BATCH:
            self._idle.start(0)

    def _set(self, area_id: str, summary: AreaSummary) -> None:
        self.summaries[area_id] = summary
        self.list.scheduleDelayedItemsLayout()  # the row may need another height; the view repaints too
        names = list_names(self.summaries.values())  # among the rows read (a copy is named once both are read)
        others_renamed = names != {**self.names, area_id: names[area_id]}
        self.names = names
        if others_renamed:
            self.list.viewport().update()
            self.names_changed.emit()

    def row_data(self, area_id: str, role: int) -> object:
        """The text, tooltip or icon of an area's row (its draft read now if not read yet)."""
        self.read_rows([area_id])
        entry = self.summaries[area_id]
        answer_set, progress = entry.answer_set, entry.progress
        if entry.error is not None or answer_set is None or progress is None:
            return self._broken_row_data(entry, area_id, role)
        due = revision_due(answer_set.document, today())
        if role == Qt.ItemDataRole.DecorationRole:  # a routine due for revision: words and an icon, not colour alone
            pixmap = QStyle.StandardPixmap.SP_FileIcon if due is None else QStyle.StandardPixmap.SP_MessageBoxWarning
            return self.style().standardIcon(pixmap)
        summary = progress_text(progress)
        name = self.names.get(area_id, entry.name)
        if due is not None:
            summary += "\n" + revision_text(due)
        if role == Qt.ItemDataRole.ToolTipRole:
            if name != entry.name:  # another folder holds an area of the same name, e.g. a copy
                folder = self.tr("Flera områden heter {name}. Det här ligger i mappen ”{folder}”.")
                summary += "\n" + folder.format(name=entry.name, folder=area_id)
            return summary
        return f"{name}\n{status_text(answer_set.document.status)} · {summary}"

    def _broken_row_data(self, entry: AreaSummary, area_id: str, role: int) -> object:
        """The row of an area whose draft cannot be read."""
        if role == Qt.ItemDataRole.DecorationRole:
            return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.error.message if entry.error else ""
        return self.tr("{area}\nFel i svarsfilen – kan inte redigeras").format(area=area_id)

    def _item(self, area_id: str) -> QListWidgetItem | None:
        if area_id in self.area_ids:
            return self.list.item(self.area_ids.index(area_id))
        return None

    def update_area(self, answer_set: AnswerSet) -> None:
        """Show the latest answers of an area (called as it is edited)."""
        self._set(answer_set.area.id, self.workspace.summaries.summarise(answer_set))

    def current_area_id(self) -> str:
        item = self.list.currentItem()
        return item.data(AREA_ID) if item is not None else ""

    def select(self, area_id: str, *, emit: bool = True) -> None:
        """Make an area current (emitting ``area_selected`` unless ``emit`` is False)."""
        item = self._item(area_id)
        if item is None:
            return
        self.list.blockSignals(not emit)
        self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None and current.data(AREA_ID):
            self.area_selected.emit(current.data(AREA_ID))
