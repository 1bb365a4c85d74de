"""Answers files: every value type through save and load, orphans, renamed questions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routine_builder.domain import Answer, DocumentInfo, QuestionSet, dump_answers, parse_answers
from routine_builder.storage import load_yaml_text
from tests.helpers.builders import empty_answer_set, small_question_set

text = st.text(max_size=300)
long_text = st.text(min_size=5000, max_size=6000, alphabet=st.characters(codec="utf-8"))


def _values(qs: QuestionSet) -> st.SearchStrategy[dict[str, Answer]]:
    row = st.fixed_dictionaries({}, optional={"namn": text.filter(bool), "telefon": text.filter(bool)})
    per_question = {
        "kort": st.builds(Answer, value=text),
        "lang": st.builds(Answer, value=st.one_of(text, long_text)),
        "val": st.builds(Answer, value=st.sampled_from(["ett", "tva"]), comment=text),
        "flera": st.builds(Answer, value=st.lists(st.sampled_from(["a", "b"]), unique=True)),
        "janej": st.builds(Answer, value=st.booleans(), comment=text),
        "dagar": st.builds(Answer, value=st.integers(min_value=0, max_value=10**9)),
        "datum": st.builds(Answer, value=st.dates()),
        "kontakter": st.builds(Answer, value=st.lists(row, max_size=4)),
        "lista": st.builds(Answer, value=st.lists(text, max_size=5)),
    }
    na = st.builds(Answer.na, text)
    return st.fixed_dictionaries({}, optional={k: st.one_of(v, na) for k, v in per_question.items()})


def _roundtrip(qs: QuestionSet, answer_set, tmp: Path):
    text_out = dump_answers(answer_set, qs)
    assert "\r" not in text_out.replace("\\r", "")
    return parse_answers(load_yaml_text(text_out, tmp / "answers.yaml"), tmp / "answers.yaml", qs)


def test_every_type_round_trips(tmp_path: Path) -> None:
    qs = small_question_set(tmp_path)

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(answers=_values(qs))
    def check(answers: dict[str, Answer]) -> None:
        original = replace(
            empty_answer_set(qs),
            answers=answers,
            document=DocumentInfo(status="remiss", adopted_on=dt.date(2026, 11, 22), owner="Anna Ägare"),
            updated_at=dt.datetime(2026, 11, 22, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=1))),
            updated_by="anna",
        )
        loaded = _roundtrip(qs, original, tmp_path)
        expected = {
            k: (
                replace(a, value=[{c: v for c, v in r.items() if v} for r in a.value])
                if k == "kontakter" and not a.not_applicable
                else a
            )
            for k, a in answers.items()
            if a.value is not None or a.not_applicable or a.comment
        }
        assert loaded.answers == expected
        assert loaded.document == original.document
        assert loaded.updated_at == original.updated_at

    check()


def test_control_characters_are_kept(tmp_path: Path) -> None:
    qs = small_question_set(tmp_path)
    value = 'rad\vny sida\f\x01 <&> "citat" 😀 שלום\nrad två'
    loaded = _roundtrip(qs, empty_answer_set(qs).with_answer("lang", Answer(value)), tmp_path)
    assert loaded.answers["lang"].value == value


def test_file_layout_is_stable(tmp_path: Path) -> None:
    qs = small_question_set(tmp_path)
    answer_set = (
        empty_answer_set(qs)
        .with_answer("lista", Answer(["x"]))
        .with_answer("kort", Answer("Hej"))
        .with_answer("lang", Answer("Rad ett\nRad två\n"))
        .with_answer("val", Answer("ett", comment="Därför"))
    )
    text_out = dump_answers(answer_set, qs)
    assert list(load_yaml_text(text_out, "a.yaml")) == ["format", "question_set", "area", "document", "answers"]
    assert text_out.index("kort:") < text_out.index("lang:") < text_out.index("lista:")
    assert "  lang: |\n    Rad ett\n    Rad två\n" in text_out
    assert "  val:\n    answer: ett\n    comment: Därför\n" in text_out
    assert dump_answers(_roundtrip(qs, answer_set, tmp_path), qs) == text_out


def test_orphans_and_renamed_ids_are_kept(tmp_path: Path) -> None:
    qs = small_question_set(tmp_path)
    raw = (
        "format: 1\nquestion_set: {id: testset, edition: '1'}\narea: {id: norr, name: Norr}\n"
        "answers:\n  gammal-lang: Flyttad text\n  borttagen-fraga:\n    answer: x\n    comment: behåll mig\n"
    )
    loaded = parse_answers(load_yaml_text(raw, "a.yaml"), Path("a.yaml"), qs)
    assert loaded.answers["lang"].value == "Flyttad text"
    assert loaded.orphans == {"borttagen-fraga": {"answer": "x", "comment": "behåll mig"}}
    text_out = dump_answers(loaded, qs)
    assert "borttagen-fraga:" in text_out and "behåll mig" in text_out
    assert "  lang: Flyttad text" in text_out


def test_a_set_aside_answer_and_an_other_text_survive_save_and_load(tmp_path: Path) -> None:
    qs = small_question_set(tmp_path)
    kept = Answer("tva", comment="Med kommentar")
    original = (
        empty_answer_set(qs)
        .with_answer("val", Answer.na("Gäller inte oss", set_aside=kept))
        .with_answer("flera", Answer(["a", "b"], other="Kvinnokliniken"))
    )
    text_out = dump_answers(original, qs)
    assert "set_aside:" in text_out and "other: Kvinnokliniken" in text_out
    loaded = _roundtrip(qs, original, tmp_path)
    assert loaded.answers == original.answers
    assert loaded.get("val").set_aside == kept
