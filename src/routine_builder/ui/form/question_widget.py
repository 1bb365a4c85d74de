"""One question in the form: its text, required marker, editor, comment and 'not applicable' choice.

Marking a question not applicable keeps its answer (greyed out, and saved as set aside); unmarking
brings it back. A not-applicable mark without a reason does not count as an answer.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from routine_builder.domain import Answer, LegalReferences, Question
from routine_builder.ui.form.editors import AnswerEditor, create_editor
from routine_builder.ui.form.editors.base import STEP
from routine_builder.ui.form.editors.line_edit import StartLineEdit
from routine_builder.ui.form.editors.longtext_editor import GrowingPlainTextEdit
from routine_builder.ui.form.highlight import highlighted
from routine_builder.ui.form.undo_keys import route_undo_keys
from routine_builder.ui.theme import set_role
from routine_builder.ui.wheel_guard import guard_wheel


class QuestionWidget(QFrame):
    """Shows and edits the answer to one question.

    Emits ``answer_edited(question_id, Answer | None, part)``: ``part`` names what is being typed in
    (consecutive typing in one part is one undo step), or is "" for a change that is a step by itself.
    ``message`` carries a sentence for the status bar.
    """

    answer_edited = Signal(str, object, str)
    message = Signal(str)
    review_requested = Signal(str)  # the question's open remiss items were clicked

    def __init__(
        self,
        question: Question,
        answer: Answer | None,
        parent: QWidget | None = None,
        *,
        legal: LegalReferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.question = question
        self._legal = legal  # cites the law in the help read out with the inputs, as the help panel does
        self._setting = False
        self.setObjectName("questionCard")
        self.title = QLabel(self)
        self.title.setObjectName("questionText")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.highlight("")
        self.required_label = QLabel(self)
        self.required_label.setObjectName("requiredMarker")
        self.required_label.setVisible(question.required)
        self.review_label = QLabel(self)
        self.review_label.setObjectName("reviewCount")
        self.review_label.setTextFormat(Qt.TextFormat.RichText)
        self.review_label.setVisible(False)
        self.review_label.linkActivated.connect(lambda _link: self.review_requested.emit(self.question.id))
        self._review_count = 0
        self.editor: AnswerEditor = create_editor(question, self)
        self.title.setBuddy(self.editor.focus_target())
        self.comment_label = QLabel(self)
        self.comment_edit = GrowingPlainTextEdit(self, min_lines=2)
        self.comment_edit.setObjectName("commentEdit")
        self.comment_label.setBuddy(self.comment_edit)
        for widget in (self.comment_label, self.comment_edit):
            widget.setVisible(question.comment)
        self.na_box = QCheckBox(self)
        self.na_box.setObjectName("notApplicable")
        self.reason_edit = StartLineEdit(self)
        self.reason_edit.setObjectName("notApplicableReason")
        self.reason_edit.setVisible(False)
        self.na_note = QLabel(self)
        self.na_note.setObjectName("notApplicableNote")
        self.na_note.setWordWrap(True)
        self.na_note.setVisible(False)
        self._build_layout()
        self.set_answer(answer)
        self.editor.edited.connect(self._emit)
        self.editor.message.connect(self.message)
        self.comment_edit.textChanged.connect(lambda: self._emit("comment"))
        self.na_box.toggled.connect(self._on_na_toggled)
        self.reason_edit.textEdited.connect(lambda _text: self._emit("reason"))
        guard_wheel(self)
        route_undo_keys(self)
        self.retranslate()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.review_label, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.required_label, 0, Qt.AlignmentFlag.AlignTop)
        na_row = QHBoxLayout()
        na_row.addWidget(self.na_box)
        na_row.addWidget(self.reason_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.na_note)
        layout.addWidget(self.editor)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment_edit)
        layout.addLayout(na_row)

    def retranslate(self) -> None:
        self.required_label.setText(self.tr("* obligatorisk"))
        self.comment_label.setText(self.tr("Kommentar"))
        self.na_box.setText(self.tr("Ej aktuellt"))
        self.reason_edit.setPlaceholderText(self.tr("Varför är frågan inte aktuell hos er?"))
        name = self.question.text + (self.tr(" (obligatorisk)") if self.question.required else "")
        help_text = " ".join(self.question.help.split())
        if self._legal is not None:
            help_text = self._legal.expand(help_text)
        self.editor.set_accessible(name, help_text)
        self.comment_edit.setAccessibleName(self.tr("Kommentar till: {question}").format(question=self.question.text))
        self.na_box.setAccessibleName(self.tr("Ej aktuellt: {question}").format(question=self.question.text))
        self.reason_edit.setAccessibleName(
            self.tr("Skäl till ej aktuellt: {question}").format(question=self.question.text)
        )
        for widget in (self.comment_edit, self.na_box, self.reason_edit):
            widget.setAccessibleDescription(help_text)
        self._show_na(self.na_box.isChecked())

    def set_review_count(self, count: int) -> None:
        """Show how many open remiss items the question has (a link to them; hidden when none)."""
        self._review_count = count
        self.review_label.setVisible(count > 0)
        if not count:
            label = self.review_label
            for set_text in (label.setText, label.setAccessibleName, label.setToolTip):
                set_text("")  # as on a new card
            return
        text = self.tr("1 öppet remissvar") if count == 1 else self.tr("{n} öppna remissvar").format(n=count)
        self.review_label.setText(f'<a href="remiss">{html.escape(text)}</a>')
        self.review_label.setAccessibleName(text)
        self.review_label.setToolTip(self.tr("Visa remissvaren på frågan"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def highlight(self, query: str) -> None:
        """Show the question text with the words of ``query`` marked (none for an empty query)."""
        self.title.setText(highlighted(self.question.text, query) if query.strip() else html.escape(self.question.text))

    # ------------------------------------------------------------ model <-> widgets

    def _editor_answer(self) -> Answer | None:
        """The answer the editor and comment show (also while greyed out under 'not applicable')."""
        comment = self.comment_edit.toPlainText() if self.question.comment else ""
        value, other = self.editor.value(), self.editor.other_text()
        if value is None and not comment.strip() and not other:
            return None
        return Answer(value=value, comment=comment if comment.strip() else "", other=other)

    def answer(self) -> Answer | None:
        """The answer the widgets show."""
        if self.na_box.isChecked():
            return Answer.na(self.reason_edit.text().strip(), set_aside=self._editor_answer())
        return self._editor_answer()

    def set_answer(self, answer: Answer | None) -> None:
        """Show ``answer`` (from the model) without emitting ``answer_edited``; unchanged widgets are left alone."""
        self._setting = True
        try:
            na_answer = answer if answer is not None and answer.not_applicable else None
            na = na_answer is not None
            if self.na_box.isChecked() != na:
                self.na_box.setChecked(na)
            if na_answer is not None and self.reason_edit.text().strip() != na_answer.comment:
                self.reason_edit.show_text(na_answer.comment)
            shown = na_answer.set_aside if na_answer is not None else answer
            self.editor.set_value(shown.value if shown is not None else None)
            self.editor.set_other_text(shown.other if shown is not None else "")
            comment = shown.comment if shown is not None else ""
            if self.question.comment and self.comment_edit.toPlainText().strip() != comment.strip():
                self.comment_edit.setPlainText(comment)
            self._show_na(na)
        finally:
            self._setting = False

    def reset(self, answer: Answer | None) -> None:
        """Show ``answer`` of another area as a new card would: nothing typed for the area before is kept."""
        self.reason_edit.show_text("")
        self.editor.reset()
        self.set_answer(answer)
        self.set_review_count(0)
        self.highlight("")

    def _show_na(self, na: bool) -> None:
        self.reason_edit.setVisible(na)
        self.editor.setEnabled(not na)
        self.comment_edit.setEnabled(not na)
        self.comment_label.setEnabled(not na)
        self.setProperty("notApplicable", na)
        self.na_note.setVisible(na)
        if not na:
            self.na_note.clear()
            return
        missing = not self.reason_edit.text().strip()
        if missing:
            text = self.tr("Ej aktuellt: skriv varför nedan. Utan skäl räknas frågan som obesvarad.")
        elif self._editor_answer() is not None:
            text = self.tr("Ej aktuellt. Svaret nedan är vilande och kommer tillbaka om du avmarkerar Ej aktuellt.")
        else:
            text = self.tr("Ej aktuellt.")
        self.na_note.setText(text)
        set_role(self.na_note, "error" if missing else "note")

    def _on_na_toggled(self, checked: bool) -> None:
        self._show_na(checked)
        if checked and not self._setting:
            self.reason_edit.setFocus()
        self._emit(STEP)

    def _emit(self, part: str = STEP) -> None:
        if self.na_box.isChecked():
            self._show_na(True)  # the note follows the reason as it is typed
        if not self._setting:
            self.answer_edited.emit(self.question.id, self.answer(), part)

    def commit(self) -> bool:
        """Take over typed text that is not confirmed yet (before the form is rebuilt or left); False if unreadable."""
        return self.editor.commit()

    # ------------------------------------------------------------ focus and search

    def focus_editor(self) -> None:
        """Put the keyboard focus in the editor (or the reason when not applicable)."""
        target = self.reason_edit if self.na_box.isChecked() else self.editor.focus_target()
        target.setFocus()

    def search_text(self) -> str:
        """Everything a search looks at: question, help, answer, comment, reason."""
        parts = [self.question.text, self.question.help, self.editor.text_for_search(), self.comment_edit.toPlainText()]
        if self.na_box.isChecked():
            parts.append(self.reason_edit.text())
        return "\n".join(parts)
