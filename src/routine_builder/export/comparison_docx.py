"""The comparison as a Word document whose differences are real tracked changes.

Laid out like the routine (title, a chapter per section, a heading per question, the answer below it),
built from the routine's Word template. Accepting every change gives exactly the newer answers,
rejecting every change exactly the older (each line is a paragraph; a side without an answer says
"Inget svar."). Each change carries the author and date of the version that made it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Length
from docx.styles.style import ParagraphStyle

from routine_builder import __version__, paths
from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.compare import Comparison, QuestionDiff
from routine_builder.domain.question_set import QuestionSet
from routine_builder.domain.word_diff import DiffOp, LineDiff, OpKind, diff_lines, word_ops
from routine_builder.errors import ExportError
from routine_builder.export import ooxml
from routine_builder.export.column_widths import text_cm
from routine_builder.export.cover import fill_header_footer
from routine_builder.export.properties import write_app_properties
from routine_builder.export.redline_authors import (
    author_of,
    change_authors,
    compact_title,
    shorten_to_width,
    side_label,
)
from routine_builder.export.tracked_changes import Author, Revisions
from routine_builder.export.writer import Writer
from routine_builder.storage import atomic_write

NO_ANSWER = "Inget svar."
_BULLET = re.compile(r"\s*[-•]\s+(?=\S)")


def side_text(question: QuestionDiff, side: str) -> str:
    """The text one side of a question shows: the answer, then its comment or reason; "Inget svar." if none."""
    old = side == "old"
    not_applicable = question.old_not_applicable if old else question.new_not_applicable
    text = "" if question.rows and not not_applicable else (question.old_text if old else question.new_text)
    comment = question.old_comment if old else question.new_comment
    if comment.strip():
        label = "Motivering" if not_applicable else "Kommentar"
        text = f"{text.rstrip()}\n{label}: {comment.lstrip()}" if text.strip() else f"{label}: {comment.lstrip()}"
    rows = [r for r in question.rows if (r.old if old else r.new)]
    if not text.strip() and not rows:
        return NO_ANSWER
    return text


def _is_bullet(text: str) -> bool:
    return _BULLET.match(text) is not None


def _content(text: str) -> str:
    """A list item's text without its bullet (the paragraph's style shows the bullet)."""
    return _BULLET.sub("", text, count=1)


def _lines(question: QuestionDiff) -> list[LineDiff]:
    """The paragraphs of the answer; a line that is a list item on one side only is removed and added."""
    lines: list[LineDiff] = []
    for line in diff_lines(side_text(question, "old"), side_text(question, "new")):
        if not (line.old.strip() or line.new.strip()):
            continue
        if line.kind == "change" and (_is_bullet(line.old) != _is_bullet(line.new)):
            lines.append(LineDiff("delete", line.old, "", (DiffOp("delete", line.old),)))
            lines.append(LineDiff("insert", "", line.new, (DiffOp("insert", line.new),)))
        else:
            lines.append(line)
    return _inserts_first(lines)


def _inserts_first(lines: list[LineDiff]) -> list[LineDiff]:
    """Within each run of one-sided lines the added ones come first (the removed ones keep their style)."""
    result: list[LineDiff] = []
    run: list[LineDiff] = []
    for line in [*lines, None]:
        if line is not None and line.kind in ("insert", "delete"):
            run.append(line)
            continue
        result += [x for x in run if x.kind == "insert"] + [x for x in run if x.kind == "delete"]
        run = []
        if line is not None:
            result.append(line)
    return result


RowCells = tuple[tuple[DiffOp, ...], ...]


def _cell_text(row: dict[str, str], column: str) -> str:
    return " ".join(str(row.get(column) or "").split())


def _increasing(values: list[int]) -> set[int]:
    """Indexes of a longest increasing subsequence of ``values`` (the rows that kept their order)."""
    best: list[list[int]] = []
    for index, value in enumerate(values):
        chains = [chain for chain in best if values[chain[-1]] < value]
        best.append([*(max(chains, key=len) if chains else []), index])
    longest: list[int] = max(best, key=len) if best else []
    return set(longest)


def row_sequence(question: QuestionDiff, old_rows: list[dict[str, str]]) -> list[tuple[str, RowCells]]:
    """The table's rows as (kind, cell diffs): in the newer order when accepted, the older when rejected.

    A row that moved is removed where it stood and added where it stands now, so that rejecting every
    change restores the older order.
    """
    columns = [column for column, _label in question.columns]
    rows = list(question.rows)
    used: set[int] = set()
    position: dict[int, int] = {}
    for k, row in enumerate(rows):
        if row.old is None:
            continue
        found = next((i for i, o in enumerate(old_rows) if o is row.old and i not in used), None)
        if found is None:
            found = next((i for i, o in enumerate(old_rows) if o == row.old and i not in used), len(old_rows) + k)
        position[k] = found
        used.add(found)
    paired = [k for k, row in enumerate(rows) if row.old is not None and row.new is not None]
    kept = {paired[i] for i in _increasing([position[k] for k in paired])}
    deletes = sorted((position[k], k) for k, row in enumerate(rows) if row.old is not None and k not in kept)
    inserts = [k for k, row in enumerate(rows) if row.new is not None and k not in kept]

    def whole(row: dict[str, str], kind: OpKind) -> RowCells:
        return tuple((DiffOp(kind, _cell_text(row, c)),) for c in columns)

    result: list[tuple[str, RowCells]] = []
    for at in [*sorted(kept), None]:
        limit = position[at] if at is not None else None
        while deletes and (limit is None or deletes[0][0] < limit):
            _pos, index = deletes.pop(0)
            result.append(("delete", whole(rows[index].old or {}, "delete")))
        while inserts and (at is None or inserts[0] < at):
            index = inserts.pop(0)
            result.append(("insert", whole(rows[index].new or {}, "insert")))
        if at is not None:
            result.append(("equal", rows[at].cells))
    return result


def _shown(ops: Sequence[DiffOp]) -> str:
    """A cell's diff as the redline shows it (deleted text beside inserted), to size its column by."""
    return "".join(op.text for op in ops)


