"""Help ▸ Open log folder, and a failed job leaving its traceback in the log."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from ui.jobs import JobRunner
from workbench.jobs import CancelToken, ProgressCallback
from workbench.paths import AppPaths


class _UrlCatcher(QObject):
    """Stands in for the file manager: records the URLs the app asks the system to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_help_menu_opens_the_log_folder(make_window: Any, home: AppPaths) -> None:
    window = make_window()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    action = next(a for a in help_menu.actions() if a.text() == "Open &log folder")
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(home.log_dir)]
    assert home.log_dir.is_dir()


def test_a_failed_job_is_logged_with_its_traceback(qtbot: Any, caplog: pytest.LogCaptureFixture) -> None:
    runner = JobRunner()

    def broken(progress: ProgressCallback, cancel: CancelToken) -> None:
        raise ValueError("the numbers disagree")

    with caplog.at_level(logging.WARNING, logger="ui"):
        handle = runner.start(broken, "check the numbers")
        with qtbot.waitSignal(handle.done, timeout=30_000):
            pass
    assert runner.shutdown(10_000)
    [record] = [r for r in caplog.records if r.name == "ui.errors"]
    assert record.levelno == logging.ERROR and "check the numbers" in record.getMessage()
    assert record.exc_info is not None and record.exc_info[0] is ValueError


def test_start_sweeps_stale_partials_from_the_model_folders(home: AppPaths, tmp_path: Any) -> None:
    import os
    import time

    from ui.app import sweep_stale_partials
    from workbench.settings import Settings

    chosen, added = tmp_path / "chosen", tmp_path / "added"
    chosen.mkdir()
    added.mkdir()
    old = time.time() - 2 * 24 * 3600
    stale = [folder / ".m-Q4_0.gguf.0123abcd.partial" for folder in (home.models_dir, chosen, added)]
    fresh = home.models_dir / ".m-Q8_0.gguf.4567ef01.partial"
    for p in (*stale, fresh):
        p.write_bytes(b"GGUF")
    for p in stale:
        os.utime(p, (old, old))
    settings = Settings(models_folder=str(chosen), library_folders=(str(added),))
    assert sorted(sweep_stale_partials(home, settings)) == sorted(stale)
    assert fresh.exists()
