"""The command line: ``routine-builder`` and ``python -m routine_builder``.

Exit status: 0 success, 1 problems found, 2 unusable input. Errors go to stderr as one sentence
naming the file (and line), never a traceback; arguments that do not go together also get the
command's usage line. A reader that stops reading (``routine-builder diff A B | head``) ends the
output quietly, as Python's documentation recommends for a closed pipe.
"""

from __future__ import annotations

import argparse
import os
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
from routine_builder.cli.common import EXIT_OK, EXIT_UNUSABLE, UsageError, fail
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
    for command_parser in sub.choices.values():  # a command's own checks report with its usage line
        command_parser.set_defaults(command_parser=command_parser)
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
    status = EXIT_OK
    try:
        status = handler(args)
        sys.stdout.flush()  # a closed pipe shows here rather than as a warning when Python exits
        return status
    except UsageError as exc:
        command_parser: SwedishParser = args.command_parser
        command_parser.report(str(exc))
        return EXIT_UNUSABLE
    except BrokenPipeError:
        return _reader_gone(status)
    except RoutineBuilderError as exc:
        return fail(exc.message)
    except OSError as exc:  # a file the command touched directly (an output folder, …)
        doing = "kunde inte läsas eller skrivas" if exc.filename else "en fil kunde inte läsas eller skrivas"
        where = os.fsdecode(exc.filename) if exc.filename else None
        return fail(os_error(exc, path=where, doing=doing).message)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        return fail(f"Ett oväntat fel inträffade: {exc.__class__.__name__}: {exc}", status=EXIT_UNUSABLE)


def _reader_gone(status: int) -> int:
    """The program reading the output has closed it: discard the rest quietly and keep ``status``.

    Pointing stdout at the null device keeps Python from reporting the closed pipe again when it
    flushes stdout on exit (https://docs.python.org/3/library/signal.html#note-on-sigpipe).
    """
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):  # stdout is no real file (already closed, or replaced in-process)
        pass
    return status


def gui_main() -> int:
    """Entry point of the GUI script (desktop shortcuts)."""
    return main(["gui", *sys.argv[1:]])
