"""The job runner delivers results on the GUI thread; a model that does not fit is not loaded unasked."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread

from ui.jobs import JobRunner
from workbench.jobs import CancelToken, JobCancelled, Progress, ProgressCallback
from workbench.memory import estimate_memory, judge_fit


def test_job_progress_result_and_error_arrive_on_the_gui_thread(qtbot: Any) -> None:
    runner = JobRunner()
    seen: list[tuple[str, object, bool]] = []

    def record(kind: str) -> Any:
        return lambda value=None: seen.append((kind, value, QThread.currentThread() is runner.thread()))

    def work(progress: ProgressCallback, cancel: CancelToken) -> int:
        progress(Progress(0.5, "half"))
        return threading.get_ident()

    handle = runner.start(work)
    handle.progress.connect(record("progress"))
    handle.finished.connect(record("finished"))
    with qtbot.waitSignal(handle.done, timeout=30_000):
        pass
    assert [k for k, _, _ in seen] == ["progress", "finished"]
    assert all(on_gui for _, _, on_gui in seen)
    assert seen[1][1] != threading.get_ident()  # the work ran elsewhere

    def broken(progress: ProgressCallback, cancel: CancelToken) -> None:
        raise ValueError("nope")

    failing = runner.start(broken)
    with qtbot.waitSignal(failing.failed, timeout=30_000) as failed:
        pass
    assert isinstance(failed.args[0], ValueError)
    assert runner.shutdown(10_000)


def test_cancel_and_shutdown_wait_for_the_job(qtbot: Any) -> None:
    runner = JobRunner()
    started = threading.Event()

    def waits(progress: ProgressCallback, cancel: CancelToken) -> None:
        started.set()
        cancel.wait(30)
        raise JobCancelled()

    handle = runner.start(waits)
    qtbot.waitUntil(started.is_set, timeout=30_000)
    with qtbot.waitSignal(handle.cancelled, timeout=30_000):
        assert runner.shutdown(10_000)
    assert runner.active == [] or all(h.token.cancelled for h in runner.active)


@pytest.mark.parametrize("answer", [False, True])
def test_a_model_that_does_not_fit_asks_first(
    make_window: Any, qtbot: Any, tiny_gguf: Path, monkeypatch: pytest.MonkeyPatch, answer: bool
) -> None:
    def no_room(info: Any, context_length: int | None = None, **_: Any) -> Any:
        return judge_fit(estimate_memory(info, context_length), available=1_000_000, total_memory=8_000_000)

    monkeypatch.setattr("workbench.formats.fit", no_room)
    window = make_window()
    asked: list[str] = []
    window.session.confirm_fit = lambda inspection: asked.append(inspection.fit.verdict) or answer
    signal = window.session.loaded if answer else window.session.load_failed
    with qtbot.waitSignal(signal, timeout=60_000):
        window.chat.open_model(tiny_gguf)
    assert asked == ["does not fit"]
    assert window.session.is_loaded == answer
    assert "Does not fit" in window.chat.welcome.fit_label.text()
    if not answer:
        assert "was not loaded" in window.chat.banner.text


def test_welcome_links_open_the_library_and_the_hub(make_window: Any) -> None:
    window = make_window()
    window.chat.welcome.more_label.linkActivated.emit("library")
    assert window.tabs.currentWidget() is window.library
    window.chat.welcome.more_label.linkActivated.emit("hub")
    assert window.tabs.currentWidget() is window.find_models


def test_unload_runs_off_the_gui_thread_and_frees_the_engine(qtbot: Any, make_window: Any, tiny_gguf: Path) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session.loaded, timeout=60_000):
        window.chat.open_model(tiny_gguf)
    pid = window.session.engine.pid
    assert pid is not None
    with qtbot.waitSignal(window.session.unloaded, timeout=30_000):
        window.unload_action.trigger()
    assert window.session.engine.pid is None
    assert "No model" in window.status.currentMessage() or window.session.engine.loaded is None
