"""*Help ▸ Open log folder*: shows the folder of the app's log in the system's file manager."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu

from ui.i18n import tr
from workbench.paths import AppPaths


def add_open_log_folder(menu: QMenu, paths: AppPaths) -> QAction:
    """Add *Open log folder* to ``menu``."""
    action = menu.addAction(tr("MainWindow", "Open &log folder"))
    action.setStatusTip(tr("MainWindow", "The app's log: what went wrong and where, for a bug report"))
    action.triggered.connect(lambda _checked=False: open_log_folder(paths))
    return action


def open_log_folder(paths: AppPaths) -> bool:
    """Open the log folder (made if missing) in the file manager; False if the system could not."""
    folder = paths.log_dir
    folder.mkdir(parents=True, exist_ok=True)
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
