"""The Library panel: incremental scan on the job runner, filter, sort, details, actions, delete."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.support.model_tree import ModelTree, build_model_tree
from ui.jobs import JobRunner
from ui.library import LibraryPanel
from ui.library.model import COLUMNS
from workbench.library import LibraryScanner, LibrarySources


@pytest.fixture
def tree(tmp_path: pathlib.Path, tiny_gguf: pathlib.Path) -> ModelTree:
    return build_model_tree(tmp_path, tiny_gguf)


@pytest.fixture
def panel(qtbot: object, tree: ModelTree, runner: JobRunner) -> LibraryPanel:
    sources = LibrarySources(app_models_dir=tree.app_models, user_folders=[tree.user_folder],
                             lmstudio_dirs=[tree.lmstudio], ollama_dir=tree.ollama)
    panel = LibraryPanel(LibraryScanner(sources), runner)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    return panel


def scan(qtbot: object, panel: LibraryPanel) -> None:
    with qtbot.waitSignal(panel.scan_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.rescan()


def test_scan_fills_the_table_incrementally(qtbot: object, panel: LibraryPanel) -> None:
    inserted: list[int] = []
    panel.model.rowsInserted.connect(lambda parent, first, last: inserted.append(last - first + 1))
    scan(qtbot, panel)
    assert panel.model.rowCount() == 7 and sum(inserted) == 7
    assert "7 models, 2 unreadable" in panel.status.text()
    names = [panel.model.index(r, 0).data() for r in range(7)]
    assert "tinyllama:latest" in names and "Tiny-MLX-4bit" in names
    # rescan: same rows, nothing inserted again
    scan(qtbot, panel)
    assert panel.model.rowCount() == 7 and sum(inserted) == 7


def test_filter_and_sort(qtbot: object, panel: LibraryPanel) -> None:
    scan(qtbot, panel)
    panel.filter_edit.setText("unreadable")
    assert panel.proxy.rowCount() == 2
    panel.filter_edit.setText("ollama")
    assert panel.proxy.rowCount() == 1
    panel.filter_edit.clear()
    panel.view.sortByColumn(COLUMNS.index("File size"), Qt.SortOrder.DescendingOrder)
    sizes = [panel.model.entry(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()).file_size
             for r in range(panel.proxy.rowCount())]
    assert sizes == sorted(sizes, reverse=True)


def test_details_memory_breakdown_follows_the_context(qtbot: object, panel: LibraryPanel, tree: ModelTree) -> None:
    scan(qtbot, panel)
    assert panel.select_path(str(tree.app_models / "tiny-app.gguf"))
    details = panel.details
    assert details.title.text() == "tiny-app" and details.chat_button.isEnabled()
    details.context.setValue(256)
    small = details.kv_cache.text()
    details.context.setValue(512)
    assert details.kv_cache.text() != small and details.verdict.text().startswith("Fits")
    with qtbot.waitSignal(panel.chat_requested) as chat:  # type: ignore[attr-defined]
        details.chat_button.click()
    assert chat.args == [str(tree.app_models / "tiny-app.gguf")]
    with qtbot.waitSignal(panel.quantize_requested):  # type: ignore[attr-defined]
        details.quantize_button.click()
    panel.select_path(str(tree.truncated))
    assert not details.chat_button.isEnabled() and details.problem_label.text().startswith("unreadable")


def test_compare_needs_two_selected(qtbot: object, panel: LibraryPanel, tree: ModelTree) -> None:
    scan(qtbot, panel)
    panel.view.selectAll()
    with qtbot.waitSignal(panel.compare_requested) as compare:  # type: ignore[attr-defined]
        panel.details.compare_button.click()
    assert len(compare.args[0]) == 5  # the readable ones


def test_delete_asks_and_says_when_outside(qtbot: object, panel: LibraryPanel, tree: ModelTree,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    scan(qtbot, panel)
    questions: list[str] = []

    def answer_yes(parent: object, title: str, text: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr("ui.library.panel.ask", answer_yes)
    inside = panel.model.entry(panel.model.row_of(str(tree.app_models / "tiny-app.gguf")) or 0)
    assert panel.delete(inside).outcome == "deleted"  # type: ignore[union-attr]
    assert len(questions) == 1 and panel.model.row_of(inside.path) is None
    outside = next(e for e in panel.model.entries() if e.source == "lm-studio")
    assert panel.delete(outside).outcome == "deleted"  # type: ignore[union-attr]
    assert len(questions) == 3 and "outside the app's own folders" in questions[2]
    monkeypatch.setattr("ui.library.panel.ask", lambda *a: False)
    kept = next(e for e in panel.model.entries() if e.source == "folder" and e.readable)
    assert panel.delete(kept) is None and pathlib.Path(kept.path).exists()


def test_add_folder_rescans_and_reports(qtbot: object, panel: LibraryPanel, tmp_path: pathlib.Path,
                                        tiny_gguf: pathlib.Path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "more.gguf").write_bytes(tiny_gguf.read_bytes())
    with qtbot.waitSignal(panel.folders_changed) as changed, qtbot.waitSignal(  # type: ignore[attr-defined]
        panel.scan_finished, timeout=60_000
    ):
        panel.add_folder(str(extra))
    assert str(extra) in changed.args[0]
    assert panel.model.row_of(str(extra / "more.gguf")) is not None


def test_a_language_switch_with_an_incomplete_model_selected(qtbot: object, make_window: Any, home: Any) -> None:
    """The details pane is rebuilt in the new language without touching the rows it replaced, its buttons stay as
    the selection allows, and what is wrong with a split model is read again so no word of the old language stays."""
    from tests.support.tiny_gguf import write_tiny_llama_gguf

    write_tiny_llama_gguf(home.models_dir / "Tiny-Q8_0.gguf", split_max_tensors=9)
    sorted(home.models_dir.glob("Tiny-Q8_0-*"))[1].unlink()
    window = make_window()
    library = window.library
    with qtbot.waitSignal(library.scan_finished, timeout=60_000):  # type: ignore[attr-defined]
        library.rescan()
    assert library.select_path(str(home.models_dir / "Tiny-Q8_0-00001-of-00003.gguf"))
    details = library.details
    assert details.problem_label.text() == "incomplete: part 2 of 3 missing"
    assert not details.compare_button.isEnabled() and not details.chat_button.isEnabled()
    for code, shown in (("da", "ufuldstændig: del 2 af 3 mangler"), ("sv", "ofullständig: del 2 av 3 saknas")):
        with qtbot.waitSignal(library.scan_finished, timeout=60_000):  # type: ignore[attr-defined]
            window.set_language(code)
        assert details.problem_label.text() == shown
        assert not details.compare_button.isEnabled() and not details.chat_button.isEnabled()
        row = library.model.row_of(details.entry.path)
        assert library.model.index(row, COLUMNS.index("Fit")).data() == shown.split(":")[0]
    window.set_language("en")
