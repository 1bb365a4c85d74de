"""What reviewers do to a remiss file in Word, done with python-docx and lxml on the real file.

Comments (and Word's replies to them, with ``commentsExtended.xml``), tracked insertions and deletions
inside an answer, an edit with track changes off, a content control removed with its bookmark, and a
round trip through LibreOffice as a reviewer who uses LibreOffice would make.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph
from lxml import etree

from routine_builder.export import remiss_marks as marks
from tests.helpers.document_checks import libreoffice_convert

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
EXTENDED_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
DATE = "2026-12-03T10:15:00Z"


class Reviewer:
    """A reviewer's session with one remiss file: open, act, save."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.document: Document = docx.Document(str(path))
        self._replies: list[tuple[int, int]] = []  # (reply id, parent id)
        self._revision = 700

    # ------------------------------------------------------------ finding things

    def answer_paragraphs(self, question_id: str) -> list[Paragraph]:
        """The paragraphs of an answer (by its control's tag, else by its bookmark), without empty ones."""
        body = self.document.element.body
        for sdt in body.iter(qn("w:sdt")):
            tag = sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}")
            if tag is not None and tag.get(qn("w:val")) == marks.tag_of(question_id):
                content = sdt.find(qn("w:sdtContent"))
                return [Paragraph(p, self.document) for p in content.iter(qn("w:p")) if _text(p)]
        raise KeyError(question_id)

    def heading(self, text: str) -> Paragraph:
        """The chapter heading (Heading 1) with this text."""
        for p in self.document.element.body.iter(qn("w:p")):
            paragraph = Paragraph(p, self.document)
            if paragraph.style is not None and paragraph.style.name == "Heading 1" and _text(p) == text:
                return paragraph
        raise KeyError(text)

    def paragraph_with(self, text: str) -> Paragraph:
        """The first paragraph (anywhere in the body) whose text contains ``text``."""
        for p in self.document.element.body.iter(qn("w:p")):
            if text in _text(p):
                return Paragraph(p, self.document)
        raise KeyError(text)

    # ------------------------------------------------------------ comments

    def _comment_styles(self) -> None:
        """The comment styles, which Word adds to a document when the first comment is made."""
        styles = self.document.styles
        for name, style_id, kind in (
            ("annotation reference", "CommentReference", WD_STYLE_TYPE.CHARACTER),
            ("annotation text", "CommentText", WD_STYLE_TYPE.PARAGRAPH),
        ):
            if not any(s.style_id == style_id for s in styles):
                styles.add_style(name, kind).style_id = style_id

    def comment(self, paragraph: Paragraph, text: str, *, author: str, initials: str = "") -> int:
        """A margin comment on the whole paragraph; returns its id."""
        self._comment_styles()
        runs = [r for r in paragraph.runs if r.text]
        comment = self.document.add_comment(runs, text=text, author=author, initials=initials or author[:2])
        return comment.comment_id

    def reply(self, parent: int, paragraph: Paragraph, text: str, *, author: str) -> int:
        """A reply to comment ``parent``, as Word stores it: a comment on the same text, linked as its child."""
        reply = self.comment(paragraph, text, author=author)
        self._replies.append((reply, parent))
        return reply

    def _write_replies(self) -> None:
        """Give every comment paragraph a paraId and write ``commentsExtended.xml`` linking the replies."""
        comments_part = next(r.target_part for r in self.document.part.rels.values() if r.reltype.endswith("/comments"))
        last_para = {}
        for number, comment in enumerate(comments_part.element.iter(qn("w:comment")), start=1):
            for index, p in enumerate(comment.iter(qn("w:p"))):
                p.set(f"{{{W14}}}paraId", f"{number:04X}{index:04X}")
                last_para[int(comment.get(qn("w:id")))] = f"{number:04X}{index:04X}"
        parents = dict(self._replies)
        entries = "".join(
            f'<w15:commentEx w15:paraId="{para}" w15:done="0"'
            + (f' w15:paraIdParent="{last_para[parents[cid]]}"' if cid in parents else "")
            + "/>"
            for cid, para in last_para.items()
        )
        xml = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx xmlns:w15="{W15}" '
            f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w15">'
            f"{entries}</w15:commentsEx>"
        )
        part = Part(
            PackURI("/word/commentsExtended.xml"), EXTENDED_TYPE, xml.encode("utf-8"), self.document.part.package
        )
        self.document.part.relate_to(part, COMMENTS_EXTENDED)

    # ------------------------------------------------------------ edits

    def _next_id(self) -> str:
        self._revision += 1
        return str(self._revision)

    def track_delete(self, paragraph: Paragraph, words: str, *, author: str) -> None:
        """Delete ``words`` (inside one run) with track changes on."""
        run, before, after = self._split(paragraph, words)
        deleted = parse_xml(
            f'<w:del {nsdecls("w")} w:id="{self._next_id()}" w:author="{author}" w:date="{DATE}"><w:r>'
            f'<w:delText xml:space="preserve">{_escape(words)}</w:delText></w:r></w:del>'
        )
        self._replace_run(run, before, deleted, after)

    def track_insert(self, paragraph: Paragraph, after_words: str, inserted: str, *, author: str) -> None:
        """Insert ``inserted`` right after ``after_words`` with track changes on."""
        run, before, after = self._split(paragraph, after_words)
        ins = parse_xml(
            f'<w:ins {nsdecls("w")} w:id="{self._next_id()}" w:author="{author}" w:date="{DATE}"><w:r>'
            f'<w:t xml:space="preserve">{_escape(inserted)}</w:t></w:r></w:ins>'
        )
        self._replace_run(run, before + after_words, ins, after)

    def track_new_paragraph(self, paragraph: Paragraph, text: str, *, author: str) -> None:
        """A new paragraph after ``paragraph``, typed with track changes on (its mark is an insertion too)."""
        new = parse_xml(
            f'<w:p {nsdecls("w")}><w:pPr><w:rPr><w:ins w:id="{self._next_id()}" w:author="{author}" '
            f'w:date="{DATE}"/></w:rPr></w:pPr><w:ins w:id="{self._next_id()}" w:author="{author}" '
            f'w:date="{DATE}"><w:r><w:t xml:space="preserve">{_escape(text)}</w:t></w:r></w:ins></w:p>'
        )
        paragraph._p.addnext(new)

    def edit_untracked(self, paragraph: Paragraph, old: str, new: str) -> None:
        """Change words with track changes off: the text is simply different."""
        for t in paragraph._p.iter(qn("w:t")):
            if old in (t.text or ""):
                t.text = t.text.replace(old, new)
                return
        raise KeyError(old)

    def remove_control(self, question_id: str) -> None:
        """Take an answer's content control and its bookmarks away, keeping the text (as some editors do)."""
        body = self.document.element.body
        for sdt in list(body.iter(qn("w:sdt"))):
            tag = sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}")
            if tag is not None and tag.get(qn("w:val")) == marks.tag_of(question_id):
                content = sdt.find(qn("w:sdtContent"))
                ids = {b.get(qn("w:id")) for b in content.iter(qn("w:bookmarkStart"))}
                for mark in [
                    m for m in body.iter(qn("w:bookmarkStart"), qn("w:bookmarkEnd")) if m.get(qn("w:id")) in ids
                ]:
                    mark.getparent().remove(mark)
                for child in list(content):
                    sdt.addprevious(child)
                sdt.getparent().remove(sdt)
                return
        raise KeyError(question_id)

    def _split(self, paragraph: Paragraph, words: str) -> tuple[etree._Element, str, str]:
        for run in paragraph._p.iter(qn("w:r")):
            text = "".join(t.text or "" for t in run.iter(qn("w:t")))
            if words in text:
                before, _sep, after = text.partition(words)
                return run, before, after
        raise KeyError(words)

    def _replace_run(self, run: etree._Element, before: str, middle: etree._Element, after: str) -> None:
        properties = run.find(qn("w:rPr"))
        for text, position in ((before, "before"), (after, "after")):
            if not text:
                continue
            copy = parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{_escape(text)}</w:t></w:r>')
            if properties is not None:
                copy.insert(0, etree.fromstring(etree.tostring(properties)))
            (run.addprevious if position == "before" else run.addnext)(copy)
        run.addprevious(middle)
        run.getparent().remove(run)

    def save(self, path: Path | None = None, *, last_modified_by: str = "") -> Path:
        """Save (over the file, or as ``path``), as the reviewer's Word would."""
        if self._replies:
            self._write_replies()
        if last_modified_by:
            self.document.core_properties.last_modified_by = last_modified_by
        target = path or self.path
        self.document.save(str(target))
        return target


def _text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def libreoffice_round_trip(path: Path, folder: Path) -> Path:
    """Open ``path`` in LibreOffice and save it as .docx again (in ``folder``), as a reviewer using it would."""
    folder.mkdir(parents=True, exist_ok=True)
    profile = (folder / "profile").resolve()
    libreoffice_convert(path, "docx", folder, profile)
    shutil.rmtree(profile, ignore_errors=True)
    result = folder / path.name
    assert result.is_file(), f"LibreOffice wrote no {result}"
    return result
