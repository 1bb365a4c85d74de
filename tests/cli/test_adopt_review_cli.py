"""``adopt``, ``export --version``/``--remiss``, ``review import``/``list`` and ``validate`` on the demo."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import docx
import pytest

from routine_builder.cli import main
from routine_builder.domain import Workspace, create_demo_workspace, load_version
from routine_builder.domain.workspace import today
from tests.helpers.reviewer import Reviewer


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo") / "ws"
    create_demo_workspace(root)
    return root


@pytest.fixture
def ws(demo: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(demo, tmp_path / "ws"))


def _status(path: Path) -> str:
    document = docx.Document(str(path))
    footer = " ".join(p.text for p in document.sections[0].footer.paragraphs)
    assert document.core_properties.content_status in footer
    return document.core_properties.content_status


def test_adopting_a_version_and_exporting_it_and_the_draft(ws: Path, tmp_path: Path, capsys) -> None:
    args = ["--by", "Lokala samverkansgruppen Borås", "--date", "2027-02-10", "--valid-until", "2029-02-28"]
    assert main(["adopt", str(ws), "--area", "boras", "--version", "3", *args]) == 0
    out = capsys.readouterr().out
    assert "Version 3 av 'boras' är fastställd av Lokala samverkansgruppen Borås den 2027-02-10" in out
    assert "under revidering" in out  # the demo draft was edited after version 3
    draft = tmp_path / "utkast.docx"
    assert main(["export", str(ws), "--area", "boras", "-o", str(draft)]) == 0
    assert capsys.readouterr().out.count("--version 3") == 1  # said once
    assert _status(draft) == "Under revidering"
    adopted = tmp_path / "v3.docx"
    assert main(["export", str(ws), "--area", "boras", "--version", "3", "-o", str(adopted)]) == 0
    assert _status(adopted) == "Fastställd"
    rows = {r.cells[0].text: r.cells[1].text for r in docx.Document(str(adopted)).tables[0].rows}
    assert rows["Fastställd av"] == "Lokala samverkansgruppen Borås" and rows["Giltig till"] == "2029-02-28"
    older = tmp_path / "v2.docx"
    assert main(["export", str(ws), "--area", "boras", "--version", "2", "-o", str(older)]) == 0
    assert _status(older) == "Remissversion"
    assert main(["adopt", str(ws), "--area", "boras", *args, "--label", "2.0"]) == 0
    assert "utkastet sparades som den versionen" in capsys.readouterr().out
    assert main(["export", str(ws), "--area", "boras", "-o", str(draft)]) == 0
    assert _status(draft) == "Fastställd"
    assert load_version(Workspace.open(ws), "boras", 4).answer_set.document.version == "2.0"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--version", "9"], "version 9 av området 'boras' finns inte"),
        (["--valid-until", "2020-01-01"], "'giltig till' (2020-01-01) ska vara efter fastställandet"),
        (["--date", "2027-13-01"], "'2027-13-01' är inget datum"),
        (["--by", " "], "ange vem som fastställer rutinen"),
    ],
)
def test_adoption_errors_are_one_sentence_and_change_nothing(ws: Path, capsys, extra, message) -> None:
    before = (ws / "areas" / "boras" / "answers.yaml").read_bytes()
    args = {"--by": "Styrgruppen", "--date": "2027-02-10"}
    for flag, value in zip(extra[::2], extra[1::2], strict=True):
        args[flag] = value
    flat = [part for item in args.items() for part in item]
    try:
        status = main(["adopt", str(ws), "--area", "boras", *flat])
    except SystemExit as exc:  # argparse refuses a date that does not exist
        status = exc.code
    assert status == 2
    assert message in capsys.readouterr().err
    assert (ws / "areas" / "boras" / "answers.yaml").read_bytes() == before
    saved = sorted(p.name for p in (ws / "areas" / "boras" / "versions").glob("*.yaml"))
    assert saved == ["1.yaml", "2.yaml", "3.yaml"]


def test_remiss_export_import_and_list(ws: Path, tmp_path: Path, capsys) -> None:
    remiss = tmp_path / "boras-remiss.docx"
    assert main(["export", str(ws), "--area", "boras", "--remiss", "--reply-by", "2027-01-15", "-o", str(remiss)]) == 0
    assert "(version 4, svar senast 2027-01-15)" in capsys.readouterr().out
    reviewer = Reviewer(remiss)
    reviewer.comment(reviewer.answer_paragraphs("alt1-sip")[0], "Vem kallar till SIP?", author="Anna Berg")
    reviewed = reviewer.save(tmp_path / "anna.docx", last_modified_by="Anna Berg")
    assert main(["review", "import", str(ws), "--area", "boras", str(reviewed)]) == 0
    assert "anna.docx: Anna Berg, 1 kommentar (remissvar 1)." in capsys.readouterr().out
    assert main(["review", "list", str(ws), "--area", "boras"]) == 0
    listed = capsys.readouterr().out
    assert listed.startswith("Remissvar för 'boras': 1 synpunkt, 1 öppen.\n\nArbetsgång\n  Kommentar från Anna Berg")
    assert "    Synpunkt: Vem kallar till SIP?\n    Hantering: öppen, inte hanterad ännu\n" in listed
    assert main(["review", "import", str(ws), "--area", "boras", str(reviewed)]) == 2
    assert "redan importerad" in capsys.readouterr().err
    assert main(["review", "import", str(ws), "--area", "simba", str(remiss)]) == 2
    assert "inte 'simba'" in capsys.readouterr().err
    lost = Reviewer(remiss)
    lost.edit_untracked(lost.answer_paragraphs("dok-region")[0], "sökordet", "sökorden")
    lost.remove_control("dok-region")
    assert (
        main(["review", "import", str(ws), "--area", "boras", str(lost.save(tmp_path / "bo.docx")), "--by", "Bo"]) == 1
    )
    out = capsys.readouterr().out
    assert "bo.docx: Bo, 1 förslag" in out and "1 hittades utan sina markeringar" in out
    assert main(["review", "list", str(ws), "--area", "nowhere"]) == 2
    capsys.readouterr()
    summary = tmp_path / "utkast.docx"
    assert main(["export", str(ws), "--area", "boras", "--draft", "--remiss-summary", "-o", str(summary)]) == 0
    last = [[c.text for c in row.cells] for row in docx.Document(str(summary)).tables[-1].rows]
    assert last[0] == ["Gäller", "Från", "Synpunkt", "Hantering"] and len(last) == 3  # Anna's and Bo's items
    assert main(["export", str(ws), "--area", "boras", "--remiss", "--remiss-summary", "-o", str(remiss)]) == 2
    assert "--remiss-summary gäller rutinen" in capsys.readouterr().err


def test_validate_reports_revision_due_and_a_status_that_is_not_true(ws: Path, capsys) -> None:
    answers = ws / "areas" / "simba" / "answers.yaml"
    soon = (today() + dt.timedelta(days=30)).isoformat()
    text = answers.read_text(encoding="utf-8").replace("valid_until: 2027-12-31", f"valid_until: {soon}")
    answers.write_text(text.replace("status: under_revidering", "status: faststalld"), encoding="utf-8")
    assert main(["validate", str(ws)]) == 1
    out = capsys.readouterr().out
    assert "status är 'fastställd' men 6 svar skiljer sig från den fastställda versionen 3" in out
    assert f"simba: giltig till {soon}, om mindre än 3 månader" in out


@pytest.mark.parametrize("command", [["adopt"], ["review"], ["review", "import"], ["review", "list"]])
def test_new_commands_have_help(command: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main([*command, "--help"])
    assert exc.value.code == 0
    assert "användning: routine-builder " + " ".join(command) in capsys.readouterr().out
