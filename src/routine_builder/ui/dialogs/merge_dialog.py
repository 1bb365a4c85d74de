"""Choosing between my answers and someone else's, question by question (a three-way merge's conflicts).

Each conflicting question shows its text and three readable columns: "Mina svar", "Deras svar" and
"Gemensam grund" (what both started from). The user picks mine or theirs per question (mine by
default) or for all at once; :meth:`MergeDialog.choices` hands the picks to ``MergeResult.resolve``.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from routine_builder.domain.merge import Conflict, Side
from routine_builder.domain.question_set import QuestionSet
from routine_builder.domain.readable import raw_text, readable_value
from routine_builder.domain.values import Answer

COLUMN_MIN_WIDTH = 220
CARD_STYLE = "QFrame#mergeQuestion { border: 1px solid palette(mid); border-radius: 4px; }"


def _answer_text(question_set: QuestionSet, key: str, value: Any) -> str:
    """The value as a reader sees it (no markup)."""
    if isinstance(value, Answer) and key in question_set:
        text = readable_value(question_set.question(key), value)
        if value.comment and not value.not_applicable:
            text = f"{text}\n\n{value.comment}".strip()
        elif value.comment:
            text = f"{text}: {value.comment}"
        return text
    if isinstance(value, Answer):
        return raw_text(value.value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return "\n".join(f"{k}: {raw_text(v)}" for k, v in dataclasses.asdict(value).items() if v not in (None, "", ()))
    return raw_text(value)


class MergeDialog(QDialog):
    """One card per conflict with mine / theirs / base; OK saves the choices, Cancel keeps everything."""

    def __init__(
        self,
        *,
        question_set: QuestionSet,
        conflicts: Sequence[Conflict],
        intro: str,
        theirs_title: str = "",
        show_base: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Välj vilka svar som ska gälla"))
        self.question_set = question_set
        self.conflicts = tuple(conflicts)
        self.groups: dict[str, QButtonGroup] = {}
        self.intro = QLabel(intro, self)
        self.intro.setObjectName("mergeIntro")
        self.intro.setWordWrap(True)
        self.all_mine_button = QPushButton(self.tr("Använd &mina för alla"), self)
        self.all_theirs_button = QPushButton(self.tr("Använd &deras för alla"), self)
        self.all_mine_button.clicked.connect(lambda: self.choose_all("mine"))
        self.all_theirs_button.clicked.connect(lambda: self.choose_all("theirs"))
        tools = QHBoxLayout()
        tools.addStretch(1)
        tools.addWidget(self.all_mine_button)
        tools.addWidget(self.all_theirs_button)
        content = QWidget()
        cards = QVBoxLayout(content)
        titles = (self.tr("Mina svar"), theirs_title or self.tr("Deras svar"), self.tr("Gemensam grund"))
        for conflict in self.conflicts:
            cards.addWidget(self._card(conflict, titles, show_base))
        cards.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self.scroll_area.setAccessibleName(self.tr("Frågor att välja svar för"))
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Spara valda svar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("saveMergeButton")
        self.ok_button.setDefault(True)
        self.cancel_button = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(tools)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # sized once, below
        self.setMinimumSize(640, 360)
        self.resize(980, min(640, content.sizeHint().height() + 150))  # no empty page for one question

    def _title(self, key: str) -> str:
        if key in self.question_set:
            return self.question_set.question(key).text
        if key == "document":
            return self.tr("Dokumentuppgifter")
        if key == "area":
            return self.tr("Områdets namn och kommuner")
        return self.tr("Svar på en fråga som inte längre finns ({id})").format(id=key.removeprefix("orphan:"))

    def _value_label(self, conflict: Conflict, value: Any) -> QLabel:
        text = _answer_text(self.question_set, conflict.key, value)
        body = html.escape(text).replace("\n", "<br>") if text else f"<i>{html.escape(self.tr('(inget svar)'))}</i>"
        label = QLabel(body)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setMinimumWidth(COLUMN_MIN_WIDTH)
        return label

    def _card(self, conflict: Conflict, titles: tuple[str, str, str], show_base: bool) -> QFrame:
        card = QFrame()
        card.setObjectName("mergeQuestion")
        card.setStyleSheet(CARD_STYLE)
        grid = QGridLayout(card)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(18)
        title = QLabel(f"<b>{html.escape(self._title(conflict.key))}</b>")
        title.setWordWrap(True)
        columns = 3 if show_base else 2
        grid.addWidget(title, 0, 0, 1, columns)
        group = QButtonGroup(card)
        values = (conflict.mine, conflict.theirs, conflict.base)[:columns]
        for column, (heading, value) in enumerate(zip(titles, values, strict=False)):
            head = QLabel(heading)
            head.setProperty("role", "hint")
            grid.addWidget(head, 1, column)
            grid.addWidget(self._value_label(conflict, value), 2, column)
            grid.setColumnStretch(column, 1)
        mine = QRadioButton(self.tr("Använd mina"))
        theirs = QRadioButton(self.tr("Använd deras"))
        mine.setAccessibleName(self.tr("Använd mina: {question}").format(question=self._title(conflict.key)))
        theirs.setAccessibleName(self.tr("Använd deras: {question}").format(question=self._title(conflict.key)))
        group.addButton(mine, 0)
        group.addButton(theirs, 1)
        mine.setChecked(True)
        grid.addWidget(mine, 3, 0)
        grid.addWidget(theirs, 3, 1)
        self.groups[conflict.key] = group
        return card

    def choose(self, key: str, side: Side) -> None:
        """Pick a side for one conflict."""
        self.groups[key].button(0 if side == "mine" else 1).setChecked(True)

    def choose_all(self, side: Side) -> None:
        """Pick the same side for every conflict."""
        for key in self.groups:
            self.choose(key, side)

    def choices(self) -> dict[str, Side]:
        """The side picked for each conflict key."""
        return {key: "theirs" if group.checkedId() == 1 else "mine" for key, group in self.groups.items()}
