"""``routine-builder export``: the Word routine of one area or of all areas."""

from __future__ import annotations

import argparse
from pathlib import Path

from routine_builder.cli.common import fail


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help="skapa Word-rutinen för ett område eller alla",
        description="Skapar den lokala rutinen som Word-dokument (.docx), för ett område eller för alla.",
    )
    parser.add_argument("workspace", type=Path, metavar="WORKSPACE", help="arbetsytans mapp")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--area", metavar="ID", help="områdets id")
    which.add_argument("--all", action="store_true", help="alla områden, ett dokument per område")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FIL|MAPP", help="dokumentet (--area) eller mappen (--all)")
    parser.add_argument("--draft", action="store_true", help="exportera även om obligatoriska svar saknas (märks UTKAST)")
    parser.add_argument("--pdf", action="store_true", help="skriv också en PDF bredvid dokumentet (kräver LibreOffice)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    return fail("exporten är inte tillgänglig i den här versionen")
