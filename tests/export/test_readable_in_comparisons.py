"""The HTML comparison reads answers as the form does ("Ej aktuellt", "1 dag"); the redline as the routine does."""

from __future__ import annotations

import zipfile
from pathlib import Path

from routine_builder.domain import Answer, Workspace
from routine_builder.domain.compare import compare
from routine_builder.export.comparison_docx import write_comparison_docx
from routine_builder.export.comparison_html import write_comparison_html
from tests.helpers.builders import empty_answer_set, small_question_set

NBSP = "\u00a0"


def test_comparisons_show_the_same_words(tmp_path: Path) -> None:
    qs = small_question_set(tmp_path)
    old = empty_answer_set(qs).with_answer("lista", Answer(["Första"])).with_answer("dagar", Answer(2))
    new = empty_answer_set(qs).with_answer("lista", Answer.na("Behövs inte")).with_answer("dagar", Answer(1))
    comparison = compare(qs, old, new)
    by_id = {q.question_id: q for q in comparison.questions()}
    assert by_id["lista"].new_text == "Ej aktuellt"
    assert by_id["dagar"].new_text == f"1{NBSP}dag"
    html_path = write_comparison_html(
        comparison, question_set=qs, old_label="A", new_label="B", output=tmp_path / "r.html"
    )
    page = html_path.read_text(encoding="utf-8")
    assert "Ej aktuellt" in page and "Ej tillämplig" not in page


def test_redline_reads_numbers_as_the_routine(tmp_path: Path, mini: Workspace) -> None:
    base = mini.load_area("norra").answer_set
    old, new = base.with_answer("arbete-dagar", Answer(2)), base.with_answer("arbete-dagar", Answer(1))
    docx_path = write_comparison_docx(
        compare(mini.question_set, old, new),
        question_set=mini.question_set,
        old=old,
        new=new,
        output=tmp_path / "r.docx",
        workspace=mini,
    )
    with zipfile.ZipFile(docx_path) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert ">två dagar </w:delText>" in body and ">en dag </w:t>" in body  # "inom en dag", as the routine says it
    assert "Inom hur många dagar" not in body
