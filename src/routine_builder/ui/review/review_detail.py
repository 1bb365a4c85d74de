"""One remiss item as rich text: who said what about which question, and a proposal as a word-level diff."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from routine_builder.domain.question_set import QuestionSet
from routine_builder.domain.readable import readable_value
from routine_builder.domain.reviews import ACCEPTED, COMMENT, GENERAL, HANDLED, PROPOSAL, REJECTED, Entry
from routine_builder.domain.values import Answer
from routine_builder.domain.word_diff import diff_lines


def tr(text: str) -> str:
    """Translate in the context of the remiss items."""
    return QCoreApplication.translate("ReviewDetail", text)


def kind_word(kind: str) -> str:
    """'Förslag', 'Kommentar' or 'Allmän kommentar'."""
    return {PROPOSAL: tr("Förslag"), COMMENT: tr("Kommentar"), GENERAL: tr("Allmän kommentar")}.get(kind, kind)


def state_word(state: str) -> str:
    """'öppen', 'godtagen', 'avslagen' or 'hanterad'."""
    return {ACCEPTED: tr("godtagen"), REJECTED: tr("avslagen"), HANDLED: tr("hanterad")}.get(state, tr("öppen"))


def unified_diff(old: str, new: str) -> str:
    """``old`` changed into ``new`` word by word: deletions struck through, insertions underlined."""
    from routine_builder.ui.compare.render import qt_mark  # the comparison's rendering waits for a diff shown

    lines = []
    for line in diff_lines(old, new):
        parts = []
        for op in line.ops:
            text = html.escape(op.text.replace("\n", ""))
            if op.kind == "equal" or not op.text.strip():
                parts.append(text)
            else:
                parts.append(qt_mark(op.kind, text))
        if "".join(parts).strip():
            lines.append("".join(parts))
    return "<br>".join(lines) or html.escape(tr("(tomt)"))


def _paragraphs(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.strip().splitlines())


def entry_html(
    entry: Entry,
    question_set: QuestionSet,
    current: Answer | None,
    chapter_title: str,
    *,
    sentence: str | None = None,
    outcome: Answer | None = None,
) -> str:
    """The whole item: question, author and file, notes, the text or the diff, replies, handling.

    A proposal on an answer that is not free text is compared with ``sentence`` (the current answer as the
    routine writes it) and says what Godta makes of it (``outcome``, None when it reads as no answer).
    """
    item = entry.item
    parts = []
    if item.question_id and item.question_id in question_set:
        parts.append(f"<h3>{html.escape(question_set.question(item.question_id).text)}</h3>")
    else:
        parts.append(f"<h3>{html.escape(chapter_title or tr('Hela rutinen'))}</h3>")
    when = f", {item.date:%Y-%m-%d}" if item.date else ""
    how = ""
    if item.kind == PROPOSAL:
        how = tr(" (spårade ändringar)") if item.tracked else tr(" (ändrat utan spårade ändringar)")
    parts.append(
        "<p><b>{kind}</b>{how} {by}{when}<br><span>{file}</span></p>".format(
            kind=html.escape(kind_word(item.kind)),
            how=html.escape(how),
            by=html.escape(tr("från {name}").format(name=entry.reviewer)),
            when=html.escape(when),
            file=html.escape(
                tr("Fil: {file} (remissvar {number})").format(file=entry.review.file_name, number=entry.review.number)
            ),
        )
    )
    if item.conflict:
        parts.append(
            "<p><b>{}</b> {}</p>".format(
                html.escape(tr("Konflikt:")),
                html.escape(tr("svaret har ändrats sedan remissversionen; jämför med det nuvarande svaret.")),
            )
        )
    if item.uncertain:
        parts.append(
            "<p><b>{}</b> {}</p>".format(
                html.escape(tr("Osäker:")),
                html.escape(tr("svarets markering saknades i filen; platsen är bedömd utifrån omgivningen.")),
            )
        )
    if item.kind == PROPOSAL and item.question_id in question_set:
        question = question_set.question(item.question_id)
        now = readable_value(question, current) if sentence is None else sentence
        parts.append(f"<p><b>{html.escape(tr('Förslaget jämfört med det nuvarande svaret:'))}</b></p>")
        parts.append(f"<p>{unified_diff(now, item.text)}</p>")
        if sentence is not None and item.is_open:
            said = (
                tr("Godta ger frågan svaret: {answer}").format(answer=readable_value(question, outcome))
                if outcome is not None
                else tr("Förslaget läses inte som något av frågans svar; ändra svaret i formuläret.")
            )
            parts.append(f"<p><i>{html.escape(said)}</i></p>")
    else:
        if item.quote:
            parts.append(f"<p><i>{html.escape(tr('Kommenterad text:'))}</i> »{html.escape(item.quote)}«</p>")
        parts.append(f"<p>{_paragraphs(item.text)}</p>")
    for reply in item.replies:
        parts.append(f"<p>↳ <b>{html.escape(reply.author)}</b>: {_paragraphs(reply.text)}</p>")
    if not item.is_open:
        note = f": {html.escape(item.note)}" if item.note else ""
        by = html.escape(tr(" av {name}").format(name=item.handled_by)) if item.handled_by else ""
        parts.append(f"<p><b>{html.escape(state_word(item.state).capitalize())}</b>{by}{note}</p>")
    return "".join(parts)
