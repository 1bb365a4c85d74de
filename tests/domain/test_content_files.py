"""How the outline's labels and the legal references' links are read and checked."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from routine_builder import paths
from routine_builder.domain import load_legal_references, load_outline
from routine_builder.errors import YamlFormatError
from tests.helpers.builders import small_question_set

OUTLINE = textwrap.dedent(
    """\
    schema_version: 1
    question_set: testset
    title: Testrutin
    {texts}
    sections:
      - id: forsta
        title: Första
        guideline: Riktlinjen säger detta.
        advice: Vi rekommenderar detta.
        questions: [kort, lang, val, flera]
      - id: andra
        title: Andra
        questions: [janej, dagar, datum, kontakter, lista]
    """
)


def write_outline(folder: Path, texts: str) -> Path:
    path = folder / "outline.yaml"
    path.write_text(OUTLINE.format(texts=texts), encoding="utf-8")
    return path


def test_an_outline_without_labels_is_the_guidelines_own_text(tmp_path: Path) -> None:
    outline = load_outline(small_question_set(tmp_path), write_outline(tmp_path, ""))
    assert not outline.texts.is_interpretation
    assert outline.texts.advice_label == "Rekommendation"
    assert outline.sections[0].advice == "Vi rekommenderar detta."


def test_labels_come_from_the_outline_file(tmp_path: Path) -> None:
    texts = "texts: {guideline_label: Tolkning, advice_label: Vårt råd, notice: Detta är en tolkning.}"
    outline = load_outline(small_question_set(tmp_path), write_outline(tmp_path, texts))
    assert outline.texts.is_interpretation
    assert (outline.texts.guideline_label, outline.texts.advice_label) == ("Tolkning", "Vårt råd")
    assert outline.texts.notice == "Detta är en tolkning."


def test_broken_labels_name_file_and_line(tmp_path: Path) -> None:
    path = write_outline(tmp_path, "texts: {guideline_label: [inte, text]}")
    with pytest.raises(YamlFormatError) as caught:
        load_outline(small_question_set(tmp_path), path)
    assert "'texts.guideline_label' ska vara text" in caught.value.message
    assert str(path) in caught.value.message and "rad 4" in caught.value.message


def test_a_link_to_an_unknown_reference_names_file_and_line(tmp_path: Path) -> None:
    text = paths.legal_references_path().read_text(encoding="utf-8")
    broken = tmp_path / "legal_references.yaml"
    broken.write_text(text.replace("replaced_by: sol-2025-sip", "replaced_by: sol-2030-sip"), encoding="utf-8")
    with pytest.raises(YamlFormatError) as caught:
        load_legal_references(broken)
    assert "'sol-2001-2-7' har replaced_by 'sol-2030-sip'" in caught.value.message
    assert str(broken) in caught.value.message and "rad " in caught.value.message
