"""``routine-builder review``: import reviewed remiss files and list what reviewers said."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from routine_builder.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE, fail
from routine_builder.domain import Workspace
from routine_builder.domain.outline import load_workspace_outline
from routine_builder.domain.reviews import KIND_WORDS, STATE_WORDS, load_reviews
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
            "Listar ett områdes remissvar, en rad per synpunkt: fråga, granskare, slag, text och läge. "
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
            review = build_review(workspace, args.area, found, file_name=path.name, outline=outline, reviewer=args.by,
                                  own_words=own_words)  # fmt: skip
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
    for review in reviews:
        for item in review.items:
            if args.open and not item.is_open:
                continue
            where = item.question_id or f"({item.chapter or 'allmänt'})"
            marks = [STATE_WORDS[item.state]] + [w for w, on in (("osäker", item.uncertain),
                                                                  ("konflikt", item.conflict)) if on]  # fmt: skip
            text = " ".join(item.text.split())
            print(f"{where}\t{item.author or review.reviewer}\t{KIND_WORDS[item.kind]}\t{text}\t[{', '.join(marks)}]")
    if not reviews:
        print(f"Området '{args.area}' har inga remissvar ännu.", file=sys.stderr if problems else sys.stdout)
    elif not any(review.items for review in reviews):
        print(f"Remissvaren för '{args.area}' har inga synpunkter.")
    return EXIT_UNUSABLE if problems else EXIT_OK
