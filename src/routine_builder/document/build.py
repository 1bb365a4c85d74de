"""The whole routine as blocks, in the outline's order: cover, contents, chapters and attachments.

:func:`build_routine` makes the document an export renders; :func:`build_chapter` makes one chapter, as
the app's preview shows it while the key group types. Both go through the same functions, so the
preview reads exactly as the chapter will in Word.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from routine_builder import paths
from routine_builder.document import appendices, specials
from routine_builder.document.blocks import (
    Block,
    Box,
    Contents,
    Flowchart,
    Heading,
    Landscape,
    Paragraph,
    Table,
    plain,
    walk,
)
from routine_builder.document.cover import DocumentData, cover_blocks, document_data
from routine_builder.document.flowchart import flowchart
from routine_builder.document.prose import prose
from routine_builder.document.sentences import AnswerContext, answer_blocks
from routine_builder.document.swedish import date_in_text, text_dates
from routine_builder.document.text import clean_text
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import missing_required
from routine_builder.domain.guideline_status import guideline_notices
from routine_builder.domain.legal import LegalReferences, load_legal_references
from routine_builder.domain.outline import Outline, OutlineSection, load_workspace_outline
from routine_builder.domain.question_set import Question, QuestionSet
from routine_builder.domain.version_index import VersionHeader, version_headers
from routine_builder.domain.workspace import Workspace

OPEN_QUESTIONS = "Öppna frågor"
NOTHING_LOCAL = "Rutinen har inga lokala tillägg i det här kapitlet."


@dataclass(frozen=True)
class RoutineSource:
    """Everything a routine is made from. ``versions`` is called only when the revision history is built."""

    question_set: QuestionSet
    outline: Outline
    legal: LegalReferences
    answer_set: AnswerSet
    draft: bool = False
    today: dt.date = field(default_factory=dt.date.today)
    versions: Callable[[], Sequence[VersionHeader]] = lambda: ()


def workspace_source(
    workspace: Workspace,
    answer_set: AnswerSet,
    *,
    draft: bool,
    outline: Outline | None = None,
    legal: LegalReferences | None = None,
) -> RoutineSource:
    """The source of an area's routine in ``workspace`` (its outline and the legal references read unless given)."""
    return RoutineSource(
        question_set=workspace.question_set,
        outline=outline or load_workspace_outline(workspace.root, workspace.question_set),
        legal=legal or load_legal_references(paths.legal_references_path()),
        answer_set=answer_set,
        draft=draft,
        versions=lambda: version_headers(workspace, answer_set.area.id),
    )


@dataclass(frozen=True)
class Routine:
    """A built routine: its blocks, its document data and the missing required answers (gaps in a draft)."""

    blocks: tuple[Block, ...]
    data: DocumentData
    missing: tuple[Question, ...]


