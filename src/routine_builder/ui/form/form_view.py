"""The form: the current section's questions in a scroll area, with filters and search.

Edits go to the :class:`~routine_builder.ui.area.area_session.AreaSession` as operations; the session's
``changed`` signal brings undo/redo and other changes back into the editors. Conditional questions
are shown and hidden as their condition changes. Leaving a question ends its undo step and saves.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from routine_builder.domain import (
    Answer,
    LegalReferences,
    Question,
    is_shown,
    missing_required,
    question_state,
    section_progress,
)
from routine_builder.domain.operations import set_answer
from routine_builder.domain.search import matches
from routine_builder.ui.area.area_session import AreaSession
from routine_builder.ui.form.question_widget import QuestionWidget
from routine_builder.ui.window.progress_text import progress_text
from routine_builder.ui.wording import plural

FILTER_ALL, FILTER_UNANSWERED, FILTER_REQUIRED, FILTER_REVIEW = "all", "unanswered", "required", "review"


class FormView(QWidget):
    """Shows one section (or the search results) of the session's area."""

    question_focused = Signal(str)
    section_changed = Signal(str)
    message = Signal(str)  # a sentence for the status bar
    review_requested = Signal(str)  # the open remiss items of a question were asked for

    def __init__(
        self, session: AreaSession, parent: QWidget | None = None, *, legal: LegalReferences | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.legal = legal
        self.review_counts: dict[str, int] = {}
        self.question_set = session.workspace.question_set
        self.section_id = self.question_set.sections[0].id
        self.widgets: dict[str, QuestionWidget] = {}
        self.current_question = ""
        self.read_only = False  # set by ReadOnlyForm; a read-only form is never reused for another area
        self._attached = True
        self._build()
        self.retranslate()
        session.changed.connect(self._on_session_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._rebuild()

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.progress = QLabel(self)
        self.progress.setProperty("role", "hint")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._rebuild)
        self.search_edit.installEventFilter(self)
        self.filter_label = QLabel(self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("filter")
        self.filter_label.setBuddy(self.filter_combo)
        for _ in range(4):
            self.filter_combo.addItem("")
        self.filter_combo.currentIndexChanged.connect(self._rebuild)
        tools = QHBoxLayout()
        tools.addWidget(self.search_edit, 1)
        tools.addSpacing(12)
        tools.addWidget(self.filter_label)
        tools.addWidget(self.filter_combo)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("formScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the search to the first question
        self.empty_label = QLabel(self)
        self.empty_label.setProperty("role", "hint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button = QPushButton(self)
        self.previous_button.clicked.connect(self.previous_section)
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(self.next_section)
        self.missing_button = QPushButton(self)
        self.missing_button.setObjectName("nextMissing")
        self.missing_button.clicked.connect(self.next_missing)
        footer = QHBoxLayout()
        footer.addWidget(self.previous_button)
        footer.addStretch(1)
        footer.addWidget(self.missing_button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.progress)
        layout.addLayout(tools)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(footer)

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Sök i frågor och svar (Ctrl+F)"))
        self.search_edit.setToolTip(self.tr("Skriv ett eller flera ord; Esc tömmer sökningen"))
        self.search_edit.setAccessibleName(self.tr("Sök i frågor och svar"))
        self.scroll_area.setAccessibleName(self.tr("Avsnittets frågor"))
        self.filter_label.setText(self.tr("V&isa:"))
        self.filter_combo.setAccessibleName(self.tr("Visa frågor"))
        for index, text in enumerate(
            (
                self.tr("Alla frågor"),
                self.tr("Obesvarade"),
                self.tr("Obligatoriska som saknas"),
                self.tr("Med öppna remissvar (alla avsnitt)"),
            )
        ):
            self.filter_combo.setItemText(index, text)
        self.previous_button.setText(self.tr("← Föregående avsnitt"))
        self.next_button.setText(self.tr("Nästa avsnitt →"))
        self.empty_label.setText(self.tr("Inga frågor att visa här."))
        self.missing_button.setToolTip(
            self.tr("Gå till nästa obligatoriska fråga som saknar svar, i alla avsnitt (Ctrl+J)")
        )
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ what is shown

    @property
    def filter_mode(self) -> str:
        return (FILTER_ALL, FILTER_UNANSWERED, FILTER_REQUIRED, FILTER_REVIEW)[max(self.filter_combo.currentIndex(), 0)]

    @property
    def searching(self) -> bool:
        return bool(self.search_edit.text().strip())

    def _questions_to_show(self) -> list[Question]:
        answers = self.session.answer_set
        if self.searching:
            query = self.search_edit.text()
            questions = [
                q
                for q in self.question_set.questions()
                if is_shown(q, answers) and matches(q, answers.get(q.id), query)
            ]
        elif self.filter_mode == FILTER_REVIEW:
            questions = list(self.question_set.questions())
        else:
            questions = list(self.question_set.section(self.section_id).questions)
        mode = self.filter_mode
        if mode == FILTER_REVIEW:
            return [q for q in questions if self.review_counts.get(q.id)]
        if mode == FILTER_UNANSWERED:
            return [q for q in questions if question_state(q, answers) in ("missing_required", "missing_optional")]
        if mode == FILTER_REQUIRED:
            return [q for q in questions if question_state(q, answers) == "missing_required"]
        return questions

    def set_review_counts(self, counts: dict[str, int]) -> None:
        """How many open remiss items each question has (shown on the question, and used by the filter)."""
        self.review_counts = dict(counts)
        if self.filter_mode == FILTER_REVIEW:
            self._rebuild()
            return
        for question_id, widget in self.widgets.items():
            if isValid(widget):
                widget.set_review_count(self.review_counts.get(question_id, 0))

    def commit_pending(self) -> QuestionWidget | None:
        """Take over what is typed but not yet confirmed in the questions shown (before they are replaced).

        Returns the first question whose typed text cannot be read (it is left in its field), or None.
        """
        unread = [w for w in self.widgets.values() if isValid(w) and not w.commit()]
        return unread[0] if unread else None

    def detach(self) -> None:
        """Stop following the session (its area is closed; typed text committed before); wait for :meth:`attach`."""
        self._attached = False
        self.session.changed.disconnect(self._on_session_changed)

    def attach(self, session: AreaSession) -> None:
        """Show another area of the same question set, reusing the question cards of the section shown.

        The section stays; search, filter and remiss counts start afresh, as in a new form. Each card is
        reset to exactly what a new card for the area's answer would show.
        """
        assert not self._attached and session.workspace.question_set is self.question_set
        self.session = session
        self._attached = True
        session.changed.connect(self._on_session_changed)
        self.review_counts = {}
        self.current_question = ""
        self._without_rebuild(self.search_edit.clear)
        self._without_rebuild(lambda: self.filter_combo.setCurrentIndex(0))
        if [q.id for q in self._questions_to_show()] != list(self.widgets):
            self._rebuild()
        else:
            answers = session.answer_set
            for question_id, widget in self.widgets.items():
                widget.reset(answers.get(question_id))
            self._show_conditional()
            self._update_header()
        self.scroll_area.verticalScrollBar().setValue(0)

    def _without_rebuild(self, change: Callable[[], object]) -> None:
        """Change the search or the filter without building the page for it (the caller shows what follows).

        Their own signals stay on: the search field's clear button follows the text through them.
        """
        self.search_edit.textChanged.disconnect(self._rebuild)
        self.filter_combo.currentIndexChanged.disconnect(self._rebuild)
        try:
            change()
        finally:
            self.search_edit.textChanged.connect(self._rebuild)
            self.filter_combo.currentIndexChanged.connect(self._rebuild)

    @Slot()
    def _rebuild(self) -> None:
        self.commit_pending()
        container = QWidget()
        container.setObjectName("formPage")
        layout = QVBoxLayout(container)
        layout.setContentsMargins(2, 2, 14, 2)
        layout.setSpacing(12)
        self.widgets = {}
        answers = self.session.answer_set
        current_section = None
        across = self.searching or self.filter_mode == FILTER_REVIEW
        for question in self._questions_to_show():
            if across and question.section_id != current_section:
                current_section = question.section_id
                heading = QLabel(self.question_set.section(current_section).title, container)
                heading.setProperty("role", "hint")
                layout.addWidget(heading)
            widget = QuestionWidget(question, answers.get(question.id), container, legal=self.legal)
            widget.setVisible(is_shown(question, answers))
            widget.answer_edited.connect(self._on_answer_edited)
            widget.message.connect(self.message)
            widget.set_review_count(self.review_counts.get(question.id, 0))
            widget.review_requested.connect(self.review_requested)
            if self.searching:
                widget.highlight(self.search_edit.text())
            layout.addWidget(widget)
            self.widgets[question.id] = widget
        layout.addStretch(1)
        self.scroll_area.setWidget(container)
        self._order_tabs(container)
        self.empty_label.setVisible(not any(is_shown(w.question, answers) for w in self.widgets.values()))
        self._update_header()

    def _order_tabs(self, page: QWidget) -> None:
        """Tab goes search, filter, the questions in order, then the buttons at the bottom."""
        inside: list[QWidget] = []
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page and page.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                inside.append(widget)
            widget = widget.nextInFocusChain()
        chain = [self.search_edit, self.filter_combo, *inside, self.previous_button, self.missing_button]
        chain.append(self.next_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _update_header(self) -> None:
        if self.searching:
            self.title.setText(self.tr("Sökresultat"))
            count = len(self.widgets)
            self.progress.setText(plural(count, self.tr("1 fråga matchar"), self.tr("{n} frågor matchar")))
        elif self.filter_mode == FILTER_REVIEW:  # questions of every section, not the section chosen
            self.title.setText(self.tr("Frågor med öppna remissvar"))
            sections = len({self.question_set.question(q).section_id for q in self.widgets})
            self.progress.setText(
                self.tr("Inga frågor i området har öppna remissvar.")
                if not self.widgets
                else self.tr("{questions} i {sections}").format(
                    questions=plural(len(self.widgets), self.tr("1 fråga"), self.tr("{n} frågor")),
                    sections=plural(sections, self.tr("1 avsnitt"), self.tr("{n} avsnitt")),
                )
            )
        else:
            section = self.question_set.section(self.section_id)
            self.title.setText(section.title)
            self.progress.setText(progress_text(section_progress(section, self.session.answer_set)))
        index = self._section_index()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.question_set.sections) - 1)
        missing = len(missing_required(self.question_set, self.session.answer_set))
        if missing:
            self.missing_button.setText(self.tr("Nästa som saknas ({n} kvar)").format(n=missing))
        else:
            self.missing_button.setText(self.tr("Alla obligatoriska besvarade"))
        self.missing_button.setEnabled(bool(missing))

    # ------------------------------------------------------------ navigation

    def _section_index(self) -> int:
        return next(i for i, s in enumerate(self.question_set.sections) if s.id == self.section_id)

    def show_section(self, section_id: str) -> None:
        """Show a section (leaving search mode)."""
        changed = section_id != self.section_id
        self.section_id = section_id
        self._without_rebuild(self.search_edit.clear)
        self._rebuild()
        self.scroll_area.verticalScrollBar().setValue(0)
        if changed:
            self.section_changed.emit(section_id)

    def next_section(self) -> None:
        """Go to the next section and focus its first question."""
        index = self._section_index()
        if index < len(self.question_set.sections) - 1:
            self.show_section(self.question_set.sections[index + 1].id)
            self.focus_first_question()

    def previous_section(self) -> None:
        """Go to the previous section and focus its first question."""
        index = self._section_index()
        if index > 0:
            self.show_section(self.question_set.sections[index - 1].id)
            self.focus_first_question()

    def focus_first_question(self) -> None:
        """Put the focus in the first visible question."""
        for widget in self.widgets.values():
            if not widget.isHidden():
                widget.focus_editor()
                return

    def focus_search(self) -> None:
        """Ctrl+F: focus the search field."""
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.search_edit.text()
        ):
            self.search_edit.clear()  # Esc empties the search and shows the section again
            return True
        return super().eventFilter(watched, event)

    def next_missing(self) -> int:
        """Go to the next required question without an answer (after the current one, across sections).

        Returns how many required answers are missing in the whole area, and says so in the status bar.
        """
        self.commit_pending()
        missing = [q.id for q in missing_required(self.question_set, self.session.answer_set)]
        if not missing:
            self.message.emit(self.tr("Alla obligatoriska frågor är besvarade."))
            self._update_header()
            return 0
        order = [q.id for q in self.question_set.questions()]
        if self.current_question in order:
            position = order.index(self.current_question)
        else:  # no question visited yet in this area: from the start of the section shown
            shown = self.question_set.section(self.section_id).questions
            position = order.index(shown[0].id) - 1 if shown else -1
        target = next((qid for qid in missing if order.index(qid) > position), missing[0])
        self.focus_question(target)
        self.current_question = target
        self.message.emit(
            self.tr("Obligatorisk fråga {number} av {count} som saknar svar: {question}").format(
                number=missing.index(target) + 1, count=len(missing), question=self.question_set.question(target).text
            )
        )
        return len(missing)

    def focus_question(self, question_id: str) -> None:
        """Show the question's section and focus its editor.

        Search and filters are cleared, except the remiss filter when it shows the question.
        """
        if question_id not in self.question_set:
            return
        if self.filter_mode == FILTER_REVIEW and question_id in self.widgets:  # walking through the open items
            section_id = self.section_id
        else:
            self._without_rebuild(lambda: self.filter_combo.setCurrentIndex(0))
            section_id = self.question_set.question(question_id).section_id
        if section_id != self.section_id or self.searching or question_id not in self.widgets:
            self.show_section(section_id)
        widget = self.widgets.get(question_id)
        if widget is not None and not widget.isHidden():
            self.scroll_area.ensureWidgetVisible(widget)
            widget.focus_editor()

    # ------------------------------------------------------------ editing

    @Slot(str, object, str)
    def _on_answer_edited(self, question_id: str, answer: Answer | None, part: str) -> None:
        if not self._attached:
            return
        question = self.question_set.question(question_id)
        result = set_answer(
            self.session.answer_set, question_id=question_id, answer=answer, question_text=question.text
        )
        # Typing in one part of a question merges into one undo step; anything else is a step of its own.
        self.session.apply(result, merge_key=f"{question_id}:{part}" if part else None)

    @Slot(object, bool)
    def _on_session_changed(self, changed_ids: frozenset[str], from_undo: bool) -> None:
        answers = self.session.answer_set
        if from_undo and not self.searching:
            outside = [q for q in changed_ids if q in self.question_set and q not in self.widgets]
            if outside:
                self.focus_question(outside[0])
                return
        for question_id in changed_ids:
            widget = self.widgets.get(question_id)
            if widget is not None:
                widget.set_answer(answers.get(question_id))
        self._show_conditional()
        self._update_header()

    def _show_conditional(self) -> None:
        """Show the questions whose condition holds, hide the others; say so when none is left."""
        answers = self.session.answer_set
        for widget in self.widgets.values():
            shown = is_shown(widget.question, answers)
            if widget.isHidden() == shown:
                widget.setVisible(shown)
        self.empty_label.setVisible(not any(is_shown(w.question, answers) for w in self.widgets.values()))

    def _question_of(self, widget: QWidget | None) -> QuestionWidget | None:
        while widget is not None and isValid(widget):
            if isinstance(widget, QuestionWidget):
                return widget if self.widgets.get(widget.question.id) is widget else None
            widget = widget.parentWidget()
        return None

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self) or not self._attached:
            return
        before, after = self._question_of(old), self._question_of(new)
        if before is not None and before is not after:
            self.session.seal()
            self.session.save()
        if after is not None and after is not before:
            self.current_question = after.question.id
            self.question_focused.emit(after.question.id)
