"""Unconfirmed numbers of the new Socialtjänstlag: one rule, one edit to confirm, listed by ``validate``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from routine_builder import paths
from routine_builder.domain import load_legal_references
from routine_builder.domain.validate import unverified_references
from tests.helpers.cli import run_cli


def test_8_validate_lists_the_unconfirmed_references(tmp_path: Path) -> None:
    assert run_cli("init", str(tmp_path / "demo"), "--demo").returncode == 0
    result = run_cli("validate", str(tmp_path / "demo"))
    assert result.returncode == 1, result.stdout + result.stderr  # one demo area is half done on purpose
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("OBS: ") and "lagrum har ännu inte kontrollerats" in line)
    assert header == (
        "OBS: 4 lagrum har ännu inte kontrollerats av dem som förvaltar frågeunderlaget, "
        "och rutinerna hänvisar till dem så här tills vidare:"
    )  # one calm sentence for a coordinator: no install path, nothing to edit in the program's files
    assert str(paths.resources_dir()) not in result.stdout and "verified" not in result.stdout
    listed = {line.strip().split(":")[0] for line in lines[lines.index(header) + 1 :] if line.startswith("    ")}
    assert {"sol-2025-anmalan", "sol-2025-sip", "sol-2025-uppgifter", "osl-anmalare"} <= listed
    assert any(
        "sol-2025-anmalan: kapitel och paragraf i SoL (2025:400) för det som tidigare var 14 kap. 1 § SoL (2001:453)"
        in line
        for line in lines
    )
    assert any(line.startswith("OBS: Länsgemensam riktlinje vid oro för väntat barn gällde") for line in lines)


def test_8_validate_lists_them_for_a_question_set_too(tmp_path: Path) -> None:
    result = run_cli("validate", str(paths.question_set_path("oro-for-vantat-barn")))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sol-2025-sip: kapitel och paragraf" in result.stdout


def confirm(text: str, ref_id: str, chapter: int, paragraph: str) -> str:
    """The one edit: chapter, paragraph and verified of one entry of legal_references.yaml."""
    start = text.index(f"  - id: {ref_id}\n")
    end = text.index("\n  - id: ", start + 1)
    entry = (
        text[start:end]
        .replace("    chapter: null\n", f"    chapter: {chapter}\n", 1)
        .replace("    paragraph: null\n", f'    paragraph: "{paragraph}"\n', 1)
        .replace("    verified: false\n", "    verified: true\n", 1)
    )
    return text[:start] + entry + text[end:]


def test_8_confirming_a_number_is_one_edit_of_the_data(tmp_path: Path) -> None:
    edited = tmp_path / "legal_references.yaml"
    edited.write_text(
        confirm(paths.legal_references_path().read_text(encoding="utf-8"), "sol-2025-anmalan", 19, "1"),
        encoding="utf-8",
    )
    before, after = load_legal_references(), load_legal_references(edited)
    text = "Anmälan görs enligt {ref:sol-2001-14-1}."
    assert before.expand(text) == (
        "Anmälan görs enligt 14 kap. 1 § SoL (2001:453), numera motsvarande bestämmelse i SoL (2025:400)."
    )
    assert after.expand(text) == "Anmälan görs enligt 14 kap. 1 § SoL (2001:453), numera 19 kap. 1 § SoL (2025:400)."
    row = next(r for r in after.table_rows(dt.date(2026, 6, 1)) if "19 kap. 1 §" in r[0])
    assert row[0] == "19 kap. 1 § SoL (2025:400) (tidigare 14 kap. 1 § SoL (2001:453))"
    assert not any(line.startswith("sol-2025-anmalan:") for line in unverified_references(after))
    assert any(line.startswith("sol-2025-anmalan:") for line in unverified_references(before))
