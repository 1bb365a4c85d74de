"""The Word redline: the newer routine with real tracked changes; accept all gives it, reject all the older routine."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from routine_builder.domain import Answer, AnswerSet, Workspace, create_demo_workspace, load_version, missing_required
from routine_builder.domain.compare import compare
from routine_builder.domain.versions import save_version
from routine_builder.export import RoutineExporter
from routine_builder.export.comparison_docx import write_comparison_docx
from routine_builder.export.office import find_soffice, find_uno_python
from routine_builder.export.redline_authors import versions_between

from .conftest import DemoRedline

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


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


def _fold(text: str) -> str:
    return " ".join(text.replace("\u200b", "").split())


def _style(paragraph: etree._Element, names: dict[str, str]) -> str:
    style_id = paragraph.find("w:pPr/w:pStyle", NS)
    return names.get(style_id.get(_w("val")), "") if style_id is not None else "Normal"


def _text(element: etree._Element, *, deleted: bool = False) -> str:
    tags = (_w("t"), _w("delText")) if deleted else (_w("t"),)
    return "".join(t.text or "" for t in element.iter(*tags))


def _body_lines(tree: etree._Element, names: dict[str, str], *, exact: bool = False) -> list[str]:
    """The text from the first chapter on: a line per paragraph and per table row (the closing note left out)."""
    lines: list[str] = []
    started = False
    for child in tree.find("w:body", NS):
        if child.tag == _w("p"):
            started = started or _style(child, names).lower() == "heading 1"
            text = _text(child)
            if started and text.strip() and not text.startswith("Jämförelsen skapades"):
                lines.append(text if exact else _fold(text))
        elif child.tag == _w("tbl") and started:
            for row in child.iterfind("w:tr", NS):
                lines.append(" | ".join(_fold(_text(tc)) for tc in row.iterfind("w:tc", NS)))
    return lines


def _heading_texts(path: Path, *, accept: bool = True) -> list[str]:
    """The chapters (Heading 1) of a document, with every tracked change accepted (or rejected)."""
    body, names = _parts(path)
    tree = _resolve(body, accept=accept)
    return [_text(p) for p in tree.iter(_w("p")) if _style(p, names).lower() == "heading 1"]


def _export(workspace: Workspace, answers: AnswerSet, output: Path) -> Path:
    """The routine of ``answers`` as the app exports it (a saved version as saved, a draft with gaps as a draft)."""
    saved = answers.version is not None
    draft = not saved and bool(missing_required(workspace.question_set, answers))
    exporter = RoutineExporter(workspace, page_numbers=False)
    return exporter.export(answers, output, draft=draft, saved_version=saved).path


def _redline(workspace: Workspace, old: AnswerSet, new: AnswerSet, output: Path, **extra: object) -> Path:
    return write_comparison_docx(
        compare(workspace.question_set, old, new),
        question_set=workspace.question_set,
        old=old,
        new=new,
        output=output,
        between=versions_between(workspace, old, new),
        workspace=workspace,
        **extra,  # type: ignore[arg-type]
    )


def _check_resolved(path: Path, old_routine: Path, new_routine: Path, *, exact: bool = False) -> None:
    """Accepting every change gives the newer routine's text, rejecting every change the older one's."""
    body, names = _parts(path)
    ids = [m.get(_w("id")) for m in [*body.iter(_w("ins")), *body.iter(_w("del")), *body.iter(_w("pPrChange"))]]
    assert len(ids) == len(set(ids))
    for side, routine in ((True, new_routine), (False, old_routine)):
        routine_body, routine_names = _parts(routine)
        expected = _body_lines(routine_body, routine_names, exact=exact)
        assert _body_lines(_resolve(body, accept=side), names, exact=exact) == expected, "accept" if side else "reject"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """The demo workspace, with a saved version of Dalsland (missing answers) and a draft edited after it."""
    workspace = create_demo_workspace(tmp_path_factory.mktemp("redline") / "ws")
    loaded = workspace.load_area("dalsland")
    save_version(workspace, loaded.answer_set, comment="Första versionen", by="Lena Hedlund")
    answers = loaded.answer_set
    edited = answers.with_answer("alt1-dagar-till-mote", Answer(10)).with_answer("syfte-narstaende", None)
    text = str(answers.get("syfte-annan-kommun").value)  # type: ignore[union-attr]
    edited = edited.with_answer("syfte-annan-kommun", Answer(text + "\n\nGravida från Norge hänvisas till Åmål."))
    rows = list(answers.get("grund-nyckelgrupp").value)  # type: ignore[union-attr]
    edited = edited.with_answer("grund-nyckelgrupp", Answer([*rows[:3], *rows[4:]]))
    lead = str(answers.get("syfte-lokala-tillagg").value)  # type: ignore[union-attr]
    edited = edited.with_answer("syfte-lokala-tillagg", Answer(lead.replace("flera av", "de flesta av")))
    workspace.save_area(edited, expected_digest=loaded.digest, by="Maria Ek")
    return workspace


def _sides(workspace: Workspace, case: str) -> tuple[AnswerSet, AnswerSet]:
    if case == "boras-1-3":
        return load_version(workspace, "boras", 1).answer_set, load_version(workspace, "boras", 3).answer_set
    if case == "dalsland-version-draft":
        return load_version(workspace, "dalsland", 1).answer_set, workspace.load_area("dalsland").answer_set
    if case == "dalsland-draft-version":
        return workspace.load_area("dalsland").answer_set, load_version(workspace, "dalsland", 1).answer_set
    if case == "simba-boras":
        return load_version(workspace, "simba", 3).answer_set, workspace.load_area("boras").answer_set
    raise AssertionError(case)


CASES = ["boras-1-3", "dalsland-version-draft", "dalsland-draft-version", "simba-boras"]


def test_redline_reads_the_routine_sentences(tmp_path: Path, demo: Workspace) -> None:
    """Borås 1 → 3: 'inom 21 dagar' became 'inom 14 dagar', a word-level change in the routine's own sentence."""
    old, new = _sides(demo, "boras-1-3")
    body, _names = _parts(_redline(demo, old, new, tmp_path / "r.docx"))
    meeting = [p for p in body.iter(_w("p")) if "efter att kontakten har tagits" in _text(p, deleted=True)]
    assert len(meeting) == 1, [_text(p, deleted=True) for p in meeting]
    paragraph = meeting[0]
    assert [_text(d, deleted=True).strip() for d in paragraph.iterfind("w:del", NS)] == ["21"]
    assert [_text(i).strip() for i in paragraph.iterfind("w:ins", NS)] == ["14"]
    assert _fold(_text(paragraph)) == "Mötet hålls inom 14 dagar efter att kontakten har tagits."


