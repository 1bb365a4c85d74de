"""The notice on a draft's cover names the document's status as the status row and the export do."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from routine_builder.document.blocks import Paragraph
from routine_builder.document.build import build_cover, workspace_source
from routine_builder.domain import create_demo_workspace


@pytest.mark.parametrize(
    ("status", "notice"),
    [
        ("utkast", "UTKAST – ej fastställd."),
        ("remiss", "Remissversion – ej fastställd."),
        ("under_revidering", "Under revidering – ej fastställd."),
    ],
)
def test_the_draft_notice_names_the_status(tmp_path: Path, status: str, notice: str) -> None:
    workspace = create_demo_workspace(tmp_path / "ws")
    answers = workspace.load_area("boras").answer_set
    answers = replace(answers, document=replace(answers.document, status=status))
    blocks = build_cover(workspace_source(workspace, answers, draft=True))
    notices = ["".join(s.text for s in b.spans) for b in blocks if isinstance(b, Paragraph) and b.style == "notice"]
    assert notices == [notice]
    final = build_cover(workspace_source(workspace, answers, draft=False))
    assert not [b for b in final if isinstance(b, Paragraph) and b.style == "notice"]  # the final text has none
