"""The Word comparison: real tracked changes; accept all gives the newer answers, reject all the older."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from routine_builder.domain import Answer, AnswerSet, QuestionSet, Workspace, load_version
from routine_builder.domain.compare import QuestionDiff, compare
from routine_builder.export.comparison_docx import write_comparison_docx
from routine_builder.export.office import find_soffice, find_uno_python
from tests.helpers.builders import empty_answer_set, small_question_set
from tests.helpers.compare_fixtures import sample_pair
from tests.helpers.document_checks import libreoffice_convert

from .conftest import DemoRedline

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
DATE = dt.datetime(2026, 11, 22, 10, 15, tzinfo=dt.UTC)


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _dated(answers: AnswerSet, who: str, when: dt.datetime) -> AnswerSet:
    return replace(answers, updated_by=who, updated_at=when)


def _write(tmp_path: Path, qs: QuestionSet, old: AnswerSet, new: AnswerSet, name: str = "jämförelse.docx") -> Path:
    new = _dated(new, "Granskare Test", DATE)
    return write_comparison_docx(
        compare(qs, old, new),
        question_set=qs,
        old=old,
        new=new,
        output=tmp_path / name,
        old_label="Version 1",
        new_label="Utkastet",
        exported_by="Exportör",
    )


def _parts(path: Path) -> tuple[etree._Element, dict[str, str]]:
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
        styles = etree.fromstring(archive.read("word/styles.xml"))
    names = {s.get(_w("styleId")): s.find("w:name", NS).get(_w("val")) for s in styles.iterfind("w:style", NS)}
    return body, names


def _mark_of(paragraph: etree._Element, tag: str) -> bool:
    return paragraph.find(f"w:pPr/w:rPr/w:{tag}", NS) is not None


def _resolve(body: etree._Element, *, accept: bool) -> etree._Element:
    """Accept (or reject) every tracked change as OOXML defines it: marks, rows and paragraph properties."""
    tree = copy.deepcopy(body)
    drop, keep = ("del", "ins") if accept else ("ins", "del")
    for row in list(tree.iter(_w("tr"))):
        if row.find(f"w:trPr/w:{drop}", NS) is not None:
            row.getparent().remove(row)
    for change in list(tree.iter(_w("pPrChange"))):
        ppr = change.getparent()
        if not accept:
            for old in ppr.findall("w:pStyle", NS):
                ppr.remove(old)
            older = change.find("w:pPr/w:pStyle", NS)
            if older is not None:
                ppr.insert(0, copy.deepcopy(older))
        ppr.remove(change)
    container = tree.find("w:body", NS)
    pending: list[etree._Element] = []
    for child in list(container):
        if child.tag != _w("p"):
            assert not pending, "a paragraph joined across a table"
            continue
        content = [c for c in child if c.tag != _w("pPr")]
        if _mark_of(child, drop):
            pending += content
            container.remove(child)
            continue
        ppr = child.find("w:pPr", NS)
        index = 0 if ppr is None else 1
        for element in reversed(pending):
            child.insert(index, element)
        pending = []
    assert not pending
    for wrapper in list(tree.iter(_w(drop))):
        if wrapper.getparent() is not None and wrapper.getparent().tag not in (_w("rPr"), _w("trPr")):
            wrapper.getparent().remove(wrapper)
    for wrapper in list(tree.iter(_w(keep), _w(drop))):
        parent = wrapper.getparent()
        if parent.tag in (_w("rPr"), _w("trPr")):
            parent.remove(wrapper)
            continue
        index = parent.index(wrapper)
        for child in reversed(list(wrapper)):
            parent.insert(index, child)
        parent.remove(wrapper)
    for deleted in list(tree.iter(_w("delText"))):
        deleted.tag = _w("t")
    return tree


def _clean(text: str) -> str:
    return " ".join(re.sub(r"^[-•]\s+(?=\S)", "", text.strip()).replace("\u200b", "").split())


def _style(paragraph: etree._Element, names: dict[str, str]) -> str:
    style_id = paragraph.find("w:pPr/w:pStyle", NS)
    return names.get(style_id.get(_w("val")), "") if style_id is not None else "Normal"


def _blocks(tree: etree._Element, names: dict[str, str]) -> dict[str, list[str]]:
    """Question text -> its paragraphs and table rows, after the tracked changes are resolved."""
    blocks: dict[str, list[str]] = {}
    current: list[str] | None = None
    for child in tree.find("w:body", NS):
        if child.tag == _w("p"):
            style = _style(child, names)
            text = "".join(t.text or "" for t in child.iter(_w("t")))
            if style == "Frågerubrik":
                current = blocks.setdefault(text, [])
            elif style.lower().startswith("heading") or style.lower() == "caption":
                current = None
            elif current is not None and text.strip():
                current.append(" ".join(text.split()))  # a list item's bullet is its style, not its text
        elif child.tag == _w("tbl") and current is not None:
            for row in child.iterfind("w:tr", NS):
                cells = [
                    "".join(t.text or "" for t in tc.iter(_w("t"))).replace("\u200b", "")
                    for tc in row.iterfind("w:tc", NS)
                ]
                current.append(" | ".join(_clean(c) for c in cells))
    return blocks


def _side_rows(answers: AnswerSet, question: QuestionDiff) -> list[dict[str, str]]:
    """The rows of one side in that side's own order (as its file lists them), empty rows left out."""
    answer = answers.get(question.question_id)
    if answer is None or answer.not_applicable or not isinstance(answer.value, list):
        return []
    columns = [c for c, _label in question.columns]
    return [r for r in answer.value if isinstance(r, dict) and any(str(r.get(c) or "").strip() for c in columns)]


