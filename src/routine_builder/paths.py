"""Where the bundled resources and templates are.

The same lookup works from a source checkout, an installed wheel (where the build puts them inside
the package) and a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / name)
    found.append(_PACKAGE_DIR / name)  # installed wheel
    found.append(_PACKAGE_DIR.parents[1] / name)  # source checkout: src/routine_builder/../../name
    return found


@cache
def _locate(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates(name))
    raise FileNotFoundError(f"Mappen '{name}' saknas i installationen (sökte i {tried}).")


def resources_dir() -> Path:
    """The ``resources/`` folder."""
    return _locate("resources")


def templates_dir() -> Path:
    """The ``templates/`` folder."""
    return _locate("templates")


def question_sets_dir() -> Path:
    """The bundled question sets."""
    return resources_dir() / "question_sets"


def question_set_path(question_set_id: str) -> Path:
    """The bundled question set file with this id."""
    return question_sets_dir() / f"{question_set_id}.yaml"


def guideline_path(question_set_id: str) -> Path:
    """The routine outline and guideline texts belonging to a question set."""
    return resources_dir() / "guideline" / f"{question_set_id}.yaml"


def legal_references_path() -> Path:
    """The legal reference data."""
    return resources_dir() / "legal_references.yaml"


def areas_catalogue_path() -> Path:
    """The catalogue of collaboration areas and municipalities."""
    return resources_dir() / "areas.yaml"


def demo_workspace_dir() -> Path:
    """The bundled demo workspace."""
    return resources_dir() / "demo"


def routine_template_path() -> Path:
    """The Word template of the routine."""
    return templates_dir() / "routine.docx"
