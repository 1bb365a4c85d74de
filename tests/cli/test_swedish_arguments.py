"""argparse's own texts in Swedish: usage, help headings and every kind of argument error, in real processes."""

from __future__ import annotations

import argparse
import ast
import gettext
import inspect
import re
from pathlib import Path

import pytest

from routine_builder.cli import build_parser, main
from routine_builder.cli.swedish_parser import SWEDISH, SwedishParser
from tests.helpers.cli import run_cli

# Phrases argparse prints in English; none may reach a user.
ENGLISH = (
    "usage",
    "error:",
    "required",
    "unrecognized",
    "invalid",
    "expected",
    "choose from",
    "options:",
    "positional",
    "show this help",
    "not allowed",
    "one of the arguments",
)

# (arguments, what the one error sentence must say)
ERRORS: dict[str, tuple[list[str], str]] = {
    "required": (["export"], "routine-builder export: följande argument saknas: ARBETSYTA, -o/--output."),
    "unrecognized": (["validate", "/x", "--bogus"], "routine-builder: programmet känner inte igen --bogus."),
    "unrecognized_positional": (
        ["versions", "ws", "--area", "a", "extra"],
        "routine-builder: programmet känner inte igen extra.",
    ),
    "invalid_choice": (
        ["review", "lista"],
        "routine-builder review: argumentet KOMMANDO: 'lista' finns inte att välja (välj bland 'import', 'list').",
    ),
    "invalid_value": (
        ["export", "ws", "--area", "a", "-o", "x.docx", "--version", "tre"],
        "routine-builder export: argumentet --version: 'tre' är inget versionsnummer.",
    ),
    "invalid_date": (
        ["adopt", "ws", "--area", "a", "--by", "Styrgruppen", "--date", "10 feb"],
        "routine-builder adopt: argumentet --date: '10 feb' är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2027-01-15.",
    ),
    "expected_one": (
        ["snapshot", "ws", "--area", "a", "-m"],
        "routine-builder snapshot: argumentet -m/--message: ett värde saknas efter flaggan.",
    ),
    "not_allowed_with": (
        ["export", "ws", "--area", "a", "--all", "-o", "ut"],
        "routine-builder export: argumentet --all: kan inte anges tillsammans med --area.",
    ),
    "one_of_required": (
        ["export", "ws", "-o", "ut"],
        "routine-builder export: ett av argumenten --area --all måste anges.",
    ),
    "init_required": (["init"], "routine-builder init: följande argument saknas: ARBETSYTA."),
    "remiss_with_pdf": (
        ["export", "ws", "--area", "a", "--remiss", "--pdf", "-o", "x.docx"],
        "routine-builder export: en remissfil skrivs bara som Word-fil (utan --pdf och --draft; luckor visas ändå).",
    ),
    "reply_by_without_remiss": (
        ["export", "ws", "--area", "a", "--reply-by", "2027-01-15", "-o", "x.docx"],
        "routine-builder export: --reply-by gäller en remissfil; lägg till --remiss.",
    ),
    "remiss_summary_with_remiss": (
        ["export", "ws", "--area", "a", "--remiss", "--remiss-summary", "-o", "x.docx"],
        "routine-builder export: --remiss-summary gäller rutinen, inte remissfilen; ta bort en av dem.",
    ),
    "all_with_version": (
        ["export", "ws", "--all", "--version", "2", "-o", "ut"],
        "routine-builder export: --version, --remiss och --remiss-summary gäller ett område (--area), inte --all.",
    ),
    "review_list_required": (
        ["review", "list", "ws"],
        "routine-builder review list: följande argument saknas: --area.",
    ),
}


@pytest.mark.parametrize("case", sorted(ERRORS))
def test_an_argument_error_is_one_swedish_sentence_with_exit_status_2(case: str) -> None:
    args, expected = ERRORS[case]
    result = run_cli(*args)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("användning: routine-builder"), result.stderr
    assert not re.search(r"\b(NAME|WORKSPACE|PATH)\b", result.stderr), result.stderr
    assert lines[-1] == expected
    assert not any(phrase in result.stderr for phrase in ENGLISH), result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [["--help"], ["validate", "--help"], ["export", "-h"], ["review", "--help"], ["review", "list", "--help"]],
)
def test_help_has_swedish_headings(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith("användning: routine-builder")
    assert "\nflaggor:\n" in text
    assert "-h, --help" in text and "visa den här hjälptexten och avsluta" in text
    assert not any(phrase in text for phrase in ENGLISH), text
    if args != ["export", "-h"]:
        assert "\nargument:\n" in text


def test_a_builtin_type_that_refuses_a_value_is_reported_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    parser = SwedishParser(prog="routine-builder prov")
    parser.add_argument("--antal", type=int)
    with pytest.raises(SystemExit) as stopped:
        parser.parse_args(["--antal", "tre"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == "routine-builder prov: argumentet --antal: 'tre' är inget giltigt värde."
    for wrong, said in ((["--antal"], "ett värde saknas efter flaggan"), (["--antal", "1", "x"], "känner inte igen x")):
        with pytest.raises(SystemExit):
            parser.parse_args(wrong)
        assert said in capsys.readouterr().err


def test_the_table_answers_every_text_argparse_asks_for() -> None:
    """Each string argparse passes to ``_()`` or ``ngettext()`` has a Swedish text with the same fields."""
    asked: set[str] = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            asked.update(arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str))
    assert asked and asked <= set(SWEDISH), sorted(asked - set(SWEDISH))
    for english, swedish in SWEDISH.items():
        fields = {"prog": "p", "message": "m", "argument_name": "a", "value": "v", "choices": "c", "type": "t"}
        fields |= {
            "option": "o",
            "matches": "m",
            "parser_name": "n",
            "filename": "f",
            "error": "e",
            "prefix_chars": "-",
        }
        if "%(" in english:
            swedish % fields  # every field the Swedish text names is one argparse gives
        elif "%" in english:
            assert swedish.count("%") == english.count("%"), swedish


def test_argparse_is_left_as_it_was(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only the program's own parser speaks Swedish; argparse elsewhere in the process is untouched."""
    build_parser().format_help()
    with pytest.raises(SystemExit):
        main(["export"])
    assert "följande argument saknas" in capsys.readouterr().err
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
    assert "usage: x" in argparse.ArgumentParser(prog="x").format_usage()
