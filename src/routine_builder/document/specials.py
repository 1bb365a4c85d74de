"""The outline's special chapters as blocks: terms, legal references, revision history and open questions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from routine_builder.document.blocks import Block, Heading, ListBlock, Paragraph, Span, Spans, Table, plain
from routine_builder.document.sentences import placed_sentences
from routine_builder.document.swedish import date_in_table, date_in_text, number_in_text, shown_version, status_label
from routine_builder.document.text import clean_text
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.legal import LegalReferences
from routine_builder.domain.operations import ADOPTED
from routine_builder.domain.outline import Outline, OutlineSection
from routine_builder.domain.question_set import Question, QuestionSet
from routine_builder.domain.version_index import VersionHeader

LEGAL_CAPTION = "Lagrum"


def terms(section: OutlineSection) -> list[Block]:
    """The defined terms as a two-column table."""
    if not section.terms:
        return []
    rows = tuple((clean_text(t.term), " ".join(t.definition.split())) for t in section.terms)
    return [
        Table(
            ("Begrepp", "Betydelse i rutinen"), rows, caption="Begrepp i rutinen", widths=(4.0, None), first_column=True
        )
    ]


def legal_table(legal: LegalReferences, on: dt.date) -> list[Block]:
    """The provisions in force on ``on``, in the file's order, cited as the domain's rule says."""
    rows = legal.table_rows(on)
    if not rows:
        return []
    described = f"Tabell med {len(rows)} bestämmelser: lagrum, innebörd och vem de gäller för."
    table = Table(
        ("Lagrum", "Innebörd", "Gäller för"),
        tuple(tuple(r) for r in rows),
        caption=LEGAL_CAPTION,
        description=described,
        widths=(3.8, None, 4.8),
        first_column=True,
    )
    note = f"Tabellen visar bestämmelserna som de gäller {date_in_text(on)}. Kontrollera dem när rutinen revideras."
    return [table, Paragraph(plain(note), "note")]


def revision_history(versions: Sequence[VersionHeader], current: AnswerSet) -> list[Block]:
    """One row per saved version; with none, one row for the current draft.

    A version file that cannot be read (only in a draft) gets a row that says so, as a gap.
    """
    numbered = []
    adopted: set[str] = set()  # the labels of adopted versions, in the order they were saved
    for version in sorted(versions, key=lambda v: v.number):
        info = version.version
        if version.problem or info is None or version.document is None:
            gap = f"[Version {version.number} saknas: filen versions/{version.number}.yaml kan inte läsas]"
            numbered.append((version.number, (str(version.number), "–", "–", gap, "–")))
            continue
        label = version.document.version or str(info.number)
        if version.document.status == ADOPTED:
            adopted.add(label)
        elif label in adopted:
            label = shown_version(label, label)  # changes made after the adopted version with this label
        row = (
            label,
            date_in_table(info.saved_at.date()),
            status_label(version.document.status),
            clean_text(info.comment) or "–",
            clean_text(info.saved_by) or "–",
        )
        numbered.append((info.number, row))
    rows = [row for _number, row in sorted(numbered, key=lambda item: item[0])]
    if not rows:
        when = current.updated_at.date() if current.updated_at else dt.date.today()
        rows.append(
            (
                current.document.version or "–",
                date_in_table(when),
                status_label(current.document.status),
                "Aktuellt utkast; ingen version har sparats ännu",
                clean_text(current.updated_by) or "–",
            )
        )
    return [
        Table(
            ("Version", "Datum", "Status", "Ändring", "Sparad av"),
            tuple(rows),
            caption="Revisionshistorik",
            widths=(1.9, 2.4, 2.6, None, 2.8),
        )
    ]


def history_sentences(question_set: QuestionSet, answer_set: AnswerSet) -> list[Block]:
    """The answers whose phrasing places them in the revision history, as sentences below the table."""
    return [Paragraph(plain(text), source=qid) for qid, text in placed_sentences(question_set, answer_set, "history")]


def missing_count(count: int) -> str:
    """'Svar saknas på tre obligatoriska frågor.' (one obligatory question: 'en obligatorisk fråga')."""
    if count == 1:
        return "Svar saknas på en obligatorisk fråga."
    return f"Svar saknas på {number_in_text(count)} obligatoriska frågor."


def open_questions(missing: list[Question], outline: Outline, level: int) -> list[Block]:
    """The missing required answers per chapter of the routine, with the question to answer."""
    if not missing:
        return [Paragraph(plain("Alla obligatoriska frågor är besvarade."))]
    blocks: list[Block] = [
        Paragraph(
            plain(
                f"{missing_count(len(missing))} De är markerade med [Svar saknas] i texten och måste besvaras "
                "innan rutinen kan fastställas."
            )
        )
    ]
    for _level, section in outline.walk():
        items = [q for q in missing if q.id in section.questions]
        if items:
            blocks.append(Heading(section.title, level, kind="statement"))
            blocks.append(ListBlock(tuple(_open_item(q) for q in items)))
    return blocks


def _open_item(question: Question) -> Spans:
    """An open question, after the statement heading its gap stands under ("Återkoppling: Inom hur …?")."""
    heading = question.routine.heading if question.routine is not None else ""
    text = clean_text(question.text)
    return (Span(f"{heading}: ", bold=True), Span(text)) if heading else plain(text)
