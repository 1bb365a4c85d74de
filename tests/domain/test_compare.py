"""Comparing answer sets: statuses, word diffs, contact rows, orphans, counts and property tests."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from routine_builder.domain import Answer, QuestionSet
from routine_builder.domain.compare import Status, compare
from routine_builder.domain.word_diff import apply_ops, compact, diff_lines, has_changes, text_ops, tokenize
from tests.helpers.builders import empty_answer_set, small_question_set
from tests.helpers.compare_fixtures import NEW_TEXT, OLD_TEXT, sample_pair


def _qs(tmp_path: Path) -> QuestionSet:
    return small_question_set(tmp_path)


def test_statuses_and_counts(tmp_path: Path) -> None:
    qs = _qs(tmp_path)
    old, new = sample_pair(qs)
    result = compare(qs, old, new)
    status = {q.question_id: q.status for q in result.questions()}
    assert status == {
        "kort": Status.UNCHANGED,
        "lang": Status.CHANGED,
        "val": Status.CHANGED,
        "flera": Status.ADDED,
        "janej": Status.UNCHANGED,
        "dagar": Status.REMOVED,
        "datum": Status.ADDED,
        "kontakter": Status.CHANGED,
        "lista": Status.CHANGED,
    }
    assert [(s.id, s.counts.changed, s.counts.added, s.counts.removed) for s in result.sections] == [
        ("forsta", 2, 1, 0),
        ("andra", 2, 1, 1),
    ]
    assert (result.counts.changed, result.counts.added, result.counts.removed) == (4, 2, 1)
    assert [q.question_id for q in result.changes()] == ["lang", "val", "flera", "dagar", "datum", "kontakter", "lista"]


def test_text_diff_reads_naturally(tmp_path: Path) -> None:
    qs = _qs(tmp_path)
    old, new = sample_pair(qs)
    lang = next(q for q in compare(qs, old, new).questions() if q.question_id == "lang")
    assert apply_ops(OLD_TEXT, lang.ops) == NEW_TEXT
    assert [line.kind for line in lang.lines] == ["change", "equal", "insert", "equal"]
    assert compact(lang.lines[0].ops) == (
        "Barnmorskan ringer [-socialtjänsten-]{+socialtjänstens mottagning+} samma dag.\n"
    )


def test_choices_labels_and_not_applicable(tmp_path: Path) -> None:
    qs = _qs(tmp_path)
    old, new = sample_pair(qs)
    by_id = {q.question_id: q for q in compare(qs, old, new).questions()}
    assert (by_id["val"].old_text, by_id["val"].new_text) == ("Ett", "Två")
    assert by_id["flera"].new_text == "A\nB"
    assert by_id["dagar"].old_text == "5\u00a0dagar"
    assert by_id["datum"].new_text == "2026-01-15"
    lista = by_id["lista"]
    assert (lista.old_text, lista.new_text) == ("Första saken\nAndra saken", "Ej aktuellt")
    assert lista.new_not_applicable
    assert lista.new_comment == "Behövs inte här."


def test_contact_rows_matched_by_content(tmp_path: Path) -> None:
    qs = _qs(tmp_path)
    old, new = sample_pair(qs)
    rows = next(q for q in compare(qs, old, new).questions() if q.question_id == "kontakter").rows
    summary = [(r.kind, (r.old or r.new or {}).get("namn")) for r in rows]
    assert summary == [("equal", "Karl Ek"), ("changed", "Anna Berg"), ("removed", "Lena Holm"), ("added", "Sara Lind")]
    phone = rows[1].cells[1]
    assert compact(phone) == "0303-11 11 [-11-]{+99+}"


def test_comment_change_alone_is_a_change(tmp_path: Path) -> None:
    qs = _qs(tmp_path)
    old = empty_answer_set(qs).with_answer("val", Answer("ett", comment="Gammal kommentar."))
    new = old.with_answer("val", Answer("ett", comment="Ny kommentar."))
    diff = compare(qs, old, new).questions()[2]
    assert diff.status is Status.CHANGED
    assert compact(diff.comment_ops) == "[-Gammal-]{+Ny+} kommentar."


def test_orphans_compared_by_raw_value(tmp_path: Path) -> None:
    from dataclasses import replace

    qs = _qs(tmp_path)
    old = replace(empty_answer_set(qs), orphans={"borttagen": "gammalt svar", "kvar": "samma"})
    new = replace(empty_answer_set(qs), orphans={"kvar": "samma", "ny-fraga": ["a", "b"]})
    result = compare(qs, old, new)
    orphans = result.sections[-1]
    assert orphans.id == ""
    assert [(q.question_id, q.status) for q in orphans.questions] == [
        ("borttagen", Status.REMOVED),
        ("kvar", Status.UNCHANGED),
        ("ny-fraga", Status.ADDED),
    ]


def test_renamed_question_follows_its_answer(tmp_path: Path) -> None:
    """Answers written under an earlier id are parsed to the current id, so both sides meet."""
    qs = _qs(tmp_path)
    assert qs.current_id("gammal-lang") == "lang"


def test_whitespace_only_is_unchanged() -> None:
    ops = text_ops("Ett  två\ntre ", "Ett två\ntre")
    assert not has_changes(ops)
    assert apply_ops("Ett  två\ntre ", ops) == "Ett två\ntre"


def test_tokens_never_split_words() -> None:
    assert tokenize("  Hej, världen!\nNy rad") == ["  ", "Hej, ", "världen!\n", "Ny ", "rad"]
    ops = text_ops("samverkan", "samverkansmöte")
    assert [op.kind for op in ops] == ["delete", "insert"]


# ---------------------------------------------------------------- properties

_WORDS = st.sampled_from(["och", "barn", "BMM", "socialtjänst,", "mödra-", "vård.", "Ärende", "😀", "ﬁ", "-", "•"])
_SPACE = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\r\n", " \n"])
_TEXT = st.lists(st.tuples(_WORDS, _SPACE), max_size=30).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=300, deadline=None)
@given(old=_TEXT | st.text(max_size=60), new=_TEXT | st.text(max_size=60))
def test_applying_the_diff_gives_the_newer_text(old: str, new: str) -> None:
    ops = text_ops(old, new)
    assert apply_ops(old, ops) == new
    assert "".join(op.text for op in ops if op.kind != "insert") == old
    for line in diff_lines(old, new):
        for side in ("delete", "insert"):
            pieces = [op for op in line.ops if op.kind in ("equal", side)]
            for left, right in itertools.pairwise(pieces):
                # a change never cuts a word: where kept and changed text meet, one side is whitespace
                assert left.text[-1].isspace() or right.text[0].isspace() or not re.match(r"\S", left.text[-1])


@settings(max_examples=100, deadline=None)
@given(text=_TEXT | st.text(max_size=80))
def test_compare_with_itself_is_empty(text: str) -> None:
    ops = text_ops(text, text)
    assert not has_changes(ops)


@settings(max_examples=50, deadline=None)
@given(text=_TEXT, choice=st.sampled_from(["ett", "tva"]), yes=st.booleans())
def test_compare_answer_set_with_itself_is_empty(tmp_path_factory, text: str, choice: str, yes: bool) -> None:
    qs = small_question_set(tmp_path_factory.mktemp("qs"))
    answers = empty_answer_set(qs)
    for qid, answer in {"lang": Answer(text), "val": Answer(choice, comment=text), "janej": Answer(yes)}.items():
        answers = answers.with_answer(qid, answer)
    result = compare(qs, answers, answers)
    assert result.is_empty
    assert result.changes() == []
