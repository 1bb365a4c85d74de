"""The attachments: numbered "Bilaga 1, 2, …", each included in the document or named with where it is kept.

The appendix questions (``place: appendix`` in their phrasing) say which attachments the routine has.
The flow chart, the legal references and the contact list are written into the document, in that order
and before the others; any other attachment is named with where it is kept, taken from the answer the
phrasing points to (``kept``), or from the list entry itself ("SIP-mall (närvårdssamverkans webbplats)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from routine_builder.document.blocks import Block, Heading, Paragraph, Span, Spans, Table, plain
from routine_builder.document.sentences import contact_rows
from routine_builder.document.swedish import number_in_text, sentence
from routine_builder.document.text import clean_text
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import question_state
from routine_builder.domain.outline import Outline
from routine_builder.domain.question_set import QuestionSet, QuestionType

# Choice ids of the appendix question whose attachment the routine writes itself.
FLOWCHART, CONTACTS, LAW = "flodesschema", "kontaktlista", "lagrum"
# The order they come in: the contact list last, since it may need landscape pages to the end.
INCLUDED = (FLOWCHART, LAW, CONTACTS)
DEFAULT = (FLOWCHART, CONTACTS)  # when the area has chosen nothing
_KEPT = re.compile(r"^(?P<title>.+?)\s*\((?P<kept>[^()]+)\)\s*$")


@dataclass(frozen=True)
class Attachment:
    """One attachment: its number, title, what it is and (for one not in the document) where it is kept."""

    number: int
    title: str
    kind: str  # flodesschema, kontaktlista, lagrum, or "" for one kept elsewhere
    kept: str = ""
    source: str = ""

    @property
    def anchor(self) -> str:
        return f"bilaga-{self.number}"

    @property
    def heading(self) -> str:
        return f"Bilaga {self.number}. {self.title}"

    def reference(self) -> Spans:
        """'bilaga 2, Kontaktlista' as a link to the attachment's heading."""
        return (Span(f"bilaga {self.number}, {self.title}", anchor=self.anchor),)


def plan(question_set: QuestionSet, outline: Outline, answer_set: AnswerSet) -> list[Attachment]:
    """The routine's attachments in order, numbered from 1."""
    entries: list[tuple[str, str, str, str]] = []  # title, kind, kept, source
    chose = False
    for _level, section in outline.walk():
        for qid in section.questions:
            question = question_set.question(qid)
            phrasing = question.routine
            if phrasing is None or phrasing.place != "appendix":
                continue
            answer = answer_set.get(qid)
            value = answer.value if answer is not None else None
            answered = question_state(question, answer_set) == "answered" and answer is not None
            if question.type is QuestionType.MULTICHOICE:
                chose = chose or answered
                chosen = [str(c) for c in value] if answered and isinstance(value, list) else []
                for choice in chosen:
                    title = phrasing.choice(choice) or question.choice_label(choice)
                    kind = choice if choice in INCLUDED else ""
                    kept = "" if kind else _kept_in(question_set, answer_set, phrasing.kept_by(choice))
                    entries.append((title, kind, kept, qid))
            elif question.type is QuestionType.LIST and answered and isinstance(value, list):
                for item in value:
                    text = clean_text(str(item))
                    if text:
                        match = _KEPT.match(text)
                        entries.append((match["title"], "", match["kept"], qid) if match else (text, "", "", qid))
    if not chose:
        defaults = [(question_set_label(question_set, outline, kind), kind, "", "") for kind in DEFAULT]
        entries = defaults + entries
    entries.sort(key=lambda entry: INCLUDED.index(entry[1]) if entry[1] else len(INCLUDED))  # stable
    return [Attachment(n, title, kind, kept, source) for n, (title, kind, kept, source) in enumerate(entries, 1)]


def question_set_label(question_set: QuestionSet, outline: Outline, kind: str) -> str:
    """The title of an included attachment as the appendix question phrases it (else a plain default)."""
    for _level, section in outline.walk():
        for qid in section.questions:
            question = question_set.question(qid)
            phrasing = question.routine
            if phrasing is not None and phrasing.place == "appendix" and any(c.id == kind for c in question.choices):
                return phrasing.choice(kind) or question.choice_label(kind)
    return {FLOWCHART: "Flödesschema", CONTACTS: "Kontaktlista", LAW: "Lagrum i sammandrag"}[kind]


def _kept_in(question_set: QuestionSet, answer_set: AnswerSet, question_id: str) -> str:
    """Where an attachment is kept, as the answer to ``question_id`` says (its comment or text)."""
    if not question_id or question_id not in question_set:
        return ""
    answer = answer_set.get(question_id)
    if answer is None or answer.not_applicable:
        return ""
    text = answer.comment if question_set.question(question_id).comment else str(answer.value or "")
    return " ".join(text.split())


def attachment_list(attachments: list[Attachment], *, owner: str, draft: bool) -> list[Block]:
    """'Till rutinen hör …' and a table naming each attachment and where it is."""
    if not attachments:
        return [Paragraph(plain("Rutinen har inga bilagor."))]
    count = len(attachments)
    lead = "Till rutinen hör en bilaga." if count == 1 else f"Till rutinen hör {number_in_text(count)} bilagor."
    rows = []
    for item in attachments:
        if item.kind:
            where = "I det här dokumentet."
        elif item.kept:
            where = sentence(item.kept)
        elif draft:
            where = "[Svar saknas: var finns bilagan?]"
        else:
            where = f"Kontakta rutinens innehållsansvariga, {owner}." if owner else "Hålls separat."
        rows.append((f"Bilaga {item.number}", item.title, where))
    table = Table(
        ("Bilaga", "Innehåll", "Var den finns"),
        tuple(rows),
        caption="Bilagor",
        widths=(2.2, 6.6, None),
        first_column=True,
    )
    return [Paragraph(plain(lead)), table]


def contact_list(question_set: QuestionSet, outline: Outline, answer_set: AnswerSet, level: int) -> list[Block]:
    """Every contact route (``contact_list: true``) in full, under its statement heading, in the outline's order."""
    blocks: list[Block] = []
    for _level, section in outline.walk():
        for qid in section.questions:
            question = question_set.question(qid)
            phrasing = question.routine
            answer = answer_set.get(qid)
            if phrasing is None or not phrasing.contact_list or answer is None:
                continue
            if question_state(question, answer_set) != "answered" or not isinstance(answer.value, list):
                continue
            header, rows = contact_rows(question, [r for r in answer.value if isinstance(r, dict)])
            if header and rows:
                title = phrasing.heading or clean_text(question.text)
                blocks.append(Heading(title, level, kind="statement"))
                blocks.append(Table(tuple(header), tuple(tuple(r) for r in rows), caption=title))
    if not blocks:
        return [Paragraph(plain("Inga kontaktuppgifter har fyllts i."))]
    return [Paragraph(plain("Här finns rutinens kontaktvägar med alla uppgifter som har fyllts i.")), *blocks]
