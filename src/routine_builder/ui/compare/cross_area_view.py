"""One question, every area's answer side by side (read-only)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from routine_builder.domain.compare import compare
from routine_builder.domain.workspace import Workspace
from routine_builder.errors import RoutineBuilderError
from routine_builder.ui.compare.render import side_rich_text

COLUMN_WIDTH = 300


class CrossAreaView(QWidget):
    """Pick a question; each area's draft answer to it is shown in its own column."""

    def __init__(self, *, workspace: Workspace, question_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crossAreaView")
        self.setWindowTitle(self.tr("Samma fråga i alla områden"))
        self.workspace = workspace
        self.question_combo = QComboBox(self)
        self.question_combo.setAccessibleName(self.tr("Fråga"))
        for section in workspace.question_set.sections:
            for question in section.questions:
                self.question_combo.addItem(f"{section.title} › {question.text}", question.id)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("Områdenas svar"))
        self.cells: dict[str, QLabel] = {}
        label = QLabel(self.tr("&Fråga:"))
        label.setBuddy(self.question_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.question_combo)
        layout.addWidget(self.scroll, 1)
        self._answers = self._load_answers()
        self.question_combo.currentIndexChanged.connect(self.refresh)
        if question_id is not None:
            self.question_combo.setCurrentIndex(max(0, self.question_combo.findData(question_id)))
        self.refresh()

    def _load_answers(self) -> dict[str, object]:
        """Each area's answers, or the error that keeps them from loading (a draft is read once per change)."""
        return {s.area_id: s.answer_set or s.error for s in self.workspace.summaries.all()}

    def refresh(self) -> None:
        """Show the chosen question for every area."""
        question_id = self.question_combo.currentData()
        content = QWidget()
        grid = QGridLayout(content)
        self.cells = {}
        question_set = self.workspace.question_set
        for column, (area_id, answer_set) in enumerate(self._answers.items()):
            if isinstance(answer_set, RoutineBuilderError):
                name, body = area_id, html.escape(answer_set.message)
            else:
                name = answer_set.area.name  # type: ignore[attr-defined]
                diff = next(q for q in compare(question_set, answer_set, answer_set).questions()  # type: ignore[arg-type]
                            if q.question_id == question_id)  # fmt: skip
                body = side_rich_text(diff, "new")
            title = QLabel(f"<b>{html.escape(name)}</b>")
            cell = QLabel(body)
            cell.setTextFormat(Qt.TextFormat.RichText)
            cell.setWordWrap(True)
            cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)  # fmt: skip
            cell.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            cell.setAccessibleName(self.tr("Svar från {0}").format(name))
            cell.setMinimumWidth(COLUMN_WIDTH)
            grid.addWidget(title, 0, column)
            grid.addWidget(cell, 1, column)
            self.cells[area_id] = cell
        grid.setRowStretch(2, 1)
        old = self.scroll.takeWidget()
        self.scroll.setWidget(content)
        if old is not None:
            old.deleteLater()