def _expected(question: QuestionDiff, side: str, answers: AnswerSet) -> list[str]:
    old = side == "old"
    na = question.old_not_applicable if old else question.new_not_applicable
    text, comment = (question.old_text, question.old_comment) if old else (question.new_text, question.new_comment)
    rows = _side_rows(answers, question) if question.rows else []
    lines = [] if rows or (question.rows and not na) else [_clean(x) for x in text.splitlines() if x.strip()]
    if comment.strip():
        label = "Motivering" if na else "Kommentar"
        comment_lines = [x for x in comment.splitlines() if x.strip()]
        comment_lines[0] = f"{label}: {comment_lines[0]}"
        lines += [_clean(x) for x in comment_lines]
    lines = [line for line in lines if line]
    if rows:
        lines.append(" | ".join(label for _id, label in question.columns))
        lines += [" | ".join(_clean(r.get(c, "")) for c, _label in question.columns) for r in rows]
    return lines or ["Inget svar."]


def _check(path: Path, qs: QuestionSet, old: AnswerSet, new: AnswerSet) -> None:
    body, names = _parts(path)
    marks = [*body.iter(_w("ins")), *body.iter(_w("del")), *body.iter(_w("pPrChange"))]
    for mark in marks:
        assert mark.get(_w("author")) == "Granskare Test"  # the newer side made every change
        assert mark.get(_w("date")) == "2026-11-22T10:15:00Z"
        assert mark.get(_w("id"))
    ids = [m.get(_w("id")) for m in marks]
    assert len(ids) == len(set(ids))
    accepted, rejected = _blocks(_resolve(body, accept=True), names), _blocks(_resolve(body, accept=False), names)
    for question in compare(qs, old, new).questions():
        assert accepted[question.question_text] == _expected(question, "new", new), question.question_id
        assert rejected[question.question_text] == _expected(question, "old", old), question.question_id


def test_prepared_pair_has_tracked_changes(tmp_path: Path) -> None:
    qs = small_question_set(tmp_path)
    old, new = sample_pair(qs)
    path = _write(tmp_path, qs, old, new)
    body, _names = _parts(path)
    assert len(list(body.iter(_w("ins")))) > 5
    assert body.find(".//w:del/w:r/w:delText", NS) is not None
    assert body.find(".//w:pPr/w:rPr/w:ins", NS) is not None  # a whole inserted paragraph
    assert body.find(".//w:trPr/w:del", NS) is not None  # a removed contact row
    _check(path, qs, old, new)


_WORDS = st.sampled_from(["Barnmorskan", "ringer", "soc.", "och", "BMM", "<&>", "möte,", "”citat”", "😀", "- ", "\t"])
_TEXT = st.lists(st.tuples(_WORDS, st.sampled_from([" ", "\n", "  ", "\n\n"])), max_size=14).map(
    lambda parts: "".join(w + s for w, s in parts)
)
_ROW = st.fixed_dictionaries(
    {"namn": st.sampled_from(["Anna", "Karl Ek", "Sara"]), "telefon": st.sampled_from(["1", "2 3", ""])}
)


