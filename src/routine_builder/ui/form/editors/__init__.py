"""One editor per question type, and :func:`create_editor` to pick the right one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from routine_builder.domain import Question, QuestionType
from routine_builder.ui.form.editors.base import AnswerEditor
from routine_builder.ui.form.editors.choice_editor import ChoiceEditor
from routine_builder.ui.form.editors.contacts_editor import ContactsEditor
from routine_builder.ui.form.editors.date_editor import DateEditor
from routine_builder.ui.form.editors.list_editor import ListEditor
from routine_builder.ui.form.editors.longtext_editor import LongtextEditor
from routine_builder.ui.form.editors.multichoice_editor import MultichoiceEditor
from routine_builder.ui.form.editors.number_editor import NumberEditor
from routine_builder.ui.form.editors.text_editor import TextEditor
from routine_builder.ui.form.editors.yesno_editor import YesNoEditor

EDITORS: dict[QuestionType, type[AnswerEditor]] = {
    QuestionType.TEXT: TextEditor,
    QuestionType.LONGTEXT: LongtextEditor,
    QuestionType.CHOICE: ChoiceEditor,
    QuestionType.MULTICHOICE: MultichoiceEditor,
    QuestionType.YESNO: YesNoEditor,
    QuestionType.DATE: DateEditor,
    QuestionType.NUMBER: NumberEditor,
    QuestionType.CONTACTS: ContactsEditor,
    QuestionType.LIST: ListEditor,
}


def create_editor(question: Question, parent: QWidget | None = None) -> AnswerEditor:
    """The editor for a question's type."""
    return EDITORS[question.type](question, parent)


__all__ = ["EDITORS", "AnswerEditor", "create_editor"]
