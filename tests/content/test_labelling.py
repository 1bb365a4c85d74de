"""Honest labelling: our reconstruction says what it is, no invented adoption date, an expired guideline is named.

The labels come from the data, so a workspace holding the region's official files (without the labels) shows
the texts as the guideline's own, with no change in code.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import docx

from routine_builder import paths
from routine_builder.domain import Workspace, create_demo_workspace, expiry_notice, guideline_notices
from routine_builder.domain.workspace import today
from routine_builder.export.routine import RoutineExporter
from tests.content.conftest import Routine, Shipped, read_routine

GUIDELINE_LABEL = "Sammanfattning av riktlinjen och lagen (tolkning)"
ADVICE_LABEL = "Rekommendation (inte riktlinjens text)"
ROOT = Path(__file__).resolve().parents[2]


def test_10_our_texts_are_labelled_as_interpretation(shipped: Shipped, simba: Routine) -> None:
    texts = shipped.outline.texts
    assert texts.guideline_label == GUIDELINE_LABEL and texts.advice_label == ADVICE_LABEL
    assert "inte riktlinjens egen text" in " ".join(texts.notice.split())
    assert "rekonstruktion" in shipped.question_set.edition
    assert "rekonstruktion" in shipped.question_set.title and "inte regionens underlag" in shipped.question_set.title
    # Every box in the routine carries its label; the notice says once what the labels mean.
    boxes = sum(1 for _level, s in shipped.outline.walk() if s.guideline)
    advice = sum(1 for _level, s in shipped.outline.walk() if s.advice)
    assert [t for _h, t in simba.lines].count(GUIDELINE_LABEL) == boxes
    assert [t for _h, t in simba.lines].count(ADVICE_LABEL) == advice
    assert "De är inte riktlinjens egen text, som finns på vardsamverkan.se." in simba.chapter("Inledning och bakgrund")
    assert "utgåva 2020-rekonstruktion 1" in simba.comments


def test_10_statements_beyond_the_public_summaries_are_recommendations(shipped: Shipped, simba: Routine) -> None:
    assert "Den som först uppmärksammar oron tar initiativet" not in shipped.all_text() + simba.text
    for section_id, sentence in (
        ("ansvar", "Ansvaret lämnas inte över förrän någon annan uttryckligen har tagit emot det."),
        (
            "arbetsgang",
            "Den som först uppmärksammar oron, i regionen eller i kommunen, ser till att arbetet kommer i gång.",
        ),
    ):
        section = next(s for _level, s in shipped.outline.walk() if s.id == section_id)
        assert sentence in " ".join(section.advice.split())
        assert sentence not in " ".join(section.guideline.split())
        assert simba.label_before(sentence, (GUIDELINE_LABEL, ADVICE_LABEL)) == ADVICE_LABEL


def test_10_recommendations_have_a_box_of_their_own(tmp_path: Path, demo: Workspace) -> None:
    out = tmp_path / "simba.docx"
    RoutineExporter(demo).export(demo.load_area("simba").answer_set, out)
    paragraphs = docx.Document(str(out)).paragraphs
    label = next(p for p in paragraphs if p.text == ADVICE_LABEL)
    assert label.style.name == "Rekommendationstext" and all(r.bold for r in label.runs)
    advice = next(p for p in paragraphs if p.text.startswith("Det är inte en diagnos i sig som avgör"))
    assert advice.style.name == "Rekommendationstext"
    guideline = next(p for p in paragraphs if p.text == GUIDELINE_LABEL)
    assert guideline.style.name == "Riktlinjetext" and all(r.bold for r in guideline.runs)


def test_10_each_box_bullet_style_has_a_list_of_its_own() -> None:
    """LibreOffice shows no bullets for a second paragraph style that shares a list with another."""
    template = docx.Document(str(paths.routine_template_path()))
    num_ids = {
        name: template.styles[name].element.pPr.numPr.numId.val for name in ("Riktlinjepunkt", "Rekommendationspunkt")
    }
    assert num_ids["Riktlinjepunkt"] != num_ids["Rekommendationspunkt"]
    defined = {num.numId for num in template.part.numbering_part.element.num_lst}
    assert set(num_ids.values()) <= defined


def official_workspace(tmp_path: Path, *, valid_until: str) -> Workspace:
    """A demo workspace holding its own copy of the question set and an outline without labels, as the
    region's official files would come (no 'texts', no 'advice')."""
    workspace = create_demo_workspace(tmp_path / "ws")
    (workspace.root / "question_sets").mkdir()
    question_set = paths.question_set_path("oro-for-vantat-barn").read_text(encoding="utf-8")
    question_set = question_set.replace("valid_until: 2023-12-31", f"valid_until: {valid_until}")
    (workspace.root / "question_sets" / "oro-for-vantat-barn.yaml").write_text(question_set, encoding="utf-8")
    (workspace.root / "guideline").mkdir()
    outline = paths.guideline_path("oro-for-vantat-barn").read_text(encoding="utf-8")
    start, end = outline.index("texts:\n"), outline.index("sections:\n")
    (workspace.root / "guideline" / "oro-for-vantat-barn.yaml").write_text(
        outline[:start] + outline[end:], encoding="utf-8"
    )
    return Workspace.open(workspace.root)


