"""A prepared pair of answer sets and a small workspace for the comparison tests (real files, no fakes)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from routine_builder.domain import Answer, AnswerSet, AreaInfo, QuestionSet, Workspace
from routine_builder.storage import atomic_write
from tests.helpers.builders import SMALL_QUESTION_SET, empty_answer_set

OLD_TEXT = (
    "Barnmorskan ringer socialtjänsten samma dag.\n"
    "Sedan skickas en skriftlig orosanmälan.\n"
    "- Mottagningen dokumenterar samtalet\n"
)
NEW_TEXT = (
    "Barnmorskan ringer socialtjänstens mottagning samma dag.\n"
    "Sedan skickas en skriftlig orosanmälan.\n"
    "Ett samverkansmöte erbjuds inom två veckor.\n"
    "- Mottagningen dokumenterar samtalet\n"
)


def compare_workspace(root: Path, area_ids: tuple[str, ...] = ("norr", "syd")) -> Workspace:
    """A workspace using the small test question set (its own copy), with empty areas."""
    (root / "question_sets").mkdir(parents=True)
    (root / "question_sets" / "testset.yaml").write_text(SMALL_QUESTION_SET, encoding="utf-8")
    atomic_write(
        root / "workspace.yaml",
        'schema_version: 1\nname: Jämförelser\nquestion_set: {id: testset, edition: "1"}\ntemplate: null\n',
    )
    (root / "areas").mkdir()
    workspace = Workspace.open(root)
    for area_id in area_ids:
        workspace.create_area(AreaInfo(id=area_id, name=area_id.title()), by="test")
    return workspace


def sample_pair(question_set: QuestionSet, area_id: str = "norr") -> tuple[AnswerSet, AnswerSet]:
    """Older and newer answers: 4 changed, 2 added, 1 removed, the rest unchanged."""
    base = empty_answer_set(question_set, area_id)
    rows_old = [
        {"namn": "Anna Berg", "telefon": "0303-11 11 11"},
        {"namn": "Karl Ek", "telefon": "0303-22 22 22"},
        {"namn": "Lena Holm", "telefon": "0303-33 33 33"},
    ]
    rows_new = [
        {"namn": "Karl Ek", "telefon": "0303-22 22 22"},
        {"namn": "Anna Berg", "telefon": "0303-11 11 99"},
        {"namn": "Sara Lind", "telefon": "0303-44 44 44"},
    ]
    old = base
    for qid, answer in {
        "kort": Answer("Nyckelgruppen"),
        "lang": Answer(OLD_TEXT),
        "val": Answer("ett", comment="Gäller från januari."),
        "janej": Answer(True),
        "dagar": Answer(5),
        "kontakter": Answer(rows_old),
        "lista": Answer(["Första saken", "Andra saken"]),
    }.items():
        old = old.with_answer(qid, answer)
    new = base
    for qid, answer in {
        "kort": Answer("Nyckelgruppen  "),  # whitespace only: unchanged
        "lang": Answer(NEW_TEXT),
        "val": Answer("tva", comment="Gäller från januari."),
        "flera": Answer(["a", "b"]),
        "janej": Answer(True),
        "datum": Answer(dt.date(2026, 1, 15)),
        "kontakter": Answer(rows_new),
        "lista": Answer.na("Behövs inte här."),
    }.items():
        new = new.with_answer(qid, answer)
    return old, new
