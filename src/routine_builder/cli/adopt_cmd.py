"""``routine-builder adopt``: record that a saved version of an area's routine is adopted (fastställd)."""

from __future__ import annotations

import argparse
from pathlib import Path

from routine_builder.cli.common import EXIT_OK, iso_date, positive
from routine_builder.domain import Workspace
from routine_builder.domain.adoption import Adoption, record_adoption
from routine_builder.domain.operations import REVISING


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "adopt",
        help="fastställ en sparad version av ett områdes rutin",
        description=(
            "Antecknar att en sparad version av rutinen är fastställd: av vem, vilket datum, hur länge den "
            "gäller och vem som äger innehållet. Utan --version sparas utkastet först som en ny version, som "
            "sedan fastställs. Slutstatus: 0 fastställd, 2 något kunde inte användas."
        ),
    )
    parser.add_argument("workspace", type=Path, metavar="ARBETSYTA", help="arbetsytans mapp")
    parser.add_argument("--area", required=True, metavar="ID", help="områdets id")
    parser.add_argument("--version", type=positive, metavar="N", help="versionen som fastställs (annars: utkastet)")
    parser.add_argument("--by", required=True, metavar="TEXT", help="vem som fastställer, t.ex. en styrgrupp")
    parser.add_argument("--date", required=True, type=iso_date, metavar="ÅÅÅÅ-MM-DD", help="dagen för beslutet")
    parser.add_argument("--valid-until", type=iso_date, metavar="ÅÅÅÅ-MM-DD", help="rutinen gäller till och med")
    parser.add_argument("--owner", default="", metavar="TEXT", help="vem som äger innehållet (annars som förut)")
    parser.add_argument("--label", default="", metavar="TEXT", help="versionsbeteckning i rutinen, t.ex. 1.0")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    workspace = Workspace.open(args.workspace)
    loaded = workspace.load_area(args.area)
    record = Adoption(args.by, args.date, args.valid_until, args.owner, args.label)
    adopted = record_adoption(workspace, loaded, record, number=args.version)
    saved = " (utkastet sparades som den versionen)" if adopted.saved_new_version else ""
    until = f", giltig till {args.valid_until.isoformat()}" if args.valid_until else ""
    print(f"Version {adopted.number} av '{args.area}'{saved} är fastställd av {args.by} den {args.date}{until}.")
    if adopted.draft.document.status == REVISING:
        print(f"Utkastet skiljer sig från version {adopted.number} och är nu under revidering.")
    return EXIT_OK
