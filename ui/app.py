"""Start the desktop app: ``run_app()`` builds the services and the main window and runs Qt's loop."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from workbench.conversations import ConversationStore
from workbench.engine.client import EngineClient
from workbench.paths import app_paths
from workbench.settings import SettingsStore

APP_NAME = "SLM Workbench"


def run_app(argv: list[str] | None = None) -> int:
    """Run the window until it closes; returns the exit code. Paths honour ``SLM_WORKBENCH_HOME``."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("slm-workbench")
    paths = app_paths().ensure()
    store = ConversationStore(paths.database_file)
    engine = EngineClient()
    window = MainWindow(engine, store, SettingsStore(paths.settings_file), paths)
    window.show()
    try:
        return int(app.exec())
    finally:
        window.shutdown()
        engine.unload()
        store.close()
