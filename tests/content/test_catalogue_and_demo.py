"""The area catalogue's sources and uncertainties, the demo's phone numbers and how its routines speak."""

from __future__ import annotations

import re
from pathlib import Path

from routine_builder.domain import Workspace
from routine_builder.export import RoutineExporter
from tests.content.conftest import Routine, Shipped, read_routine

# PTS reserves numbers for fiction only in these ranges: landlines under 08, 031, 040 and 0980, and the
# mobile series 070-174 06 05 to 070-174 06 99.
GOTEBORG_FICTION = re.compile(r"^031-390 06 \d\d$")
MOBILE_FICTION = re.compile(r"^070-174 06 (0[5-9]|[1-9]\d)$")


def test_13_alingsas_and_lerum_belong_to_sodra_alvsborg(shipped: Shipped) -> None:
    area = shipped.catalogue.area("narvard-sodra-alvsborg")
    assert {"Alingsås", "Lerum"} <= set(area.municipalities)
    assert area.verified == "true"
    assert "2012" in area.source
    for name in ("Alingsås", "Lerum"):
        municipality = next(m for m in shipped.catalogue.municipalities if m.name == name)
        assert municipality.collaboration_area == area.id and municipality.verified
    assert "saknas i 2016 års avtal" not in shipped.all_text()
    assert area.note == ""


def test_13_what_the_catalogue_is_unsure_of_is_said_in_plain_words(shipped: Shipped) -> None:
    catalogue = shipped.catalogue
    lilla_edet = next(m for m in catalogue.municipalities if m.name == "Lilla Edet")
    assert lilla_edet.collaboration_area == "vardsamverkan-fyrbodal" and not lilla_edet.verified
    assert catalogue.uncertainties(["Borås", "Lilla Edet"]) == [lilla_edet.note]
    assert "vår slutsats" in lilla_edet.note
    fyrbodal = catalogue.area("vardsamverkan-fyrbodal")
    assert [g.name for g in fyrbodal.groups() if not g.verified] == ["Lilla Edet", "Orust"]
    for area in catalogue.areas:
        assert area.source, area.id
        if area.verified != "true":
            assert area.note and "antaget" not in area.note and "behöver bekräftas" not in area.note, area.id


def test_14_demo_phone_numbers_are_fiction_numbers_of_the_right_area(demo: Workspace) -> None:
    for area_id in demo.area_ids():
        for question_id, answer in demo.load_area(area_id).answer_set.answers.items():
            if not isinstance(answer.value, list):
                continue
            for row in answer.value:
                if not isinstance(row, dict) or not row.get("telefon"):
                    continue
                number, unit = row["telefon"], row.get("verksamhet") or row.get("kommun") or ""
                assert GOTEBORG_FICTION.match(number) or MOBILE_FICTION.match(number), (area_id, number)
                in_goteborg = area_id == "goteborg-nordost" or re.search(r"Barnskyddsteam|Sahlgrenska|Göteborg", unit)
                if GOTEBORG_FICTION.match(number):  # 031 only for units in the Göteborg area
                    assert in_goteborg, (area_id, question_id, unit, number)


def test_14_no_demo_file_or_export_has_numbers_of_other_cities(shipped: Shipped, simba: Routine) -> None:
    demo_files = {name: text for name, text in shipped.texts.items() if name.startswith("demo")}
    assert len(demo_files) >= 10  # drafts and saved versions
    for wrong in ("08-465", "040-628", "0980-31"):
        assert wrong not in simba.text
        for name, text in demo_files.items():
            assert wrong not in text, name
    assert "070-174 06 " in simba.text


WE_OR_YOU = re.compile(r"(?<![\wåäöÅÄÖ])(vi|ni|oss|vår|vårt|våra)(?![\wåäöÅÄÖ])", re.IGNORECASE)


def test_the_demos_finished_routines_speak_of_the_area_and_its_staff_not_of_we_or_you(
    demo: Workspace, tmp_path: Path
) -> None:
    """A routine is read by people outside the key group: "personalen", "området", never "vi" or "ni"."""
    finished = [area_id for area_id in demo.area_ids() if area_id != "dalsland"]  # Dalsland is a draft with notes
    assert len(finished) == 4
    for area_id in finished:
        out = tmp_path / f"{area_id}.docx"
        RoutineExporter(demo, page_numbers=False).export(demo.load_area(area_id).answer_set, out)
        text = read_routine(out).text
        found = [text[max(0, m.start() - 40) : m.end() + 20] for m in WE_OR_YOU.finditer(text)]
        assert not found, (area_id, found)
