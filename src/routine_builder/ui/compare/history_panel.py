"""The history panel: an area's saved versions, with compare, open and restore."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from routine_builder.domain.version_index import VersionHeader, version_headers
from routine_builder.domain.workspace import Workspace

BROKEN = Qt.ItemDataRole.UserRole + 1  # True on the cells of a version file that cannot be read


class HistoryPanel(QWidget):
    """Lists the saved versions of one area (newest first); the main window acts on the signals."""

    compare_requested = Signal(int)
    restore_requested = Signal(int)
    open_requested = Signal(int)
    export_requested = Signal(int)
    adopt_requested = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.workspace = workspace
        self.area_id: str | None = None
        self.adopted: int | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Nr"), self.tr("Datum"), self.tr("Vem"), self.tr("Kommentar")])
        self.table.setAccessibleName(self.tr("Sparade versioner"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self._emit(self.open_requested))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.compare_button = QPushButton(self.tr("&Jämför med utkastet"))
        self.open_button = QPushButton(self.tr("Ö&ppna"))
        self.restore_button = QPushButton(self.tr("Åters&täll som utkast…"))
        self.export_button = QPushButton(self.tr("Exportera…"))
        self.export_button.setToolTip(self.tr("Skapa Word-rutinen ur versionen, som den sparades"))
        self.adopt_button = QPushButton(self.tr("Fastställ…"))
        self.adopt_button.setToolTip(self.tr("Anteckna att versionen är fastställd"))
        self.open_button.setToolTip(self.tr("Visa versionen skrivskyddad"))
        self.restore_button.setToolTip(
            self.tr("Gör versionen till utkast; det nuvarande utkastet sparas först som en version")
        )
        self.compare_button.clicked.connect(lambda: self._emit(self.compare_requested))
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.restore_button.clicked.connect(lambda: self._emit(self.restore_requested))
        self.export_button.clicked.connect(lambda: self._emit(self.export_requested))
        self.adopt_button.clicked.connect(lambda: self._emit(self.adopt_requested))
        buttons = QGridLayout()  # rows of two, so that the panel fits beside the form on a small screen
        buttons.addWidget(self.compare_button, 0, 0)
        buttons.addWidget(self.open_button, 0, 1)
        buttons.addWidget(self.export_button, 1, 0)
        buttons.addWidget(self.adopt_button, 1, 1)
        buttons.addWidget(self.restore_button, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_area(self, area_id: str, adopted: int | None = None) -> None:
        """Show the versions of ``area_id`` (``adopted``: the number of its adopted version, marked)."""
        self.area_id = area_id
        self.adopted = adopted
        self.refresh()

    def refresh(self) -> None:
        """Read the versions again (after "Spara version…" or a restore)."""
        self.table.setRowCount(0)
        self.message.clear()
        if self.area_id is None:
            self._update_buttons()
            return
        versions = version_headers(self.workspace, self.area_id)
        problems = [header.problem for header in versions if header.problem]
        if problems:
            self.message.setText("\n".join(problems))
        elif not versions:
            self.message.setText(self.tr("Inga sparade versioner ännu. Spara en med ”Spara version…”."))
        for header in reversed(versions):
            self._add_row(header)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def _add_row(self, header: VersionHeader) -> None:
        """One row per version file; a file that cannot be read shows as broken, with the reason."""
        info = header.version
        if info is not None:
            comment = info.comment
            if info.number == self.adopted:
                comment = self.tr("Fastställd version") + (f" – {comment}" if comment else "")
            cells = (str(info.number), f"{info.saved_at:%Y-%m-%d %H:%M}", info.saved_by, comment)
            tips = cells
        else:
            cells = (str(header.number), "–", "–", self.tr("Skadad: filen kan inte läsas"))
            tips = (header.problem,) * 4
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, header.number)
            item.setData(BROKEN, info is None)
            item.setToolTip(tips[column])
            if info is not None and info.number == self.adopted:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if info is None:
                item.setForeground(QBrush(QColor("#b3261e")))
                if column == 3:
                    item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            self.table.setItem(row, column, item)

    def selected_number(self) -> int | None:
        """The number of the selected version (None when none, or a broken one, is selected)."""
        items = self.table.selectedItems()
        if not items or items[0].data(BROKEN):
            return None
        return int(items[0].data(Qt.ItemDataRole.UserRole))

    def select_number(self, number: int) -> None:
        """Select the version with this number."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == number:
                self.table.selectRow(row)
                return

    def _emit(self, signal: SignalInstance) -> None:
        number = self.selected_number()
        if number is not None:
            signal.emit(number)

    def _update_buttons(self) -> None:
        chosen = self.selected_number() is not None
        for button in (
            self.compare_button,
            self.open_button,
            self.restore_button,
            self.export_button,
            self.adopt_button,
        ):
            button.setEnabled(chosen)
