"""The sections of the question set, with the progress of each in words (not by colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from routine_builder.domain import Progress, section_progress
from routine_builder.ui.area.area_session import AreaSession
from routine_builder.ui.window.progress_text import progress_text

SECTION_ID = Qt.ItemDataRole.UserRole


class SectionNavigator(QWidget):
    """A list of the sections; choosing one emits ``section_selected(section_id)``."""

    section_selected = Signal(str)

    def __init__(self, session: AreaSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.question_set = session.workspace.question_set
        self.heading = QLabel(self)
        self.heading.setObjectName("navigatorHeading")
        self.list = QListWidget(self)
        self.list.setObjectName("sections")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped items are laid out again on resize
        # A scroll bar that comes and goes would change the width the items were wrapped for.
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.list.setIconSize(QSize(16, 16))
        self.heading.setBuddy(self.list)
        for section in self.question_set.sections:
            item = QListWidgetItem()
            item.setData(SECTION_ID, section.id)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._on_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        session.changed.connect(self.refresh)
        self.retranslate()
        self.list.setCurrentRow(0)

    def detach(self) -> None:
        """Stop following the session (its area is closed)."""
        self.session.changed.disconnect(self.refresh)

    def attach(self, session: AreaSession) -> None:
        """Show the progress of another area of the same question set; the current section stays."""
        self.session = session
        session.changed.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Av&snitt"))
        self.list.setAccessibleName(self.tr("Avsnitt"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def refresh(self) -> None:
        """Recount every section's progress; each state has its own icon and words (not colour alone)."""
        for row, section in enumerate(self.question_set.sections):
            progress = section_progress(section, self.session.answer_set)
            summary, icon = self._state(progress)
            item = self.list.item(row)
            text = f"{row + 1}. {section.title}\n{summary}"
            if item.text() != text:
                item.setText(text)
                item.setToolTip(summary)
                item.setIcon(self.style().standardIcon(icon))

    def _state(self, progress: Progress) -> tuple[str, QStyle.StandardPixmap]:
        summary = progress_text(progress)
        pixmap = QStyle.StandardPixmap
        if progress.total and progress.done == progress.total:
            return self.tr("Klart: {summary}").format(summary=summary), pixmap.SP_DialogApplyButton
        if progress.done == 0:
            return self.tr("Inte påbörjat: {summary}").format(summary=summary), pixmap.SP_FileIcon
        if progress.missing_required:
            return self.tr("Svar saknas: {summary}").format(summary=summary), pixmap.SP_MessageBoxWarning
        return self.tr("Obligatoriska klara: {summary}").format(summary=summary), pixmap.SP_DialogApplyButton

    def current_section_id(self) -> str:
        item = self.list.currentItem()
        return item.data(SECTION_ID) if item is not None else ""

    def set_current(self, section_id: str) -> None:
        """Mark a section as current without emitting ``section_selected``."""
        for row in range(self.list.count()):
            if self.list.item(row).data(SECTION_ID) == section_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
                return

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.section_selected.emit(current.data(SECTION_ID))
