"""Each answer rendered as its type deserves: prose, lists, tables and readable Swedish sentences."""

from __future__ import annotations

import datetime as dt

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import question_state
from routine_builder.domain.question_set import Question, QuestionType
from routine_builder.domain.values import Answer, choice_text
from routine_builder.export.inline import add_text
from routine_builder.export.swedish_format import format_date, number_with_unit, sentence, yes_no
from routine_builder.export.writer import Writer

NOT_APPLICABLE = "Ej aktuellt"


def contact_table(question: Question, rows: list[dict[str, str]]) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a contacts answer, leaving out columns no row fills in."""
    columns = [c for c in question.columns if any((row.get(c.id) or "").strip() for row in rows)]
    header = [c.label for c in columns]
    body = [[(row.get(c.id) or "").strip() for c in columns] for row in rows]
    body = [r for r in body if any(r)]
    return header, body


def value_text(question: Question, answer: Answer) -> str:
    """A short Swedish text for a single value (choice, yes/no, date, number, text); '' for others."""
    value = answer.value
    kind = question.type
    if kind is QuestionType.CHOICE and isinstance(value, str):
        return choice_text(question, answer, value)
    if kind is QuestionType.YESNO and isinstance(value, bool):
        return yes_no(value)
    if kind is QuestionType.DATE and isinstance(value, dt.date):
        return format_date(value)
    if kind is QuestionType.NUMBER and isinstance(value, int) and not isinstance(value, bool):
        return number_with_unit(value, question.unit)
    if kind in (QuestionType.TEXT, QuestionType.LONGTEXT) and isinstance(value, str):
        return value.strip()
    if kind is QuestionType.MULTICHOICE and isinstance(value, list):
        return ", ".join(choice_text(question, answer, str(v)) for v in value)
    if kind is QuestionType.LIST and isinstance(value, list):
        return ", ".join(str(v) for v in value if str(v).strip())
    return ""


def render_value(writer: Writer, question: Question, answer: Answer) -> None:
    """Write an answered question's value and its comment."""
    value = answer.value
    kind = question.type
    comment = answer.comment.strip()
    if kind is QuestionType.LONGTEXT and isinstance(value, str):
        writer.rich_text(value)
    elif kind is QuestionType.TEXT and isinstance(value, str):
        writer.paragraph(value.strip())
    elif kind in (QuestionType.MULTICHOICE, QuestionType.LIST) and isinstance(value, list):
        labels = [choice_text(question, answer, str(v)) if kind is QuestionType.MULTICHOICE else str(v) for v in value]
        writer.bullets([label for label in labels if label.strip()])
    elif kind is QuestionType.CONTACTS and isinstance(value, list):
        header, rows = contact_table(question, [r for r in value if isinstance(r, dict)])
        if header and rows:
            writer.table(header, rows, caption=question.text)
    else:
        short = sentence(value_text(question, answer))
        single_line = comment and "\n" not in comment and len(comment) < 300 and kind is QuestionType.YESNO
        paragraph = writer.paragraph(short, bold=kind is QuestionType.YESNO)
        if single_line:
            add_text(paragraph, " " + sentence(comment), link_style=writer.link_style)
            return
    if comment:
        writer.rich_text(comment)


def render_question(writer: Writer, question: Question, answer_set: AnswerSet, level: int) -> bool:
    """Write one question as a heading of ``level`` with the answer under it; returns whether anything was written.

    Hidden conditional questions and unanswered optional ones are left out; a missing required answer
    only appears in a draft, as a highlighted placeholder.
    """
    state = question_state(question, answer_set)
    if state in ("hidden", "missing_optional"):
        return False
    if state == "missing_required" and not writer.draft:
        return False
    writer.subheading(question.text, level)
    answer = answer_set.get(question.id)
    if state == "missing_required" or answer is None:
        writer.gap(question)
    elif state == "not_applicable":
        reason = answer.comment.strip()
        writer.paragraph(f"{NOT_APPLICABLE}: {sentence(reason)}" if reason else f"{NOT_APPLICABLE}.", italic=True)
    else:
        render_value(writer, question, answer)
    return True