class _Redline:
    def __init__(self, document: Document, authors: dict[str, Author], fallback: Author, old: AnswerSet):
        self.writer = Writer(document, draft=False)
        self.old = old
        self.styles = self.writer.styles
        self.revisions = Revisions()
        self.authors = authors
        self.fallback = fallback

    def question(self, question: QuestionDiff) -> None:
        author = self.authors.get(question.question_id, self.fallback)
        heading = self.writer.subheading(question.question_text, 2, style="Frågerubrik")
        blocks = [(heading, "equal", self.styles.get("Frågerubrik"))]
        for line in _lines(question):
            text = line.new if line.kind == "insert" else line.old
            bullet = _is_bullet(text)
            style = self.styles.get("List Bullet" if bullet else "Normal")
            paragraph = self.writer.paragraph()
            if line.kind in ("insert", "delete"):
                shown = _content(text) if bullet else text
                self.revisions.add(paragraph, line.kind, shown, author, link_style=self.writer.link_style)
            else:
                ops = word_ops(_content(line.old), _content(line.new)) if bullet else line.ops
                self.revisions.add_ops(paragraph, ops, author, link_style=self.writer.link_style)
            blocks.append((paragraph, "equal" if line.kind == "change" else line.kind, style))
        self.revisions.join_marks(blocks, author)
        if question.rows:
            self.table(question, author)

    def _rows(self, question: QuestionDiff) -> list[tuple[str, RowCells]]:
        answer = self.old.get(question.question_id)
        old_rows = answer.value if answer is not None and isinstance(answer.value, list) else []
        return row_sequence(question, [r for r in old_rows if isinstance(r, dict)])

    def too_wide(self, question: QuestionDiff) -> bool:
        """Whether the question's table needs landscape pages (as the routine's wide contact lists do)."""
        if not question.rows:
            return False
        texts = [[_shown(ops) for ops in cells] for _kind, cells in self._rows(question)]
        return self.writer.too_wide([label for _column, label in question.columns], texts)

    def table(self, question: QuestionDiff, author: Author) -> None:
        labels = [label for _column, label in question.columns]
        sequence = self._rows(question)
        texts = [[_shown(ops) for ops in cells] for _kind, cells in sequence]
        table = self.writer.table(
            labels, [[""] * len(labels) for _ in sequence], measure=texts, caption=question.question_text
        )
        kinds = {kind for kind, _cells in sequence}
        header_kind = "insert" if kinds == {"insert"} else "delete" if kinds == {"delete"} else "equal"
        rows = table.rows
        if header_kind != "equal":
            header = rows[0]
            for cell in header.cells:
                paragraph = cell.paragraphs[0]
                text = "".join(t.text or "" for t in paragraph._p.iter(qn("w:t")))
                for child in list(paragraph._p):
                    if child.tag != qn("w:pPr"):
                        paragraph._p.remove(child)
                self.revisions.add(paragraph, header_kind, text, author, bold=True)
            self.revisions.mark_row(header, header_kind, author)
        for row, (kind, cells) in zip(rows[1:], sequence, strict=True):
            for index, ops in enumerate(cells):
                self.revisions.add_cell(row, index, kind, ops, author, link_style=self.writer.link_style)
            if kind != "equal":
                self.revisions.mark_row(row, kind, author)


