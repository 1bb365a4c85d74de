"""``routine-builder review``: import reviewed remiss files and list what reviewers said."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from routine_builder.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE, fail
from routine_builder.domain import Workspace
from routine_builder.domain.outline import load_workspace_outline
from routine_builder.domain.question_set import QuestionSet
from routine_builder.domain.review_listing import chapter_title, grouped
from routine_builder.domain.reviews import KIND_WORDS, PROPOSAL, STATE_WORDS, Entry, entries, load_reviews
from routine_builder.errors import RoutineBuilderError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "review",
        help="importera och lista remissvar",
        description="Remissvar: importera granskade Word-filer och lista synpunkterna per fråga.",
    )
    commands = parser.add_subparsers(dest="review_command", metavar="KOMMANDO", required=True)
    imports = commands.add_parser(
        "import",
        help="importera en eller flera granskade remissfiler",
        description=(
            "Läser kommentarer, spårade ändringar och ändrade svar ur granskade remissfiler (.docx) och sparar "
            "dem som remissvar i området (areas/<id>/reviews/). Slutstatus: 0 allt importerades, 1 allt "
            "importerades men något är osäkert, gäller ett svar som ändrats sedan remissen eller hittades inte, "
            "2 någon fil kunde inte importeras."
        ),
    )
    imports.add_argument("workspace", type=Path, metavar="ARBETSYTA", help="arbetsytans mapp")
    imports.add_argument("--area", required=True, metavar="ID", help="områdets id")
    imports.add_argument("files", type=Path, nargs="+", metavar="FIL.docx", help="granskade remissfiler")
    imports.add_argument("--by", default="", metavar="NAMN", help="granskarens namn (annars från filen)")
    imports.set_defaults(handler=run_import)
    listing = commands.add_parser(
        "list",
        help="lista ett områdes remissvar",
        description=(
            "Listar ett områdes remissvar kapitel för kapitel, i samma ordning som panelen Remissvar: för varje "
            "synpunkt fråga, granskare, fil, texten, svaren på den och hur den hanterats (läge och anteckning). "
            "Slutstatus: 0 listan skrevs, 2 något remissvar kunde inte läsas."
        ),
    )
    listing.add_argument("workspace", type=Path, metavar="ARBETSYTA", help="arbetsytans mapp")
    listing.add_argument("--area", required=True, metavar="ID", help="områdets id")
    listing.add_argument("--open", action="store_true", help="bara punkter som inte är hanterade")
    listing.set_defaults(handler=run_list)


def run_import(args: argparse.Namespace) -> int:
    from routine_builder.document.answer_words import own_words
    from routine_builder.domain.review_import import build_review  # python-docx only when importing
    from routine_builder.domain.reviews import add_review
    from routine_builder.export.remiss_reader import read_reviewed

    workspace = Workspace.open(args.workspace)
    workspace.load_area(args.area)  # reports an unknown or broken area
    outline = load_workspace_outline(workspace.root, workspace.question_set)
    failed = doubtful = 0
    for path in args.files:
        try:
            found = read_reviewed(path)
            review = build_review(
                workspace, args.area, found, file_name=path.name, outline=outline, reviewer=args.by, own_words=own_words
            )
            stored = add_review(workspace, review)
        except RoutineBuilderError as exc:
            fail(exc.message)
            failed += 1
            continue
        counts = {kind: sum(1 for i in stored.items if i.kind == kind) for kind in KIND_WORDS}
        summary = ", ".join(f"{n} {KIND_WORDS[k] if n == 1 else _plural(k)}" for k, n in counts.items() if n)
        print(f"{path.name}: {stored.reviewer}, {summary or 'inga synpunkter'} (remissvar {stored.number}).")
        uncertain = sum(1 for i in stored.items if i.uncertain)
        conflicts = sum(1 for i in stored.items if i.conflict)
        if uncertain:
            print(f"  {uncertain} hittades utan sina markeringar och är osäkra; kontrollera frågan.")
        if conflicts:
            print(f"  {conflicts} gäller svar som har ändrats sedan remissversionen (konflikt).")
        if found.missing:
            print(f"  {len(found.missing)} svar hittades inte i filen: {', '.join(found.missing)}.")
        doubtful += bool(uncertain or conflicts or found.missing)
    if failed:
        return EXIT_UNUSABLE
    return EXIT_PROBLEMS if doubtful else EXIT_OK


def _plural(kind: str) -> str:
    return {"comment": "kommentarer", "proposal": "förslag", "general": "allmänna kommentarer"}[kind]


def run_list(args: argparse.Namespace) -> int:
    workspace = Workspace.open(args.workspace)
    workspace.load_area(args.area)
    reviews, problems = load_reviews(workspace, args.area)
    for problem in problems:
        fail(problem)
    question_set = workspace.question_set
    listed = entries(reviews, [q.id for q in question_set.questions()])
    if not reviews:
        print(f"Området '{args.area}' har inga remissvar ännu.", file=sys.stderr if problems else sys.stdout)
        return EXIT_UNUSABLE if problems else EXIT_OK
    if not listed:
        print(f"Remissvaren för '{args.area}' har inga synpunkter.")
        return EXIT_UNUSABLE if problems else EXIT_OK
    open_count = sum(1 for e in listed if e.item.is_open)
    counts = f"{_count(len(listed), 'synpunkt', 'synpunkter')}, {_count(open_count, 'öppen', 'öppna')}"
    print(f"Remissvar för '{args.area}': {counts}.")
    shown = [e for e in listed if e.item.is_open or not args.open]
    if not shown:
        print("Alla synpunkter är hanterade.")
    outline = load_workspace_outline(workspace.root, question_set)
    for title, group in grouped(shown, lambda e: chapter_title(e.item, outline) or "Hela rutinen"):
        print(f"\n{title}")
        for entry in group:
            for line in _item_lines(entry, question_set):
                print(line)
    return EXIT_UNUSABLE if problems else EXIT_OK


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _item_lines(entry: Entry, question_set: QuestionSet) -> list[str]:
    """One item as a user reads it: who said what about which question, the replies and the handling."""
    item = entry.item
    when = f", {item.date:%Y-%m-%d}" if item.date else ""
    how = ""
    if item.kind == PROPOSAL:
        how = " (spårade ändringar)" if item.tracked else " (ändrat utan spårade ändringar)"
    origin = f"{entry.review.file_name}, remissvar {entry.review.number}"
    lines = [f"  {KIND_WORDS[item.kind].capitalize()}{how} från {entry.reviewer}{when} ({origin})"]
    if item.question_id:
        known = item.question_id in question_set
        subject = question_set.question(item.question_id).text if known else "(finns inte i frågeunderlaget)"
        lines.append(f"    Fråga: {subject} [{item.question_id}]")
    if item.conflict:
        lines.append("    Konflikt: svaret har ändrats sedan remissversionen.")
    if item.uncertain:
        lines.append("    Osäker: svarets markering saknades i filen; platsen är bedömd utifrån omgivningen.")
    if item.quote:
        lines.append(f"    Kommenterad text: »{' '.join(item.quote.split())}«")
    lines += _block("Föreslagen text" if item.kind == PROPOSAL else "Synpunkt", item.text)
    for reply in item.replies:
        lines += _block(f"Svar från {reply.author or 'okänd'}", reply.text)
    if item.is_open:
        lines.append("    Hantering: öppen, inte hanterad ännu")
    else:
        by = f" av {item.handled_by}" if item.handled_by else ""
        day = f" den {item.handled_at:%Y-%m-%d}" if item.handled_at else ""
        lines.append(f"    Hantering: {STATE_WORDS[item.state]}{by}{day}")
        lines += _block("Anteckning", item.note)
    return lines


def _block(label: str, text: str) -> list[str]:
    """``label: text`` with the text's own lines kept, each further line indented under the first."""
    rows = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not rows:
        return []
    indent = " " * (6 + len(label))
    return [f"    {label}: {rows[0]}", *(indent + row for row in rows[1:])]
