"""Render the app icon from the hand-written SVG: PNGs for Linux and the Windows .ico.

    python packaging/icons/make_icons.py

Needs ``rsvg-convert`` (Debian: ``apt-get install librsvg2-bin``). The results are committed, so a
build (including the Windows CI) never needs the tool; run this again only after changing the SVG.
The .ico holds PNG images (supported since Windows Vista), so no imaging library is needed.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "routine-builder.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    """The rendered PNG of ``size`` pixels."""
    return HERE / "png" / f"routine-builder-{size}.png"


def render(size: int) -> None:
    """Render the SVG at ``size`` × ``size`` pixels."""
    out = png_path(size)
    out.parent.mkdir(exist_ok=True)
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG), "-o", str(out)], check=True)


def write_ico(target: Path, sizes: tuple[int, ...]) -> None:
    """Pack the PNGs of ``sizes`` into one .ico file."""
    images = [png_path(size).read_bytes() for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    target.write_bytes(header + entries + b"".join(images))


def main() -> int:
    """Render every PNG and the .ico."""
    if shutil.which("rsvg-convert") is None:
        print("rsvg-convert saknas (Debian: apt-get install librsvg2-bin).", file=sys.stderr)
        return 2
    for size in PNG_SIZES:
        render(size)
    write_ico(HERE / "routine-builder.ico", ICO_SIZES)
    print(f"Ikoner skrivna i {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
