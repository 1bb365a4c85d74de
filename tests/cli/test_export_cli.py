"""``routine-builder export`` on the command line (run in-process)."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from routine_builder.cli import main

FIXTURE = Path(__file__).resolve().parents[1] / "export" / "fixtures" / "mini"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    shutil.copytree(FIXTURE, root)
    return root


def _add_incomplete_area(root: Path) -> None:
    source = (root / "areas" / "norra" / "answers.yaml").read_text(encoding="utf-8")
    text = (
        source.replace("id: norra", "id: sodra")
        .replace("  arbete-dagar: 14\n", "")
        .replace("  ansvar-uppfoljning: 2026-11-22\n", "")
    )
    (root / "areas" / "sodra").mkdir()
    (root / "areas" / "sodra" / "answers.yaml").write_text(text, encoding="utf-8")


def test_export_one_area(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "rutin.docx"
    assert main(["export", str(ws), "--area", "norra", "-o", str(target)]) == 0
    assert target.is_file()
    assert "rutin.docx" in capsys.readouterr().out


def test_missing_answers_are_listed_and_nothing_is_written(ws: Path, tmp_path: Path, capsys) -> None:
    _add_incomplete_area(ws)
    target = tmp_path / "rutin.docx"
    assert main(["export", str(ws), "--area", "sodra", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "saknar 2 obligatoriska svar" in err
    assert "Arbetsgång" in err and "Inom hur många dagar hålls mötet?" in err
    assert "Ansvar och uppföljning" in err and "När följs rutinen upp första gången?" in err
    assert not target.exists()
    assert main(["export", str(ws), "--area", "sodra", "-o", str(target), "--draft"]) == 0
    assert "2 obligatoriska svar som saknas" in capsys.readouterr().out
    assert target.is_file()


def test_export_all(ws: Path, tmp_path: Path, capsys) -> None:
    _add_incomplete_area(ws)
    out = tmp_path / "ut"
    assert main(["export", str(ws), "--all", "-o", str(out)]) == 1
    stdout = capsys.readouterr().out
    assert (out / "norra.docx").is_file() and not (out / "sodra.docx").exists()
    assert "[1/2] norra: norra.docx" in stdout
    assert "[2/2] sodra: hoppades över" in stdout
    assert "1 av 2 områden exporterades" in stdout and "Hoppades över som ofullständiga: sodra (2)" in stdout
    assert main(["export", str(ws), "--all", "-o", str(out), "--draft"]) == 0
    assert (out / "sodra.docx").is_file()


def test_unusable_input(tmp_path: Path, ws: Path, capsys) -> None:
    assert main(["export", str(tmp_path / "nej"), "--area", "x", "-o", str(tmp_path / "a.docx")]) == 2
    assert main(["export", str(ws), "--area", "norra", "-o", str(tmp_path / "a.pdf")]) == 2
    assert main(["export", str(ws), "--area", "finns-inte", "-o", str(tmp_path / "a.docx")]) == 2
    err = capsys.readouterr().err
    assert err.count("routine-builder:") == 3 and "Traceback" not in err


def test_pdf_without_libreoffice(ws: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUTINE_BUILDER_SOFFICE", str(tmp_path / "ingen-soffice"))
    target = tmp_path / "rutin.docx"
    assert main(["export", str(ws), "--area", "norra", "-o", str(target), "--pdf"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "LibreOffice hittades inte" in err[0]


@pytest.mark.slow
def test_pdf_beside_the_document(ws: Path, tmp_path: Path) -> None:
    target = tmp_path / "rutin.docx"
    assert main(["export", str(ws), "--area", "norra", "-o", str(target), "--pdf"]) == 0
    assert (tmp_path / "rutin.pdf").read_bytes().startswith(b"%PDF")


def test_without_libreoffice_the_contents_lack_page_numbers_and_the_output_says_so(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROUTINE_BUILDER_SOFFICE", str(tmp_path / "ingen" / "soffice"))
    target = tmp_path / "rutin.docx"
    assert main(["export", str(ws), "--area", "norra", "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Innehållsförteckningen har inga sidnummer (LibreOffice hittades inte)" in out
    document = docx.Document(str(target))
    assert document.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"  # as before
    assert not [i for i in document.element.body.iter(qn("w:instrText")) if "PAGEREF" in i.text]
    assert main(["export", str(ws), "--all", "-o", str(tmp_path / "alla")]) == 0
    assert "inga sidnummer" in capsys.readouterr().out
