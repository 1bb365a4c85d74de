"""Stored remiss reviews: one file per imported document, beside (never inside) the answers."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from routine_builder.domain import Workspace
from routine_builder.domain.reviews import (
    ACCEPTED,
    COMMENT,
    GENERAL,
    HANDLED,
    OPEN,
    PROPOSAL,
    REJECTED,
    Reply,
    Review,
    ReviewItem,
    add_review,
    handle_item,
    load_review,
    load_reviews,
    open_counts,
    reviews_dir,
)
from routine_builder.errors import ReviewFormatError, SchemaVersionError
from tests.helpers.compare_fixtures import compare_workspace
from tests.helpers.processes import run_together

WHEN = dt.datetime(2026, 12, 3, 10, 15, tzinfo=dt.UTC)


def _review(area: str = "norr") -> Review:
    return Review(
        reviewer="Anna Berg",
        file_name="norr-anna.docx",
        area_id=area,
        version=2,
        items=(
            ReviewItem(
                1,
                COMMENT,
                "Ange telefontiderna.",
                "Anna Berg",
                WHEN,
                question_id="kort",
                quote="Nyckelgruppen",
                replies=(Reply("Bo Ek", "Håller med.", WHEN),),
            ),
            ReviewItem(
                2,
                PROPOSAL,
                "Ny text\n\n- med en punkt",
                "Anna Berg",
                WHEN,
                question_id="lang",
                original="Gammal text",
                tracked=True,
                conflict=True,
            ),
            ReviewItem(3, GENERAL, "Kapitlet saknar en mening.", "Anna Berg", chapter="inledning"),
        ),
    )


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return compare_workspace(tmp_path / "ws", ("norr",))


def test_a_review_round_trips_through_its_file(workspace: Workspace) -> None:
    answers_before = workspace.answers_path("norr").read_bytes()
    stored = add_review(workspace, _review())
    assert stored.number == 1 and stored.path == reviews_dir(workspace, "norr") / "1.yaml"
    assert stored.imported_at is not None and stored.imported_by
    text = stored.path.read_text(encoding="utf-8")
    assert text.startswith("schema_version: 1\n") and "Ny text\n" in text
    assert load_review(stored.path) == stored
    assert add_review(workspace, _review()).number == 2
    reviews, problems = load_reviews(workspace, "norr")
    assert [r.number for r in reviews] == [1, 2] and problems == []
    assert workspace.answers_path("norr").read_bytes() == answers_before  # never inside answers.yaml
    assert open_counts(reviews) == {"kort": 2, "lang": 2}


def test_handling_an_item_rewrites_only_that_item(workspace: Workspace) -> None:
    stored = add_review(workspace, _review())
    handled = handle_item(workspace, "norr", 1, 2, state=ACCEPTED, note="Infört.", by="cia")
    item = handled.item(2)
    assert (item.state, item.note, item.handled_by) == (ACCEPTED, "Infört.", "cia") and item.handled_at is not None
    assert load_review(stored.path).items[0] == stored.items[0]
    reopened = handle_item(workspace, "norr", 1, 2, state=OPEN, by="cia")
    assert (reopened.item(2).state, reopened.item(2).handled_by, reopened.item(2).handled_at) == (OPEN, "", None)
    assert not list(stored.path.parent.glob(".*.tmp"))


def test_two_people_handling_items_at_once_keep_both(workspace: Workspace, tmp_path: Path) -> None:
    add_review(workspace, _review())
    script = (
        "import sys\nfrom routine_builder.domain import Workspace\nfrom routine_builder.domain.reviews import "
        "handle_item\nws = Workspace.open(sys.argv[1])\nprint('ready', flush=True)\nsys.stdin.readline()\n"
        "for _ in range(20):\n    handle_item(ws, 'norr', 1, int(sys.argv[2]), state=sys.argv[3], note=sys.argv[3])\n"
        "print('done', flush=True)\n"
    )
    first = [sys.executable, "-c", script, str(workspace.root), "1", HANDLED]
    second = [sys.executable, "-c", script, str(workspace.root), "3", REJECTED]
    assert [out.strip() for out in run_together([first, second])] == ["done", "done"]
    review = load_reviews(workspace, "norr")[0][0]
    assert (review.item(1).state, review.item(3).state, review.item(2).state) == (HANDLED, REJECTED, OPEN)


def test_a_broken_review_file_is_one_sentence_and_the_others_still_load(workspace: Workspace) -> None:
    add_review(workspace, _review())
    folder = reviews_dir(workspace, "norr")
    (folder / "2.yaml").write_text("schema_version: 1\nreview:\n  area: norr\nitems:\n  - id: ett\n", encoding="utf-8")
    (folder / "3.yaml").write_text("schema_version: 9\nreview: {area: norr}\n", encoding="utf-8")
    (folder / "4.yaml").write_text("review: [\n", encoding="utf-8")
    reviews, problems = load_reviews(workspace, "norr")
    assert [r.number for r in reviews] == [1]
    assert len(problems) == 3
    assert problems[0].endswith("2.yaml, rad 5: 'id' ska vara ett heltal")
    # the same sentence as every versioned file (storage/versioned.py)
    assert "remissvaret har schema_version 9, men programmet känner bara till schema_version 1" in problems[1]
    assert "4.yaml, rad" in problems[2] and "YAML" in problems[2]
    with pytest.raises(ReviewFormatError, match="'id' ska vara ett heltal"):
        load_review(folder / "2.yaml")
    with pytest.raises(SchemaVersionError):
        load_review(folder / "3.yaml")
