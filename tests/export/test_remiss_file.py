"""The remiss file itself: the routine as it will read, every answer in a tagged, undeletable content control
inside its bookmark, headings and guideline boxes locked, the area, version and digests recorded; valid for
openxml-audit and opened by LibreOffice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from routine_builder.document.blocks import walk
from routine_builder.document.build import build_routine, workspace_source
from routine_builder.domain import Workspace, create_demo_workspace, load_version
from routine_builder.domain.remiss import version_for_remiss
from routine_builder.export import RoutineExporter
from routine_builder.export import remiss_marks as marks
from routine_builder.export.custom_properties import read_custom_properties
from routine_builder.export.remiss_export import export_remiss
from tests.helpers.document_checks import libreoffice_convert, ooxml_errors

REPLY_BY = dt.date(2027, 1, 15)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, Path, int]:
    root = tmp_path_factory.mktemp("remiss-file")
    workspace = create_demo_workspace(root / "ws")
    version = version_for_remiss(workspace, workspace.load_area("simba").answer_set, reply_by=REPLY_BY)
    path = root / "simba-remiss.docx"
    export_remiss(RoutineExporter(workspace, page_numbers=False), version, path, reply_by=REPLY_BY)
    assert version.version is not None
    return workspace, path, version.version.number


def _controls(path: Path) -> list[tuple[str, str]]:
    body = docx.Document(str(path)).element.body
    result = []
    for sdt in body.iter(qn("w:sdt")):
        properties = sdt.find(qn("w:sdtPr"))
        tag, lock = properties.find(qn("w:tag")), properties.find(qn("w:lock"))
        result.append((tag.get(qn("w:val")), lock.get(qn("w:val"))))
    return result


def test_every_answer_of_the_routine_is_marked_and_the_rest_locked(made) -> None:
    workspace, path, number = made
    controls = _controls(path)
    answers = [tag.removeprefix("rb:") for tag, lock in controls if lock == "sdtLocked"]
    assert all(tag.startswith("rb:") for tag, lock in controls if lock == "sdtLocked")
    assert {lock for _tag, lock in controls} == {"sdtLocked", "sdtContentLocked"}
    assert all(tag == marks.LOCKED_TAG for tag, lock in controls if lock == "sdtContentLocked")
    assert len(answers) == len(set(answers))  # one control per question
    sent = load_version(workspace, "simba", number).answer_set
    blocks = build_routine(workspace_source(workspace, sent, draft=False)).blocks
    shown = {getattr(b, "source", "") for b in walk(list(blocks))} - {""}
    assert set(answers) <= shown and len(answers) >= 0.9 * len(shown)  # the answers the routine shows
    names = {b.get(qn("w:name")) for b in docx.Document(str(path)).element.body.iter(qn("w:bookmarkStart"))}
    assert all(marks.bookmark_name(qid) in names for qid in answers)
    assert all(len(name) <= 40 for name in names)


def test_the_file_records_what_the_reviewer_saw_and_says_it_is_a_remiss(made) -> None:
    _workspace, path, number = made
    properties = read_custom_properties(docx.Document(str(path)))
    assert properties[marks.PROPERTY_AREA] == "simba" and properties[marks.PROPERTY_VERSION] == str(number)
    assert properties[marks.PROPERTY_REPLY_BY] == "2027-01-15"
    digests = {k.removeprefix(marks.ANSWER_PROPERTY_PREFIX) for k in properties if k.startswith("rb:")}
    assert digests == {tag.removeprefix("rb:") for tag, lock in _controls(path) if lock == "sdtLocked"}
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Remissversion. Lämna era synpunkter senast den 15 januari 2027." in text
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    assert "REMISSVERSION" in header
    assert document.core_properties.content_status.startswith("Remissversion")


def test_the_remiss_file_passes_openxml_audit(made) -> None:
    _workspace, path, _number = made
    assert ooxml_errors(path) == []


def test_libreoffice_opens_the_remiss_file(made, tmp_path: Path) -> None:
    _workspace, path, _number = made
    libreoffice_convert(path, "pdf", tmp_path, tmp_path / "profile")
    pdf = tmp_path / "simba-remiss.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 20_000
