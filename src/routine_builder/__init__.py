"""Routine Builder: write local routines for collaboration when there is concern for an expected child."""

APP_NAME = "Routine Builder"
ORGANISATION = "RoutineBuilder"


def __getattr__(name: str) -> str:
    """``__version__``, read from the package metadata on first use (importlib.metadata is slow to import)."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("routine-builder")
    except PackageNotFoundError:  # a bare source checkout or a bundle without metadata
        found = "0+unknown"
    globals()["__version__"] = found
    return found
