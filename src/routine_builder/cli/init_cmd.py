"""``routine-builder init WORKSPACE [--demo]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from routine_builder.cli.common import EXIT_OK
from routine_builder.domain import Workspace, create_demo_workspace


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "init",
        help="skapa en ny arbetsyta",
        description="Skapar en ny arbetsyta i mappen ARBETSYTA (en ny eller tom mapp).",
    )
    parser.add_argument("workspace", type=Path, metavar="ARBETSYTA", help="mappen för den nya arbetsytan")
    parser.add_argument("--demo", action="store_true", help="fyll arbetsytan med exempelområden och exempelsvar")
    parser.add_argument("--name", default="", metavar="NAMN", help="arbetsytans namn (standard: mappens namn)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    workspace = create_demo_workspace(args.workspace) if args.demo else Workspace.create(args.workspace, name=args.name)
    areas = workspace.area_ids()
    print(
        f"Arbetsytan '{workspace.name}' skapades i {workspace.root}" + (f" med {len(areas)} områden." if areas else ".")
    )
    return EXIT_OK