def test_10_official_files_drop_in_without_labels(tmp_path: Path) -> None:
    workspace = official_workspace(tmp_path, valid_until="2099-12-31")
    out = tmp_path / "simba.docx"
    RoutineExporter(workspace).export(workspace.load_area("simba").answer_set, out)
    routine = read_routine(out)
    assert GUIDELINE_LABEL not in routine.text
    assert "(tolkning)" not in routine.text
    assert "De är inte riktlinjens egen text" not in routine.text
    assert "gällde enligt sin egen uppgift" not in routine.text  # valid until 2099 in this copy
    assert "Riktlinjens arbetsmodell har två alternativ." in routine.text  # the texts themselves are kept
    assert not any(heading and "Flödesschema" in text and "(tolkning)" in text for heading, text in routine.lines)


def test_10_the_flow_chart_says_it_is_an_interpretation(shipped: Shipped, simba: Routine) -> None:
    assert shipped.outline.texts.flowchart_label == "tolkning"
    heading = next(text for is_heading, text in simba.lines if is_heading and "Flödesschema" in text)
    assert heading.endswith("Flödesschema för alternativ 1 och 2 (tolkning)")


def test_10_the_app_and_the_readme_do_not_call_our_questions_the_regions() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    translations = (ROOT / "resources" / "translations" / "routine_builder_en.ts").read_text(encoding="utf-8")
    for text in (readme, translations):  # every UI string is a source in the translations
        flat = " ".join(text.split())
        for claim in ("regionens frågeunderlag", "är regionens data"):
            assert claim not in flat, claim


def test_11_no_adoption_date_without_a_source(shipped: Shipped, simba: Routine) -> None:
    assert shipped.question_set.guideline.adopted is None
    for wrong in ("2020-03-10", "10 mars 2020", "fastställdes i mars 2020"):
        assert wrong not in shipped.all_text(), wrong
        assert wrong not in simba.text, wrong
    cover = simba.text.split("Dokumentuppgifter")[0]
    assert "Bygger på Länsgemensam riktlinje vid oro för väntat barn" in cover  # the area's answer, on the cover
    assert "fastställd" not in cover.lower()


def test_12_an_expired_guideline_is_named(shipped: Shipped, simba: Routine) -> None:
    guideline = shipped.question_set.guideline
    assert guideline.valid_until == dt.date(2023, 12, 31)
    notice = expiry_notice(guideline, today())
    assert notice.startswith(
        "Länsgemensam riktlinje vid oro för väntat barn gällde enligt sin egen uppgift till och med 2023-12-31"
    )
    assert "ange den i rutinen" in notice  # how to record a newer edition (in the app)
    reader = expiry_notice(guideline, today(), for_reader=True)
    assert "ange den i rutinen" not in reader and "Routine Builder" not in reader  # no instruction to the authors
    intro = simba.chapter("Inledning och bakgrund")
    assert (
        "Länsgemensam riktlinje vid oro för väntat barn gällde enligt sin egen uppgift till och med den 31 december"
        " 2023." in intro
    )
    assert "Routine Builder" not in intro
    assert expiry_notice(guideline, dt.date(2023, 12, 31)) == ""
    assert guideline_notices(shipped.question_set, shipped.outline, dt.date(2023, 6, 1)) == [
        " ".join(shipped.outline.texts.notice.split())
    ]


def test_12_a_newer_edition_recorded_in_data_removes_the_notice(tmp_path: Path) -> None:
    workspace = official_workspace(tmp_path, valid_until="2099-12-31")
    assert expiry_notice(workspace.question_set.guideline, today()) == ""
    shutil.rmtree(workspace.root / "guideline")  # the bundled outline, with its labels, is used again
    out = tmp_path / "boras.docx"
    RoutineExporter(Workspace.open(workspace.root)).export(workspace.load_area("boras").answer_set, out)
    routine = read_routine(out)
    assert "gällde enligt sin egen uppgift" not in routine.text
    assert GUIDELINE_LABEL in routine.text
