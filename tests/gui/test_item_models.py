"""Every item model in the window passes Qt's model tester, filled with real rows, and keeps passing while rows
change (the tester stays connected and re-checks on every signal the model emits).

pytest-qt's Python port of the tester runs (``force_py``): Qt's C++ ``QAbstractItemModelTester`` crashes under
these PySide6 bindings before it checks anything. The compare table is checked in ``test_compare_panel.py``.
"""

from __future__ import annotations

import hashlib
import pathlib
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.support.model_tree import ModelTree, build_model_tree
from ui.conversations.model import ConversationListModel
from ui.hub.downloads import DownloadsModel
from ui.hub.models import HubResultsModel, catalog_as_results
from ui.jobs import JobRunner
from ui.library.panel import LibraryPanel
from ui.quantize.targets_model import TargetsModel
from workbench.conversations import ConversationStore
from workbench.hub.catalog import load_catalog
from workbench.hub.download import DownloadProgress, DownloadRecord, DownloadRequest
from workbench.library.scanner import LibraryScanner
from workbench.library.sources import LibrarySources
from workbench.quantize.plan import target_options
from workbench.quantize.source import read_source


def test_quantization_targets(qtmodeltester: Any, tiny_gguf: pathlib.Path) -> None:
    model = TargetsModel()
    qtmodeltester.check(model, force_py=True)  # empty; the tester then re-checks after every change
    source = read_source(tiny_gguf)
    model.set_options(target_options(source, has_imatrix=False), source.file_size)
    assert model.rowCount() > 5
    model.set_checked("Q4_0", True)
    model.set_options(target_options(source, has_imatrix=True), source.file_size)


@pytest.fixture
def library(qtbot: Any, tmp_path: pathlib.Path, tiny_gguf: pathlib.Path, runner: JobRunner) -> LibraryPanel:
    tree: ModelTree = build_model_tree(tmp_path, tiny_gguf)
    sources = LibrarySources(app_models_dir=tree.app_models, user_folders=[tree.user_folder],
                             lmstudio_dirs=[tree.lmstudio], ollama_dir=tree.ollama)
    panel = LibraryPanel(LibraryScanner(sources), runner)
    qtbot.addWidget(panel)
    return panel


def _scan_sort_and_remove(qtbot: Any, panel: LibraryPanel) -> None:
    with qtbot.waitSignal(panel.scan_finished, timeout=60_000):
        panel.rescan()  # rows arrive in batches
    assert panel.model.rowCount() >= 3
    panel.proxy.sort(2, Qt.SortOrder.DescendingOrder)
    panel.model.remove_path(panel.model.entry(0).path)
    with qtbot.waitSignal(panel.scan_finished, timeout=60_000):
        panel.rescan()  # the removed one comes back, the rest are updated in place


def test_library_table(qtmodeltester: Any, qtbot: Any, library: LibraryPanel) -> None:
    qtmodeltester.check(library.model, force_py=True)
    _scan_sort_and_remove(qtbot, library)


def test_library_sorted_view(qtmodeltester: Any, qtbot: Any, library: LibraryPanel) -> None:
    qtmodeltester.check(library.proxy, force_py=True)
    _scan_sort_and_remove(qtbot, library)


def test_hub_results(qtmodeltester: Any) -> None:
    model = HubResultsModel()
    qtmodeltester.check(model, force_py=True)
    model.set_results(*catalog_as_results(load_catalog()))
    assert model.rowCount() >= 12
    model.set_results([])


def test_downloads(qtmodeltester: Any) -> None:
    model = DownloadsModel()
    qtmodeltester.check(model, force_py=True)
    content = b"GGUF" * 1000
    first = DownloadRequest("tiny/Tiny-GGUF", "tiny-f16.gguf", size=len(content),
                            sha256=hashlib.sha256(content).hexdigest())
    second = DownloadRequest("tiny/Tiny-GGUF", "tiny-q8_0.gguf", size=2_000)
    model.set_record(DownloadRecord(first, status="downloading"))
    model.set_record(DownloadRecord(second))
    model.set_progress(DownloadProgress(first.key, 1_000, len(content), 5e5, 0.1))
    model.set_record(DownloadRecord(first, status="paused", downloaded=1_000, message="the connection dropped"))


def test_conversation_list(qtmodeltester: Any, tmp_path: pathlib.Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    try:
        model = ConversationListModel(store)
        qtmodeltester.check(model, force_py=True)
        for title in ("First", "Second", "Third"):
            store.create(title)
        model.refresh()
        assert model.rowCount() == 3
        assert model.setData(model.index(1, 0), "Renamed", Qt.ItemDataRole.EditRole)
    finally:
        store.close()