class _Builder:
    def __init__(self, source: RoutineSource):
        self.source = source
        self.qs = source.question_set
        self.outline = source.outline
        self.answers = source.answer_set
        self.missing = missing_required(self.qs, self.answers)

    @cached_property
    def versions(self) -> list[VersionHeader]:
        return list(self.source.versions())

    @cached_property
    def attachments(self) -> list[appendices.Attachment]:
        label = self.outline.texts.flowchart_label
        return [
            replace(item, title=f"{item.title} ({label})") if item.kind == appendices.FLOWCHART and label else item
            for item in appendices.plan(self.qs, self.outline, self.answers)
        ]

    def attachment(self, kind: str) -> appendices.Attachment | None:
        return next((a for a in self.attachments if a.kind == kind), None)

    @cached_property
    def context(self) -> AnswerContext:
        contacts = self.attachment(appendices.CONTACTS)
        return AnswerContext(self.answers, self.source.draft, contacts.reference() if contacts else ())

    @cached_property
    def chapters(self) -> list[OutlineSection]:
        chapters = [s for s in self.outline.sections if s.special != "open_questions" or self.source.draft]
        if self.source.draft and not any(s.special == "open_questions" for _l, s in self.outline.walk()):
            # a draft lists its open questions before the attachments (which may end on landscape pages)
            listed = OutlineSection(id="oppna-fragor", title=OPEN_QUESTIONS, special="open_questions")
            at = next((i for i, s in enumerate(chapters) if s.special == "contacts_appendix"), len(chapters))
            chapters.insert(at, listed)
        return chapters

    def routine(self) -> Routine:
        blocks = self.cover()
        blocks.append(Contents())
        for index, section in enumerate(self.chapters, 1):
            blocks += self.section(section, 1, str(index), first=index == 1)
        if isinstance(walk(blocks)[-1], Table):  # a document ends with a paragraph
            made = f"Rutinen skapades med Routine Builder {date_in_text(self.source.today)}."
            blocks.append(Paragraph(plain(made), "caption"))
        return Routine(tuple(blocks), self.data, tuple(self.missing))

    @cached_property
    def data(self) -> DocumentData:
        return document_data(
            self.answers,
            title=self.outline.title,
            saved_versions=len(self.versions),
            draft=self.source.draft,
            versions=self.versions,
        )

    def cover(self) -> list[Block]:
        return cover_blocks(self.data, self.answers, self.qs, gaps=len(self.missing))

    def chapter(self, chapter_id: str) -> list[Block]:
        """The chapter (or sub-chapter) ``chapter_id`` with its number, as in the whole routine."""
        for index, section in enumerate(self.chapters, 1):
            if section.id == chapter_id:
                return self.section(section, 1, str(index), first=index == 1)
            for sub_index, sub in enumerate(section.subsections, 1):
                if sub.id == chapter_id:
                    return self.section(sub, 2, f"{index}.{sub_index}", first=False)
        return []

    def section(self, section: OutlineSection, level: int, number: str, *, first: bool) -> list[Block]:
        blocks: list[Block] = [
            Heading(section.title, level, number=number, anchor=f"kapitel-{section.id}", new_page=first)
        ]
        texts = self.outline.texts
        if section.guideline:
            blocks.append(self.box(section.guideline, texts.guideline_label, advice=False))
        if section.advice:
            blocks.append(self.box(section.advice, texts.advice_label, advice=True))
        if first:
            for notice in guideline_notices(self.qs, self.outline, self.source.today, for_reader=True):
                blocks.append(Paragraph(plain(text_dates(notice), italic=True), "note"))
        special = section.special
        own = self.special(section, level)
        written = bool(own)
        blocks += own
        for qid in section.questions:
            question = self.qs.question(qid)
            phrasing = question.routine
            if phrasing is not None and phrasing.place != "body":
                continue
            answer = answer_blocks(question, self.context, level + 1)
            written |= bool(answer)
            blocks += answer
        if not written and not special and not section.subsections and section.questions:
            blocks.append(Paragraph(plain(NOTHING_LOCAL)))
        for index, sub in enumerate(section.subsections, 1):
            if sub.special == "flowchart":
                continue  # an attachment of its own (see attachments())
            blocks += self.section(sub, level + 1, f"{number}.{index}", first=False)
        if special == "contacts_appendix":
            blocks += self.attachments_blocks(level + 1)
        return blocks

    def box(self, text: str, label: str, *, advice: bool) -> Box:
        content = prose(self.source.legal.expand(text), join_lines=True)
        return Box(clean_text(label), tuple(content), advice=advice)

    def special(self, section: OutlineSection, level: int) -> list[Block]:
        """The generated content of a special chapter (``special:`` in the outline), by its handler."""
        handler = _SPECIALS.get(section.special)
        return handler(self, section, level) if handler is not None else []

    def _terms(self, section: OutlineSection, level: int) -> list[Block]:
        return specials.terms(section)

    def _legal_references(self, section: OutlineSection, level: int) -> list[Block]:
        law = self.attachment(appendices.LAW)
        if law is None:
            return specials.legal_table(self.source.legal, self.source.today)
        spans = (*plain("Bestämmelserna finns sammanfattade i "), *law.reference(), *plain("."))
        return [Paragraph(spans)]

    def _revision_history(self, section: OutlineSection, level: int) -> list[Block]:
        return [
            *specials.revision_history(self.versions, self.answers),
            *specials.history_sentences(self.qs, self.answers),
        ]

    def _open_questions(self, section: OutlineSection, level: int) -> list[Block]:
        return specials.open_questions(self.missing, self.outline, level + 1)

    def _contacts_appendix(self, section: OutlineSection, level: int) -> list[Block]:
        owner = clean_text(self.answers.document.owner)
        return appendices.attachment_list(self.attachments, owner=owner, draft=self.source.draft)

    def attachments_blocks(self, level: int) -> list[Block]:
        """The attachments the document holds, each under its heading 'Bilaga N. …', each starting a page."""
        blocks: list[Block] = []
        for item in self.attachments:
            heading = Heading(item.heading, level, kind="appendix", anchor=item.anchor, new_page=True)
            if item.kind == appendices.FLOWCHART:
                chart: Flowchart = flowchart(self.qs, self.answers)
                blocks += [heading, chart]
            elif item.kind == appendices.CONTACTS:
                listed = appendices.contact_list(self.qs, self.outline, self.answers, level + 1)
                blocks.append(Landscape((heading, *listed)))
            elif item.kind == appendices.LAW:
                blocks += [heading, *specials.legal_table(self.source.legal, self.source.today)]
        return blocks


#: The handler of each special chapter (the outline's ``special:``); the flow chart is an attachment.
_SPECIALS: dict[str, Callable[[_Builder, OutlineSection, int], list[Block]]] = {
    "terms": _Builder._terms,
    "legal_references": _Builder._legal_references,
    "revision_history": _Builder._revision_history,
    "open_questions": _Builder._open_questions,
    "contacts_appendix": _Builder._contacts_appendix,
}


def build_routine(source: RoutineSource) -> Routine:
    """The whole routine of ``source.answer_set`` as blocks."""
    return _Builder(source).routine()


def build_cover(source: RoutineSource) -> list[Block]:
    """The cover page as blocks (title, what the routine builds on, the document data)."""
    return _Builder(source).cover()


def build_chapter(source: RoutineSource, chapter_id: str) -> list[Block]:
    """One chapter of the routine as blocks ([] for an unknown chapter)."""
    return _Builder(source).chapter(chapter_id)
