"""A broken version file in the export: a final routine is refused, a draft shows the gap in its history."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from routine_builder.cli import main
from routine_builder.domain import Answer
from routine_builder.domain.completeness import missing_required
from tests.helpers.builders import make_workspace, versions_with_a_broken_one


def _workspace(tmp_path: Path):
    workspace = make_workspace(tmp_path / "ws")
    comments = ("Första remissen", "Andra remissen", "Tredje remissen")
    return workspace, versions_with_a_broken_one(workspace, comments, broken=2, content=b"format: 1\n\x00 [\n")


def test_a_complete_final_routine_is_refused_and_a_draft_marks_the_gap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace, broken = _workspace(tmp_path)
    qs = workspace.question_set
    loaded = workspace.load_area("norr")
    answers = loaded.answer_set
    for question in missing_required(qs, answers):
        answers = answers.with_answer(question.id, Answer.na("Gäller inte här"))
    workspace.save_area(answers, expected_digest=loaded.digest)
    out = tmp_path / "rutin.docx"
    assert main(["export", str(workspace.root), "--area", "norr", "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"routine-builder: {broken}: version 2 kan inte läsas") and "\n" not in err
    assert not out.exists()

    assert main(["export", str(workspace.root), "--area", "norr", "-o", str(out), "--draft"]) == 0
    capsys.readouterr()
    history = next(t for t in Document(str(out)).tables if t.rows[0].cells[0].text == "Version" and len(t.columns) == 5)
    rows = [[c.text for c in row.cells] for row in history.rows[1:]]
    assert [r[3] for r in rows] == [
        "Första remissen",
        "[Version 2 saknas: filen versions/2.yaml kan inte läsas]",
        "Tredje remissen",
    ]
