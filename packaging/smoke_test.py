"""Smoke test of the built bundle (Linux; run after ``python packaging/build.py``).

    .venv/bin/python packaging/smoke_test.py [--bundle "dist/Routine Builder"] [--runs 3]
                                             [--screenshot packaging/screenshots/main-window.png]

With the bundle's own executable and nothing from the virtual environment, it:

1. prints the bundle's size and ``routine-builder --version``;
2. makes a demo workspace (``init DIR --demo``) and validates it;
3. exports a Word routine (``export DIR --area simba -o X.docx``, with ``--draft`` if the demo area is
   incomplete) and checks the file: a Word document with the package version in its properties;
4. exports a comparison of two areas (``diff A B --docx X.docx --html X.html``) and checks that the
   Word file has tracked changes;
5. starts the desktop app offscreen (``QT_QPA_PLATFORM=offscreen``) on the demo workspace with
   ``ROUTINE_BUILDER_SMOKE=1``: the app reports its main window on stdout, closes it and quits; the
   test checks exit status 0 and no traceback;
6. measures the start time to the main window, the bundle against the same app run from the
   virtual environment (median of ``--runs`` runs each), and prints the ratio.

When the app does not yet honour ``ROUTINE_BUILDER_SMOKE`` (it keeps running), steps 5 and 6 fall back
to a real X server (Xvfb, ``xdotool``): the main window must appear; the time is measured to its
appearance, and the app is closed with Ctrl+Q. ``--screenshot`` saves a picture of the main window
under Xvfb (needs ImageMagick's ``import``). Exit status 0 when every check passed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BUNDLE = ROOT / "dist" / "Routine Builder"
MARKER = "ROUTINE_BUILDER_SMOKE"
WINDOW_NAME = "Routine Builder"
GUI_TIMEOUT = 60.0
# Without the hook the app keeps running: how long it must stay alive offscreen to count as started.
ALIVE_SECONDS = 15.0
IS_WINDOWS = sys.platform == "win32"


@dataclass
class Report:
    """The checks that passed and failed."""

    failures: list[str] = field(default_factory=list)

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        print(f"  [{'ok' if ok else 'FEL'}] {what}" + (f": {detail}" if detail else ""), flush=True)
        if not ok:
            self.failures.append(what)
        return ok


def folder_size(folder: Path) -> int:
    """Total size of the files under ``folder`` in bytes."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def isolated_env(home: Path) -> dict[str, str]:
    """An environment whose settings, data and logs all live under ``home``."""
    env = dict(os.environ)
    for key in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(key, None)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        ROUTINE_BUILDER_DATA_DIR=str(home / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def run(command: list[str], env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run a command and capture its output."""
    print("  $ " + " ".join(f'"{c}"' if " " in c else c for c in command), flush=True)
    return subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )


def docx_part(path: Path, name: str) -> str:
    """One XML part of a Word file as text ("" if missing)."""
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8") if name in archive.namelist() else ""


# --- the desktop app -----------------------------------------------------------------------------


@dataclass
class GuiRun:
    """One start of the desktop app."""

    seconds: float | None  # to the main window; None if it never appeared
    returncode: int | None  # None if it had to be killed
    stdout: str
    stderr: str


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def gui_with_hook(command: list[str], env: dict[str, str], *, give_up: float = ALIVE_SECONDS) -> GuiRun:
    """Offscreen, with ROUTINE_BUILDER_SMOKE=1: the app reports its main window and quits by itself.

    An app that has reported nothing after ``give_up`` seconds (it does not know the hook) is stopped;
    ``seconds`` is then None and ``returncode`` None if it was still running.
    """
    env = {**env, MARKER: "1", "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace"
    )
    out: list[str] = []
    errors: list[str] = []
    shown: list[float] = []

    def read_stdout() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            out.append(line)
            if MARKER in line and not shown:
                shown.append(time.perf_counter() - start)

    def read_stderr() -> None:
        assert process.stderr is not None
        errors.extend(process.stderr)

    readers = [threading.Thread(target=f, daemon=True) for f in (read_stdout, read_stderr)]
    for reader in readers:
        reader.start()
    returncode: int | None = None
    while True:
        elapsed = time.perf_counter() - start
        if process.poll() is not None:
            returncode = process.returncode
            break
        if elapsed > GUI_TIMEOUT or (not shown and elapsed > give_up):
            _stop(process)
            break
        time.sleep(0.02)
    for reader in readers:
        reader.join(10)
    return GuiRun(shown[0] if shown else None, returncode, "".join(out), "".join(errors))


class Xvfb:
    """A virtual X server for the fallback (and for screenshots)."""

    def __init__(self) -> None:
        self.display = f":{90 + os.getpid() % 100}"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Xvfb:
        self.process = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        socket = Path("/tmp/.X11-unix") / f"X{self.display[1:]}"
        for _ in range(100):
            if socket.exists():
                return self
            time.sleep(0.05)
        raise RuntimeError("Xvfb startade inte")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)


def _find_window(display: str) -> str | None:
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", WINDOW_NAME],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        check=False,
    )
    ids = result.stdout.split()
    return ids[-1] if ids else None


def gui_on_xvfb(
    command: list[str], env: dict[str, str], xvfb: Xvfb, *, screenshot: Path | None = None, settle: float = 0.0
) -> GuiRun:
    """Under Xvfb: time until the main window is visible, optionally grab it, then close with Ctrl+Q."""
    env = {**env, "DISPLAY": xvfb.display, "QT_QPA_PLATFORM": "xcb"}
    env.pop(MARKER, None)
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace"
    )
    window = None
    while time.perf_counter() - start < GUI_TIMEOUT and process.poll() is None:
        window = _find_window(xvfb.display)
        if window:
            break
        time.sleep(0.05)
    seconds = time.perf_counter() - start if window else None
    if window:
        time.sleep(settle)
        x_env = {**os.environ, "DISPLAY": xvfb.display}
        if screenshot is not None:
            subprocess.run(["xdotool", "windowmove", window, "0", "0"], env=x_env, check=False)
            subprocess.run(["xdotool", "windowsize", window, "1280", "800"], env=x_env, check=False)
            time.sleep(1.0)
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["import", "-window", window, str(screenshot)], env=x_env, check=False)
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=x_env, check=False, timeout=10)
        subprocess.run(["xdotool", "key", "ctrl+q"], env=x_env, check=False)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(15)
    returncode = process.returncode if process.poll() is not None else None
    _stop(process)
    out, err = process.communicate()
    return GuiRun(seconds, returncode, out or "", err or "")


def median_seconds(runner: Callable[[], GuiRun], runs: int) -> tuple[float | None, list[float]]:
    """The median time of ``runs`` starts (after one warm-up start that is not counted)."""
    runner()
    times = [r.seconds for r in (runner() for _ in range(runs)) if r.seconds is not None]
    return (statistics.median(times) if times else None), times


# --- the checks ----------------------------------------------------------------------------------


def check_cli(exe: Path, work: Path, env: dict[str, str], report: Report, *, given: Path | None) -> Path | None:
    """Steps 1–4; returns the workspace (None if it could not be made)."""
    result = run([str(exe), "--version"], env)
    version = result.stdout.strip().rsplit(" ", 1)[-1]
    report.check(result.returncode == 0 and bool(re.match(r"\d+\.\d+", version)), "--version", result.stdout.strip())

    workspace = work / "demo-arbetsyta"
    if given is not None:  # a copy, so that the test never changes the original
        shutil.copytree(given, workspace)
        print(f"  (arbetsytan {given} används i stället för init --demo)")
    else:
        result = run([str(exe), "init", str(workspace), "--demo"], env)
        if not report.check(result.returncode == 0, "init --demo", (result.stdout + result.stderr).strip()):
            return None
    areas = sorted(p.name for p in (workspace / "areas").iterdir() if (p / "answers.yaml").is_file())
    report.check(len(areas) >= 2, "demoområden", ", ".join(areas))

    result = run([str(exe), "validate", str(workspace)], env)
    report.check(result.returncode in (0, 1), "validate", f"slutstatus {result.returncode}")

    area = "simba" if "simba" in areas else (areas[0] if areas else "")
    routine = work / f"{area}-rutin.docx"
    result = run([str(exe), "export", str(workspace), "--area", area, "-o", str(routine)], env)
    if result.returncode == 1:  # the demo area has gaps: export it as a draft, gaps marked
        print("  (området har luckor; exporterar som utkast)")
        result = run([str(exe), "export", str(workspace), "--area", area, "-o", str(routine), "--draft"], env)
    detail = result.stderr.strip() or (f"{routine.stat().st_size // 1024} KiB" if routine.is_file() else "")
    if report.check(result.returncode == 0 and routine.is_file(), f"export --area {area}", detail):
        body = docx_part(routine, "word/document.xml")
        core = docx_part(routine, "docProps/core.xml")
        report.check("<w:body>" in body and len(body) > 10_000, "rutinen är ett Word-dokument med innehåll")
        report.check(
            version in core,
            f"versionen {version} i dokumentegenskaperna",
            "" if version in core else "saknas i docProps/core.xml",
        )

    if len(areas) >= 2:
        a, b = (workspace / "areas" / name / "answers.yaml" for name in areas[:2])
        comparison = work / "jamforelse.docx"
        page = work / "jamforelse.html"
        result = run([str(exe), "diff", str(a), str(b), "--docx", str(comparison), "--html", str(page)], env)
        if report.check(
            result.returncode == 0 and comparison.is_file(), f"diff {areas[0]} {areas[1]} --docx", result.stderr.strip()
        ):
            body = docx_part(comparison, "word/document.xml")
            report.check("<w:ins " in body or "<w:del " in body, "jämförelsen har spårade ändringar")
            report.check(page.is_file() and page.stat().st_size > 1000, "jämförelsen som HTML")
    return workspace


def check_gui(
    exe: Path, venv_exe: Path | None, workspace: Path, env: dict[str, str], args: argparse.Namespace, report: Report
) -> None:
    """Steps 5 and 6 (and the screenshot)."""
    bundle_cmd = [str(exe), "gui", str(workspace)]
    first = gui_with_hook(bundle_cmd, env)
    hook = first.seconds is not None
    have_xvfb = all(shutil.which(t) for t in ("Xvfb", "xdotool"))
    if hook:
        report.check(True, "programmet visade huvudfönstret (offscreen)", first.stdout.strip().splitlines()[-1])
        report.check(first.returncode == 0, "programmet avslutades rent", f"slutstatus {first.returncode}")
        report.check("Traceback" not in first.stderr, "ingen stackspårning", first.stderr.strip()[-500:])
    else:
        print(f"  (programmet känner inte till {MARKER}=1; huvudfönstret kontrolleras under Xvfb i stället)")
        report.check(
            first.returncode is None,
            f"programmet startade offscreen och levde efter {ALIVE_SECONDS:.0f} s",
            f"slutstatus {first.returncode}: {first.stderr.strip()[-500:]}",
        )
    if not have_xvfb:
        if not hook:
            print("  (utan Xvfb och xdotool kontrolleras inte huvudfönstret, och starttiden mäts inte)")
        elif args.runs > 0 and venv_exe is not None:
            measure(bundle_cmd, [str(venv_exe), "gui", str(workspace)], env, args.runs, None, report)
        return
    with Xvfb() as xvfb:
        if not hook:
            shown = gui_on_xvfb(bundle_cmd, env, xvfb)
            report.check(
                shown.seconds is not None,
                "huvudfönstret syns under Xvfb",
                f"{shown.seconds:.2f} s" if shown.seconds else shown.stderr.strip()[-500:],
            )
            report.check(
                shown.returncode == 0, "programmet avslutades rent med Ctrl+Q", f"slutstatus {shown.returncode}"
            )
        if args.screenshot and shutil.which("import"):
            gui_on_xvfb(bundle_cmd, env, xvfb, screenshot=args.screenshot, settle=2.0)
            report.check(args.screenshot.is_file(), "skärmbild", str(args.screenshot))
        if args.runs > 0 and venv_exe is not None:
            measure(bundle_cmd, [str(venv_exe), "gui", str(workspace)], env, args.runs, None if hook else xvfb, report)


def measure(
    bundle_cmd: list[str], venv_cmd: list[str], env: dict[str, str], runs: int, xvfb: Xvfb | None, report: Report
) -> None:
    """Step 6: the start time of the bundle against the virtual environment (hook offscreen, else Xvfb)."""
    if xvfb is None:
        method = "till rapporterat huvudfönster, offscreen"
        bundle_median, bundle_times = median_seconds(lambda: gui_with_hook(bundle_cmd, env), runs)
        venv_median, venv_times = median_seconds(lambda: gui_with_hook(venv_cmd, env), runs)
    else:
        method = "till synligt huvudfönster, Xvfb"
        bundle_median, bundle_times = median_seconds(lambda: gui_on_xvfb(bundle_cmd, env, xvfb), runs)
        venv_median, venv_times = median_seconds(lambda: gui_on_xvfb(venv_cmd, env, xvfb), runs)
    if not (bundle_median and venv_median):
        report.check(False, "starttiden kunde mätas")
        return
    print(
        f"  starttid ({method}, median av {runs}): paket {bundle_median:.2f} s "
        f"{[round(t, 2) for t in bundle_times]}, venv {venv_median:.2f} s {[round(t, 2) for t in venv_times]}"
    )
    print(f"  kvot paket/venv: {bundle_median / venv_median:.2f}")


def main(argv: list[str] | None = None) -> int:
    """Run the smoke test; returns the exit status."""
    parser = argparse.ArgumentParser(description="Röktest av det byggda paketet (Linux).")
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE, help="paketets mapp")
    venv_bin = ROOT / ".venv" / ("Scripts/routine-builder.exe" if IS_WINDOWS else "bin/routine-builder")
    parser.add_argument(
        "--venv-exe", type=Path, default=venv_bin, help="samma program i den virtuella miljön (för starttidens kvot)"
    )
    parser.add_argument("--runs", type=int, default=5, help="starter per mätning (0: mät inte)")
    parser.add_argument("--screenshot", type=Path, help="spara en skärmbild av huvudfönstret (Xvfb)")
    parser.add_argument("--workspace", type=Path, help="använd en kopia av den här arbetsytan i stället för demon")
    parser.add_argument("--keep", action="store_true", help="behåll arbetsmappen")
    args = parser.parse_args(argv)

    exe = args.bundle / ("routine-builder.exe" if IS_WINDOWS else "routine-builder")
    if not exe.is_file():
        print(f"{exe} saknas; bygg först: python packaging/build.py", file=sys.stderr)
        return 2
    report = Report()
    print(f"Paket: {args.bundle} ({folder_size(args.bundle) / 2**20:.1f} MiB)")
    work = Path(tempfile.mkdtemp(prefix="rb-smoke-"))
    try:
        env = isolated_env(work / "home")
        print("Kommandoraden:")
        workspace = check_cli(exe, work, env, report, given=args.workspace)
        if workspace is not None:
            print("Programmet:")
            venv_exe = args.venv_exe if args.venv_exe.is_file() else None
            check_gui(exe, venv_exe, workspace, env, args, report)
    finally:
        if args.keep:
            print(f"Arbetsmappen finns kvar: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    if report.failures:
        print(f"Röktestet misslyckades: {', '.join(report.failures)}", file=sys.stderr)
        return 1
    print("Röktestet lyckades.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
