"""The demo routines read as routines: no questions published, each table once, clean sentences, Word = HTML."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph

from routine_builder.document.blocks import Flowchart, Heading, walk
from routine_builder.document.build import build_routine, workspace_source
from routine_builder.document.html import page
from routine_builder.domain import Workspace
from routine_builder.domain.values import is_other_choice

from .conftest import DemoExports

pytestmark = pytest.mark.slow
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_MONTH_DATE = re.compile(
    r"\b\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
    r"november|december) \d{4}\b"
)


def _seen(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u200b", "").split())


def docx_lines(path: Path) -> list[tuple[str, str]]:
    """(kind, text) of the body in reading order: 'p:<style>' for paragraphs, 'cell' for table cells."""
    document = docx.Document(str(path))
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    lines += [("cell", _seen(p.text)) for p in cell.paragraphs if p.text.strip()]
        elif block.text.strip() and not re.fullmatch(r"toc \d", block.style.name.lower()):
            lines.append((f"p:{block.style.name}", _seen(block.text)))
    return lines


class _HtmlText(HTMLParser):
    """The text of an HTML page's blocks (paragraphs, headings, list items, cells), in order."""

    BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "th", "td"})

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self.current: list[str] | None = None
        self.skip = 0  # inside a heading's number or the contents list
        self.nav = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = dict(attrs).get("class") or ""
        if tag == "nav":
            self.nav = True
        if (tag == "span" and "num" in classes) or (self.nav and tag == "ol"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.current = []
        elif tag == "br" and self.current is not None:
            self.current.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav":
            self.nav = False
        if (tag == "span" and self.skip and self.current is not None) or (tag == "ol" and self.nav):
            self.skip -= 1
        elif tag in self.BLOCKS and self.current is not None:
            text = _seen("".join(self.current))
            if text:
                self.lines.append(text)
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.current is not None and not self.skip:
            self.current.append(data)


def html_lines(html: str) -> list[str]:
    parser = _HtmlText()
    parser.feed(html)
    return parser.lines


def _routine(workspace: Workspace, area_id: str, *, draft: bool):
    answers = workspace.load_area(area_id).answer_set
    return build_routine(workspace_source(workspace, answers, draft=draft))


def test_word_and_html_say_the_same_text_in_the_same_order(demo_exports: DemoExports) -> None:
    workspace = demo_exports.workspace
    for area_id, path in [*demo_exports.final.items(), *demo_exports.draft.items()]:
        draft = path.stem.endswith("-utkast")
        routine = _routine(workspace, area_id.removesuffix("-utkast"), draft=draft)
        in_word = [text for _kind, text in docx_lines(path)]
        in_html = html_lines(page(routine.blocks, title="Rutin"))
        assert in_word == in_html, (
            path.name,
            next((i, w, h) for i, (w, h) in enumerate(zip(in_word, in_html, strict=False)) if w != h)
            if in_word != in_html
            else None,
        )


def test_no_question_of_the_set_is_published_as_a_heading_or_a_paragraph(demo_exports: DemoExports) -> None:
    questions = {_seen(q.text) for q in demo_exports.workspace.question_set.questions()}
    for path in demo_exports.final.values():
        published = {text for kind, text in docx_lines(path) if kind.startswith("p:")}
        assert not questions & published, (path.name, questions & published)
        document = docx.Document(str(path))
        assert all(not p.text.rstrip().endswith("?") for p in document.paragraphs if p.style.name == "Mellanrubrik")


def test_the_contact_list_and_the_legal_table_each_appear_once(demo_exports: DemoExports) -> None:
    for path in demo_exports.final.values():
        document = docx.Document(str(path))
        captions = [
            t._tbl.tblPr.find(docx.oxml.ns.qn("w:tblCaption")).get(docx.oxml.ns.qn("w:val")) for t in document.tables
        ]
        assert captions.count("Lagrum") == 1, path.name
        lines = [text for _kind, text in docx_lines(path)]
        appendix = [t for t in lines if re.fullmatch(r"Bilaga \d+\. Kontaktlista", t)]
        assert len(appendix) == 1, path.name
        # A contact route is short in its chapter (no e-mail address) and whole in the list.
        answers = demo_exports.workspace.load_area(path.stem).answer_set
        cells = [(kind, t) for kind, t in docx_lines(path)]
        split = next(i for i, (_k, t) in enumerate(cells) if t == appendix[0])
        before = {t for kind, t in cells[:split] if kind == "cell"}
        after = {t for kind, t in cells[split:] if kind == "cell"}
        for question in demo_exports.workspace.question_set.questions():
            answer = answers.get(question.id)
            if question.routine.contact_list and answer is not None and isinstance(answer.value, list):
                for row in answer.value:
                    if row.get("e_post") and question.id != "grund-nyckelgrupp":
                        assert _seen(row["e_post"]) in after, (path.name, row["e_post"])
                        routes_only = question.id in ("kontakt-mottagning", "kontakt-socialjour")
                        assert not routes_only or _seen(row["e_post"]) not in before, (path.name, row["e_post"])


def test_attachments_are_numbered_and_each_included_or_said_where_it_is_kept(demo_exports: DemoExports) -> None:
    for path in demo_exports.final.values():
        lines = docx_lines(path)
        texts = [t for _k, t in lines]
        start = texts.index("Var den finns")
        listed = []
        for index in range(start + 1, len(texts) - 2, 3):
            if not re.fullmatch(r"Bilaga \d+", texts[index]):
                break
            listed.append((texts[index], texts[index + 1], texts[index + 2]))
        assert [number for number, _t, _w in listed] == [f"Bilaga {n}" for n in range(1, len(listed) + 1)]
        for number, title, where in listed:
            if where == "I det här dokumentet.":
                assert f"{number}. {title}" in texts, (path.name, number)
            else:
                assert where and "[Svar saknas" not in where, (path.name, number, where)


def test_clean_sentences_one_date_format_and_no_not_applicable(demo_exports: DemoExports) -> None:
    question_set = demo_exports.workspace.question_set
    others = {c.label for q in question_set.questions() for c in q.choices if is_other_choice(c.id)}
    for path in demo_exports.final.values():
        lines = docx_lines(path)
        paragraphs = [t for kind, t in lines if kind.startswith("p:")]
        cells = [t for kind, t in lines if kind == "cell"]
        for text in paragraphs:
            assert not _ISO.search(text), (path.name, text)  # running text: "den 10 mars 2020"
            assert not re.search(r"\b(Ja|Nej)[.,] (Ja|Nej)\b", text), (path.name, text)  # no stutter
            assert "Ej aktuellt" not in text, (path.name, text)
            assert not text.startswith(("Annan:", "Annat:", "Annan verksamhet:", "Annat sätt:")), (path.name, text)
            assert text not in others, (path.name, text)  # no bare "Annan verksamhet" item
        generated = [c for c in cells if _MONTH_DATE.fullmatch(c)]
        assert not generated, (path.name, generated)  # tables: "2020-03-10"


def test_a_draft_keeps_its_gaps_and_open_questions_phrased_as_the_routine(demo_exports: DemoExports) -> None:
    workspace = demo_exports.workspace
    routine = _routine(workspace, "dalsland", draft=True)
    lines = [t for _k, t in docx_lines(demo_exports.draft["dalsland"])]
    gaps = [t for t in lines if t.startswith("[Svar saknas: ")]
    assert len(gaps) == len(routine.missing) == 26
    opened = lines.index("Öppna frågor")
    first_attachment = next(i for i, t in enumerate(lines) if re.fullmatch(r"Bilaga 1\. .+", t))
    assert opened < first_attachment  # before the attachments, which may end on landscape pages
    assert "Svar saknas på 26 obligatoriska frågor." in lines[opened + 1]
    assert "Vid och efter födseln: anmälan, BB/neonatal och BVC" in lines[opened:]  # grouped by the routine's chapters
    for question in routine.missing:  # each after the statement heading its gap stands under, if it has one
        heading = question.routine.heading if question.routine is not None else ""
        item = f"{heading}: {_seen(question.text)}" if heading else _seen(question.text)
        assert item in lines[opened:], item


def _pdf_pages(pdf: Path) -> list[list[str]]:
    """The non-empty lines of each page of a PDF, in layout order."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [[_seen(line) for line in page.splitlines() if line.strip()] for page in text.split("\f") if page.strip()]


def test_the_pdf_has_no_stray_pages_and_each_attachment_starts_a_page(demo_exports: DemoExports) -> None:
    pages = _pdf_pages(demo_exports.pdf)
    routine = _routine(demo_exports.workspace, demo_exports.pdf.stem, draft=False)
    attachments = [b.text for b in walk(routine.blocks) if isinstance(b, Heading) and b.kind == "appendix"]
    assert len(attachments) >= 3
    contents_page = next(i for i, lines in enumerate(pages) if "Innehåll" in lines[:3])
    starts = {}
    for title in attachments:
        where = [i for i, lines in enumerate(pages) if i > contents_page and any(title in line for line in lines)]
        assert len(where) == 1, (title, where)
        starts[title] = where[0]
        assert title in pages[where[0]][1], (title, pages[where[0]][:3])  # right under the running header
    chart = next(b for b in walk(routine.blocks) if isinstance(b, Flowchart))
    chart_page = starts[next(t for t in attachments if "Flödesschema" in t)]
    birth = " ".join(chart.birth.split()[:4])
    assert any(birth in line for line in pages[chart_page]), "the flow chart ends on the page it starts on"
    for number, lines in enumerate(pages[:-1], 1):  # header, footer and a few lines are not a page's worth
        assert len(lines) >= 10, (number, lines)


def test_no_routine_ends_with_a_page_that_holds_only_its_last_line(demo_exports: DemoExports) -> None:
    for area_id, pdf in demo_exports.pdfs.items():
        pages = _pdf_pages(pdf)
        assert len(pages[-1]) >= 6, (area_id, pages[-1])  # more than header, footer and one closing line


def _keeps_with_next(paragraph: DocxParagraph) -> bool:
    """Whether a paragraph keeps with the next one, set on it or on its style (or a style it is based on)."""
    if paragraph.paragraph_format.keep_with_next is not None:
        return bool(paragraph.paragraph_format.keep_with_next)
    style = paragraph.style
    while style is not None:
        if style.paragraph_format.keep_with_next is not None:
            return bool(style.paragraph_format.keep_with_next)
        style = style.base_style
    return False


def test_no_page_ends_with_a_heading_or_lead_parted_from_what_follows(demo_exports: DemoExports) -> None:
    """A heading or a lead ("Det gäller:") kept with the next paragraph never stands alone at a page's foot.

    Word keeps them together; LibreOffice, which lays out the PDF, can lose the keep when a long table
    further on makes it lay the pages out again.
    """
    for area_id, pdf in demo_exports.pdfs.items():
        document = docx.Document(str(demo_exports.final[area_id]))
        kept = {" ".join(p.text.split()) for p in document.paragraphs if p.text.strip() and _keeps_with_next(p)}
        for number, lines in enumerate(_pdf_pages(pdf)[:-1], 1):
            last = re.sub(r"^\d+(\.\d+)*\s+", "", " ".join(lines[-2].split()))  # above the footer; no number
            assert last not in kept, (area_id, number, last)


def test_a_short_table_stays_on_one_page_and_a_long_one_leaves_no_lone_row(demo_exports: DemoExports) -> None:
    document = docx.Document(str(demo_exports.final["boras"]))
    short = long = 0
    tables = document.tables
    for number, table in enumerate(tables, 1):
        rows = table.rows
        kept = [all(p.paragraph_format.keep_with_next for c in r.cells for p in c.paragraphs[:1]) for r in rows]
        closing = number == len(tables)  # the document's closing line goes to the page of its last row
        if len(rows) - 1 <= 8:
            short += 1
            assert all(kept[:-1]) and kept[-1] == closing, [c.text for c in rows[0].cells]
        else:
            long += 1
            assert kept[:2] == [True, True] and not any(kept[2:-1]), [c.text for c in rows[0].cells]  # two at least
            assert kept[-1] == closing
    assert short > 5 and long >= 1
