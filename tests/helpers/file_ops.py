"""Counting the files a piece of code opens and the folders it lists, through Python's audit events.

The hook is installed once per test process (audit hooks cannot be removed) and counts only inside a
:func:`count_file_ops` block, and only for paths under the folder given there.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

_watched: list[tuple[str, Counter[str]]] = []
_installed = False


def _hook(event: str, args: tuple) -> None:
    if not _watched or event not in ("open", "os.listdir", "os.scandir"):
        return
    path = args[0] if args else None
    if path is None or isinstance(path, int):
        return
    try:
        text = os.fsdecode(os.fspath(path))
    except TypeError:
        return
    for root, counts in _watched:
        if text.startswith(root):
            counts["open" if event == "open" else "list"] += 1
            counts[f"{'open' if event == 'open' else 'list'}:{os.path.relpath(text, root)}"] += 1


@contextlib.contextmanager
def count_file_ops(root: Path) -> Iterator[Counter[str]]:
    """Count the files opened (``open``) and folders listed (``list``) under ``root`` inside the block.

    Each path is counted as well, under ``open:<relative path>`` and ``list:<relative path>``.
    """
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
    counts: Counter[str] = Counter()
    item = (str(root), counts)
    _watched.append(item)
    try:
        yield counts
    finally:
        _watched.remove(item)


def opened(counts: Counter[str]) -> list[str]:
    """The relative paths opened, sorted, each as often as it was opened."""
    names = [name.removeprefix("open:") for name, n in counts.items() if name.startswith("open:") for _ in range(n)]
    return sorted(names)
