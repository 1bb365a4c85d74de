"""Reading a reviewed remiss file: which answer each comment, tracked change and edit belongs to.

The document is read as a sequence of blocks (paragraphs and tables, also those inside content
controls). Each block belongs to an answer by the tag of the content control around it or, where
LibreOffice removed the controls, by the answer bookmark it lies in. An answer whose marks are both gone
is looked for between the answers before and after it, in the blocks that belong to no answer and to no
locked region (headings and guideline boxes carry hidden bookmarks of their own), and counts as found by
its surroundings. What is found becomes a :class:`~routine_builder.domain.review_import.ReviewedFile`.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from routine_builder.domain.review_import import (
    BOOKMARK,
    SURROUNDINGS,
    TAG,
    FoundAnswer,
    FoundChange,
    FoundComment,
    ReviewedFile,
    ReviewImportError,
)
from routine_builder.domain.reviews import Reply
from routine_builder.export import remiss_marks as marks
from routine_builder.export.custom_properties import read_custom_properties
from routine_builder.storage import file_digest, os_error

_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
_REVISIONS = (marks.W_INS, marks.W_DEL, marks.W_MOVE_TO, marks.W_MOVE_FROM)
MAX_BYTES = 50 * 1024 * 1024


@dataclass
class _Block:
    """One paragraph or table of the body and what it belongs to."""

    element: etree._Element
    index: int
    question_id: str = ""
    how: str = ""
    locked: bool = False
    chapter: str = ""


@dataclass
class _Marks:
    area_id: str
    area_name: str
    version: int | None
    answers: dict[str, tuple[int, str]] = field(default_factory=dict)  # question id → (place, digest)


def read_reviewed(path: Path) -> ReviewedFile:
    """Read a reviewed remiss file; raises :class:`ReviewImportError` when it is no remiss file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise os_error(exc, path=path, doing="filen kan inte läsas", kind=ReviewImportError) from None
    if len(raw) > MAX_BYTES:
        raise ReviewImportError("filen är för stor för att vara en remissfil", path=path)
    try:
        document = Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError):
        raise ReviewImportError("är ingen Word-fil (.docx) som kan läsas", path=path) from None
    recorded = _read_marks(document, path)
    reader = _Reader(document, recorded)
    return ReviewedFile(
        area_id=recorded.area_id,
        area_name=recorded.area_name,
        version=recorded.version,
        answers=reader.answers(),
        comments=tuple(reader.comments()),
        changes=tuple(reader.outside_changes()),
        missing=tuple(q for q in reader.ordered if q not in reader.regions),
        last_modified_by=document.core_properties.last_modified_by or "",
        digest=file_digest(raw),
        recorded=tuple(reader.ordered),
    )


def _read_marks(document: DocxDocument, path: Path) -> _Marks:
    props = read_custom_properties(document)
    fmt = props.get(marks.PROPERTY_FORMAT)
    if not fmt or not props.get(marks.PROPERTY_AREA):
        raise ReviewImportError(
            "är ingen remissfil från Routine Builder (uppgifterna om område och version saknas i "
            "dokumentegenskaperna); exportera en remissversion och skicka den till granskarna",
            path=path,
        )
    if fmt != marks.FORMAT:
        raise ReviewImportError(f"remissfilen har format {fmt}, som den här versionen inte kan läsa", path=path)
    version = props.get(marks.PROPERTY_VERSION, "")
    found = _Marks(
        props[marks.PROPERTY_AREA], props.get(marks.PROPERTY_AREA_NAME, ""), int(version) if version.isdigit() else None
    )
    for name, value in props.items():
        if name.startswith(marks.ANSWER_PROPERTY_PREFIX):
            place, _sep, digest = value.partition(";")
            if place.isdigit() and digest:
                found.answers[name[len(marks.ANSWER_PROPERTY_PREFIX) :]] = (int(place), digest)
    return found


