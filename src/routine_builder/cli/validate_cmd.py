"""``routine-builder validate PATH``."""

from __future__ import annotations

import argparse
from pathlib import Path

from routine_builder.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE, fail


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "validate",
        help="kontrollera en arbetsyta, en svarsfil eller ett frågeunderlag",
        description=(
            "Kontrollerar en arbetsyta, en svarsfil eller ett frågeunderlag och rapporterar saknade "
            "obligatoriska svar, svar på frågor som inte längre finns och fel, och listar lagrum som inte är "
            "bekräftade och en riktlinje vars giltighetstid har gått ut. Slutstatus: 0 inga fel, "
            "1 brister hittades, 2 filen kan inte användas."
        ),
    )
    parser.add_argument("path", type=Path, metavar="SÖKVÄG", help="arbetsytans mapp eller en YAML-fil")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from routine_builder.domain.validate import validate_path  # not on every start of the program

    report = validate_path(args.path)
    if len(report.areas) == 1 and report.areas[0].unreadable and not args.path.is_dir():
        return fail(report.areas[0].problems[0])
    for problem in report.problems:
        print(f"FEL: {problem}")
    for area in report.areas:
        mark = "OK " if area.ok else "!! "
        print(f"{mark}{area.label}: {area.summary or 'kunde inte läsas'}")
        for problem in area.problems:
            print(f"    fel: {problem}")
        for missing in area.missing:
            print(f"    saknas: {missing}")
        for orphan in area.orphans:
            print(f"    svar på fråga som inte finns i frågeunderlaget (sparas): {orphan}")
    for note in report.notes:
        print(f"OBS: {note.text}")
        for item in note.items:
            print(f"    {item}")
    if report.unusable:
        return EXIT_UNUSABLE
    return EXIT_OK if report.ok else EXIT_PROBLEMS
