"""argparse in Swedish: its own texts (usage, headings, errors) through a small translation table.

argparse takes every text it prints through gettext (``argparse._`` and ``argparse.ngettext``). The
table below holds a Swedish text for each of those message ids (Python 3.11); :class:`SwedishParser`
puts the table in place while it builds, parses and prints, and restores argparse afterwards, so that
nothing else in the process changes language.
"""

from __future__ import annotations

import argparse
import functools
import gettext
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn, TypeVar

from routine_builder.cli.common import sentence

# The message ids of argparse (Python 3.11), each with its Swedish text.
SWEDISH: dict[str, str] = {
    # help and usage
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälptexten och avsluta",
    "subcommands": "kommandon",
    # what the user typed
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "följande argument saknas: %s",
    "one of the arguments %s is required": "ett av argumenten %s måste anges",
    "unrecognized arguments: %s": "programmet känner inte igen %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r finns inte att välja (välj bland %(choices)s)",
    "invalid %(type)s value: %(value)r": "%(value)r är inget giltigt värde",
    "expected one argument": "ett värde saknas efter flaggan",
    "expected at most one argument": "högst ett värde får anges",
    "expected at least one argument": "minst ett värde behövs",
    "expected %s argument": "%s värde behövs",
    "expected %s arguments": "%s värden behövs",
    "ambiguous option: %(option)s could match %(matches)s": "%(option)s kan betyda flera flaggor: %(matches)s",
    "not allowed with argument %s": "kan inte anges tillsammans med %s",
    "ignored explicit argument %r": "flaggan tar inget värde, men fick %r",
    "unexpected option string: %s": "oväntad flagga: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "okänt kommando %(parser_name)r (välj bland %(choices)s)",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' kan inte öppnas: %(error)s",
    'argument "-" with mode %r': 'argumentet "-" med läget %r',
    # mistakes in the program's own parser definitions (never shown to a user of a finished program)
    ".__call__() not defined": ".__call__() saknas",
    "'required' is an invalid argument for positionals": "'required' kan inte ges till ett positionsargument",
    "mutually exclusive arguments must be optional": "argument som utesluter varandra måste vara flaggor",
    "%r is not callable": "%r kan inte anropas",
    "cannot merge actions - two groups are named %r": "kan inte slå ihop: två grupper heter %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r": (
        "ogiltig flagga %(option)r: den ska börja med ett av tecknen %(prefix_chars)r"
    ),
    "dest= is required for options like %r": "dest= behövs för flaggor som %r",
    "invalid conflict_resolution value: %r": "ogiltigt värde för conflict_resolution: %r",
    "cannot have multiple subparser arguments": "det går bara att ha en uppsättning kommandon",
    "conflicting subparser: %s": "kommandot finns redan: %s",
    "conflicting subparser alias: %s": "kommandots alias finns redan: %s",
    "conflicting option string: %s": "flaggan finns redan: %s",
    "conflicting option strings: %s": "flaggorna finns redan: %s",
}


class _Table(gettext.NullTranslations):
    """gettext look-ups answered from :data:`SWEDISH`; an id that is not there stays as it is."""

    def gettext(self, message: str) -> str:
        return SWEDISH.get(message, message) if isinstance(message, str) else message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self.gettext(msgid1 if n == 1 else msgid2)


_TABLE = _Table()


@contextmanager
def swedish() -> Iterator[None]:
    """Inside the block argparse speaks Swedish; after it, as before."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _TABLE.gettext, _TABLE.ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


_Result = TypeVar("_Result")


def _in_swedish(method: Callable[..., _Result]) -> Callable[..., _Result]:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> _Result:
        with swedish():
            return method(*args, **kwargs)

    return wrapper


class SwedishParser(argparse.ArgumentParser):
    """An ArgumentParser whose headings, usage and errors are Swedish (its subcommands' parsers too).

    An error is printed as the usage followed by one sentence, ``routine-builder KOMMANDO: …``,
    and the program ends with exit status 2.
    """

    __init__ = _in_swedish(argparse.ArgumentParser.__init__)
    add_subparsers = _in_swedish(argparse.ArgumentParser.add_subparsers)
    format_usage = _in_swedish(argparse.ArgumentParser.format_usage)
    format_help = _in_swedish(argparse.ArgumentParser.format_help)

    # The base class declares these two as overloads, which a wrapped function cannot restate.
    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        with swedish():
            return super().parse_known_args(*args, **kwargs)

    def parse_args(self, *args: Any, **kwargs: Any) -> Any:
        with swedish():
            return super().parse_args(*args, **kwargs)

    def report(self, message: str) -> None:
        """Print the usage, then one Swedish sentence naming what is wrong, to stderr."""
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: {sentence(message)}\n")

    def error(self, message: str) -> NoReturn:
        """The usage, then one Swedish sentence naming what is wrong; exit status 2."""
        self.report(message)
        self.exit(2)
