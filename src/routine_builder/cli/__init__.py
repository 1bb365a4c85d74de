"""The command line: ``routine-builder`` and ``python -m routine_builder``.

Exit status: 0 success, 1 problems found, 2 unusable input. Errors go to stderr as one sentence
naming the file (and line), never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

import routine_builder
from routine_builder.cli import (
    adopt_cmd,
    diff_cmd,
    export_cmd,
    gui_cmd,
    init_cmd,
    review_cmd,
    validate_cmd,
    versions_cmd,
)
from routine_builder.cli.common import EXIT_UNUSABLE, fail
from routine_builder.cli.swedish_parser import SwedishParser
from routine_builder.errors import RoutineBuilderError
from routine_builder.storage import os_error

_COMMANDS = ("gui", "init", "validate", "export", "snapshot", "versions", "diff", "adopt", "review")


class _VersionAction(argparse.Action):
    """``--version``: the version is looked up only when it is asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        print(f"{parser.prog} {routine_builder.__version__}")  # on stdout, as every program's --version
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = SwedishParser(
        prog="routine-builder",
        description="Routine Builder: skriv lokala rutiner för samverkan vid oro för väntat barn.",
        epilog="Utan kommando startar programmet (samma som 'gui').",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="visa programmets version och avsluta")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    gui_cmd.register(sub)
    init_cmd.register(sub)
    validate_cmd.register(sub)
    export_cmd.register(sub)
    versions_cmd.register(sub)
    diff_cmd.register(sub)
    adopt_cmd.register(sub)
    review_cmd.register(sub)
    return parser


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _utf8_streams()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in _COMMANDS and not args_list[0].startswith("-")):
        args_list.insert(0, "gui")
    parser = build_parser()
    args = parser.parse_args(args_list)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except RoutineBuilderError as exc:
        return fail(exc.message)
    except OSError as exc:  # a file the command touched directly (an output folder, …)
        where = exc.filename if exc.filename else "filen"
        return fail(os_error(exc, path=where, doing="kunde inte läsas eller skrivas").message)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        return fail(f"Ett oväntat fel inträffade: {exc.__class__.__name__}: {exc}", status=EXIT_UNUSABLE)


def gui_main() -> int:
    """Entry point of the GUI script (desktop shortcuts)."""
    return main(["gui", *sys.argv[1:]])