@pytest.mark.parametrize("case", CASES)
def test_chapters_are_the_routines_and_no_question_form_is_left(tmp_path: Path, demo: Workspace, case: str) -> None:
    old, new = _sides(demo, case)
    path = _redline(demo, old, new, tmp_path / "r.docx")
    assert _heading_texts(path) == _heading_texts(_export(demo, new, tmp_path / "ny.docx"))
    assert _heading_texts(path, accept=False) == _heading_texts(_export(demo, old, tmp_path / "gammal.docx"))
    assert "Grunduppgifter för rutinen" not in _heading_texts(path)
    body, _names = _parts(path)
    texts = [_fold(_text(p, deleted=True)) for p in body.iter(_w("p"))]
    assert not [t for t in texts if t.startswith(("Kommentar:", "Motivering:", "Inget svar.", "Ej aktuellt /"))]
    in_routines = set()
    for side, name in ((old, "a.docx"), (new, "b.docx")):  # a draft lists its open questions, as its export does
        routine_body, routine_names = _parts(_export(demo, side, tmp_path / name))
        in_routines |= set(_body_lines(routine_body, routine_names))
    questions = {_fold(q.text) for q in demo.question_set.questions()} - in_routines
    assert not [t for t in texts if t in questions]
    if case == "boras-1-3":
        assert "Inom hur många dagar efter kontakten ska samverkansmötet hållas?" in questions


@pytest.mark.parametrize("case", CASES)
def test_accept_all_gives_the_newer_routine_and_reject_all_the_older(
    tmp_path: Path, demo: Workspace, case: str
) -> None:
    old, new = _sides(demo, case)
    path = _redline(demo, old, new, tmp_path / "r.docx")
    body, _names = _parts(path)
    assert body.find(".//w:del/w:r/w:delText", NS) is not None and body.find(".//w:ins/w:r/w:t", NS) is not None
    _check_resolved(path, _export(demo, old, tmp_path / "gammal.docx"), _export(demo, new, tmp_path / "ny.docx"))


def test_draft_gaps_and_whole_changes(tmp_path: Path, demo: Workspace) -> None:
    """A draft with missing answers reads as its draft export; removed rows and paragraphs are whole changes."""
    old, new = _sides(demo, "dalsland-version-draft")
    body, _names = _parts(_redline(demo, old, new, tmp_path / "r.docx"))
    inserted = [_fold(_text(p)) for p in body.iter(_w("p")) if p.find("w:ins", NS) is not None]
    assert any(t.startswith("[Svar saknas") for t in inserted), inserted  # the draft's gaps
    assert "Gravida från Norge hänvisas till Åmål." in inserted
    assert body.find(".//w:trPr/w:del", NS) is not None  # the removed member of the key group
    assert body.find(".//w:pPr/w:rPr/w:ins", NS) is not None  # a whole inserted paragraph
    assert "Öppna frågor" in [_fold(_text(p)) for p in body.iter(_w("p")) if p.find("w:ins", NS) is not None]


