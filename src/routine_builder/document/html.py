"""The routine's blocks as HTML: a whole page, or a fragment for the app's preview.

The text and its order are those of the Word document: headings with the chapter numbers Word shows,
paragraphs, lists, tables (their title as a label for screen readers, as Word keeps it in the table's
properties), the guideline's boxes with their label, the flow chart's boxes in reading order and the
gaps of a draft. E-mail and web addresses become links, as in Word.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from routine_builder.document.blocks import (
    Block,
    Box,
    Contents,
    Flowchart,
    Gap,
    Heading,
    Landscape,
    ListBlock,
    Paragraph,
    Spans,
    Table,
    walk,
)
from routine_builder.document.text import LINK, cell_display, link_target, normalise

CSS = """
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.35; color: #1a1a1a;
       max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 16pt; color: #1b4f72; margin: 1.4em 0 0.4em; }
h2 { font-size: 13pt; color: #1b4f72; margin: 1.2em 0 0.3em; }
h3, h4 { font-size: 11pt; margin: 1em 0 0.2em; }
.num { margin-right: 0.3em; }
.title { font-size: 24pt; color: #1b4f72; font-weight: bold; margin-top: 2em; }
.subtitle { font-size: 15pt; color: #404040; }
.note { font-style: italic; }
.label { font-weight: bold; margin-top: 1.5em; }
.notice, .gap { background: #fff2a8; color: #7a1f00; font-weight: bold; }
.box { background: #eaf1f8; border-left: 4px solid #1b4f72; padding: 0.3em 0.8em; margin: 0.6em 0; }
.box.advice { background: #fbf3e2; border-left-color: #9a6a00; }
table { border-collapse: collapse; margin: 0.5em 0 0.9em; font-size: 9.5pt; width: 100%; }
th { background: #1b4f72; color: #ffffff; text-align: left; }
th, td { border: 1px solid #9fb3c8; padding: 3px 6px; vertical-align: top; }
td.label { font-weight: bold; }
.flow p { border: 1px solid #1b4f72; padding: 4px 8px; margin: 0.4em 0; text-align: center; }
.flow p.decision { background: #fff2c0; font-weight: bold; }
.flow p.end { font-weight: bold; }
.contents ol { list-style: none; padding-left: 0; }
"""


def spans_html(spans: Spans) -> str:
    """Spans as inline HTML: bold, italic, links to headings, addresses as links, line breaks."""
    parts = []
    for span in spans:
        inner = text_html(span.text)
        if span.anchor:
            inner = f'<a href="#{escape(span.anchor)}">{inner}</a>'
        if span.italic:
            inner = f"<em>{inner}</em>"
        if span.bold:
            inner = f"<strong>{inner}</strong>"
        parts.append(inner)
    return "".join(parts)


def text_html(text: str) -> str:
    """Escaped text with e-mail and web addresses as links and line breaks as ``<br>``."""
    text = normalise(text).replace("\x0c", "\n")
    parts, start = [], 0
    for match in LINK.finditer(text):
        parts.append(escape(text[start : match.start()]))
        address = match.group(0)
        parts.append(f'<a href="{escape(link_target(address))}">{escape(address)}</a>')
        start = match.end()
    parts.append(escape(text[start:]))
    return "".join(parts).replace("\n", "<br>")


def _heading(block: Heading) -> str:
    level = min(block.level, 6)
    attrs = f' id="{escape(block.anchor)}"' if block.anchor else ""
    classes = f' class="{block.kind}"'
    # an en space keeps the number apart where CSS margins are not applied (Qt's rich text)
    number = f'<span class="num">{escape(block.number)}\u2002</span>' if block.number else ""
    return f"<h{level}{attrs}{classes}>{number}{escape(block.text)}</h{level}>"


def _table(block: Table) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in block.header)
    rows = []
    for row in block.rows:
        cells = []
        for index, value in enumerate(row):
            label = ' class="label"' if block.first_column and index == 0 else ""
            cells.append(f"<td{label}>{text_html(cell_display(value))}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f'<table aria-label="{escape(block.caption)}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _list(block: ListBlock) -> str:
    tag = "ol" if block.numbered else "ul"
    return f"<{tag}>" + "".join(f"<li>{spans_html(item)}</li>" for item in block.items) + f"</{tag}>"


def _flowchart(block: Flowchart) -> str:
    parts = [f'<p class="end">{escape(block.common[0])}</p>']
    parts += [f"<p>{escape(text)}</p>" for text in block.common[1:]]
    parts.append(f'<p class="decision">{escape(block.decision)}</p>')
    for label, steps in block.alternatives:
        parts.append(f'<p class="decision">{escape(label)}</p>')
        parts += [f"<p>{number}. {escape(step)}</p>" for number, step in enumerate(steps, 1)]
    parts.append(f'<p class="end">{escape(block.birth)}</p>')
    return f'<div class="flow">{"".join(parts)}</div>'


def block_html(block: Block, contents: Sequence[Heading] = ()) -> str:
    """One block as HTML (``contents``: the headings a :class:`Contents` block lists)."""
    if isinstance(block, Heading):
        return _heading(block)
    if isinstance(block, Paragraph):
        style = "" if block.style == "body" else f' class="{block.style}"'
        return f"<p{style}>{spans_html(block.spans)}</p>"
    if isinstance(block, ListBlock):
        return _list(block)
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Box):
        kind = "box advice" if block.advice else "box"
        label = f'<p class="box-label"><strong>{escape(block.label)}</strong></p>' if block.label else ""
        return f'<div class="{kind}">{label}{"".join(block_html(b) for b in block.content)}</div>'
    if isinstance(block, Gap):
        return f'<p class="gap"><strong>{escape(block.text)}</strong></p>'
    if isinstance(block, Flowchart):
        return _flowchart(block)
    if isinstance(block, Contents):
        items = "".join(
            f'<li><a href="#{escape(h.anchor)}">{escape(" ".join(p for p in (h.number, h.text) if p))}</a></li>'
            for h in contents
        )
        return f'<nav class="contents"><p class="contents-heading">{escape(block.title)}</p><ol>{items}</ol></nav>'
    if isinstance(block, Landscape):
        return "".join(block_html(b) for b in block.blocks)
    raise TypeError(f"unknown block {block!r}")  # pragma: no cover - Block is closed


def contents_headings(blocks: Sequence[Block]) -> list[Heading]:
    """The headings the table of contents lists: chapters, sub-chapters and attachments."""
    return [b for b in walk(list(blocks)) if isinstance(b, Heading) and b.kind != "statement" and b.level <= 2]


def answer_anchor(question_id: str) -> str:
    """The name of the place where the answer to ``question_id`` starts in the HTML."""
    return f"svar-{question_id}"


def fragment(blocks: Sequence[Block]) -> str:
    """The blocks as an HTML fragment (no page around them); each answer starts at its :func:`answer_anchor`."""
    contents = contents_headings(blocks)
    parts, marked = [], set()
    for block in blocks:
        source = getattr(block, "source", "")
        if source and source not in marked:
            marked.add(source)
            name = escape(answer_anchor(source))
            parts.append(f'<a id="{name}" name="{name}"></a>')
        parts.append(block_html(block, contents))
    return "\n".join(parts)


def page(blocks: Sequence[Block], *, title: str, css: str = CSS) -> str:
    """A whole HTML page in Swedish holding the blocks."""
    return (
        '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n{fragment(blocks)}\n</body>\n</html>\n"
    )
