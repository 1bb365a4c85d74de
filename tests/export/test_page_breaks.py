"""Page breaks of LibreOffice's layout, written into the document: found by text and place, or none at all."""

from __future__ import annotations

import docx
import pytest

from routine_builder.errors import ExportError
from routine_builder.export.page_breaks import write_breaks


def _document() -> docx.document.Document:
    document = docx.Document()
    for text in ("Syfte", "Inledande text", "Syfte", "Mer text", "Slut"):
        document.add_paragraph(text)
    return document


def _breaks(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.paragraph_format.page_break_before]


def test_the_break_goes_before_the_paragraph_with_that_text_and_place() -> None:
    document = _document()
    write_breaks(document, [("Syfte", 1), ("Mer\u00a0text", 0)])  # spacing as LibreOffice reads it
    assert _breaks(document) == ["Syfte", "Mer text"]
    assert document.paragraphs[2].paragraph_format.page_break_before
    assert not document.paragraphs[0].paragraph_format.page_break_before


@pytest.mark.parametrize("missing", [("Syfte", 2), ("Finns inte", 0), ("\r", 0)])
def test_a_break_that_cannot_be_placed_leaves_the_document_as_it_was(missing: tuple[str, int]) -> None:
    document = _document()
    with pytest.raises(ExportError) as caught:
        write_breaks(document, [("Slut", 0), missing])
    assert "LibreOffice" in caught.value.message
    assert _breaks(document) == []
