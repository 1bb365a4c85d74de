"""``routine-builder diff A B``: what differs between two answer sets."""

from __future__ import annotations

import argparse
from pathlib import Path

from routine_builder.cli.common import fail


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "diff",
        help="jämför två svarsfiler eller versioner",
        description="Jämför två svarsfiler eller versionsfiler fråga för fråga. Slutstatus 0 även när det finns skillnader.",
    )
    parser.add_argument("a", type=Path, metavar="A", help="den äldre svarsfilen eller versionen")
    parser.add_argument("b", type=Path, metavar="B", help="den nyare svarsfilen eller versionen")
    parser.add_argument("--docx", type=Path, metavar="UT", help="skriv jämförelsen som Word-dokument med spårade ändringar")
    parser.add_argument("--html", type=Path, metavar="UT", help="skriv jämförelsen som HTML-sida")
    parser.add_argument("--all", action="store_true", help="visa alla frågor, inte bara de som skiljer sig")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    return fail("jämförelsen är inte tillgänglig i den här versionen")
