"""Start the desktop app: ``run_app()`` builds the services and the main window and runs Qt's loop."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.language import install_language
from ui.main_window import MainWindow
from workbench.conversations import ConversationStore
from workbench.engine.client import EngineClient
from workbench.logs import setup_logging, stop_logging
from workbench.paths import AppPaths, app_paths
from workbench.quantize.job import remove_stale_partials
from workbench.settings import Settings, SettingsStore

APP_NAME = "SLM Workbench"

log = logging.getLogger(__name__)


def run_app(argv: list[str] | None = None) -> int:
    """Run the window until it closes; returns the exit code. Paths honour ``SLM_WORKBENCH_HOME``."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("slm-workbench")
    paths = app_paths().ensure()
    setup_logging(paths)
    try:
        return _run_window(app, paths)
    except BaseException:
        log.exception("the app stopped on an error")
        raise
    finally:
        stop_logging()


def _run_window(app: QApplication, paths: AppPaths) -> int:
    settings_store = SettingsStore(paths.settings_file)
    settings = settings_store.load()
    install_language(settings.language)  # before any widget is made: every panel is built in it
    sweep_stale_partials(paths, settings)
    store = ConversationStore(paths.database_file)
    engine = EngineClient(threads_cache=paths.threads_cache_file)
    window = MainWindow(engine, store, settings_store, paths)
    window.show()
    try:
        return int(app.exec())
    finally:
        window.shutdown()
        engine.unload()
        store.close()


def sweep_stale_partials(paths: AppPaths, settings: Settings) -> list[Path]:
    """Remove partial outputs older than a day that a killed quantization left in the app's model folders
    (its own, the chosen default, and the library's); returns what was removed."""
    folders = {paths.models_dir, *(Path(p) for p in settings.library_folders)}
    if settings.models_folder:
        folders.add(Path(settings.models_folder))
    removed = [p for folder in sorted(folders) for p in remove_stale_partials(folder)]
    for p in removed:
        log.info("removed a stale partial output: %s", p)
    return removed
