"""The Remissvar panel: what reviewers said, by chapter or by reviewer, and how each item was handled.

A proposal is shown as a word-level diff against the current answer and can be accepted as it is or
after editing (one undo step, done by the main window through :attr:`accept_requested`), or rejected; a
comment is marked handled with a short note. "Nästa öppna" walks through the items not yet handled.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.outline import Outline
from routine_builder.domain.question_set import QuestionSet, QuestionType
from routine_builder.domain.review_listing import chapter_title, grouped
from routine_builder.domain.reviews import HANDLED, OPEN, PROPOSAL, REJECTED, Entry
from routine_builder.domain.values import Answer
from routine_builder.ui.review.review_detail import entry_html, kind_word, state_word
from routine_builder.ui.review.review_model import ReviewModel
from routine_builder.ui.wording import plural

KEY = Qt.ItemDataRole.UserRole


class ReviewPanel(QWidget):
    """Lists the open area's remiss items and acts on the chosen one."""

    jump_to_question = Signal(str)
    accept_requested = Signal(object, object, str)  # (review number, item id), the Answer to take over, the note
    handle_requested = Signal(object, str, str)  # (review number, item id), the new state, the note
    import_requested = Signal()

    def __init__(
        self, model: ReviewModel, question_set: QuestionSet, outline: Outline | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.model = model
        self.question_set = question_set
        self.outline = outline
        self.answers: AnswerSet | None = None
        self.read_only = False
        self.show_combo = QComboBox(self)
        self.group_combo = QComboBox(self)
        for _ in range(2):
            self.show_combo.addItem("")
            self.group_combo.addItem("")
        self.show_label = QLabel(self)
        self.group_label = QLabel(self)
        self.show_label.setBuddy(self.show_combo)
        self.group_label.setBuddy(self.group_combo)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.edit_button = QPushButton(self)
        self.edit_button.setCheckable(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setVisible(False)
        self.note_label = QLabel(self)
        self.note_edit = QLineEdit(self)
        self.note_label.setBuddy(self.note_edit)
        self.accept_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.handled_button = QPushButton(self)
        self.reopen_button = QPushButton(self)
        self.goto_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self._build_layout()
        self._connect()
        self.retranslate()
        self.model.changed.connect(self.refresh)
        self.refresh()

    def _build_layout(self) -> None:
        choices = QGridLayout()
        choices.addWidget(self.show_label, 0, 0)
        choices.addWidget(self.show_combo, 0, 1)
        choices.addWidget(self.group_label, 1, 0)
        choices.addWidget(self.group_combo, 1, 1)
        choices.setColumnStretch(1, 1)
        lower = QWidget(self)
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.detail, 1)
        column.addWidget(self.edit_button)
        column.addWidget(self.editor)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label)
        note_row.addWidget(self.note_edit, 1)
        column.addLayout(note_row)
        buttons = QGridLayout()  # narrow rows, so that the panel fits beside the form on a small screen
        buttons.addWidget(self.accept_button, 0, 0)
        buttons.addWidget(self.reject_button, 0, 1)
        buttons.addWidget(self.handled_button, 1, 0, 1, 2)
        buttons.addWidget(self.goto_button, 2, 0)
        buttons.addWidget(self.reopen_button, 2, 1)
        buttons.addWidget(self.next_button, 3, 0, 1, 2)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.import_button)

    def _connect(self) -> None:
        self.show_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.group_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.edit_button.toggled.connect(self.editor.setVisible)
        self.edit_button.toggled.connect(lambda _on: self._update_accept())
        self.editor.textChanged.connect(self._update_accept)
        self.accept_button.clicked.connect(self._accept)
        self.reject_button.clicked.connect(lambda: self._handle(REJECTED))
        self.handled_button.clicked.connect(lambda: self._handle(HANDLED))
        self.reopen_button.clicked.connect(lambda: self._handle(OPEN))
        self.goto_button.clicked.connect(self._goto)
        self.next_button.clicked.connect(self.next_open)
        self.import_button.clicked.connect(self.import_requested)

    def retranslate(self) -> None:
        self.show_label.setText(self.tr("Visa:"))
        self.group_label.setText(self.tr("Ordna:"))
        for index, text in enumerate((self.tr("Öppna remissvar"), self.tr("Alla remissvar"))):
            self.show_combo.setItemText(index, text)
        for index, text in enumerate((self.tr("Efter kapitel"), self.tr("Efter granskare"))):
            self.group_combo.setItemText(index, text)
        self.show_combo.setAccessibleName(self.tr("Vilka remissvar som visas"))
        self.group_combo.setAccessibleName(self.tr("Hur remissvaren ordnas"))
        self.tree.setAccessibleName(self.tr("Remissvar"))
        self.detail.setAccessibleName(self.tr("Det valda remissvaret"))
        self.edit_button.setText(self.tr("Ändra förslaget innan det godtas"))
        self.editor.setAccessibleName(self.tr("Förslaget, som det ska godtas"))
        self.note_label.setText(self.tr("Anteckning:"))
        self.note_edit.setPlaceholderText(self.tr("Hur synpunkten hanterades (visas i bilagan)"))
        self.note_edit.setAccessibleName(self.tr("Anteckning om hur synpunkten hanterades"))
        self.accept_button.setText(self.tr("Godta"))
        self.accept_button.setToolTip(self.tr("Gör förslaget till frågans svar (kan ångras med Ctrl+Z)"))
        self.reject_button.setText(self.tr("Avslå"))
        self.handled_button.setText(self.tr("Markera som hanterad"))
        self.reopen_button.setText(self.tr("Öppna igen"))
        self.goto_button.setText(self.tr("Gå till frågan"))
        self.next_button.setText(self.tr("Nästa öppna (F8)"))
        self.import_button.setText(self.tr("Importera remissvar…"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ what is shown

    def set_answers(self, answers: AnswerSet | None, *, read_only: bool = False) -> None:
        """The open area's current answers (a proposal is compared with them)."""
        self.answers = answers
        self.read_only = read_only
        self._show_current()

    @property
    def only_open(self) -> bool:
        return self.show_combo.currentIndex() == 0

    def _chapter_title(self, entry: Entry) -> str:
        return chapter_title(entry.item, self.outline) or self.tr("Hela rutinen")

    def refresh(self) -> None:
        """Fill the list again, keeping the chosen item when it is still shown."""
        chosen = self.current_key()
        self.tree.blockSignals(True)
        self.tree.clear()
        shown = [e for e in self.model.entries if e.item.is_open or not self.only_open]
        by_reviewer = self.group_combo.currentIndex() == 1
        group_of = (lambda e: e.reviewer) if by_reviewer else self._chapter_title
        for group, members in grouped(shown, group_of):
            parent = QTreeWidgetItem(self.tree, [group])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.setExpanded(True)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            for entry in members:
                row = QTreeWidgetItem(parent, [self._row_text(entry, by_reviewer)])
                row.setData(0, KEY, entry.key)
                row.setToolTip(0, entry.item.text)
                if not entry.item.is_open:
                    row.setForeground(0, self.palette().placeholderText())
        self.tree.blockSignals(False)
        total = len(self.model.entries)
        open_count = sum(1 for e in self.model.entries if e.item.is_open)
        if not total:
            text = self.tr("Inga remissvar har importerats för området ännu.")
        else:
            one, many = self.tr("1 öppet av {total}"), self.tr("{n} öppna av {total}")
            text = plural(open_count, one.format(total=total), many.format(n="{n}", total=total))
        problems = "\n".join(self.model.problems)
        self.count_label.setText(text + ("\n" + problems if problems else ""))
        if chosen is not None:
            self.select(chosen)
        self._show_current()

    def _row_text(self, entry: Entry, by_reviewer: bool) -> str:
        item = entry.item
        who = self._chapter_title(entry) if by_reviewer else entry.reviewer
        subject = ""
        if item.question_id and item.question_id in self.question_set:
            subject = self.question_set.question(item.question_id).text
        marks = [] if item.is_open else [state_word(item.state)]
        marks += [w for w, on in ((self.tr("konflikt"), item.conflict), (self.tr("osäker"), item.uncertain)) if on]
        head = f"{kind_word(item.kind)} · {who}" + (f" [{', '.join(marks)}]" if marks else "")
        body = subject or " ".join(item.text.split())
        return f"{head}\n{body[:140]}"

    def current_key(self) -> tuple[int, int] | None:
        item = self.tree.currentItem()
        key = item.data(0, KEY) if item is not None else None
        return tuple(key) if key else None

    def current_entry(self) -> Entry | None:
        key = self.current_key()
        return self.model.entry(key) if key is not None else None

    def select(self, key: tuple[int, int]) -> bool:
        """Make the item with ``key`` current; False when it is not shown."""
        for group in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(group)
            if parent is None:
                continue
            for index in range(parent.childCount()):
                child = parent.child(index)
                if child is not None and tuple(child.data(0, KEY)) == tuple(key):
                    self.tree.setCurrentItem(child)
                    return True
        return False

    def show_question(self, question_id: str) -> None:
        """Choose the first item on a question (used by the form's remiss count)."""
        for entry in self.model.entries:
            if entry.item.question_id == question_id and (entry.item.is_open or not self.only_open):
                self.select(entry.key)
                return

    def _show_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            self.detail.setHtml(f"<p>{self.tr('Välj ett remissvar i listan.')}</p>" if self.model.entries else "")
        else:
            current = self.answers.get(entry.item.question_id) if self.answers is not None else None
            sentence, outcome = self._in_the_routines_words(entry)
            self.detail.setHtml(
                entry_html(
                    entry, self.question_set, current, self._chapter_title(entry), sentence=sentence, outcome=outcome
                )
            )
            self.note_edit.setText(entry.item.note)
            self.editor.setPlainText(entry.item.text)
        self._update_buttons(entry)

    def _in_the_routines_words(self, entry: Entry) -> tuple[str | None, Answer | None]:
        """The current answer as the routine writes it, and the answer Godta makes of the proposal.

        Only for a proposal on an answer that is not free text; (None, None) for anything else.
        """
        qid = entry.item.question_id
        if entry.item.kind != PROPOSAL or qid not in self.question_set or self.answers is None:
            return None, None
        from routine_builder.document.answer_words import WORDED, routine_words  # the routine's phrasing

        question = self.question_set.question(qid)
        if question.type in WORDED:
            return None, None
        return routine_words(question, self.answers), self._proposed(entry, entry.item.text)

    def _acceptable(self, entry: Entry | None) -> bool:
        return entry is not None and self._proposed(entry, entry.item.text) is not None

    def _proposed(self, entry: Entry, text: str) -> Answer | None:
        """The answer Godta would give the item's question for ``text`` (None: it must be done in the form)."""
        if entry.item.kind != PROPOSAL or entry.item.question_id not in self.question_set or self.answers is None:
            return None
        from routine_builder.document.answer_words import proposal_answer  # the routine's phrasing, when asked

        return proposal_answer(self.question_set.question(entry.item.question_id), self.answers, text)

    def _update_accept(self) -> None:
        """Godta is on for an open proposal whose text (the edited one, while editing) reads as an answer."""
        entry = self.current_entry()
        if entry is None or not entry.item.is_open or self.read_only:
            self.accept_button.setEnabled(False)
            return
        text = self.editor.toPlainText() if self.edit_button.isChecked() else entry.item.text
        self.accept_button.setEnabled(self._proposed(entry, text) is not None)

    def _update_buttons(self, entry: Entry | None) -> None:
        open_item = entry is not None and entry.item.is_open and not self.read_only
        proposal = entry is not None and entry.item.kind == PROPOSAL
        acceptable = self._acceptable(entry)
        qid = entry.item.question_id if entry is not None else ""
        known = qid in self.question_set
        table = known and self.question_set.question(qid).type is QuestionType.CONTACTS
        editable = open_item and proposal and known and not table  # Godta then follows the edited text
        self.edit_button.setEnabled(editable)
        if not editable:
            self.edit_button.setChecked(False)
        self._update_accept()
        self.reject_button.setEnabled(open_item and proposal)
        self.handled_button.setEnabled(open_item)
        self.reopen_button.setEnabled(entry is not None and not entry.item.is_open and not self.read_only)
        self.goto_button.setEnabled(entry is not None and bool(entry.item.question_id))
        self.next_button.setEnabled(any(e.item.is_open for e in self.model.entries))
        self.note_edit.setEnabled(open_item)
        if proposal and not acceptable and known:
            self.accept_button.setToolTip(
                self.tr("Svaret är en tabell: ändra den i formuläret och markera förslaget som hanterat.")
                if table
                else self.tr(
                    "Förslaget läses inte som något av frågans svar så som rutinen skriver dem: ändra svaret i "
                    "formuläret och markera förslaget som hanterat."
                )
            )
        else:
            self.accept_button.setToolTip(self.tr("Gör förslaget till frågans svar (kan ångras med Ctrl+Z)"))

    # ------------------------------------------------------------ acting

    def _accept(self) -> None:
        entry = self.current_entry()
        if entry is None or not self._acceptable(entry):
            return
        text = self.editor.toPlainText() if self.edit_button.isChecked() else entry.item.text
        answer = self._proposed(entry, text)
        if answer is None:  # an edited text that reads as no answer of the question (Godta is off then)
            return
        edited = self.edit_button.isChecked()  # read now: taking the answer over shows the item again
        note = self.note_edit.text().strip() or (self.tr("Godtaget med ändringar.") if edited else "")
        self.accept_requested.emit(entry.key, answer, note)

    def _handle(self, state: str) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.handle_requested.emit(entry.key, state, self.note_edit.text() if state != OPEN else "")

    def _goto(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.item.question_id:
            self.jump_to_question.emit(entry.item.question_id)

    def next_open(self) -> bool:
        """Choose the next item not yet handled (after the current one, wrapping) and show its question."""
        keys = [e.key for e in self.model.entries if e.item.is_open]
        if not keys:
            self._show_current()
            return False
        current = self.current_key()
        order = [e.key for e in self.model.entries]
        start = order.index(current) + 1 if current in order else 0
        following = [k for k in order[start:] + order[:start] if k in keys]
        target = following[0]
        if not self.select(target):  # hidden by the filter: show all open ones
            self.show_combo.setCurrentIndex(0)
            self.select(target)
        entry = self.model.entry(target)
        if entry is not None and entry.item.question_id:
            self.jump_to_question.emit(entry.item.question_id)
        return True
