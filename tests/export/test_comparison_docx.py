"""The Word comparison: real tracked changes; accept all gives the newer answers, reject all the older."""

from __future__ import annotations

import copy
import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from routine_builder.domain import Answer, AnswerSet, QuestionSet
from routine_builder.domain.compare import QuestionDiff, compare
from routine_builder.export.comparison_docx import write_comparison_docx
from tests.helpers.builders import empty_answer_set, small_question_set
from tests.helpers.compare_fixtures import sample_pair

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
DATE = dt.datetime(2026, 11, 22, 10, 15, tzinfo=dt.UTC)


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _write(tmp_path: Path, qs: QuestionSet, old: AnswerSet, new: AnswerSet, name: str = "jämförelse.docx") -> Path:
    return write_comparison_docx(
        compare(qs, old, new), question_set=qs, old_label="Version 1", new_label="Utkastet",
        output=tmp_path / name, author="Granskare Test", date=DATE,
    )  # fmt: skip


def _parts(path: Path) -> tuple[etree._Element, dict[str, str]]:
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
        styles = etree.fromstring(archive.read("word/styles.xml"))
    names = {s.get(_w("styleId")): s.find("w:name", NS).get(_w("val")) for s in styles.iterfind("w:style", NS)}
    return body, names


def _resolve(body: etree._Element, *, accept: bool) -> etree._Element:
    """Accept (or reject) every tracked change, as Word does."""
    tree = copy.deepcopy(body)
    drop, keep = ("del", "ins") if accept else ("ins", "del")
    for mark in tree.iter(_w(drop)):
        parent = mark.getparent()
        if parent.tag == _w("rPr") and parent.getparent().tag == _w("pPr"):
            paragraph = parent.getparent().getparent()
            content = [r for r in paragraph.iter(_w("t"))] if accept else []
            assert not "".join(t.text or "" for t in content if t.getparent().getparent().tag != _w(drop))
            paragraph.set("dropped", "1")
        elif parent.tag == _w("trPr"):
            parent.getparent().set("dropped", "1")
    for element in [e for e in tree.iter() if e.get("dropped") or e.tag == _w(drop)]:
        if element.getparent() is not None:
            element.getparent().remove(element)
    for wrapper in list(tree.iter(_w(keep))):
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
    return " ".join(re.sub(r"^[-•]\s+(?=\S)", "", text.strip()).split())


def _blocks(tree: etree._Element, names: dict[str, str]) -> dict[str, list[str]]:
    """Question text -> its paragraphs and table rows, after the tracked changes are resolved."""
    blocks: dict[str, list[str]] = {}
    current: list[str] | None = None
    for child in tree.find("w:body", NS):
        if child.tag == _w("p"):
            style_id = child.find("w:pPr/w:pStyle", NS)
            style = names.get(style_id.get(_w("val"))) if style_id is not None else "Normal"
            text = "".join(t.text or "" for t in child.iter(_w("t")))
            if style == "heading 3" or style == "Heading 3":
                current = blocks.setdefault(text, [])
            elif style and style.lower().startswith("heading"):
                current = None
            elif current is not None and text.strip() and not text.startswith("Jämförelsen skapades"):
                current.append(_clean(text))
        elif child.tag == _w("tbl") and current is not None:
            for row in child.iterfind("w:tr", NS):
                cells = ["".join(t.text or "" for t in tc.iter(_w("t"))) for tc in row.iterfind("w:tc", NS)]
                current.append(" | ".join(_clean(c) for c in cells))
    return blocks


def _expected(question: QuestionDiff, side: str) -> list[str]:
    old = side == "old"
    na = question.old_not_applicable if old else question.new_not_applicable
    text, comment = (question.old_text, question.old_comment) if old else (question.new_text, question.new_comment)
    rows = [r.old if old else r.new for r in question.rows]
    rows = [r for r in rows if r]
    lines = [] if rows or (question.rows and not na) else [_clean(x) for x in text.splitlines() if x.strip()]
    if comment.strip():
        label = "Motivering" if na else "Kommentar"
        comment_lines = [x for x in comment.splitlines() if x.strip()]
        comment_lines[0] = f"{label}: {comment_lines[0]}"
        lines += [_clean(x) for x in comment_lines]
    if rows:
        lines.append(" | ".join(label for _id, label in question.columns))
        lines += [" | ".join(_clean(r.get(c, "")) for c, _label in question.columns) for r in rows]
    if not lines and not question.old_text.strip() and not question.new_text.strip() and not question.rows:
        other = question.new_comment if old else question.old_comment
        if not other.strip():
            return ["Inget svar."]
    return lines


def _check(path: Path, qs: QuestionSet, old: AnswerSet, new: AnswerSet) -> None:
    body, names = _parts(path)
    for mark in [*body.iter(_w("ins")), *body.iter(_w("del"))]:
        assert mark.get(_w("author")) == "Granskare Test"
        assert mark.get(_w("date")) == "2026-11-22T10:15:00Z"
        assert mark.get(_w("id"))
    ids = [m.get(_w("id")) for m in [*body.iter(_w("ins")), *body.iter(_w("del"))]]
    assert len(ids) == len(set(ids))
    accepted, rejected = _blocks(_resolve(body, accept=True), names), _blocks(_resolve(body, accept=False), names)
    for question in compare(qs, old, new).questions():
        assert accepted[question.question_text] == _expected(question, "new"), question.question_id
        assert rejected[question.question_text] == _expected(question, "old"), question.question_id


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
    path = write_comparison_docx(
        compare(qs, old, new), question_set=qs, old_label="A", new_label="B", output=tmp_path / "x.docx",
        author="Granskare Test", date=DATE, template=tmp_path / "saknas.docx",
    )  # fmt: skip
    _check(path, qs, old, new)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.slow
def test_libreoffice_converts_the_redline(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is needed to check that the comparison document opens"
    qs = small_question_set(tmp_path)
    old, new = sample_pair(qs)
    path = _write(tmp_path, qs, old, new, "redline.docx")
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(path)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "redline.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 1000