def _header_title(document: Document, old: AnswerSet, new: AnswerSet, old_label: str, new_label: str) -> str:
    """What is compared, on one line of the page header (the full text is the document's title)."""
    compact = compact_title(old, new, old_label, new_label)
    section = document.sections[0]
    width = float(Length(ooxml.text_width(section)).cm)
    style = document.styles["Header"] if "Header" in [s.name for s in document.styles] else None
    font_size = style.font.size if isinstance(style, ParagraphStyle) else None
    size = float(font_size.pt) if font_size is not None else 9.0

    def fits(text: str) -> bool:
        return text_cm(text, size) <= width - 0.5

    tail = compact[compact.rfind(": ") :] if old.area.id == new.area.id else ""
    return shorten_to_width(compact, fits, keep_end=tail)


def _open_template(template: Path | None) -> Document:
    """The workspace's template, or the bundled one when there is none (or it has gone missing)."""
    path = template if template is not None and template.is_file() else paths.routine_template_path()
    try:
        document = docx.Document(io.BytesIO(path.read_bytes()))
    except Exception as exc:
        raise ExportError(f"Word-mallen kunde inte läsas ({exc})", path=path) from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _summary(writer: Writer, comparison: Comparison, old_label: str, new_label: str) -> None:
    writer.paragraph(
        f"Jämförelse mellan {old_label} (äldre) och {new_label} (nyare). Skillnaderna är spårade ändringar: "
        "godkänn alla ändringar för att få den nyare texten, avvisa alla för att få den äldre."
    )
    counts = comparison.counts
    totals = f"{counts.changed} ändrade, {counts.added} tillagda och {counts.removed} borttagna svar."
    writer.paragraph(totals, bold=True)
    rows = [(s.title, str(s.counts.changed), str(s.counts.added), str(s.counts.removed)) for s in comparison.sections]
    writer.table(
        ["Avsnitt", "Ändrade", "Tillagda", "Borttagna"],
        rows,
        caption="Ändringar per avsnitt",
        widths=[writer.text_width_cm - 6.6, 2.2, 2.2, 2.2],
    )


def write_comparison_docx(
    comparison: Comparison,
    *,
    question_set: QuestionSet,
    old: AnswerSet,
    new: AnswerSet,
    output: Path,
    between: Sequence[AnswerSet] = (),
    old_label: str | None = None,
    new_label: str | None = None,
    exported_by: str = "",
    template: Path | None = None,
    only_changed: bool = False,
) -> Path:
    """Write the comparison of ``old`` with ``new`` to ``output`` (atomically) as a .docx with tracked changes.

    ``between`` are the saved versions between the two (of one area), so that each change is attributed
    to the version that made it; ``old_label``/``new_label`` name the sides as the user chose them.
    """
    document = _open_template(template)
    old_label = old_label or side_label(old)
    new_label = new_label or side_label(new)
    title = f"Jämförelse: {old_label} → {new_label}"
    values = {
        "titel": _header_title(document, old, new, old_label, new_label),
        "område": "",
        "version": "Jämförelse",
        "status": "Spårade ändringar",
        "utkast": "",
    }
    fill_header_footer(document, values, draft=False)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    props = document.core_properties
    props.title = title
    props.subject = f"Spårade ändringar i {question_set.title}"
    props.author = props.last_modified_by = exported_by or "Routine Builder"
    props.keywords = "jämförelse, ändringar"
    props.category = "Jämförelse"
    props.comments = (
        f"Skillnaderna mellan {old_label} och {new_label} som spårade ändringar. "
        f"Skapad med Routine Builder {__version__}."
    )
    props.content_status = "Jämförelse"
    props.language = "sv-SE"
    props.version = ""
    props.revision = 1
    props.created = props.modified = now
    write_app_properties(document)
    ids = [q.question_id for q in comparison.questions() if q.differs]
    redline = _Redline(document, change_authors(ids, old, new, between), author_of(new), old)
    writer = redline.writer
    writer.paragraph(compact_title(old, new, old_label, new_label), "Title")
    _summary(writer, comparison, old_label, new_label)
    for section in comparison.sections:
        questions = [q for q in section.questions if q.differs or not only_changed]
        if not questions:
            continue
        wide = any(redline.too_wide(question) for question in questions)
        writer.turn_pages(WD_ORIENT.LANDSCAPE if wide else WD_ORIENT.PORTRAIT)
        writer.heading(section.title, 1)
        for question in questions:
            redline.question(question)
    who = f" av {exported_by}" if exported_by else ""
    writer.paragraph(f"Jämförelsen skapades {now.astimezone():%Y-%m-%d %H:%M}{who} med Routine Builder.", "Caption")
    writer.finish()
    buffer = io.BytesIO()
    document.save(buffer)
    output = Path(output)
    atomic_write(output, buffer.getvalue())
    return output


__all__ = ["NO_ANSWER", "side_text", "write_comparison_docx"]
