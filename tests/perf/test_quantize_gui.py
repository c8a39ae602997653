"""The window stays responsive while the quantization wizard works.

Not part of the default run (``QT_QPA_PLATFORM=offscreen python -m pytest tests/perf/test_quantize_gui.py -s``).
A 5 ms heartbeat timer on the GUI thread records how late each tick comes, first for a few seconds with the
wizard idle (the baseline, same process), then while the wizard quantizes the starter model's F16 into three
types, and again while it computes an importance matrix. It prints the p99 stall (target <= 16 ms), the
largest one, and the p99 tick gap as a ratio of the idle baseline's. Nothing is asserted about time.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
import pathlib
import statistics
import time
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from workbench.jobs import CancelToken
from workbench.quantize import QuantizationJob, plan_quantization
from workbench.starter import starter_model_path

HEARTBEAT_MS = 5
IDLE_SECONDS = 3.0


class Heartbeat:
    """Ticks every 5 ms on the GUI thread and remembers when each tick really came."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self._timer = QTimer()
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def __enter__(self) -> Heartbeat:
        self.ticks.clear()
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.stop()

    def figures(self) -> tuple[float, float, float]:
        """p99 stall (ms beyond the interval), max stall, p99 gap (ms)."""
        gaps = [(b - a) * 1000 for a, b in itertools.pairwise(self.ticks)]
        stalls = [max(0.0, g - HEARTBEAT_MS) for g in gaps]
        return statistics.quantiles(stalls, n=100)[98], max(stalls), statistics.quantiles(gaps, n=100)[98]


def _report(label: str, beat: Heartbeat, idle_gap: float) -> None:
    p99, worst, gap = beat.figures()
    print(f"{label}: {len(beat.ticks)} ticks, p99 stall {p99:.1f} ms (target <= 16), max {worst:.1f} ms; "
          f"p99 gap {gap:.1f} ms = {gap / idle_gap:.2f}x the idle baseline's")


@pytest.mark.skipif(starter_model_path() is None, reason="the starter model package is not installed")
def test_gui_thread_stalls_while_the_wizard_quantizes(qtbot: Any, tmp_path: pathlib.Path) -> None:
    from ui.jobs import JobRunner

    runner = JobRunner()
    try:
        _measure(qtbot, runner, tmp_path)
    finally:
        assert runner.shutdown(30_000)


def _measure(qtbot: Any, runner: Any, tmp_path: pathlib.Path) -> None:
    from ui.quantize import QuantizeWizard

    (f16,) = QuantizationJob(plan_quantization(starter_model_path(), ["f16"], tmp_path, allow_requantize=True))(
        lambda _: None, CancelToken())
    out = tmp_path / "out"
    out.mkdir()
    wizard = QuantizeWizard(runner, f16.path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=30_000)
    wizard.next()
    wizard.targets_page.model.set_checked("Q4_0", True)  # with the preset Q8_0 and Q4_K_M
    wizard.next()
    wizard.options_page.folder_edit.setText(str(out))

    beat = Heartbeat()
    with beat:
        qtbot.wait(int(IDLE_SECONDS * 1000))
    _, _, idle_gap = beat.figures()
    idle_p99, idle_max, _ = beat.figures()
    print(f"\nidle wizard: {len(beat.ticks)} ticks, p99 stall {idle_p99:.1f} ms, max {idle_max:.1f} ms, "
          f"p99 gap {idle_gap:.1f} ms")

    started = time.perf_counter()
    with beat, qtbot.waitSignal(wizard.quantization_finished, timeout=300_000) as finished:
        wizard.next()
    seconds = time.perf_counter() - started
    _report(f"quantizing to {len(finished.args[0])} types ({seconds:.1f} s)", beat, idle_gap)

    wizard.restart()
    wizard.source_page.set_path(f16.path)
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=30_000)
    wizard.next()
    wizard.targets_page.imatrix_box.set_compute("bundled", 4)
    qtbot.waitUntil(lambda: not wizard.targets_page.checking, timeout=30_000)
    for name in wizard.targets_page.model.checked_names():
        wizard.targets_page.model.set_checked(name, False)
    wizard.targets_page.model.set_checked("IQ4_XS", True)
    wizard.next()
    wizard.options_page.folder_edit.setText(str(out))
    started = time.perf_counter()
    with beat, qtbot.waitSignal(wizard.quantization_finished, timeout=300_000):
        wizard.next()
    _report(f"importance matrix (4 chunks) then IQ4_XS ({time.perf_counter() - started:.1f} s)", beat, idle_gap)
