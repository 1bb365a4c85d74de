"""The comparison as a Word document whose differences are real tracked changes.

Laid out like the routine (title, Heading 1 per section, Heading 3 per question, the answer below it),
built from the routine's Word template when there is one. Accepting every change gives exactly the newer
answers, rejecting every change exactly the older (whitespace aside: each line is a paragraph).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import docx
from docx.document import Document
from docx.text.paragraph import Paragraph

from routine_builder import paths
from routine_builder.domain.compare import Comparison, QuestionDiff
from routine_builder.domain.question_set import QuestionSet
from routine_builder.domain.word_diff import LineDiff, diff_lines
from routine_builder.errors import ExportError
from routine_builder.export.tracked_changes import Revisions
from routine_builder.storage import atomic_write

NO_ANSWER = "Inget svar."
_BULLET = re.compile(r"[-•]\s+(?=\S)")


def side_text(question: QuestionDiff, side: str) -> str:
    """The text one side of a question shows in the document: the answer, then its comment or reason."""
    old = side == "old"
    text = (
        ""
        if question.rows and not (question.old_not_applicable if old else question.new_not_applicable)
        else (question.old_text if old else question.new_text)
    )
    comment = question.old_comment if old else question.new_comment
    if comment.strip():
        label = "Motivering" if (question.old_not_applicable if old else question.new_not_applicable) else "Kommentar"
        text = f"{text.rstrip()}\n{label}: {comment.lstrip()}" if text.strip() else f"{label}: {comment.lstrip()}"
    return text


class _Writer:
    def __init__(self, document: Document, revisions: Revisions):
        self.document = document
        self.revisions = revisions
        self._styles = {style.name for style in document.styles}

    def style(self, name: str, fallback: str = "Normal") -> str:
        """A style by name, or the fallback when the template lacks it."""
        return name if name in self._styles else fallback

    def paragraph(self, text: str = "", style: str = "Normal", *, bold: bool = False) -> Paragraph:
        paragraph = self.document.add_paragraph(style=self.style(style))
        if text:
            paragraph.add_run(text).bold = bold
        return paragraph

    def line(self, line: LineDiff) -> None:
        """One paragraph of an answer, tracked as a whole when it exists on one side only."""
        ops = list(line.ops)
        first = ops[0] if ops else None
        bullet = _BULLET.match(first.text) if first is not None else None
        style = "Normal"
        if first is not None and bullet is not None and (line.kind != "change" or first.kind == "equal"):
            style = self.style("List Bullet")
            ops[0] = type(first)(first.kind, first.text[bullet.end() :])
        paragraph = self.paragraph(style=style)
        self.revisions.add_ops(paragraph, ops)
        if line.kind in ("insert", "delete"):
            self.revisions.mark_paragraph(paragraph, line.kind)

    def question(self, question: QuestionDiff) -> None:
        self.paragraph(question.question_text, "Heading 3")
        lines = [line for line in diff_lines(side_text(question, "old"), side_text(question, "new")) if _filled(line)]
        for line in lines:
            self.line(line)
        if question.rows:
            self.table(question)
        if not lines and not question.rows:
            self.paragraph(style="Saknat svar").add_run(NO_ANSWER).italic = True

    def table(self, question: QuestionDiff) -> None:
        table = self.document.add_table(rows=1, cols=len(question.columns))
        table.style = self.style("Rutintabell", "Table Grid")
        header_kind = "equal"
        if all(row.kind == "added" for row in question.rows):
            header_kind = "insert"
        elif all(row.kind == "removed" for row in question.rows):
            header_kind = "delete"
        for index, (_column, label) in enumerate(question.columns):
            self.revisions.add(table.rows[0].cells[index].paragraphs[0], header_kind, label, bold=True)
        if header_kind != "equal":
            self.revisions.mark_row(table.rows[0], header_kind)
        for row_diff in question.rows:
            row = table.add_row()
            kind = {"added": "insert", "removed": "delete"}.get(row_diff.kind, "equal")
            for index, ops in enumerate(row_diff.cells):
                self.revisions.add_cell(row, index, kind, ops)
            if kind != "equal":
                self.revisions.mark_row(row, kind)
        self.paragraph()


def _filled(line: LineDiff) -> bool:
    return bool(line.old.strip() or line.new.strip())


def _open_template(template: Path | None) -> Document:
    path = template if template is not None else paths.routine_template_path()
    if not path.is_file():
        return docx.Document()
    try:
        document = docx.Document(str(path))
    except Exception as exc:
        raise ExportError(f"Word-mallen kunde inte läsas ({exc})", path=path) from None
    body = document.element.body
    for child in list(body):
        if child.tag != "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr":
            body.remove(child)
    return document


def _fill_placeholders(document: Document, values: dict[str, str]) -> None:
    from routine_builder.export.docx_helpers import replace_placeholders

    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            for paragraph in part.paragraphs:
                replace_placeholders(paragraph, values)


def _summary(writer: _Writer, comparison: Comparison, old_label: str, new_label: str) -> None:
    writer.paragraph(
        f"Jämförelse mellan {old_label} (äldre) och {new_label} (nyare). Skillnaderna är spårade ändringar: "
        "godkänn alla ändringar för att få den nyare texten, avvisa alla för att få den äldre."
    )
    counts = comparison.counts
    totals = f"{counts.changed} ändrade, {counts.added} tillagda och {counts.removed} borttagna svar."
    writer.paragraph(totals, bold=True)
    table = writer.document.add_table(rows=1, cols=4)
    table.style = writer.style("Rutintabell", "Table Grid")
    for cell, text in zip(table.rows[0].cells, ("Avsnitt", "Ändrade", "Tillagda", "Borttagna"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for section in comparison.sections:
        c = section.counts
        cells = table.add_row().cells
        for cell, text in zip(cells, (section.title, str(c.changed), str(c.added), str(c.removed)), strict=True):
            cell.paragraphs[0].add_run(text)


def write_comparison_docx(
    comparison: Comparison,
    *,
    question_set: QuestionSet,
    old_label: str,
    new_label: str,
    output: Path,
    author: str,
    date: dt.datetime,
    template: Path | None = None,
    only_changed: bool = False,
) -> Path:
    """Write the comparison to ``output`` (atomically) as a .docx with tracked changes; returns ``output``."""
    document = _open_template(template)
    title = f"Jämförelse: {old_label} → {new_label}"
    _fill_placeholders(document, {"titel": title, "område": question_set.title, "version": new_label,
                                  "status": "Spårade ändringar", "utkast": ""})  # fmt: skip
    props = document.core_properties
    props.title, props.subject, props.author = title, question_set.title, author
    props.keywords = "jämförelse, spårade ändringar"
    writer = _Writer(document, Revisions(author=author, date=date))
    writer.paragraph(title, "Title")
    _summary(writer, comparison, old_label, new_label)
    for section in comparison.sections:
        questions = [q for q in section.questions if q.differs or not only_changed]
        if not questions:
            continue
        writer.paragraph(section.title, "Heading 1")
        for question in questions:
            writer.question(question)
    writer.paragraph()
    writer.paragraph(f"Jämförelsen skapades {date:%Y-%m-%d %H:%M} av {author} med Routine Builder.")
    buffer = io.BytesIO()
    document.save(buffer)
    output = Path(output)
    atomic_write(output, buffer.getvalue())
    return output


__all__ = ["NO_ANSWER", "side_text", "write_comparison_docx"]
