"""The operating system's reasons in Swedish: every errno, a reason with no number, and no English words elsewhere."""

from __future__ import annotations

import ast
import errno
import os
from pathlib import Path

import pytest

import routine_builder
from routine_builder.storage.os_errors import os_error, os_reason

SOURCE = Path(routine_builder.__file__).parent


@pytest.mark.parametrize("code", sorted(errno.errorcode), ids=lambda code: errno.errorcode[code])
def test_no_reason_is_given_in_the_systems_english(code: int) -> None:
    english = os.strerror(code)
    reason = os_reason(OSError(code, english))
    assert reason and english not in reason, (errno.errorcode[code], reason)


def test_a_reason_without_a_number_is_not_passed_on_in_english() -> None:
    reason = os_reason(OSError("Something went wrong in the device driver"))
    assert "Something" not in reason and "operativsystemet" in reason


def test_a_closed_pipe_and_a_missing_file_in_words() -> None:
    assert os_reason(BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))) == "mottagaren har slutat läsa"
    gone = FileNotFoundError(errno.ENOENT, "No such file or directory")
    missing = os_error(gone, path="x.docx", doing="kan inte läsas")
    assert missing.message == "x.docx: kan inte läsas (filen eller mappen finns inte)"


def test_no_module_shows_the_systems_own_words() -> None:
    """``strerror`` and ``str()`` of an OSError are English: only os_errors.py may read an OSError's words."""
    found = []
    for path in SOURCE.rglob("*.py"):
        if path.name == "os_errors.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "strerror":
                found.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
            if isinstance(node, ast.ExceptHandler) and node.name and _catches_os_error(node.type):
                for inner in ast.walk(node):
                    if _shows(inner, node.name):
                        found.append(f"{path.relative_to(SOURCE)}:{inner.lineno}")
    assert found == []


def _catches_os_error(kind: ast.expr | None) -> bool:
    names = [kind] if not isinstance(kind, ast.Tuple) else list(kind.elts)
    return any(isinstance(n, ast.Name) and n.id in {"OSError", "IOError", "EnvironmentError"} for n in names)


def _shows(node: ast.AST, name: str) -> bool:
    """``str(exc)`` or ``{exc}`` in an f-string."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str":
        return any(isinstance(a, ast.Name) and a.id == name for a in node.args)
    if isinstance(node, ast.FormattedValue):
        return isinstance(node.value, ast.Name) and node.value.id == name
    return False
