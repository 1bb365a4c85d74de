"""The comparison as one self-contained HTML page: two columns, sections, a summary at the top.

Deletions are ``<del>`` (struck through) and insertions ``<ins>`` (underlined), so the page never relies
on colour alone. Every text is escaped. :func:`side_html` renders one side of one question and is also
used by the app (with a different ``mark``).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from routine_builder.domain.compare import Comparison, QuestionDiff, Status
from routine_builder.domain.question_set import QuestionSet
from routine_builder.domain.word_diff import DiffOp, LineDiff
from routine_builder.storage import atomic_write

Mark = Callable[[str, str], str]  # (kind "insert" | "delete", escaped text) -> html

STATUS_LABELS = {
    Status.UNCHANGED: "Oförändrad",
    Status.CHANGED: "Ändrad",
    Status.ADDED: "Tillagd",
    Status.REMOVED: "Borttagen",
}
_ROW_SYMBOLS = {"added": ("+", "Tillagd rad"), "removed": ("−", "Borttagen rad"), "changed": ("~", "Ändrad rad")}

_CSS = """
body{font-family:"Segoe UI",Arial,sans-serif;margin:2em auto;max-width:75em;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6em} h2{margin-top:1.6em;border-bottom:2px solid #1f4e79;color:#1f4e79}
table.compare{border-collapse:collapse;width:100%;table-layout:fixed}
table.compare th,table.compare td{border:1px solid #c8c8c8;padding:.4em .6em;vertical-align:top}
table.compare thead th{background:#1f4e79;color:#fff;text-align:left}
td.question{background:#f3f6f9;font-weight:600}
.status{font-weight:400;font-size:.85em;margin-left:.6em;padding:0 .4em;border:1px solid #777;border-radius:3px}
del{background:#ffd7d5;color:#6b0000;text-decoration:line-through}
ins{background:#d3f5d3;color:#064006;text-decoration:underline}
.empty{color:#666;font-style:italic} .line{margin:0 0 .2em}
table.rows{border-collapse:collapse;width:100%} table.rows td,table.rows th{border:1px solid #ddd;padding:.15em .3em}
table.summary{border-collapse:collapse} table.summary td,table.summary th{border:1px solid #c8c8c8;padding:.2em .6em}
@media print{del,ins{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""


def html_mark(kind: str, text: str) -> str:
    """Standard HTML for an insertion or deletion."""
    tag = "del" if kind == "delete" else "ins"
    return f"<{tag}>{text}</{tag}>"


def _ops_html(ops: tuple[DiffOp, ...], side: str, mark: Mark) -> str:
    own = "delete" if side == "old" else "insert"
    parts: list[str] = []
    for op in ops:
        text = html.escape(op.text.replace("\r", "").replace("\n", ""))
        if op.kind == "equal" or (op.kind == own and not op.text.strip()):
            parts.append(text)
        elif op.kind == own and text:
            body = text.strip()
            start = text.index(body)
            parts.append(text[:start] + mark(op.kind, body) + text[start + len(body) :])
    return "".join(parts)


def _lines_html(lines: tuple[LineDiff, ...], side: str, mark: Mark, label: str = "") -> list[str]:
    blocks: list[str] = []
    for line in lines:
        if not (line.old if side == "old" else line.new).strip():
            continue
        body = _ops_html(line.ops, side, mark)
        if label and not blocks:
            body = f"<b>{html.escape(label)}:</b> {body}"
        blocks.append(f'<div class="line">{body}</div>')
    return blocks


def _rows_html(question: QuestionDiff, side: str, mark: Mark) -> str:
    own = "removed" if side == "old" else "added"
    head = "".join(f"<th>{html.escape(label)}</th>" for _id, label in question.columns)
    body: list[str] = []
    for row in question.rows:
        if (row.old if side == "old" else row.new) is None:
            continue
        symbol, title = _ROW_SYMBOLS.get(row.kind, ("", "")) if row.kind in (own, "changed") else ("", "")
        cells = []
        change = "delete" if side == "old" else "insert"
        for ops in row.cells:
            if row.kind == own:
                text = html.escape("".join(op.text for op in ops if op.kind in ("equal", change)))
                cells.append(f"<td>{mark(change, text) if text else ''}</td>")
            else:
                cells.append(f"<td>{_ops_html(ops, side, mark)}</td>")
        body.append(f'<tr><td title="{title}">{symbol}</td>{"".join(cells)}</tr>')
    if not body:
        return ""
    return f'<table class="rows"><tr><th></th>{head}</tr>{"".join(body)}</table>'


#: The words around an answer; a translated UI passes its own (the exported page stays Swedish).
SIDE_WORDS = {"comment": "Kommentar", "reason": "Motivering", "empty": "Inget svar"}


def side_html(question: QuestionDiff, side: str, *, mark: Mark = html_mark, words: dict[str, str] | None = None) -> str:
    """One side ("old" or "new") of one question as HTML: the answer, its rows and its comment."""
    words = words or SIDE_WORDS
    not_applicable = question.old_not_applicable if side == "old" else question.new_not_applicable
    blocks = [] if question.rows and not not_applicable else _lines_html(question.lines, side, mark)
    if question.rows:
        blocks.append(_rows_html(question, side, mark))
    label = words["reason"] if not_applicable else words["comment"]
    blocks += _lines_html(question.comment_lines, side, mark, label)
    blocks = [b for b in blocks if b]
    return "".join(blocks) if blocks else f'<div class="empty">{html.escape(words["empty"])}</div>'


def summary_rows(comparison: Comparison) -> list[tuple[str, int, int, int]]:
    """(section title, changed, added, removed) per section, then the total."""
    rows = [(s.title, s.counts.changed, s.counts.added, s.counts.removed) for s in comparison.sections]
    total = comparison.counts
    return [*rows, ("Totalt", total.changed, total.added, total.removed)]


def comparison_html(
    comparison: Comparison, *, question_set: QuestionSet, old_label: str, new_label: str, only_changed: bool = False
) -> str:
    """The whole page as a string."""
    esc = html.escape
    title = f"Jämförelse: {old_label} → {new_label}"
    summary = "".join(
        f"<tr><td>{esc(name)}</td><td>{c}</td><td>{a}</td><td>{r}</td></tr>"
        for name, c, a, r in summary_rows(comparison)
    )
    parts = [
        f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>{esc(title)}</title>',
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1><p>{esc(question_set.title)}</p>",
        '<section aria-label="Sammanfattning"><table class="summary"><tr><th>Avsnitt</th><th>Ändrade</th>'
        f"<th>Tillagda</th><th>Borttagna</th></tr>{summary}</table>",
        "<p>Borttagen text är <del>överstruken</del>, tillagd text <ins>understruken</ins>.</p></section>",
    ]
    for section in comparison.sections:
        questions = [q for q in section.questions if q.differs or not only_changed]
        if not questions:
            continue
        parts.append(f"<h2>{esc(section.title)}</h2>")
        parts.append(
            f'<table class="compare"><thead><tr><th scope="col">{esc(old_label)}</th>'
            f'<th scope="col">{esc(new_label)}</th></tr></thead><tbody>'
        )
        for question in questions:
            status = f'<span class="status">{STATUS_LABELS[question.status]}</span>'
            parts.append(
                f'<tr><td class="question" colspan="2" id="{esc(question.question_id)}">'
                f"{esc(question.question_text)}{status}</td></tr>"
            )
            parts.append(f"<tr><td>{side_html(question, 'old')}</td><td>{side_html(question, 'new')}</td></tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>\n")
    return "".join(parts)


def write_comparison_html(
    comparison: Comparison,
    *,
    question_set: QuestionSet,
    old_label: str,
    new_label: str,
    output: Path,
    only_changed: bool = False,
) -> Path:
    """Write the comparison page to ``output`` (atomically, UTF-8); returns ``output``."""
    text = comparison_html(
        comparison, question_set=question_set, old_label=old_label, new_label=new_label, only_changed=only_changed
    )
    output = Path(output)
    atomic_write(output, text)
    return output
