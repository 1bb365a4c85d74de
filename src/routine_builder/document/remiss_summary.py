"""Bilaga: remissvar och hur de hanterats – every remiss item of an area and how it was handled, as blocks.

Boards ask for this before they adopt a routine; the draft's export can end with it.
"""

from __future__ import annotations

import datetime as dt

from routine_builder.document.blocks import Block, Heading, Paragraph, Table, plain
from routine_builder.document.swedish import date_in_text
from routine_builder.document.text import clean_text
from routine_builder.domain.outline import Outline
from routine_builder.domain.question_set import QuestionSet
from routine_builder.domain.reviews import KIND_WORDS, STATE_WORDS, Review, entries

TITLE = "Bilaga: Remissvar och hur de hanterats"
ANCHOR = "remissvar"


def _chapter(outline: Outline | None, chapter_id: str) -> str:
    for _level, section in outline.walk() if outline is not None else ():
        if section.id == chapter_id:
            return section.title
    return "Hela rutinen"


def summary_blocks(
    reviews: list[Review], question_set: QuestionSet, outline: Outline | None, today: dt.date
) -> list[Block]:
    """The appendix: who replied, then one row per item (what it concerns, who, what, how handled)."""
    listed = entries(reviews, [q.id for q in question_set.questions()])
    if not listed:
        return []
    rows = []
    for entry in listed:
        item = entry.item
        if item.question_id and item.question_id in question_set:
            subject = question_set.question(item.question_id).text
        else:
            subject = _chapter(outline, item.chapter)
        remark = f"{KIND_WORDS[item.kind].capitalize()}: {' '.join(item.text.split())}"
        for reply in item.replies:  # a reply in the margin belongs to its comment
            remark += f" Svar från {reply.author}: {' '.join(reply.text.split())}"
        handling = STATE_WORDS[item.state].capitalize() + (f". {item.note.strip()}" if item.note.strip() else "")
        rows.append((clean_text(subject), clean_text(entry.reviewer), clean_text(remark), clean_text(handling)))
    files = sorted({f"{r.reviewer} ({r.file_name})" for r in reviews})
    lead = f"Remissvar kom från {', '.join(files)}. Tabellen visar varje synpunkt och hur den har hanterats."
    table = Table(
        ("Gäller", "Från", "Synpunkt", "Hantering"), tuple(rows), caption="Remissvar", widths=(4.0, 2.6, None, 4.0)
    )
    made = f"Sammanställningen gjordes {date_in_text(today)}."
    return [
        Heading(TITLE, 1, kind="appendix", anchor=ANCHOR, new_page=True),
        Paragraph(plain(lead)),
        table,
        Paragraph(plain(made), "caption"),
    ]
