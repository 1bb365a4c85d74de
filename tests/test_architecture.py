"""The layers stay apart: the domain and storage import no Qt and no python-docx."""

from __future__ import annotations
import __future__

import inspect
import subprocess
import sys
from pathlib import Path

import routine_builder.domain as domain

REPO = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


def test_domain_imports_without_qt() -> None:
    code = (
        "import sys; import routine_builder.domain, routine_builder.domain.validate, routine_builder.storage;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'docx'))]; print(bad); sys.exit(bool(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_routine_and_its_html_import_without_qt_python_docx_or_lxml() -> None:
    """The app's preview renders the routine's blocks as HTML on the start-up path: nothing heavy comes with it."""
    code = (
        "import sys; import routine_builder.document, routine_builder.document.html;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'docx', 'lxml', 'routine_builder.export'))];"
        "print(bad); sys.exit(bool(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_exported_members() -> None:
    """``domain.__all__`` lists exactly the package's public names, each once (as httpx checks its own)."""
    public = {
        name
        for name, value in vars(domain).items()
        if not name.startswith("_") and not inspect.ismodule(value) and not isinstance(value, __future__._Feature)
    }
    assert len(domain.__all__) == len(set(domain.__all__))
    assert set(domain.__all__) == public
