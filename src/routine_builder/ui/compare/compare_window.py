"""The compare window: pick two sides, read them side by side, step through the changes, export."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.compare import Comparison, compare
from routine_builder.domain.workspace import Workspace, current_user
from routine_builder.errors import RoutineBuilderError
from routine_builder.export.comparison_docx import write_comparison_docx
from routine_builder.export.comparison_html import write_comparison_html
from routine_builder.export.redline_authors import side_label, versions_between
from routine_builder.ui.compare.comparison_view import ComparisonView
from routine_builder.ui.compare.render import counts_text
from routine_builder.ui.compare.sources import Source, list_sources, load_source


class CompareWindow(QMainWindow):
    """Compare two answer sets of the workspace (by default the newest version with the draft)."""

    def __init__(
        self, *, workspace: Workspace, area_id: str, parent: QWidget | None = None,
        left: Source | None = None, right: Source | None = None, draft: AnswerSet | None = None,
    ):  # fmt: skip
        super().__init__(parent)
        self.setObjectName("compareWindow")
        self.setWindowTitle(self.tr("Jämför"))
        self.workspace, self.area_id, self.draft = workspace, area_id, draft
        self.comparison: Comparison | None = None
        self._sides: tuple[AnswerSet, AnswerSet] | None = None
        self.current = -1
        self.left_combo, self.right_combo = QComboBox(), QComboBox()
        self.left_combo.setAccessibleName(self.tr("Vänster sida (äldre)"))
        self.right_combo.setAccessibleName(self.tr("Höger sida (nyare)"))
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.only_changed = QCheckBox(self.tr("Bara ändrade"))
        self.counter = QLabel()
        self.counter.setObjectName("changeCounter")
        self.view = ComparisonView(self)
        self._build_layout()
        self._build_actions()
        self._fill_sources(left, right)
        self.left_combo.currentIndexChanged.connect(self.refresh)
        self.right_combo.currentIndexChanged.connect(self.refresh)
        self.only_changed.toggled.connect(self._rebuild)
        self.refresh()
        self.resize(1100, 760)

    # ------------------------------------------------------------ building

    def _build_layout(self) -> None:
        pick = QHBoxLayout()
        for text, combo in ((self.tr("&Vänster:"), self.left_combo), (self.tr("&Höger:"), self.right_combo)):
            label = QLabel(text)
            label.setBuddy(combo)
            pick.addWidget(label)
            pick.addWidget(combo, 1)
        self.swap_button = QPushButton(self.tr("Byt &sida"))
        self.swap_button.clicked.connect(self.swap)
        pick.addWidget(self.swap_button)
        steps = QHBoxLayout()
        steps.addWidget(self.only_changed)
        steps.addStretch(1)
        self.previous_button = QPushButton(self.tr("◀ Föregående"))
        self.next_button = QPushButton(self.tr("Nästa ▶"))
        self.previous_button.setToolTip(self.tr("Föregående ändring (Skift+F8)"))
        self.next_button.setToolTip(self.tr("Nästa ändring (F8)"))
        self.previous_button.clicked.connect(self.previous_change)
        self.next_button.clicked.connect(self.next_change)
        self.docx_button = QPushButton(self.tr("Exportera som &Word…"))
        self.html_button = QPushButton(self.tr("Exportera som &HTML…"))
        self.docx_button.setToolTip(self.tr("Word-dokument med spårade ändringar"))
        self.docx_button.clicked.connect(self._ask_docx)
        self.html_button.clicked.connect(self._ask_html)
        for widget in (self.previous_button, self.counter, self.next_button, self.docx_button, self.html_button):
            steps.addWidget(widget)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addLayout(steps)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        self.next_action = QAction(self.tr("Nästa ändring"), self)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_F8))
        self.previous_action = QAction(self.tr("Föregående ändring"), self)
        self.previous_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F8))
        for action, slot in ((self.next_action, self.next_change), (self.previous_action, self.previous_change)):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _fill_sources(self, left: Source | None, right: Source | None) -> None:
        sources = list_sources(self.workspace, self.area_id)
        for combo in (self.left_combo, self.right_combo):
            combo.blockSignals(True)
            for source, label in sources:
                combo.addItem(label, source)
            combo.blockSignals(False)
        own_versions = [s for s, _label in sources if s.area_id == self.area_id and s.version is not None]
        self.select(left=left or (own_versions[0] if own_versions else Source(self.area_id)), right=right)

    def select(self, *, left: Source | None = None, right: Source | None = None) -> None:
        """Choose the sides (None keeps a side; the right side defaults to this area's draft)."""
        for combo, source in ((self.left_combo, left), (self.right_combo, right or Source(self.area_id))):
            index = next((i for i in range(combo.count()) if combo.itemData(i) == source), -1)
            if source is not None and index >= 0:
                combo.setCurrentIndex(index)

    # ------------------------------------------------------------ comparing

    def refresh(self) -> None:
        """Load both sides and compare them again."""
        try:
            old = load_source(self.workspace, self.left_combo.currentData(), self.draft)
            new = load_source(self.workspace, self.right_combo.currentData(), self.draft)
        except RoutineBuilderError as exc:
            self.comparison = None
            self.summary.setText(html.escape(exc.message))
            self._rebuild()
            return
        self.comparison = compare(self.workspace.question_set, old, new)
        self._sides = (old, new)
        self._show_summary()
        self._rebuild()

    def _show_summary(self) -> None:
        assert self.comparison is not None
        total = self.comparison.counts
        if total.total == 0:
            self.summary.setText(self.tr("<b>Inga skillnader.</b>"))
            return
        parts = [f"<b>{html.escape(self.tr('Totalt'))}: {counts_text(total.changed, total.added, total.removed)}</b>"]
        for section in self.comparison.sections:
            c = section.counts
            if c.total:
                parts.append(f"{html.escape(section.title)}: {counts_text(c.changed, c.added, c.removed)}")
        self.summary.setText("<br>".join(parts))

    def _rebuild(self) -> None:
        self.view.show_comparison(
            self.comparison,
            left_label=self.left_combo.currentText(),
            right_label=self.right_combo.currentText(),
            only_changed=self.only_changed.isChecked(),
        )
        self.current = -1
        self._update_counter()

    def swap(self) -> None:
        """Exchange left and right."""
        left, right = self.left_combo.currentIndex(), self.right_combo.currentIndex()
        self.left_combo.blockSignals(True)
        self.left_combo.setCurrentIndex(right)
        self.left_combo.blockSignals(False)
        self.right_combo.setCurrentIndex(left)

    # ------------------------------------------------------------ stepping

    def change_count(self) -> int:
        """How many changes there are to step through."""
        return len(self.view.changed_rows())

    def _update_counter(self) -> None:
        count = self.change_count()
        if count == 0:
            self.counter.setText(self.tr("Inga ändringar"))
        elif self.current < 0:
            self.counter.setText(self.tr("{0} ändringar").format(count) if count != 1 else self.tr("1 ändring"))
        else:
            self.counter.setText(self.tr("Ändring {0} av {1}").format(self.current + 1, count))
        self.counter.setAccessibleName(self.counter.text())
        for widget in (self.next_button, self.previous_button, self.next_action, self.previous_action):
            widget.setEnabled(count > 0)

    def go_to_change(self, index: int) -> None:
        """Show change ``index`` (0-based, wrapping around)."""
        rows = self.view.changed_rows()
        if not rows:
            return
        self.current = index % len(rows)
        self.view.set_current(rows[self.current])
        self.view.reveal(rows[self.current])
        self._update_counter()

    def next_change(self) -> None:
        """F8: the next change."""
        self.go_to_change(self.current + 1)

    def previous_change(self) -> None:
        """Shift+F8: the previous change."""
        self.go_to_change(self.current - 1 if self.current >= 0 else -1)

    # ------------------------------------------------------------ exporting

    def _labels(self) -> dict[str, str]:
        """The sides as the exported page names them: area, and version or draft with its date."""
        if self._sides is None:
            return {"old_label": self.left_combo.currentText(), "new_label": self.right_combo.currentText()}
        old, new = self._sides
        return {"old_label": side_label(old), "new_label": side_label(new)}

    def export_docx(self, path: Path) -> Path:
        """Write the comparison as a Word document with tracked changes."""
        if self.comparison is None:
            raise RoutineBuilderError(self.tr("det finns ingen jämförelse att exportera"))
        assert self._sides is not None
        old, new = self._sides
        return write_comparison_docx(
            self.comparison, question_set=self.workspace.question_set, old=old, new=new, output=path,
            between=versions_between(self.workspace, old, new), exported_by=current_user(),
            template=self.workspace.template_path(),
        )  # fmt: skip

    def export_html(self, path: Path) -> Path:
        """Write the comparison as an HTML page."""
        if self.comparison is None:
            raise RoutineBuilderError(self.tr("det finns ingen jämförelse att exportera"))
        return write_comparison_html(
            self.comparison, question_set=self.workspace.question_set, output=path, **self._labels()
        )

    def _ask(self, title: str, suffix: str, pattern: str, write: object) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, title, str(Path.home() / f"jamforelse{suffix}"), pattern)
        if not name:
            return
        try:
            write(Path(name))  # type: ignore[operator]
        except RoutineBuilderError as exc:
            QMessageBox.warning(self, title, exc.message)

    def _ask_docx(self) -> None:
        self._ask(self.tr("Exportera som Word"), ".docx", self.tr("Word-dokument (*.docx)"), self.export_docx)

    def _ask_html(self) -> None:
        self._ask(self.tr("Exportera som HTML"), ".html", self.tr("HTML-sida (*.html)"), self.export_html)