_WORDS = st.sampled_from(["Barnmorskan", "ringer", "soc.", "och", "BMM", "<&>", "möte,", "”citat”", "😀", "\t"])
_TEXT = st.lists(st.tuples(_WORDS, st.sampled_from([" ", "\n", "  ", "\n\n", "\n- "])), min_size=1, max_size=12).map(
    lambda parts: "".join(w + s for w, s in parts).strip() or "Text"
)
_ROW = st.fixed_dictionaries({"part": st.sampled_from(["BMM", "Soc", "BVC"]), "ansvar": _TEXT.map(lambda t: t[:20])})


@st.composite
def _answers(draw: st.DrawFn, base: AnswerSet) -> AnswerSet:
    answers = base
    values = {
        "arbete-samtal": draw(st.none() | _TEXT.map(Answer)),
        "arbete-tolk": draw(st.none() | _TEXT.map(Answer) | st.just(Answer.na("Gäller inte"))),
        "arbete-dagar": draw(st.none() | st.integers(1, 30).map(Answer)),
        "arbete-privata-vilka": draw(
            st.none() | st.lists(_TEXT.map(lambda t: " ".join(t.split())), max_size=3).map(Answer)
        ),
        "ansvar-fordelning": draw(st.none() | st.lists(_ROW, max_size=3).map(Answer)),
    }
    for qid, answer in values.items():
        answers = answers.with_answer(qid, answer)
    return answers


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_accept_and_reject_give_each_routine_for_any_answers(
    mini: Workspace, tmp_path: Path, data: st.DataObject
) -> None:
    base = mini.load_area("norra").answer_set
    old, new = data.draw(_answers(base)), data.draw(_answers(base))
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    path = _redline(mini, old, new, folder / "r.docx")
    _check_resolved(path, _export(mini, old, folder / "gammal.docx"), _export(mini, new, folder / "ny.docx"))


@pytest.mark.parametrize(
    ("old_text", "new_text"),
    [
        ("Barnmorskan \t ringer", "Barnmorskan Barnmorskan ringer"),  # a deleted tab beside an inserted word
        ("soc. och Barnmorskan", "soc.  Barnmorskan"),  # a deleted word replaced by two spaces
        ("soc.  Barnmorskan", "soc. och Barnmorskan"),
    ],
)
def test_whitespace_beside_a_changed_word_is_exact_on_both_sides(
    mini: Workspace, tmp_path: Path, old_text: str, new_text: str
) -> None:
    base = mini.load_area("norra").answer_set
    old = base.with_answer("arbete-tolk", Answer(old_text))
    new = base.with_answer("arbete-tolk", Answer(new_text))
    path = _redline(mini, old, new, tmp_path / "r.docx")
    _check_resolved(path, _export(mini, old, tmp_path / "a.docx"), _export(mini, new, tmp_path / "b.docx"), exact=True)


def test_falls_back_without_template(tmp_path: Path, demo: Workspace) -> None:
    old, new = _sides(demo, "boras-1-3")
    path = _redline(demo, old, new, tmp_path / "x.docx", template=tmp_path / "saknas.docx")
    _check_resolved(path, _export(demo, old, tmp_path / "a.docx"), _export(demo, new, tmp_path / "b.docx"))
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.slow
def test_libreoffice_accepts_and_rejects_exactly(tmp_path: Path, demo: Workspace) -> None:
    """As LibreOffice reads them, accept all gives the newer routine and reject all the older one."""
    documents = []
    for case in CASES:
        old, new = _sides(demo, case)
        redline = _redline(demo, old, new, tmp_path / f"{case}.docx")
        documents.append(
            (redline, _export(demo, old, tmp_path / f"{case}-a.docx"), _export(demo, new, tmp_path / f"{case}-b.docx"))
        )
    read = _libreoffice_blocks([p for triple in documents for p in triple], tmp_path)
    for redline, old_routine, new_routine in documents:
        assert _answers_part(read[redline]["accept"]) == _answers_part(read[new_routine]["shown"]), redline.name
        assert _answers_part(read[redline]["reject"]) == _answers_part(read[old_routine]["shown"]), redline.name


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
    chapters = re.findall(
        r"^\s*(\S+)\s{2,}(Inledning och bakgrund|Syfte|Arbetsgång|Kontaktvägar|Bilagor)$", text, re.MULTILINE
    )
    assert chapters and all(number.isdigit() for number, _title in chapters), chapters  # never "3[2]"
