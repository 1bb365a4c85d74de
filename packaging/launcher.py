"""Entry script of the frozen bundle.

One program: without arguments it starts the desktop app, with arguments it runs the command line
(``routine-builder export ...``), exactly as the ``routine-builder`` script of an installed wheel.
On Windows the bundle also has a windowed ``routine-builder-gui.exe`` built from this same script;
an executable whose name ends in ``-gui`` always starts the desktop app.
"""

from __future__ import annotations

import sys
from pathlib import Path

from routine_builder.cli import gui_main, main


def run() -> int:
    """Run the desktop app or the command line, depending on the executable's name."""
    if Path(sys.executable).stem.lower().endswith("-gui"):
        return gui_main()
    return main()


if __name__ == "__main__":
    sys.exit(run())
