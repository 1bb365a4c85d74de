"""Build the frozen bundle of Routine Builder on the current platform.

    python packaging/build.py            build dist/Routine Builder/ (PyInstaller, onedir)
    python packaging/build.py --archive  also pack it: RoutineBuilder-<version>-<platform>.tar.gz / .zip

Run it with the Python of the virtual environment that has the package installed (``.venv``). It
installs PyInstaller into that environment if it is missing, builds the translations
(``tools/i18n.py build``) when that script exists, runs PyInstaller with
``packaging/routine_builder.spec`` and prints where the bundle is and how big it is.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "routine_builder.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE_NAME = "Routine Builder"
PYINSTALLER = "pyinstaller>=6.6"


def bundle_dir(dist: Path = DIST) -> Path:
    """The built bundle folder."""
    return dist / BUNDLE_NAME


def executable(bundle: Path) -> Path:
    """The bundle's main executable."""
    return bundle / ("routine-builder.exe" if sys.platform == "win32" else "routine-builder")


def folder_size(folder: Path) -> int:
    """Total size in bytes of the files under ``folder``."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def human(size: int) -> str:
    """``size`` bytes as MiB."""
    return f"{size / 2**20:.1f} MiB"


def package_version() -> str:
    """The version from the installed package's metadata (the one the spec uses)."""
    from routine_builder import __version__

    return __version__


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-amd64`` and so on."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def ensure_pyinstaller() -> None:
    """Install PyInstaller into this environment when it is missing."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    print(f"Installerar {PYINSTALLER} i {sys.prefix}", flush=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "-q", PYINSTALLER], check=True
    )


def build_translations() -> None:
    """Compile the .ts files to .qm (tools/i18n.py build), when the project has that step."""
    script = ROOT / "tools" / "i18n.py"
    if not script.is_file():
        print("tools/i18n.py saknas; hoppar över översättningarna.", flush=True)
        return
    result = subprocess.run([sys.executable, str(script), "build"], cwd=ROOT, check=False)
    if result.returncode:
        raise SystemExit(f"Översättningarna kunde inte byggas (tools/i18n.py build gav {result.returncode}).")


def run_pyinstaller(dist: Path, work: Path) -> None:
    """Run PyInstaller with the spec."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("Kör: " + " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


def archive(bundle: Path, version: str) -> Path:
    """Pack the bundle: a .zip on Windows, a .tar.gz elsewhere (keeps the executable bits)."""
    stem = f"RoutineBuilder-{version}-{platform_tag()}"
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(bundle.parent / stem), "zip", bundle.parent, bundle.name))
    target = bundle.parent / f"{stem}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(bundle, arcname=f"RoutineBuilder-{version}")
    return target


def add_linux_integration(bundle: Path) -> None:
    """Put the .desktop file, AppStream metainfo, icons and the per-user installer into the bundle."""
    linux = ROOT / "packaging" / "linux"
    icons = ROOT / "packaging" / "icons"
    share = bundle / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(linux / "routine-builder.desktop", share / "applications")
    metainfo = (linux / "se.vgregion.RoutineBuilder.metainfo.xml").read_text(encoding="utf-8")
    base_url = os.environ.get("ROUTINE_BUILDER_SCREENSHOT_BASE_URL", "").rstrip("/")
    if base_url:  # the published location of the repository's files: absolute screenshot URLs
        metainfo = re.sub(r"(<image[^>]*>)(?!https?://)([^<]+)", rf"\1{base_url}/\2", metainfo)
    else:
        print(
            "Obs: ROUTINE_BUILDER_SCREENSHOT_BASE_URL är inte satt; skärmbilderna i AppStream-filen "
            "har relativa sökvägar (fyll i vid publicering).",
            flush=True,
        )
    (share / "metainfo" / "se.vgregion.RoutineBuilder.metainfo.xml").write_text(metainfo, encoding="utf-8")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / "routine-builder.svg", scalable)
    for png in sorted((icons / "png").glob("routine-builder-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / "routine-builder.png")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(linux / script, bundle / script)
        (bundle / script).chmod(0o755)


def main(argv: list[str] | None = None) -> int:
    """Build the bundle; returns the exit status."""
    parser = argparse.ArgumentParser(description="Bygger Routine Builder som en fristående mapp (PyInstaller).")
    parser.add_argument("--archive", action="store_true", help="packa också mappen (.tar.gz / .zip)")
    parser.add_argument("--dist", type=Path, default=DIST, help="målmapp (standard: dist/)")
    parser.add_argument("--skip-translations", action="store_true", help="bygg inte om .qm-filerna")
    args = parser.parse_args(argv)

    ensure_pyinstaller()
    if not args.skip_translations:
        build_translations()
    run_pyinstaller(args.dist, WORK)
    bundle = bundle_dir(args.dist)
    if sys.platform.startswith("linux"):
        add_linux_integration(bundle)
    version = package_version()
    print(f"Routine Builder {version}: {bundle}")
    print(f"Storlek: {human(folder_size(bundle))} ({sum(1 for p in bundle.rglob('*') if p.is_file())} filer)")
    print(f"Körbar fil: {executable(bundle)}")
    if args.archive:
        packed = archive(bundle, version)
        print(f"Arkiv: {packed} ({human(packed.stat().st_size)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
