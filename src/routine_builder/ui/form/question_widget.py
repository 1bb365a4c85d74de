"""One question in the form: its text, required marker, editor, comment and 'not applicable' choice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from routine_builder.domain import Answer, Question
from routine_builder.ui.form.editors import AnswerEditor, create_editor
from routine_builder.ui.form.editors.longtext_editor import GrowingPlainTextEdit

CARD_STYLE = """
QFrame#questionCard { background: palette(base); border: 1px solid palette(mid); border-radius: 4px; }
QFrame#questionCard QLabel#questionText { font-weight: bold; }
"""


class QuestionWidget(QFrame):
    """Shows and edits the answer to one question; emits ``answer_edited(question_id, Answer | None)``."""

    answer_edited = Signal(str, object)

    def __init__(self, question: Question, answer: Answer | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName("questionCard")
        self.setStyleSheet(CARD_STYLE)
        self.title = QLabel(question.text, self)
        self.title.setObjectName("questionText")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.required_label = QLabel(self)
        self.required_label.setObjectName("requiredMarker")
        self.required_label.setVisible(question.required)
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
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("notApplicableReason")
        self.reason_edit.setVisible(False)
        self._build_layout()
        self.set_answer(answer)
        self.editor.edited.connect(self._emit)
        self.comment_edit.textChanged.connect(self._emit)
        self.na_box.toggled.connect(self._on_na_toggled)
        self.reason_edit.textEdited.connect(self._emit)
        self.retranslate()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.required_label)
        na_row = QHBoxLayout()
        na_row.addWidget(self.na_box)
        na_row.addWidget(self.reason_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
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
        self.editor.set_accessible(name, help_text)
        self.comment_edit.setAccessibleName(self.tr("Kommentar till: {question}").format(question=self.question.text))
        self.na_box.setAccessibleName(self.tr("Ej aktuellt: {question}").format(question=self.question.text))
        self.reason_edit.setAccessibleName(
            self.tr("Skäl till ej aktuellt: {question}").format(question=self.question.text)
        )
        for widget in (self.comment_edit, self.na_box, self.reason_edit):
            widget.setAccessibleDescription(help_text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ model <-> widgets

    def answer(self) -> Answer | None:
        """The answer the widgets show."""
        if self.na_box.isChecked():
            return Answer.na(self.reason_edit.text().strip())
        comment = self.comment_edit.toPlainText() if self.question.comment else ""
        value = self.editor.value()
        if value is None and not comment.strip():
            return None
        return Answer(value=value, comment=comment if comment.strip() else "")

    def set_answer(self, answer: Answer | None) -> None:
        """Show ``answer`` (from the model) without emitting ``answer_edited``; unchanged widgets are left alone."""
        self._setting = True
        try:
            na = answer is not None and answer.not_applicable
            if self.na_box.isChecked() != na:
                self.na_box.setChecked(na)
            self._show_na(na)
            if na:
                if self.reason_edit.text().strip() != answer.comment:
                    self.reason_edit.setText(answer.comment)
                return
            self.editor.set_value(answer.value if answer is not None else None)
            comment = answer.comment if answer is not None else ""
            if self.question.comment and self.comment_edit.toPlainText().strip() != comment.strip():
                self.comment_edit.setPlainText(comment)
        finally:
            self._setting = False

    def _show_na(self, na: bool) -> None:
        self.reason_edit.setVisible(na)
        self.editor.setEnabled(not na)
        self.comment_edit.setEnabled(not na)

    def _on_na_toggled(self, checked: bool) -> None:
        self._show_na(checked)
        if checked and not self._setting:
            self.reason_edit.setFocus()
        self._emit()

    def _emit(self) -> None:
        if not self._setting:
            self.answer_edited.emit(self.question.id, self.answer())

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
