"""One question, every area's answer side by side; another area's answer can be taken into the open area."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.area_summaries import list_names
from routine_builder.domain.compare import compare
from routine_builder.domain.values import Answer
from routine_builder.domain.workspace import Workspace
from routine_builder.errors import RoutineBuilderError
from routine_builder.ui.compare.render import side_rich_text

COLUMN_WIDTH = 300
CopyAnswer = Callable[[str, Answer, str], None]


class CrossAreaView(QWidget):
    """Pick a question; each area's draft answer to it is shown in its own column.

    With ``copy_answer`` and ``current_area`` every other area's column has a button that takes its
    answer into the open area (one undo step there).
    """

    def __init__(
        self,
        *,
        workspace: Workspace,
        question_id: str | None = None,
        parent: QWidget | None = None,
        current_area: str = "",
        copy_answer: CopyAnswer | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("crossAreaView")
        self.workspace = workspace
        self.current_area = current_area
        self.copy_answer = copy_answer
        self.question_combo = QComboBox(self)
        for section in workspace.question_set.sections:
            for question in section.questions:
                self.question_combo.addItem(f"{section.title} › {question.text}", question.id)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.cells: dict[str, QLabel] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        self.label = QLabel()
        self.label.setBuddy(self.question_combo)
        self.message = QLabel()
        self.message.setProperty("role", "note")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.question_combo)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll_area, 1)
        self._answers = self._load_answers()
        self.question_combo.currentIndexChanged.connect(self.refresh)
        if question_id is not None:
            self.question_combo.setCurrentIndex(max(0, self.question_combo.findData(question_id)))
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.setWindowTitle(self.tr("Samma fråga i alla områden"))
        self.question_combo.setAccessibleName(self.tr("Fråga"))
        self.scroll_area.setAccessibleName(self.tr("Områdenas svar"))
        self.label.setText(self.tr("&Fråga:"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _load_answers(self) -> dict[str, AnswerSet | RoutineBuilderError]:
        """Each area's answers, or the error that keeps them from loading (a draft is read once per change).

        Also keeps each area's name as the area list shows it (with its folder when two share a name).
        """
        summaries = self.workspace.summaries.all()
        self._names = list_names(summaries)
        loaded: dict[str, AnswerSet | RoutineBuilderError] = {}
        for summary in summaries:  # a summary holds the answers or the error that kept them from loading
            if summary.answer_set is not None:
                loaded[summary.area_id] = summary.answer_set
            elif summary.error is not None:
                loaded[summary.area_id] = summary.error
        return loaded

    def refresh(self) -> None:
        """Show the chosen question for every area."""
        question_id = self.question_combo.currentData()
        content = QWidget()
        grid = QGridLayout(content)
        self.cells = {}
        self.copy_buttons = {}
        question_set = self.workspace.question_set
        for column, (area_id, answer_set) in enumerate(self._answers.items()):
            if isinstance(answer_set, RoutineBuilderError):
                name, body = area_id, html.escape(answer_set.message)
            else:
                name = self._names.get(area_id, answer_set.area.name)
                diff = next(
                    q for q in compare(question_set, answer_set, answer_set).questions() if q.question_id == question_id
                )
                body = side_rich_text(diff, "new")
            title = QLabel(f"<b>{html.escape(name)}</b>")
            cell = QLabel(body)
            cell.setTextFormat(Qt.TextFormat.RichText)
            cell.setWordWrap(True)
            cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            cell.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            cell.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            cell.setAccessibleName(self.tr("Svar från {0}").format(name))
            cell.setMinimumWidth(COLUMN_WIDTH)
            grid.addWidget(title, 0, column)
            grid.addWidget(cell, 2, column)
            if self._can_copy(area_id, answer_set):
                button = QPushButton(self.tr("Använd i mitt område"))
                button.setAccessibleName(self.tr("Använd svaret från {0} i mitt område").format(name))
                button.clicked.connect(lambda _checked=False, a=area_id: self.copy_from(a))
                grid.addWidget(button, 1, column, Qt.AlignmentFlag.AlignLeft)
                self.copy_buttons[area_id] = button
            self.cells[area_id] = cell
        grid.setRowStretch(3, 1)
        old = self.scroll_area.takeWidget()
        self.scroll_area.setWidget(content)
        if old is not None:
            old.deleteLater()

    def _can_copy(self, area_id: str, answer_set: object) -> bool:
        return (
            self.copy_answer is not None
            and bool(self.current_area)
            and area_id != self.current_area
            and isinstance(answer_set, AnswerSet)
        )

    def copy_from(self, area_id: str) -> None:
        """Take ``area_id``'s answer to the chosen question into the open area."""
        source = self._answers.get(area_id)
        if self.copy_answer is None or not isinstance(source, AnswerSet):
            return
        question_id = self.question_combo.currentData()
        answer = source.get(question_id) or Answer()
        name = self._names.get(area_id, source.area.name)
        self.copy_answer(question_id, answer, name)
        own = self._answers.get(self.current_area)
        if isinstance(own, AnswerSet):
            self._answers[self.current_area] = own.with_answer(question_id, answer if answer != Answer() else None)
        self.refresh()
        self.message.setText(
            self.tr("Svaret från {area} finns nu i ditt område. Ångra med Ctrl+Z i huvudfönstret.").format(area=name)
        )
        self.message.show()
