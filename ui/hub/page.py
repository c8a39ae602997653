"""The "Find models" page: the Hub browser above the downloads, wired to each other."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ui.hub.downloads import DownloadsPanel
from ui.hub.panel import HubPanel
from ui.jobs import JobRunner
from workbench.hub.catalog import load_catalog
from workbench.hub.client import HubClient
from workbench.hub.download import DownloadService
from workbench.hub.token import HubTokenStore
from workbench.library.sources import hf_cache_dir
from workbench.paths import AppPaths

DOWNLOADS_AT_ONCE = 3
"""Files downloading at the same time; the rest wait for a free slot."""


class FindModelsPage(QWidget):
    """Search the Hub and download; finished downloads are announced by :attr:`downloads`'s
    ``download_finished(str)`` signal (emitted on the GUI thread)."""

    def __init__(self, runner: JobRunner, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tokens = HubTokenStore()
        self.client = HubClient(token=self.tokens)
        self.service = DownloadService(self.client, hf_cache_dir(), paths.data_dir / "downloads.json")
        self.hub = HubPanel(self.client, load_catalog(), runner, self.tokens)
        # Downloads run long; on the shared runner a model in several parts could take every thread and
        # leave searches, scans and checks waiting. They get threads of their own; more files wait in line.
        self.download_runner = JobRunner(self, max_threads=DOWNLOADS_AT_ONCE)
        self.downloads = DownloadsPanel(self.service, self.download_runner)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.hub)
        splitter.addWidget(self.downloads)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.hub.download_requested.connect(self.downloads.enqueue)
        self.downloads.access_needed.connect(self.hub.show_access_needed)

    def shutdown(self, timeout_ms: int = -1) -> bool:
        """Stop the downloads (each keeps its partial file, to resume later) and wait for their threads."""
        return self.download_runner.shutdown(timeout_ms)
