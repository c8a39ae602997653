"""Model ▸ Measure best threads: the sweep runs on a worker, says what it found and when, and can be stopped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui.model.threads_dialog import sweep_report
from workbench.engine.thread_sweep import ThreadSweep

TIMEOUT = 120_000


def test_measuring_shows_the_counts_and_when(make_window: Any, qtbot: Any, tiny_gguf: Path) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        window.session.open_model(tiny_gguf)
    dialog = window.open_measure_threads()
    assert dialog.running and dialog.stop_button.isVisible()
    with qtbot.waitSignal(dialog.measured, timeout=TIMEOUT) as measured:
        pass
    sweep = measured.args[0]
    assert isinstance(sweep, ThreadSweep)
    text = dialog.message.text()
    assert text.startswith(f"Fastest here: {sweep.summary()}.")
    assert f"Measured on {sweep.measured[:10]}" in text
    assert "Threads are set to 1 in Parameters" in text  # the window's tests run on one fixed thread
    assert not dialog.running and not dialog.stop_button.isVisible()
    assert "Threads in use" in window.status.backend_label.toolTip()
    dialog.accept()


def test_stop_ends_the_measurement_and_keeps_the_counts(make_window: Any, qtbot: Any, tiny_gguf: Path) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        window.session.open_model(tiny_gguf)
    dialog = window.open_measure_threads()
    dialog.reject()  # Escape while it runs stops it rather than hiding a running job
    qtbot.waitUntil(lambda: not dialog.running, timeout=TIMEOUT)
    assert dialog.message.text().startswith(("Stopped.", "Fastest here:"))  # a tiny model may finish first
    assert window.session.is_loaded


def test_without_a_model_it_says_what_to_do(make_window: Any) -> None:
    dialog = make_window().open_measure_threads()
    assert not dialog.running
    assert dialog.message.text().startswith("Load a model on this computer first")


def test_the_report_says_when_the_computer_was_busy() -> None:
    sweep = ThreadSweep(2, 1, "2026-11-30T14:00:00Z", {1: 700.0, 2: 760.0}, {1: 140.0, 2: 60.0}, 4.2, 1.1)
    report = sweep_report(sweep, 0)
    assert "Measured on 2026-11-30 14:00:00 UTC in 4.2 s." in report
    assert "about 1.1 cores meanwhile" in report and "measure again when the computer is quiet" in report
    assert "Automatic threads now start from these counts" in report
