"""The exported routine, read back with python-docx."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from routine_builder import __version__
from routine_builder.document.sentences import GAP_PREFIX
from routine_builder.domain import Answer, Workspace, save_version
from routine_builder.export import ExportResult, IncompleteError, Office, RoutineExporter, export_routine

from .conftest import all_paragraphs, all_text, body_texts, headings, open_docx


def _export(ws: Workspace, tmp_path: Path, office: Office, **kwargs) -> tuple[ExportResult, object]:
    answer_set = kwargs.pop("answer_set", None) or ws.load_area("norra").answer_set
    result = export_routine(
        workspace=ws, answer_set=answer_set, output=tmp_path / "rutin.docx", office=office, **kwargs
    )
    return result, open_docx(result.path)


def test_every_answer_is_present_with_hard_characters(mini: Workspace, tmp_path: Path, office: Office) -> None:
    result, document = _export(mini, tmp_path, office)
    assert result.gaps == 0 and result.pdf is None
    text = all_text(document)
    for expected in (
        "Riktlinjen 2020 <version> & \"tillägg\" – 'citat' 👶🏽 مرحبا بالعالم",
        "Eva <Barnmorska>",
        "Socialtjänsten Ale & Kungälv",
        "Socialtjänsten kallar till samverkansmöte. Kallelsen skickas inom två dagar.",
        "Mötet hålls inom 14\u00a0dagar efter kontakten.",
        "I mötet deltar barnmorskemottagningen och socialtjänsten.",
        "Det finns inga privata vårdgivare i området. Alla vårdcentraler drivs i regionens regi.",
        "Rutinen följs upp första gången den 22 november 2026.",
        "Tar emot kontakt och erbjuder stöd.",
        "031-123\u00a0456",  # a phone number never wraps
        "Ett barn som ännu inte är fött.",
        "25 kap. 12 § OSL (2009:400)",
    ):
        assert expected in text, expected
    assert "Dold vårdgivare AB" not in text  # hidden by its condition
    assert "Tolk bokas" not in text and "Ej aktuellt" not in text  # not applicable: left out of a final routine
    assert "inte längre finns" not in text  # orphaned answer
    assert "[Svar saknas" not in text and "UTKAST" not in text
    assert "{ref:" not in text


def test_control_characters_become_breaks(mini: Workspace, tmp_path: Path, office: Office) -> None:
    _result, document = _export(mini, tmp_path, office)
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Rad ett"))
    breaks = [b.get(qn("w:type")) for b in paragraph._p.iter(qn("w:br"))]
    assert breaks == [None, "page"]
    assert paragraph.text.replace("\n", "|") == "Rad ett|rad tvåNy sida efter sidbrytning."  # page break: no text
    assert "\x07" not in all_text(document)
    kept = next(p for p in document.paragraphs if p.text.startswith("Samtalet förs"))
    assert kept.text == "Samtalet förs i lugn miljö.\nMedarbetaren berättar varför."


def test_lists_are_real_lists(mini: Workspace, tmp_path: Path, office: Office) -> None:
    _result, document = _export(mini, tmp_path, office)
    styles = {p.text: p.style.name for p in all_paragraphs(document)}
    assert styles["boka tid"] == styles["erbjud tolk"] == "List Bullet"
    assert styles["Förbered"] == styles["Genomför"] == "List Number"
    assert styles["Stödet ska komma i gång tidigt."] == "Riktlinjepunkt"
    assert "Samverkan ska vara tydlig och likadan varje gång." in styles  # wrapped bullet joined


def test_headings_follow_the_outline_in_built_in_styles(mini: Workspace, tmp_path: Path, office: Office) -> None:
    _result, document = _export(mini, tmp_path, office)
    found = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name in ("Heading 1", "Heading 2", "Bilagerubrik")
    ]
    exporter = RoutineExporter(mini)
    expected = [(f"Heading {level}", s.title) for level, s in exporter.outline.walk() if s.special != "open_questions"]
    flowchart = expected.index(("Heading 2", "Flödesschema"))
    expected[flowchart : flowchart + 1] = [
        ("Bilagerubrik", "Bilaga 1. Flödesschema"),
        ("Bilagerubrik", "Bilaga 2. Kontaktlista"),
    ]
    assert found == expected
    statements = [p.text for p in document.paragraphs if p.style.name == "Mellanrubrik"]
    assert statements == [
        "Nyckelgruppen",
        "Samtalet med den gravida",
        "Samverkansmötet",
        "Privata vårdgivare",
        "Socialjouren",
        "Socialjouren",
    ]
    texts = body_texts(document)
    assert "Vem kallar till samverkansmöte?" not in texts and "Finns det något mer att säga?" not in texts


def test_fields_contents_and_settings(mini: Workspace, tmp_path: Path, office: Office) -> None:
    _result, document = _export(mini, tmp_path, office)
    body_instr = [i.text.strip() for i in document.element.body.iter(qn("w:instrText"))]
    assert body_instr[0].startswith("TOC \\o")
    footer = document.sections[0].footer.paragraphs[0]
    assert [i.text.strip() for i in footer._p.iter(qn("w:instrText"))] == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Version 1.2 · Fastställd") and "{" not in footer.text
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    assert "Lokal rutin för samverkan vid oro för väntat barn" in header and "Norra området – Ale & Kungälv" in header
    assert "{" not in header
    assert document.settings.element.find(qn("w:updateFields")) is None  # no prompt: the pages are written
    texts = body_texts(document)
    toc = texts.index("Innehåll")
    assert texts[toc + 1].startswith("1Inledning")  # number, tab, title, tab, page
    pagerefs = [i.text.strip() for i in document.element.body.iter(qn("w:instrText")) if "PAGEREF" in i.text]
    assert pagerefs and pagerefs[0].startswith("PAGEREF _Toc")


def test_document_properties(mini: Workspace, tmp_path: Path, office: Office) -> None:
    _result, document = _export(mini, tmp_path, office)
    props = document.core_properties
    assert props.title == "Lokal rutin för samverkan vid oro för väntat barn – Norra området – Ale & Kungälv"
    assert props.subject == "Länsgemensam riktlinje vid oro för väntat barn"
    assert props.author == "Anna Andersson"
    assert props.keywords == "rutin, samverkan, graviditet, barnskydd"  # single words: a PDF splits at spaces
    assert props.content_status == "Fastställd"
    assert props.version == "1.2"
    assert props.revision == 1
    assert props.language == "sv-SE"
    assert __version__ in props.comments


def test_cover_has_the_document_data(mini: Workspace, tmp_path: Path, office: Office) -> None:
    _result, document = _export(mini, tmp_path, office)
    cover = document.tables[0]
    rows = {r.cells[0].text: r.cells[1].text for r in cover.rows}
    assert rows["Status"] == "Fastställd"
    assert rows["Fastställd av"] == "Närområdesgruppen Norra"  # the approving body
    assert rows["Fastställd"] == rows["Giltig från"] == "2026-11-01"  # tables: one date format
    assert rows["Giltig till"] == "2028-12-31"
    assert rows["Innehållsansvarig"] == "Anna Andersson"
    assert rows["Kommuner"] == "Ale och Kungälv"
    assert document.paragraphs[0].style.name == "Title"  # no empty spacer paragraph above it


def test_contact_tables_repeat_their_header_row(mini: Workspace, tmp_path: Path, office: Office) -> None:
    _result, document = _export(mini, tmp_path, office)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Verksamhet")
    assert [c.text for c in table.rows[0].cells] == ["Verksamhet", "Namn"]  # the phrasing's columns
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert table.style.name == "Rutintabell"
    routes = [t for t in document.tables if t.rows[0].cells[0].text == "Kommun"]
    assert [[c.text for c in t.rows[0].cells] for t in routes] == [["Kommun"], ["Kommun", "Telefon"]]  # the appendix


def test_incomplete_export_refuses_and_writes_nothing(mini: Workspace, tmp_path: Path) -> None:
    answers = mini.load_area("norra").answer_set
    answers = answers.with_answer("arbete-samtal", None).with_answer("ansvar-uppfoljning", Answer(value=None))
    target = tmp_path / "rutin.docx"
    target.write_bytes(b"old")
    with pytest.raises(IncompleteError) as caught:
        export_routine(workspace=mini, answer_set=answers, output=target)
    assert [q.id for q in caught.value.missing] == ["arbete-samtal", "ansvar-uppfoljning"]
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rutin.docx", "ws"]


def test_draft_marks_exactly_the_gaps(mini: Workspace, tmp_path: Path, office: Office) -> None:
    answers = mini.load_area("norra").answer_set
    answers = answers.with_answer("arbete-samtal", None).with_answer("arbete-privata", Answer(value=True))
    answers = answers.with_answer("arbete-privata-vilka", None)
    result, document = _export(mini, tmp_path, office, answer_set=answers, draft=True)
    assert result.gaps == 2
    gaps = [p for p in document.paragraphs if p.text.startswith(GAP_PREFIX)]
    assert [p.text for p in gaps] == [
        "[Svar saknas: Hur förs samtalet med den gravida?]",
        "[Svar saknas: Vilka privata vårdgivare finns?]",
    ]
    for paragraph in gaps:
        assert paragraph.style.name == "Saknat svar"  # yellow shading and dark red bold text in the template
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    assert "UTKAST" in header
    texts = body_texts(document)
    open_list = texts[texts.index("Öppna frågor") :]
    assert "Samtalet med den gravida: Hur förs samtalet med den gravida?" in open_list  # after its statement heading
    assert "Vilka privata vårdgivare finns?" in open_list  # no heading of its own


def test_revision_history_from_saved_versions(mini: Workspace, tmp_path: Path, office: Office) -> None:
    answers = mini.load_area("norra").answer_set
    _result, document = _export(mini, tmp_path, office)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Version")
    assert len(table.rows) == 2 and "ingen version har sparats" in table.rows[1].cells[3].text
    save_version(mini, answers, comment="Första remissen", by="anna")
    save_version(mini, replace(answers, document=replace(answers.document, version="2.0")), comment="Fastställd & klar")
    _result, document = _export(mini, tmp_path, office)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Version")
    assert [r.cells[3].text for r in table.rows[1:]] == ["Första remissen", "Fastställd & klar"]
    assert table.rows[2].cells[0].text == "2.0"
    assert document.core_properties.revision == 3


def test_a_restyled_template_with_translated_style_ids_still_works(
    mini: Workspace, tmp_path: Path, office: Office
) -> None:
    """Swedish Word renames style ids (Heading1 → Rubrik1) but keeps the names."""
    from routine_builder import paths

    template = open_docx(paths.routine_template_path())
    renames = {"Heading1": "Rubrik1", "Heading2": "Rubrik2", "Heading3": "Rubrik3", "ListBullet": "Punktlista"}
    for element in template.styles.element.iter(qn("w:style")):
        if element.get(qn("w:styleId")) in renames:
            element.set(qn("w:styleId"), renames[element.get(qn("w:styleId"))])
        for ref in ("w:basedOn", "w:next"):
            child = element.find(qn(ref))
            if child is not None and child.get(qn("w:val")) in renames:
                child.set(qn("w:val"), renames[child.get(qn("w:val"))])
    template.styles["Riktlinjetext"].element.getparent().remove(template.styles["Riktlinjetext"].element)
    custom = mini.root / "egen-mall.docx"
    template.save(str(custom))
    (mini.root / "workspace.yaml").write_text(
        (mini.root / "workspace.yaml")
        .read_text(encoding="utf-8")
        .replace("template: null", "template: egen-mall.docx"),
        encoding="utf-8",
    )
    ws = Workspace.open(mini.root)
    _result, document = _export(ws, tmp_path, office)
    assert ("Heading 1", "Inledning") in headings(document)
    ids = {p.style.style_id for p in document.paragraphs if p.style.name == "Heading 1"}
    assert ids == {"Rubrik1"}


def test_exporter_is_reusable_and_reports_progress(mini: Workspace, tmp_path: Path, office: Office) -> None:
    exporter = RoutineExporter(mini, office=office)
    steps: list[int] = []
    answers = mini.load_area("norra").answer_set
    for name in ("a.docx", "b.docx"):
        exporter.export(answers, tmp_path / name, progress=lambda percent, _message: steps.append(percent))
    assert (tmp_path / "a.docx").stat().st_size > 10_000 and steps[-1] == 100
    assert steps == sorted(steps[: len(steps) // 2]) * 2


def test_output_that_is_a_folder_is_refused(mini: Workspace, tmp_path: Path) -> None:
    from routine_builder.errors import ExportError

    (tmp_path / "mapp.docx").mkdir()
    with pytest.raises(ExportError):
        export_routine(workspace=mini, answer_set=mini.load_area("norra").answer_set, output=tmp_path / "mapp.docx")
    assert list((tmp_path / "mapp.docx").iterdir()) == []  # nothing was written into the folder
