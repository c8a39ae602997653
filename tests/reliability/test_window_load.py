"""Damaged files opened in the window: a clear banner or a loaded model, and the window lives on."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.damaged_gguf import DamagedCase, is_clear_line, sample_cases
from tests.support.reliability import CaseFiles, refused_before_any_process, run_cases
from workbench.conversations import ConversationStore
from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.paths import AppPaths
from workbench.sampling import SamplingParams
from workbench.settings import Settings, SettingsStore

TIMEOUT = 60_000


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A main window over an empty home (its own HOME, no keyring), closed with its engine at teardown."""
    from ui.main_window import MainWindow

    monkeypatch.setenv("HOME", str(tmp_path / "user-home"))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "user-home" / "hf"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    paths = AppPaths.for_root(tmp_path / "home").ensure()
    settings_store = SettingsStore(paths.settings_file)
    settings_store.save(
        Settings(
            sampling=SamplingParams(seed=42, max_tokens=4), load=LoadOptions(threads=1, context_length=256)
        )
    )
    store = ConversationStore(paths.database_file)
    engine = EngineClient()
    main = MainWindow(engine, store, settings_store, paths)
    main.session.confirm_fit = lambda inspection: True
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
    engine.unload()
    store.close()
    assert not engine.is_alive()
    assert not main.jobs.active


def _outcome(window: Any, qtbot: Any, case: DamagedCase, path: Path) -> tuple[str, str | None, str]:
    """Open ``path`` in the chat as a person would (the library's Chat button does the same): it loads, or the
    banner says why not in one clear line; the window lives on."""
    session = window.session
    answers: list[str] = []

    def on_loaded(_loaded: object) -> None:
        answers.append("loaded")

    def on_failed(reason: str) -> None:
        answers.append(f"failed: {reason}")

    window.chat.banner.hide()  # what shows next is this case's
    session.loaded.connect(on_loaded)
    session.load_failed.connect(on_failed)
    try:
        window.chat_with(str(path))
        qtbot.waitUntil(lambda: bool(answers) and not session.is_busy, timeout=TIMEOUT)
    finally:
        session.loaded.disconnect(on_loaded)
        session.load_failed.disconnect(on_failed)
    if not window.isVisible():
        return "window closed", "the window went away", answers[0]
    if answers[0] == "loaded":
        with qtbot.waitSignal(session.unloaded, timeout=TIMEOUT):
            session.unload()
        return "loaded", None if case.expect == "any" else "loaded a file llama.cpp refuses", "loaded"
    text = window.chat.banner.text
    if not window.chat.banner.isVisible() or not is_clear_line(text) or "Unexpected error" in text:
        return "refused", f"banner: {text!r}", text
    return "refused", None, text


def test_damaged_files_in_the_window(
    window: Any,
    qtbot: Any,
    corpus: tuple[str, list[DamagedCase]],
    case_files: CaseFiles,
    child_starts: list[str],
    tmp_path: Path,
    tally: Any,
    sample_size: Any,
) -> None:
    """Every case (a sample by default) opened in one window, one after the other."""
    name, cases = corpus
    n = sample_size(8 if name == "tiny" else 3)
    if n is None:
        chosen = cases
    else:
        maybe, refused = [c for c in cases if c.expect == "any"], [c for c in cases if c.expect != "any"]
        chosen = sample_cases(maybe, n // 2) + sample_cases(refused, n - n // 2)
    folder = tmp_path / "cases"
    folder.mkdir()

    def check(case: DamagedCase) -> tuple[str, str | None, str]:
        path = case_files.write(case, folder)
        try:
            return _outcome(window, qtbot, case, path)
        finally:
            path.unlink()

    run_cases(tally, "window load", chosen, refused_before_any_process(case_files, child_starts, check))
    assert window.isVisible()
