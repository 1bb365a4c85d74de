"""Start the desktop app: build the object graph once and pass it in through constructors."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from routine_builder import APP_NAME, ORGANISATION, paths
from routine_builder.domain import LegalReferences, Workspace, create_demo_workspace, load_legal_references
from routine_builder.domain.recovery import RecoveryStore
from routine_builder.errors import RoutineBuilderError
from routine_builder.ui import settings as options
from routine_builder.ui.error_handling import install_exception_hook, log_dir
from routine_builder.ui.i18n import install_translators
from routine_builder.ui.settings import Settings
from routine_builder.ui.theme import apply_theme
from routine_builder.ui.window.main_window import MainWindow

DEMO_FOLDER = "demo-arbetsyta"


def data_dir() -> Path:
    """The user's data folder: ``$ROUTINE_BUILDER_DATA_DIR`` when set, else Qt's AppDataLocation."""
    override = os.environ.get("ROUTINE_BUILDER_DATA_DIR")
    if override:
        return Path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def demo_workspace(folder: Path) -> Path:
    """The demo workspace in the user's data folder, created from the bundled demo on first use."""
    root = folder / DEMO_FOLDER
    if (root / "workspace.yaml").is_file():
        return root
    if (paths.demo_workspace_dir() / "workspace.yaml").is_file():
        return create_demo_workspace(root).root
    return Workspace.create(root, name="Demo").root  # no bundled demo in this build: an empty workspace


def choose_workspace(workspace: Path | None, settings: Settings, folder: Path) -> Path:
    """The workspace to open: the one asked for, else the last one used, else the demo."""
    if workspace is not None:
        return workspace
    last = settings.get(options.LAST_WORKSPACE)
    if last and (Path(last) / "workspace.yaml").is_file():
        return Path(last)
    return demo_workspace(folder)


def create_main_window(settings: Settings, folder: Path) -> MainWindow:
    """The main window with its dependencies (used by :func:`run_app` and by the tests)."""
    try:
        legal: LegalReferences | None = load_legal_references()
    except (RoutineBuilderError, OSError):
        legal = None
    return MainWindow(settings=settings, recovery=RecoveryStore(folder / "recovery"), legal=legal)


def run_app(workspace: Path | None) -> int:
    """Run the app until its window closes; returns the exit code."""
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setApplicationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv)
    app.setDesktopFileName("routine-builder")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "routine-builder.svg")))
    install_exception_hook(log_dir())
    settings = Settings(QSettings())
    apply_theme(app, settings.get(options.THEME))
    install_translators(app, settings.get(options.LANGUAGE))
    folder = data_dir()
    window = create_main_window(settings, folder)
    try:
        path = choose_workspace(workspace, settings, folder)
    except RoutineBuilderError as exc:
        QMessageBox.warning(window, APP_NAME, exc.message)
        path = None
    window.show()
    if path is not None and not window.open_workspace(path) and workspace is not None:
        window.open_workspace(demo_workspace(folder))
    if os.environ.get("ROUTINE_BUILDER_SMOKE"):
        _quit_for_smoke_test(app, window)
    else:
        QTimer.singleShot(0, window.welcome_on_first_start)
    _close_on_terminate(window)
    return app.exec()


def _close_on_terminate(window: MainWindow) -> None:
    """On SIGTERM (log-out, shutdown) close the window as if the user did: save, release the lock."""
    if not hasattr(signal, "SIGTERM"):
        return
    signal.signal(signal.SIGTERM, lambda _signum, _frame: QTimer.singleShot(0, window.close))
    # Python handles signals only between Qt events: a slow timer gives it that chance.
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(500)


def _quit_for_smoke_test(app: QApplication, window: MainWindow) -> None:
    """ROUTINE_BUILDER_SMOKE=1 (packaging/smoke_test.py): report the main window once it is up, then quit."""

    def done() -> None:
        if sys.stdout is not None:  # None in the windowed Windows executable
            print(f"ROUTINE_BUILDER_SMOKE: main window shown: {window.windowTitle()}", flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(int(os.environ.get("ROUTINE_BUILDER_SMOKE_DELAY_MS", "0")), done)
