"""``routine-builder gui [WORKSPACE]``: the desktop app."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "gui",
        help="starta programmet",
        description="Startar programmet. Utan ARBETSYTA öppnas den senast använda arbetsytan, annars demon.",
    )
    parser.add_argument("workspace", nargs="?", type=Path, metavar="ARBETSYTA", help="arbetsytans mapp")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from routine_builder.ui.app import run_app  # Qt only when the app is asked for

    return run_app(args.workspace)