class _Reader:
    def __init__(self, document: DocxDocument, recorded: _Marks) -> None:
        self.document = document
        self.recorded = recorded
        self.ordered = sorted(recorded.answers, key=lambda q: recorded.answers[q][0])
        self._by_place = {place: question for question, (place, _digest) in recorded.answers.items()}
        self._styles = {s.style_id: s.name or "" for s in document.styles}
        self.blocks = list(self._blocks())
        self.regions: dict[str, list[_Block]] = {}
        for block in self.blocks:
            if block.question_id:
                self.regions.setdefault(block.question_id, []).append(block)
        self._find_by_surroundings()

    def style_name(self, paragraph: etree._Element) -> str:
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        return self._styles.get(style.get(qn("w:val")), "") if style is not None else ""

    # ------------------------------------------------------------ blocks

    def _elements(
        self, container: etree._Element, tag: str, locked: bool
    ) -> Iterator[tuple[etree._Element, str, bool]]:
        """The paragraphs, tables and body-level bookmarks, with the answer tag and lock of their controls."""
        for child in container:
            if child.tag == qn("w:sdt"):
                inner = child.find(qn("w:sdtContent"))
                tag_element = child.find(f"{qn('w:sdtPr')}/{qn('w:tag')}")
                value = tag_element.get(qn("w:val"), "") if tag_element is not None else ""
                question = marks.question_of_tag(value)
                if inner is not None:
                    yield from self._elements(inner, question or tag, locked or value == marks.LOCKED_TAG)
            elif child.tag in (marks.W_P, marks.W_TBL, qn("w:bookmarkStart"), qn("w:bookmarkEnd")):
                yield child, tag, locked

    def _blocks(self) -> Iterator[_Block]:
        # Open bookmarks by name (the newest start of a name counts: LibreOffice may write a start twice).
        open_marks: dict[str, str] = {}  # name → id of its newest start
        chapter = ""
        index = 0
        known = list(self.recorded.answers)
        for element, tagged, locked in self._elements(self.document.element.body, "", False):
            touched: list[str] = []
            for node in element.iter(qn("w:bookmarkStart"), qn("w:bookmarkEnd")):
                mark_id = node.get(qn("w:id"), "")
                if node.tag == qn("w:bookmarkStart"):
                    name = node.get(qn("w:name"), "")
                    open_marks.pop(name, None)
                    open_marks[name] = mark_id
                    touched.append(name)
                else:
                    name = next((n for n, i in open_marks.items() if i == mark_id), "")
                    if name:  # marks do not nest: whatever opened before it and is still open was left open
                        for earlier in list(open_marks)[: list(open_marks).index(name) + 1]:
                            del open_marks[earlier]
                        touched.append(name)
            if element.tag not in (marks.W_P, marks.W_TBL):
                continue
            if element.tag == marks.W_P and self.style_name(element).casefold() == "heading 1":
                chapter = marks.paragraph_text(element)
            anchors = [a for n in touched if (a := marks.parse_anchor(n)) is not None]
            anchored = [self._by_place.get(place, "") for is_locked, place in anchors if not is_locked]
            names = [*open_marks, *touched]
            answers = [q for q in anchored if q] or [
                q for n in names if (q := marks.question_of_bookmark(n, known)) is not None
            ]
            question, how = (tagged, TAG) if tagged else (answers[-1], BOOKMARK) if answers else ("", "")
            in_locked = any(is_locked for is_locked, _place in anchors)
            yield _Block(element, index, question, how, locked or (in_locked and not question), chapter)
            index += 1

    def _find_by_surroundings(self) -> None:
        """Answers whose tag and bookmark are both gone: the unmarked blocks between their neighbours."""
        places = {q: n for n, q in enumerate(self.ordered)}
        for question in self.ordered:
            if question in self.regions:
                continue
            before = [q for q in self.ordered[: places[question]] if q in self.regions]
            after = [q for q in self.ordered[places[question] + 1 :] if q in self.regions]
            start = self.regions[before[-1]][-1].index + 1 if before else 0
            end = self.regions[after[0]][0].index if after else len(self.blocks)
            candidates = [b for b in self.blocks[start:end] if not b.question_id and not b.locked]
            # the answer follows the last locked block (its heading) before the next answer
            locked = [b.index for b in self.blocks[start:end] if b.locked]
            if locked:
                candidates = [b for b in candidates if b.index > locked[-1]] or candidates
            candidates = [b for b in candidates if marks.normalised(_block_text(b.element))]
            if not candidates:
                continue
            for block in candidates:
                block.question_id, block.how = question, SURROUNDINGS
            self.regions[question] = candidates

    # ------------------------------------------------------------ answers

    def answers(self) -> dict[str, FoundAnswer]:
        found = {}
        for question, blocks in self.regions.items():
            if question not in self.recorded.answers:
                continue
            elements = [b.element for b in blocks]
            accepted = marks.answer_lines(elements, self.style_name)
            rejected = marks.answer_lines(elements, self.style_name, accepted=False)
            changes = _revisions(elements)
            _place, digest = self.recorded.answers[question]
            found[question] = FoundAnswer(
                question_id=question,
                how=blocks[0].how,
                text=marks.as_answer_text(accepted),
                original=marks.as_answer_text(rejected) if changes else "",
                changed=marks.text_digest(accepted) != digest,
                changes=tuple(changes),
            )
        return found

    # ------------------------------------------------------------ comments

    def comments(self) -> Iterator[FoundComment]:
        anchors = self._comment_anchors()
        quotes = self._quotes()
        parents = self._reply_parents()
        comments = list(self.document.comments) if self._has_comments() else []
        para_ids = self._comment_para_ids()
        by_para = {para_ids.get(c.comment_id, ""): c.comment_id for c in comments}
        replies: dict[int, list[Reply]] = {}
        roots = []
        for comment in comments:
            parent_para = parents.get(para_ids.get(comment.comment_id, ""))
            parent_id = by_para.get(parent_para) if parent_para else None
            if parent_id is not None and parent_id != comment.comment_id:
                replies.setdefault(parent_id, []).append(
                    Reply(comment.author or "", comment.text.strip(), _aware(comment.timestamp))
                )
            else:
                roots.append(comment)
        for comment in roots:
            block = anchors.get(comment.comment_id)
            yield FoundComment(
                author=comment.author or "",
                text=comment.text.strip(),
                date=_aware(comment.timestamp),
                question_id=block.question_id if block is not None else "",
                how=block.how if block is not None else "",
                chapter=block.chapter if block is not None else "",
                quote=marks.normalised(quotes.get(comment.comment_id, "")),
                replies=tuple(replies.get(comment.comment_id, ())),
            )

    def _has_comments(self) -> bool:
        try:
            return len(self.document.comments) > 0
        except (KeyError, ValueError):
            return False

    def _comment_anchors(self) -> dict[int, _Block]:
        anchors: dict[int, _Block] = {}
        for block in self.blocks:
            for tag in (qn("w:commentRangeStart"), qn("w:commentReference")):
                for node in block.element.iter(tag):
                    comment_id = node.get(qn("w:id"), "")
                    if comment_id.lstrip("-").isdigit():
                        anchors.setdefault(int(comment_id), block)
        return anchors

    def _quotes(self) -> dict[int, str]:
        """The text each comment's range covers (as the reviewer saw it, deletions included)."""
        quotes: dict[int, list[str]] = {}
        open_ids: set[int] = set()
        body = self.document.element.body
        for node in body.iter(
            qn("w:commentRangeStart"), qn("w:commentRangeEnd"), marks.W_T, marks.W_DEL_TEXT, marks.W_P
        ):
            if node.tag == qn("w:commentRangeStart"):
                open_ids.add(int(node.get(qn("w:id"), "0")))
            elif node.tag == qn("w:commentRangeEnd"):
                open_ids.discard(int(node.get(qn("w:id"), "0")))
            elif node.tag == marks.W_P:
                for comment_id in open_ids:
                    quotes.setdefault(comment_id, []).append(" ")
            else:
                for comment_id in open_ids:
                    quotes.setdefault(comment_id, []).append(node.text or "")
        return {k: "".join(v) for k, v in quotes.items()}

    def _comment_para_ids(self) -> dict[int, str]:
        """Comment id → the paraId of its last paragraph (how ``commentsExtended.xml`` names a comment)."""
        ids: dict[int, str] = {}
        for rel in self.document.part.rels.values():
            if rel.reltype == RT.COMMENTS and not rel.is_external:
                for comment in rel.target_part.element.iter(qn("w:comment")):
                    paragraphs = comment.findall(qn("w:p"))
                    number = comment.get(qn("w:id"), "")
                    if paragraphs and number.lstrip("-").isdigit():
                        ids[int(number)] = paragraphs[-1].get(f"{{{_W14}}}paraId", "")
        return ids

    def _reply_parents(self) -> dict[str, str]:
        """ParaId of a reply's last paragraph → paraId of its parent comment's (``commentsExtended.xml``)."""
        for rel in self.document.part.rels.values():
            if rel.reltype == _COMMENTS_EXTENDED and not rel.is_external:
                try:
                    root = etree.fromstring(rel.target_part.blob)
                except etree.XMLSyntaxError:
                    return {}
                return {
                    ex.get(f"{{{_W15}}}paraId", ""): ex.get(f"{{{_W15}}}paraIdParent", "")
                    for ex in root.iter(f"{{{_W15}}}commentEx")
                    if ex.get(f"{{{_W15}}}paraIdParent")
                }
        return {}

    # ------------------------------------------------------------ changes outside the answers

    def outside_changes(self) -> Iterator[FoundChange]:
        for block in self.blocks:
            if block.question_id:
                continue
            for paragraph in marks.region_paragraphs([block.element]):
                revisions = _revisions([paragraph])
                if not revisions:
                    continue
                before = marks.normalised(marks.paragraph_text(paragraph, accepted=False))
                after = marks.normalised(marks.paragraph_text(paragraph))
                if before == after:
                    continue
                author, when = revisions[0]
                yield FoundChange(author=author, before=before, after=after, date=when, chapter=block.chapter)


def _block_text(element: etree._Element) -> str:
    return " ".join(marks.paragraph_text(p) for p in marks.region_paragraphs([element]))


def _revisions(elements: list[etree._Element]) -> list[tuple[str, dt.datetime | None]]:
    """Author and date of each tracked change in the elements (paragraph marks included)."""
    found = []
    for element in elements:
        for node in element.iter(*_REVISIONS):
            found.append((node.get(qn("w:author"), ""), _parse_date(node.get(qn("w:date"), ""))))
    return found


def _parse_date(text: str) -> dt.datetime | None:
    try:
        return _aware(dt.datetime.fromisoformat(text)) if text else None
    except ValueError:
        return None


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