@st.composite
def _answers(draw: st.DrawFn, qs: QuestionSet) -> AnswerSet:
    answers = empty_answer_set(qs)
    values = {
        "kort": draw(st.none() | _TEXT.map(Answer)),
        "lang": draw(st.none() | _TEXT.map(Answer) | st.just(Answer.na("Gäller inte"))),
        "val": draw(st.none() | st.builds(Answer, st.sampled_from(["ett", "tva"]), comment=_TEXT)),
        "flera": draw(st.none() | st.lists(st.sampled_from(["a", "b"]), unique=True).map(Answer)),
        "janej": draw(st.none() | st.booleans().map(Answer)),
        "kontakter": draw(st.none() | st.lists(_ROW, max_size=4).map(Answer) | st.just(Answer.na("Nej"))),
        "lista": draw(st.none() | st.lists(_TEXT.filter(lambda t: "\n" not in t), max_size=3).map(Answer)),
    }
    for qid, answer in values.items():
        answers = answers.with_answer(qid, answer)
    return answers


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_accept_all_gives_newer_and_reject_all_older(tmp_path: Path, data: st.DataObject) -> None:
    qs = small_question_set(tmp_path)
    old, new = data.draw(_answers(qs)), data.draw(_answers(qs))
    _check(_write(tmp_path, qs, old, new), qs, old, new)


def test_falls_back_without_template(tmp_path: Path) -> None:
    qs = small_question_set(tmp_path)
    old, new = sample_pair(qs)
    new = _dated(new, "Granskare Test", DATE)
    path = write_comparison_docx(
        compare(qs, old, new),
        question_set=qs,
        old=old,
        new=new,
        output=tmp_path / "x.docx",
        template=tmp_path / "saknas.docx",
    )
    _check(path, qs, old, new)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.slow
def test_libreoffice_converts_the_redline(tmp_path: Path) -> None:
    qs = small_question_set(tmp_path)
    old, new = sample_pair(qs)
    path = _write(tmp_path, qs, old, new, "redline.docx")
    libreoffice_convert(path, "pdf", tmp_path, tmp_path / "lo-profile", timeout=180)
    pdf = tmp_path / "redline.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 1000


def _libreoffice_blocks(paths: list[Path], tmp_path: Path) -> dict[Path, dict[str, list[list[str]]]]:
    """Each document as LibreOffice reads it, with every change accepted and with every change rejected."""
    soffice = find_soffice()
    assert soffice is not None, "LibreOffice (soffice) is needed to accept and reject the changes"
    python = find_uno_python(soffice)
    assert python is not None, "LibreOffice's Python bridge (python3-uno) is needed"
    urls = [p.resolve().as_uri() for p in paths]
    profile = (tmp_path / "lo-profil").as_uri()
    script = Path(__file__).with_name("uno_resolve.py")
    done = subprocess.run(
        [python, str(script), soffice, profile, *urls], capture_output=True, text=True, timeout=300, check=True
    )
    result = json.loads(done.stdout)
    return {path: result[url] for path, url in zip(paths, urls, strict=True)}


def _answers_part(blocks: list[list[str]]) -> list[tuple[str, ...]]:
    """From the first chapter on, without the closing note; whitespace folded, as the reader sees it."""
    start = next(i for i, block in enumerate(blocks) if block[0] == "p" and block[1] == "Heading 1")
    kept = [b for b in blocks[start:] if not (b[0] == "p" and b[1].lower() in ("caption", "beskrivning"))]
    return [tuple(" ".join(part.split()) for part in block) for block in kept if block[-1].strip() or block[0] == "row"]


def _list_item_pair(qs: QuestionSet) -> tuple[AnswerSet, AnswerSet]:
    """List items added before the next question (and chapter), and an answer removed altogether."""
    old = empty_answer_set(qs).with_answer("lang", Answer("Stödet ges tidigt.")).with_answer("kort", Answer("Ja"))
    new = empty_answer_set(qs).with_answer("lang", Answer("Stödet ges tidigt.\n- samtal med BMM\n- SIP vid behov"))
    new = new.with_answer("lista", Answer(["Ett", "Två"]))
    return old, new


def _triple(tmp_path: Path, qs: QuestionSet, old: AnswerSet, new: AnswerSet, name: str) -> tuple[Path, Path, Path]:
    """The redline of ``old`` → ``new`` and each side compared with itself (no changes: the side as it reads)."""
    pairs = (("redline", old, new), ("old", old, old), ("new", new, new))
    return tuple(
        write_comparison_docx(compare(qs, a, b), question_set=qs, old=a, new=b, output=tmp_path / f"{name}-{k}.docx")
        for k, a, b in pairs
    )  # type: ignore[return-value]


