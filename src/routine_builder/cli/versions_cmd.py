"""``routine-builder snapshot`` and ``routine-builder versions``: saved versions of an area."""

from __future__ import annotations

import argparse
from pathlib import Path

from routine_builder.cli.common import EXIT_OK, EXIT_UNUSABLE, fail
from routine_builder.domain import Workspace, save_version, version_headers


def register(sub: argparse._SubParsersAction) -> None:
    snap = sub.add_parser(
        "snapshot",
        help="spara en version av ett område",
        description="Sparar områdets nuvarande svar som nästa numrerade version (versionen ändras aldrig efteråt).",
    )
    snap.add_argument("workspace", type=Path, metavar="ARBETSYTA", help="arbetsytans mapp")
    snap.add_argument("--area", required=True, metavar="ID", help="områdets id")
    snap.add_argument("-m", "--message", required=True, metavar="TEXT", help="en kommentar till versionen")
    snap.set_defaults(handler=run_snapshot)

    ver = sub.add_parser(
        "versions",
        help="lista ett områdes sparade versioner",
        description="Listar ett områdes sparade versioner: nummer, datum, vem och kommentar.",
    )
    ver.add_argument("workspace", type=Path, metavar="ARBETSYTA", help="arbetsytans mapp")
    ver.add_argument("--area", required=True, metavar="ID", help="områdets id")
    ver.set_defaults(handler=run_versions)


def run_snapshot(args: argparse.Namespace) -> int:
    workspace = Workspace.open(args.workspace)
    draft = workspace.load_area(args.area)
    version = save_version(workspace, draft.answer_set, comment=args.message)
    assert version.version is not None
    print(f"Version {version.version.number} av '{args.area}' sparades.")
    return EXIT_OK


def run_versions(args: argparse.Namespace) -> int:
    workspace = Workspace.open(args.workspace)
    workspace.load_area(args.area)  # reports an unknown area
    versions = version_headers(workspace, args.area)
    if not versions:
        print(f"Området '{args.area}' har inga sparade versioner ännu.")
    for header in versions:
        info = header.version
        if info is not None:
            print(f"{info.number:>3}  {info.saved_at:%Y-%m-%d %H:%M}  {info.saved_by:<16}  {info.comment}")
    problems = [fail(header.problem) for header in versions if header.problem]
    return EXIT_UNUSABLE if problems else EXIT_OK
