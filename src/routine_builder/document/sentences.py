"""One answer as the routine says it: a statement heading and sentences from the question's phrasing.

A number reads "Mottagaren återkopplar inom sju dagar.", a yes/no answer a sentence for yes or no with
the comment woven in after it (without repeating "Ja"), a choice the sentence given for that option.
An "Annan/Annat" option reads as what the answer says it is, never as "Annat" and then "Annat: …".
A question without phrasing gets a bold run-in label, never a heading. "Ej aktuellt" is left out of a
final routine unless the phrasing states it as a decision; a draft notes it, and marks a missing
required answer as a gap.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from routine_builder.document.blocks import Block, Gap, Heading, ListBlock, Paragraph, Span, Spans, Table, plain
from routine_builder.document.prose import prose, run_in, statement, tidy
from routine_builder.document.swedish import (
    date_in_text,
    join_list,
    lower_first,
    number_in_text,
    sentence,
    text_dates,
)
from routine_builder.document.text import clean_text
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import question_state
from routine_builder.domain.phrasing import Phrasing, fill
from routine_builder.domain.question_set import Question, QuestionSet, QuestionType
from routine_builder.domain.readable import yes_no
from routine_builder.domain.values import Answer, is_other_choice

GAP_PREFIX = "[Svar saknas: "
_ECHO = {
    True: re.compile(r"^\s*ja\b[\s,.;:!–-]*", re.IGNORECASE),
    False: re.compile(r"^\s*nej\b[\s,.;:!–-]*", re.IGNORECASE),
}
_OTHER_PREFIX = re.compile(r"^\s*(?:annan|annat|övrig[at]?)\b[^:.\n]{0,40}:\s*", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s+|$)(.*)$", re.DOTALL)


@dataclass(frozen=True)
class AnswerContext:
    """What rendering an answer needs besides the answer: the area, draft or final, the contact list."""

    answer_set: AnswerSet
    draft: bool
    contact_list: Spans = ()  # a reference to the contact list appendix ("bilaga 2, Kontaktlista"); () if none


Rows = tuple[list[str], list[list[str]]]


def contact_rows(question: Question, rows: list[dict[str, str]], columns: tuple[str, ...] = ()) -> Rows:
    """Header and rows of a contacts answer in ``columns`` (all by default), leaving out empty columns and rows."""
    wanted = [c for c in question.columns if not columns or c.id in columns]
    shown = [c for c in wanted if any((row.get(c.id) or "").strip() for row in rows)]
    body = [[(row.get(c.id) or "").strip() for c in shown] for row in rows]
    return [c.label for c in shown], [r for r in body if any(r)]


def split_other(question: Question, answer: Answer, choice_id: str) -> tuple[str, str]:
    """What an "Annan/Annat" option stands for, and the comment without it.

    ``answer.other`` when given; else a comment that opens by naming the other option ("Annan
    verksamhet: …") gives its first sentence.
    """
    comment = answer.comment.strip()
    if answer.other.strip():
        return answer.other.strip().rstrip("."), comment
    label = question.choice_label(choice_id)
    prefix = _OTHER_PREFIX.match(comment)
    if prefix is None and comment.lower().startswith(label.lower() + ":"):
        prefix = re.match(rf"^{re.escape(label)}:\s*", comment, re.IGNORECASE)
    if prefix is None:
        return "", comment
    rest = comment[prefix.end() :]
    match = _FIRST_SENTENCE.match(rest)
    first, after = (match.group(1), match.group(2)) if match else (rest, "")
    return first.strip().rstrip("."), after.strip()


def without_yes_no(value: bool, comment: str) -> str:
    """A yes/no answer's comment without a leading "Ja"/"Nej" that repeats the answer ("Ja, även …" → "Även …")."""
    rest = _ECHO[value].sub("", comment, count=1)
    return rest[:1].upper() + rest[1:] if rest != comment else rest


def value_text(question: Question, answer: Answer) -> str:
    """A short Swedish text for a single value (for a flow chart box or a table); '' for lists and tables."""
    value = answer.value
    kind = question.type
    if kind is QuestionType.CHOICE and isinstance(value, str):
        other, _rest = split_other(question, answer, value) if is_other_choice(value) else ("", "")
        return other or question.choice_label(value)
    if kind is QuestionType.YESNO and isinstance(value, bool):
        return yes_no(value)
    if kind is QuestionType.DATE and isinstance(value, dt.date):
        return date_in_text(value)
    if kind is QuestionType.NUMBER and isinstance(value, int) and not isinstance(value, bool):
        return number_in_text(value, question.unit)
    if kind in (QuestionType.TEXT, QuestionType.LONGTEXT) and isinstance(value, str):
        return value.strip()
    return ""


def answer_blocks(question: Question, context: AnswerContext, level: int) -> list[Block]:
    """The blocks of one question in the body, under a statement heading of ``level`` when it has one."""
    state = question_state(question, context.answer_set)
    if state in ("hidden", "missing_optional") or (state == "missing_required" and not context.draft):
        return []
    phrasing = question.routine
    qid = question.id
    heading: list[Block] = []
    if phrasing is not None and phrasing.heading:
        heading = [Heading(phrasing.heading, level, kind="statement", source=qid)]
    answer = context.answer_set.get(qid)
    if state == "missing_required" or answer is None:
        return [*heading, Gap(f"{GAP_PREFIX}{clean_text(question.text)}]", qid)]
    if state == "not_applicable":
        reason = " ".join(answer.comment.split()).rstrip(".")
        if phrasing is not None and phrasing.not_applicable:
            values = {"motivering": lower_first(reason), "område": context.answer_set.area.name}
            return [*heading, Paragraph(plain(text_dates(tidy(fill(phrasing.not_applicable, values)))), source=qid)]
        if context.draft:
            return [*heading, Paragraph(plain(f"Ej aktuellt: {sentence(reason)}", italic=True), "note", qid)]
        return []
    if phrasing is None:
        return _run_in(question, answer, context)
    return [*heading, *_phrased(question, phrasing, answer, context)]


def _values(context: AnswerContext, **values: str) -> dict[str, str]:
    return {"område": context.answer_set.area.name, **values}


def _phrased(question: Question, phrasing: Phrasing, answer: Answer, context: AnswerContext) -> list[Block]:
    value, kind, qid = answer.value, question.type, question.id
    comment = answer.comment.strip()
    lead = [Paragraph(plain(text_dates(phrasing.lead)), source=qid)] if phrasing.lead else []
    if kind is QuestionType.YESNO and isinstance(value, bool):
        first = phrasing.yes if value else phrasing.no
        return statement(tidy(fill(first, _values(context))), without_yes_no(value, comment), source=qid)
    if kind is QuestionType.CHOICE and isinstance(value, str):
        other = ""
        if is_other_choice(value):
            other, comment = split_other(question, answer, value)
        template = phrasing.choice(value) or question.choice_label(value)
        filled = fill(template, _values(context, annan=other or lower_first(question.choice_label(value))))
        return statement(tidy(filled), comment, source=qid)
    if kind is QuestionType.NUMBER and isinstance(value, int):
        shown = number_in_text(value, question.unit)
        return statement(tidy(fill(phrasing.text or "{antal}", _values(context, antal=shown))), comment, source=qid)
    if kind is QuestionType.DATE and isinstance(value, dt.date):
        shown = date_in_text(value)
        return statement(tidy(fill(phrasing.text or "{datum}", _values(context, datum=shown))), comment, source=qid)
    if kind is QuestionType.TEXT and isinstance(value, str):
        shown = " ".join(value.split())
        if not phrasing.text:
            return prose(value, source=qid)
        return statement(tidy(fill(phrasing.text, _values(context, svar=shown))), "", source=qid)
    if kind is QuestionType.LONGTEXT and isinstance(value, str):
        return [*lead, *prose(value, source=qid)]
    if kind is QuestionType.MULTICHOICE and isinstance(value, list):
        items, comment = _chosen(question, phrasing, answer, context)
        if phrasing.text:
            listed = join_list([lower_first(i) if ours else i for i, ours in items])
            return statement(tidy(fill(phrasing.text, _values(context, lista=listed))), comment, source=qid)
        return [*lead, _items(items, phrasing.lead, qid), *prose(comment, source=qid)]
    if kind is QuestionType.LIST and isinstance(value, list):
        items = [(text_dates(str(v).strip()), False) for v in value if str(v).strip()]
        return [*lead, _items(items, phrasing.lead, qid)]
    if kind is QuestionType.CONTACTS and isinstance(value, list):
        return [*lead, *contact_blocks(question, phrasing, value, context)]
    return []


def _items(items: list[tuple[str, bool]], lead: str, source: str) -> ListBlock:
    """A list of (text, ours) items.

    After a lead ending with a colon our phrases continue it (small first letter); the key group's own
    texts are kept as written, since they may start with a name.
    """
    continues = lead.rstrip().endswith(":")
    shown = []
    for text, ours in items:
        text = text.strip()
        if ours:
            text = lower_first(text) if continues else sentence(text).rstrip(".")
        shown.append(text)
    return ListBlock(tuple(plain(i) for i in shown), source=source)


def _chosen(
    question: Question, phrasing: Phrasing, answer: Answer, context: AnswerContext
) -> tuple[list[tuple[str, bool]], str]:
    """The chosen options as (phrase, ours) (an other option as what it stands for), and the comment left over."""
    items: list[tuple[str, bool]] = []
    comment = answer.comment.strip()
    for choice_id in [str(c) for c in answer.value] if isinstance(answer.value, list) else []:
        if is_other_choice(choice_id):
            other, comment = split_other(question, answer, choice_id)
            if other:
                items.append((other, False))
            elif context.draft:
                items.append((question.choice_label(choice_id), True))
            continue
        items.append((phrasing.choice(choice_id) or question.choice_label(choice_id), True))
    return items, comment


def contact_blocks(
    question: Question, phrasing: Phrasing | None, value: list[str] | list[dict[str, str]], context: AnswerContext
) -> list[Block]:
    """A contacts answer in its chapter: the short table (and a reference) when the full one is in the appendix."""
    rows = [r for r in value if isinstance(r, dict)]
    in_appendix = phrasing is not None and phrasing.contact_list and bool(context.contact_list)
    columns = phrasing.columns if phrasing is not None and (in_appendix or not phrasing.contact_list) else ()
    header, body = contact_rows(question, rows, columns)
    if not header or not body:
        return []
    caption = (phrasing.caption or phrasing.heading) if phrasing is not None else ""
    caption = caption or clean_text(question.text)
    blocks: list[Block] = [Table(tuple(header), tuple(tuple(r) for r in body), caption=caption, source=question.id)]
    if in_appendix:
        spans = (Span("Alla uppgifter, också e-post och adresser, finns i "), *context.contact_list, Span("."))
        blocks.append(Paragraph(spans, source=question.id))
    return blocks


def _run_in(question: Question, answer: Answer, context: AnswerContext) -> list[Block]:
    """An answer without phrasing: the question as a bold run-in label, then the answer."""
    value, kind, qid = answer.value, question.type, question.id
    if kind is QuestionType.CONTACTS and isinstance(value, list):
        return [
            Paragraph(plain(clean_text(question.text), bold=True), source=qid),
            *contact_blocks(question, None, value, context),
        ]
    if kind in (QuestionType.MULTICHOICE, QuestionType.LIST) and isinstance(value, list):
        if kind is QuestionType.MULTICHOICE:
            items, comment = _chosen(question, Phrasing(), answer, context)
        else:
            items, comment = [(str(v), False) for v in value if str(v).strip()], ""
        return [
            Paragraph(plain(clean_text(question.text), bold=True), source=qid),
            _items(items, "", qid),
            *prose(comment, source=qid),
        ]
    text = value_text(question, answer)
    comment = answer.comment.strip()
    if kind is QuestionType.YESNO:
        comment = without_yes_no(bool(value), comment)
    if kind is QuestionType.CHOICE and isinstance(value, str) and is_other_choice(value):
        _other, comment = split_other(question, answer, value)
    if kind is QuestionType.LONGTEXT or not comment:
        return run_in(question.text, text if kind is QuestionType.LONGTEXT else sentence(text), source=qid)
    if "\n" in comment:  # a comment of several paragraphs follows the answer as prose
        return run_in(question.text, sentence(text), source=qid) + prose(comment, source=qid)
    return run_in(question.text, f"{sentence(text)} {comment}", source=qid)


def placed_sentences(question_set: QuestionSet, answer_set: AnswerSet, place: str) -> list[tuple[str, str]]:
    """(question id, sentence) of each answered question whose phrasing places it at ``place`` (cover, history)."""
    result = []
    for question in question_set.questions():
        phrasing = question.routine
        answer = answer_set.get(question.id)
        if phrasing is None or phrasing.place != place or answer is None:
            continue
        if question_state(question, answer_set) != "answered":
            continue
        value = answer.value
        if question.type is QuestionType.DATE and isinstance(value, dt.date):
            shown, key = date_in_text(value), "datum"
        elif question.type is QuestionType.NUMBER and isinstance(value, int) and not isinstance(value, bool):
            shown, key = number_in_text(value, question.unit), "antal"
        else:
            shown, key = " ".join(str(value).split()), "svar"
        text = fill(phrasing.text or "{" + key + "}", {key: shown, "område": answer_set.area.name})
        result.append((question.id, tidy(text)))
    return result
