"""PDF through LibreOffice: every test document converts, with the contents filled in.

These tests FAIL (they do not skip) when LibreOffice is missing: CI installs it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from routine_builder.domain import Workspace
from routine_builder.errors import ExportError
from routine_builder.export import Office, RoutineExporter, convert_to_pdf, find_soffice

from .conftest import pdf_pages, pdf_text

pytestmark = pytest.mark.slow


def test_libreoffice_is_installed() -> None:
    assert find_soffice() is not None, "LibreOffice (soffice) is required for the PDF tests"


def _contents_lines(text: str) -> list[str]:
    start = text.index("Innehåll")
    lines = [" ".join(line.split()) for line in text[start:].splitlines()[1:40]]
    return [line for line in lines if re.search(r"\.{5,}\s*\d+$", line)]


def test_complete_document_converts_with_contents_and_page_numbers(
    mini: Workspace, tmp_path: Path, office: Office
) -> None:
    result = RoutineExporter(mini, office=office).export(
        mini.load_area("norra").answer_set, tmp_path / "norra.docx", pdf=True
    )
    assert result.pdf == tmp_path / "norra.pdf"
    pages = pdf_pages(result.pdf)
    assert 5 <= pages <= 15
    text = pdf_text(result.pdf)
    contents = _contents_lines(text)
    assert contents[0].startswith("1 Inledning") and contents[0].endswith("3")
    assert any(line.startswith("Bilaga 1. Flödesschema") for line in contents)  # an attachment: no chapter number
    numbers = [int(re.search(r"(\d+)$", line).group(1)) for line in contents]
    assert numbers == sorted(numbers) and numbers[-1] <= pages
    assert f"Sida 2 av {pages}" in text
    assert "Eva <Barnmorska>" in text


def test_draft_document_converts(mini: Workspace, tmp_path: Path, office: Office) -> None:
    answers = mini.load_area("norra").answer_set.with_answer("arbete-samtal", None)
    result = RoutineExporter(mini, office=office).export(answers, tmp_path / "utkast.docx", draft=True, pdf=True)
    text = pdf_text(result.pdf)
    assert "[Svar saknas: Hur förs samtalet med den gravida?]" in text
    assert "UTKAST" in text
    assert 5 <= pdf_pages(result.pdf) <= 16


def test_full_question_set_converts(full: Workspace, tmp_path: Path, office: Office) -> None:
    answers = full.load_area("simba").answer_set
    result = RoutineExporter(full, office=office).export(answers, tmp_path / "simba.docx", pdf=True)
    pages = pdf_pages(result.pdf)
    assert 15 <= pages <= 60
    contents = _contents_lines(pdf_text(result.pdf))
    assert len(contents) >= 15


def test_missing_libreoffice_is_one_sentence(mini: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = RoutineExporter(mini).export(mini.load_area("norra").answer_set, tmp_path / "norra.docx")
    monkeypatch.setenv("ROUTINE_BUILDER_SOFFICE", str(tmp_path / "finns-inte" / "soffice"))
    assert find_soffice() is None
    with pytest.raises(ExportError) as caught:
        convert_to_pdf(result.path)
    assert "LibreOffice hittades inte" in caught.value.message
    assert "\n" not in caught.value.message
    assert not (tmp_path / "norra.pdf").exists()
