"""``routine-builder review list``: every item with its text, the replies to it and how it was handled,
chapter by chapter as the Remissvar panel lists them, run in a real process on real review files."""

from __future__ import annotations

import re

from routine_builder.domain.reviews import ACCEPTED, HANDLED, REJECTED, handle_item, load_reviews
from tests.helpers.cli import run_cli
from tests.ui.remiss_fixtures import ANNA, BO, CECILIA, RemissRound, remiss_round, remiss_round_template, workspace_of

__all__ = ["remiss_round", "remiss_round_template"]  # fixtures used by the tests below


def imported_and_handled(round_: RemissRound) -> None:
    """Both reviewers' files imported with the command line; three items handled as the panel would."""
    ws = str(round_.root / "ws")
    imported = run_cli("review", "import", ws, "--area", "boras", str(round_.anna), str(round_.cecilia))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    workspace = workspace_of(round_.root / "ws")
    reviews, _problems = load_reviews(workspace, "boras")
    by = {(i.question_id, i.author or r.reviewer): (r.number, i.id) for r in reviews for i in r.items}
    handling = [
        (("alt1-sip", ANNA), ACCEPTED, "Godtaget med ändringar."),
        (("grav-uppfoljning", ANNA), REJECTED, "Uppföljningen\nstyrs av graviditetsvecka."),
        (("alt2-aterkoppling", CECILIA), HANDLED, ""),
    ]
    for key, state, note in handling:
        number, item_id = by[key]
        handle_item(workspace, "boras", number, item_id, state=state, note=note, by="Kim Samordnare")


def test_the_list_shows_text_replies_and_handling_in_the_panels_order(remiss_round: RemissRound) -> None:
    imported_and_handled(remiss_round)
    result = run_cli("review", "list", str(remiss_round.root / "ws"), "--area", "boras")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert result.stderr == "" and "\t" not in out
    assert out.startswith("Remissvar för 'boras': 5 synpunkter, 2 öppna.\n")
    groups = [line for line in out.splitlines() if line and not line.startswith(" ")][1:]
    assert groups == ["Arbetsgång", "Dokumentation"]
    heads = [line.strip() for line in out.splitlines() if line.startswith("  ") and not line.startswith("    ")]
    assert [re.sub(r" \(.*?\)", "", h, count=1).split(" (")[0].split(",")[0] for h in heads] == [
        f"Förslag från {ANNA}",  # alt1-sip, tracked changes
        f"Kommentar från {ANNA}",  # alt2-aterkoppling
        f"Kommentar från {CECILIA}",  # alt2-aterkoppling
        f"Förslag från {ANNA}",  # grav-uppfoljning, untracked edit
        f"Allmän kommentar från {ANNA}",  # the chapter Dokumentation
    ]
    assert "(spårade ändringar)" in heads[0] and "(ändrat utan spårade ändringar)" in heads[3]
    assert "boras-anna.docx, remissvar 1" in heads[0] and "boras-cecilia.docx, remissvar 2" in heads[2]
    assert "    Synpunkt: Ange hur snabbt återkopplingen ska ske.\n" in out
    assert f"    Svar från {BO}: Håller med, inom sju dagar.\n" in out
    assert "    Synpunkt: Kapitlet behöver en mening om journalföring.\n" in out
    assert "    Föreslagen text: SIP erbjuds alltid" in out
    assert "    Hantering: godtagen av Kim Samordnare den " in out
    assert "    Anteckning: Godtaget med ändringar.\n" in out
    assert "    Hantering: avslagen av Kim Samordnare den " in out
    assert "    Anteckning: Uppföljningen\n                styrs av graviditetsvecka.\n" in out
    assert "    Hantering: hanterad av Kim Samordnare den " in out
    assert out.count("    Hantering: öppen, inte hanterad ännu\n") == 2
    assert out.count("    Fråga: ") == 4 and "[alt2-aterkoppling]" in out


def test_only_open_items_keep_their_replies(remiss_round: RemissRound) -> None:
    imported_and_handled(remiss_round)
    result = run_cli("review", "list", str(remiss_round.root / "ws"), "--area", "boras", "--open")
    assert result.returncode == 0, result.stderr
    assert "godtagen" not in result.stdout and "avslagen" not in result.stdout
    assert f"Svar från {BO}: Håller med, inom sju dagar." in result.stdout
    assert result.stdout.count("Hantering: öppen") == 2