@pytest.mark.slow
def test_libreoffice_accepts_and_rejects_exactly(tmp_path: Path, demo_redline: DemoRedline) -> None:
    """Accept all gives the newer side and reject all the older, as LibreOffice reads them, list items included."""
    qs = small_question_set(tmp_path)
    cases = [sample_pair(qs), _list_item_pair(qs), tuple(reversed(_list_item_pair(qs)))]
    documents = [_triple(tmp_path, qs, old, new, f"fall{index}") for index, (old, new) in enumerate(cases)]
    workspace = Workspace.open(demo_redline.path.parent / "ws")
    demo_qs = workspace.question_set
    documents.append(_triple(tmp_path, demo_qs, demo_redline.old, demo_redline.new, "boras"))
    simba = [load_version(workspace, "simba", number).answer_set for number in (1, 3)]  # links, changed numbers
    documents.append(_triple(tmp_path, demo_qs, *simba, "simba"))
    read = _libreoffice_blocks([p for triple in documents for p in triple], tmp_path)
    for redline, old_alone, new_alone in documents:
        assert _answers_part(read[redline]["accept"]) == _answers_part(read[new_alone]["shown"]), redline.name
        assert _answers_part(read[redline]["reject"]) == _answers_part(read[old_alone]["shown"]), redline.name
        assert _answers_part(read[old_alone]["accept"]) == _answers_part(read[old_alone]["shown"])


def test_each_change_carries_the_version_that_made_it(demo_redline: DemoRedline) -> None:
    body, _names = _parts(demo_redline.path)
    stamps = {(m.get(_w("author")), m.get(_w("date"))) for m in [*body.iter(_w("ins")), *body.iter(_w("del"))]}
    versions = {(v.version.saved_by, v.version.saved_at) for v in demo_redline.between}
    assert len(demo_redline.between) == 2 and len(stamps) >= 2  # not one shared author and moment
    assert "root" not in {author for author, _date in stamps}
    expected = {(by, at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")) for by, at in versions}
    draft = demo_redline.new
    expected.add((draft.updated_by, draft.updated_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")))
    assert stamps <= expected and stamps & expected


def test_properties_and_header_describe_the_comparison(demo_redline: DemoRedline) -> None:
    document = docx.Document(str(demo_redline.path))
    props = document.core_properties
    assert props.title == "Jämförelse: Borås, version 1 (2 oktober 2025) → Borås, utkast (3 september 2026)"
    assert "Mall" not in (props.subject or "") and "mall" not in (props.comments or "").lower()
    assert props.created.year == dt.date.today().year and props.created.date() != dt.date(2026, 1, 1)
    assert "Borås, version 1" in props.comments and props.author == "Granskare"
    header = [p.text.strip() for p in document.sections[0].header.paragraphs if p.text.strip()]
    assert header == ["Jämförelse: Borås: version 1 (2 oktober 2025) → utkast (3 september 2026)"]  # area once
    assert len(header[0]) <= 100


@pytest.mark.slow
def test_chapter_numbers_do_not_show_as_changed(demo_redline: DemoRedline) -> None:
    text = subprocess.run(
        ["pdftotext", "-layout", str(demo_redline.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    chapters = re.findall(r"^\s*(\S+)\s{2,}(Grunduppgifter|Syfte|Kontaktvägar|Bilagor)", text, re.MULTILINE)
    assert chapters and all(number.isdigit() for number, _title in chapters), chapters  # never "3[2]"


def _exact_lines(path: Path, question_text: str, *, accept: bool) -> list[str]:
    """The answer's paragraphs as Word shows them once every change is accepted (or rejected), spaces kept."""
    body, names = _parts(path)
    blocks: dict[str, list[str]] = {}
    lines: list[str] = []
    for child in _resolve(body, accept=accept).find("w:body", NS).iterfind("w:p", NS):
        text = "".join(
            "\t" if e.tag == _w("tab") else e.text or ""
            for e in child.iter(_w("t"), _w("tab"))
            if e.getparent().tag == _w("r")
        )
        if _style(child, names) == "Frågerubrik":
            lines = blocks.setdefault(text, [])
        elif text.strip():
            lines.append(text)
    return blocks[question_text]


@pytest.mark.parametrize(
    ("old_text", "new_text"),
    [
        ("Barnmorskan \t ringer", "Barnmorskan Barnmorskan ringer"),  # a deleted tab beside an inserted word
        ("soc. och Barnmorskan", "soc.  Barnmorskan"),  # a deleted word replaced by two spaces
        ("soc.  Barnmorskan", "soc. och Barnmorskan"),
    ],
)
def test_whitespace_beside_a_changed_word_is_exact_on_both_sides(tmp_path: Path, old_text: str, new_text: str) -> None:
    qs = small_question_set(tmp_path)
    old = empty_answer_set(qs).with_answer("lang", Answer(old_text))
    new = empty_answer_set(qs).with_answer("lang", Answer(new_text))
    path = _write(tmp_path, qs, old, new)
    question = qs.question("lang").text
    assert _exact_lines(path, question, accept=True) == [new_text]
    assert _exact_lines(path, question, accept=False) == [old_text]
