"""The workspace's areas with status and completeness; a broken area shows an error icon and text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from routine_builder.domain import AnswerSet, Workspace
from routine_builder.domain.area_summaries import AreaSummary, list_names
from routine_builder.errors import RoutineBuilderError
from routine_builder.ui.progress_text import progress_text, status_text

AREA_ID = Qt.ItemDataRole.UserRole


class AreaList(QWidget):
    """Lists the areas; choosing one emits ``area_selected(area_id)``."""

    area_selected = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.entries: dict[str, AreaSummary] = {}
        self.names: dict[str, str] = {}  # each area's name as shown, with its folder when another has the name
        self.problem = ""  # why the areas cannot be listed ("" when they can)
        self.heading = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("areas")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped items are laid out again on resize
        self.list.setIconSize(QSize(16, 16))
        self.heading.setBuddy(self.list)
        self.demo_note = QLabel(self)
        self.demo_note.setObjectName("demoNote")
        self.demo_note.setWordWrap(True)
        self.demo_note.setProperty("role", "note")
        self.demo_note.setVisible(workspace.demo)
        self.list.currentItemChanged.connect(self._on_current_changed)
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
        self._show_all()

    def _show_all(self) -> None:
        self.names = list_names(self.entries.values())
        for area_id in self.entries:
            self._show(area_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """Show every area of the workspace again, reading the files that changed (keeps the selection)."""
        current = self.current_area_id()
        try:
            self.entries = {summary.area_id: summary for summary in self.workspace.summaries.all()}
            self.problem = ""
        except RoutineBuilderError as exc:  # areas/ cannot be read (rights removed, share gone)
            self.entries, self.problem = {}, exc.message
        self.list.blockSignals(True)
        self.list.clear()
        for area_id in self.entries:
            item = QListWidgetItem()
            item.setData(AREA_ID, area_id)
            self.list.addItem(item)
        self._show_all()
        if self.problem:
            item = QListWidgetItem(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical), self.problem)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(self.problem)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if current:
            self.select(current, emit=False)

    def _item(self, area_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(AREA_ID) == area_id:
                return self.list.item(row)
        return None

    def _show(self, area_id: str) -> None:
        item = self._item(area_id)
        entry = self.entries[area_id]
        if item is None:
            return
        if entry.error is not None or entry.answer_set is None or entry.progress is None:
            item.setText(self.tr("{area}\nFel i svarsfilen – kan inte redigeras").format(area=area_id))
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
            item.setToolTip(entry.error.message if entry.error else "")
            return
        answers = entry.answer_set
        summary = progress_text(entry.progress)
        name = self.names.get(area_id, entry.name)
        item.setText(f"{name}\n{status_text(answers.document.status)} · {summary}")
        if name != entry.name:  # another folder holds an area of the same name, e.g. a copy
            folder = self.tr("Flera områden heter {name}. Det här ligger i mappen ”{folder}”.")
            summary += "\n" + folder.format(name=entry.name, folder=area_id)
        item.setToolTip(summary)
        item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))

    def update_area(self, answer_set: AnswerSet) -> None:
        """Show the latest answers of an area (called as it is edited)."""
        area_id = answer_set.area.id
        before = self.entries.get(area_id)
        self.entries[area_id] = self.workspace.summaries.summarise(answer_set)
        if before is None or before.name != answer_set.area.name:
            self._show_all()  # a name shared before or now changes how the others are shown
        else:
            self._show(area_id)

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
