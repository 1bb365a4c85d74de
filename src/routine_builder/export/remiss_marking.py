"""Marking a routine document as a remiss file (see :mod:`remiss_marks` for what the marks are).

The routine's blocks are written as usual by a :class:`MarkingWriter`, which notes the body elements each
answer's blocks (their ``source``) became; :func:`mark_document` then wraps each answer in a content
control with its bookmark, wraps headings and guideline boxes in locked controls, and records the area,
the version and each answer's digest in the document's custom properties.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from docx.document import Document
from docx.oxml.ns import qn
from lxml import etree

from routine_builder.document.blocks import Block, Contents, Landscape, Paragraph, plain
from routine_builder.document.swedish import date_in_text
from routine_builder.domain.question_set import QuestionSet
from routine_builder.export import ooxml
from routine_builder.export import remiss_marks as marks
from routine_builder.export.custom_properties import write_custom_properties
from routine_builder.export.writer import Writer

FIRST_MARK_ID = 90_000  # ids of the remiss bookmarks and controls, clear of the contents' bookmarks
ALIAS_LENGTH = 60


@dataclass
class Region:
    """Consecutive body elements that are one answer (``question_id``) or locked text (headings, boxes)."""

    kind: Literal["answer", "locked"]
    elements: list[etree._Element] = field(default_factory=list)
    question_id: str = ""
    title: str = ""  # shown by Word on the answer's control


@dataclass(frozen=True)
class RemissInfo:
    """What the remiss file records about itself."""

    area_id: str
    area_name: str
    version: int | None
    question_set: str
    reply_by: dt.date | None = None
    exported_at: dt.datetime | None = None


def _sdt(tag: str, lock: str, mark_id: int, alias: str = "") -> etree._Element:
    properties = [ooxml.element("w:alias", {"w:val": alias})] if alias else []
    properties += [
        ooxml.element("w:tag", {"w:val": tag}),
        ooxml.element("w:id", {"w:val": str(mark_id)}),
        ooxml.element("w:lock", {"w:val": lock}),
    ]
    return ooxml.element("w:sdt", None, ooxml.element("w:sdtPr", None, *properties), ooxml.element("w:sdtContent"))


def _guard() -> etree._Element:
    """The hidden empty paragraph that opens a control (LibreOffice 7.4 would lose the first paragraph's text)."""
    mark = ooxml.element("w:rPr", None, ooxml.element("w:vanish"))
    spacing = ooxml.element("w:spacing", {"w:before": "0", "w:after": "0", "w:line": "20", "w:lineRule": "exact"})
    return ooxml.element("w:p", None, ooxml.element("w:pPr", None, ooxml.element("w:keepNext"), spacing, mark))


def _paragraphs(element: etree._Element) -> list[etree._Element]:
    return [element] if element.tag == marks.W_P else list(element.iter(marks.W_P))


def _bookmark(first: etree._Element, last: etree._Element, name: str, mark_id: int) -> None:
    """A bookmark from the start of paragraph ``first`` to the end of paragraph ``last``."""
    start = ooxml.element("w:bookmarkStart", {"w:id": str(mark_id), "w:name": name})
    properties = first.find(qn("w:pPr"))
    first.insert(0 if properties is None else first.index(properties) + 1, start)
    last.append(ooxml.element("w:bookmarkEnd", {"w:id": str(mark_id)}))


def _wrap(region: Region, tag: str, lock: str, bookmark: str, place: int, ids: itertools.count[int]) -> None:
    first = region.elements[0]
    sdt = _sdt(tag, lock, next(ids), region.title[:ALIAS_LENGTH])
    first.addprevious(sdt)
    content = sdt[-1]  # the w:sdtContent, which _sdt puts last
    content.append(_guard())
    for element in region.elements:
        content.append(element)
    locked = region.kind == "locked"
    for block, element in enumerate(region.elements, start=1):
        paragraph = _paragraphs(element)[0]
        _bookmark(paragraph, paragraph, marks.anchor_name(place, block, locked=locked), next(ids))
    if bookmark:
        _bookmark(_paragraphs(region.elements[0])[0], _paragraphs(region.elements[-1])[-1], bookmark, next(ids))


def mark_document(document: Document, regions: list[Region], info: RemissInfo) -> dict[str, tuple[int, str]]:
    """Wrap the regions in their controls and bookmarks and record the file's properties.

    Returns each answer's place and digest as recorded. Regions must not contain a paragraph that ends a
    section (Word keeps section breaks outside content controls).
    """
    styles = {s.style_id: s.name or "" for s in document.styles}

    def style_name(paragraph: etree._Element) -> str:
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        return styles.get(style.get(qn("w:val")), "") if style is not None else ""

    ids = itertools.count(FIRST_MARK_ID)
    recorded: dict[str, tuple[int, str]] = {}
    locked = 0
    for region in regions:
        if not region.elements:
            continue
        if region.kind == "answer":
            digest = marks.text_digest(marks.answer_lines(region.elements, style_name))
            recorded[region.question_id] = (len(recorded) + 1, digest)
            place = len(recorded)
            _wrap(
                region,
                marks.tag_of(region.question_id),
                "sdtLocked",
                marks.bookmark_name(region.question_id),
                place,
                ids,
            )
        else:
            locked += 1
            _wrap(region, marks.LOCKED_TAG, "sdtContentLocked", "", locked, ids)
    properties = {
        marks.PROPERTY_FORMAT: marks.FORMAT,
        marks.PROPERTY_AREA: info.area_id,
        marks.PROPERTY_AREA_NAME: info.area_name[:255],
        marks.PROPERTY_VERSION: str(info.version) if info.version is not None else "",
        marks.PROPERTY_QUESTION_SET: info.question_set[:255],
        marks.PROPERTY_EXPORTED: (info.exported_at or dt.datetime.now().astimezone()).isoformat(timespec="seconds"),
        marks.PROPERTY_REPLY_BY: info.reply_by.isoformat() if info.reply_by else "",
    }
    for question_id, (place, digest) in recorded.items():
        properties[marks.ANSWER_PROPERTY_PREFIX + question_id] = f"{place};{digest}"
    write_custom_properties(document, {k: v for k, v in properties.items() if v})
    document.core_properties.last_modified_by = "Routine Builder"  # a reviewer's Word writes their own name here
    return recorded


LOCKED_STYLES = frozenset(
    (
        "Heading 1",
        "Heading 2",
        "Heading 3",
        "Mellanrubrik",
        "Bilagerubrik",
        "Frågerubrik",
        "Riktlinjetext",
        "Riktlinjepunkt",
        "Rekommendationstext",
        "Rekommendationspunkt",
    )
)
REMISS_MARK = "REMISSVERSION"


class RegionRecorder:
    """Which body elements each answer became, and around them the headings and boxes to lock."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._answers: list[Region] = []
        styles = {s.style_id: s.name or "" for s in document.styles}
        self._style: Callable[[Any], str] = lambda p: (
            styles.get(p.pPr.style, "") if p.pPr is not None and p.pPr.style else ""
        )

    def _blocks(self) -> list[etree._Element]:
        return [e for e in self.document.element.body if e.tag in (marks.W_P, marks.W_TBL)]

    def _lockable(self, element: etree._Element) -> bool:
        return element.tag == marks.W_P and self._style(element) in LOCKED_STYLES

    def answer(self, question_id: str, title: str, written: list[etree._Element]) -> None:
        """``written`` are the elements of one of the question's blocks (its heading is left to be locked).

        Blocks of the same answer that follow each other make one region; an answer shown a second time
        further on (a cover line, say) is left unmarked, so that each question has one control.
        """
        body = [e for e in written if not self._lockable(e) and e.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is None]
        if not body:
            return
        last = self._answers[-1] if self._answers else None
        if last is not None and last.question_id == question_id and last.elements[-1].getnext() is body[0]:
            last.elements.extend(body)
        elif all(region.question_id != question_id for region in self._answers):
            self._answers.append(Region("answer", body, question_id, title))

    def regions(self) -> list[Region]:
        """The answers and the locked regions between them, in document order."""
        answered = {id(e) for region in self._answers for e in region.elements}
        result: list[Region] = []
        answers = iter(self._answers)
        pending = next(answers, None)
        locked: Region | None = None
        for element in self._blocks():
            if id(element) in answered:
                locked = None
                if pending is not None and element is pending.elements[0]:
                    result.append(pending)
                    pending = next(answers, None)
                continue
            if self._lockable(element) and element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is None:
                if locked is None:
                    locked = Region("locked")
                    result.append(locked)
                locked.elements.append(element)
            else:
                locked = None
        return result


class MarkingWriter(Writer):
    """A :class:`Writer` that notes which body elements each answer's blocks became (for a remiss file)."""

    def __init__(self, document: Document, *, draft: bool, titles: QuestionSet) -> None:
        super().__init__(document, draft=draft)
        self.recorder = RegionRecorder(document)
        self._titles = titles

    def block(self, block: Block) -> None:
        source = "" if isinstance(block, (Landscape, Contents)) else getattr(block, "source", "")
        if not source or self._end is None:
            super().block(block)
            return
        end = self._end._p
        before = end.getprevious()
        super().block(block)
        written = []
        element = before.getnext() if before is not None else self.document.element.body[0]
        while element is not None and element is not end:
            written.append(element)
            element = element.getnext()
        title = self._titles.question(source).text if source in self._titles else ""
        self.recorder.answer(source, title, written)


def notice_blocks(info: RemissInfo) -> list[Block]:
    """The cover's note to reviewers: a remiss version, the reply date, and how to answer in Word."""
    when = f" Lämna era synpunkter senast {date_in_text(info.reply_by)}." if info.reply_by else ""
    return [
        Paragraph(plain(f"Remissversion.{when}", bold=True), "notice"),
        Paragraph(
            plain(
                "Skriv synpunkter som kommentarer i marginalen och ändra i svaren med Spåra ändringar påslaget. "
                "Rubrikerna och rutorna med riktlinjens budskap är låsta; kommentera dem i stället. Svaren "
                "ligger i innehållskontroller som inte ska tas bort, så att varje synpunkt kan föras tillbaka "
                "till rätt fråga.",
                italic=True,
            )
        ),
    ]
