"""The live charts panel: rates and memory reach the curves, pause, clear, remote note, teardown."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys

import numpy as np
import psutil
import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from ui.charts import LiveChartsPanel


class FakeClock:
    """A monotonic clock the test moves by hand; counts how often it is read (once per timer tick)."""

    def __init__(self, now: float = 5000.0) -> None:
        self.now = now
        self.reads = 0

    def __call__(self) -> float:
        self.reads += 1
        return self.now


class FakeEngine:
    def __init__(self, rss: int | None) -> None:
        self.rss_value = rss

    def rss(self) -> int | None:
        return self.rss_value


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(123_000_000)


@pytest.fixture
def panel(qtbot: QtBot, clock: FakeClock, engine: FakeEngine) -> LiveChartsPanel:
    widget = LiveChartsPanel(engine.rss, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(500, 600)
    widget.show()
    return widget


def feed_reply(panel: LiveChartsPanel, clock: FakeClock, rate: float, seconds: float) -> None:
    """A reply streaming ``rate`` tokens/s for ``seconds``, ending at the clock's new ``now``."""
    panel.on_reply_started()
    start = clock.now + 0.3  # time to the first token
    n = int(rate * seconds)
    for i in range(n):
        panel.on_tokens(1, start + i / rate)
    clock.now = start + (n - 1) / rate


def wait_ticks(qtbot: QtBot, clock: FakeClock, ticks: int = 3) -> None:
    target = clock.reads + ticks
    qtbot.waitUntil(lambda: clock.reads >= target, timeout=3000)


def last_value(panel: LiveChartsPanel, name: str) -> float:
    _, y = panel.curve_data(name)
    return float(y[-1]) if y.size else float("nan")


def test_token_events_reach_the_rate_curves(qtbot: QtBot, panel: LiveChartsPanel, clock: FakeClock) -> None:
    feed_reply(panel, clock, rate=90.0, seconds=6.0)
    qtbot.waitUntil(lambda: last_value(panel, "average") > 0, timeout=3000)
    assert last_value(panel, "instant") == pytest.approx(90.0, rel=0.05)
    assert last_value(panel, "average") == pytest.approx(90.0, rel=0.03)
    x, _ = panel.curve_data("average")
    assert x[-1] == pytest.approx(clock.now - 5000.0)

    panel.on_reply_finished()
    qtbot.waitUntil(lambda: last_value(panel, "average") == 0.0, timeout=3000)
    assert last_value(panel, "instant") == 0.0


def test_tokens_do_no_drawing_until_the_timer(qtbot: QtBot, panel: LiveChartsPanel, clock: FakeClock) -> None:
    wait_ticks(qtbot, clock)
    before = [panel.curve_data(name)[1].copy() for name in ("instant", "average")]
    feed_reply(panel, clock, rate=1000.0, seconds=10.0)  # 10,000 tokens, no event loop turn
    after = [panel.curve_data(name)[1] for name in ("instant", "average")]
    for old, new in zip(before, after, strict=True):
        np.testing.assert_array_equal(old, new)


def test_memory_curves_hold_engine_app_and_machine(qtbot: QtBot, panel: LiveChartsPanel, clock: FakeClock) -> None:
    clock.now += 1.0
    qtbot.waitUntil(lambda: panel.curve_data("engine")[1].size >= 2, timeout=3000)
    assert last_value(panel, "engine") == 123_000_000
    assert last_value(panel, "app") == pytest.approx(psutil.Process().memory_info().rss, rel=0.3)
    machine = psutil.virtual_memory()
    assert 0 < last_value(panel, "available") <= machine.total
    _, total = panel.curve_data("total")
    assert total.size >= 1
    assert np.all(total == machine.total)


def test_no_engine_draws_a_gap(qtbot: QtBot, panel: LiveChartsPanel, engine: FakeEngine, clock: FakeClock) -> None:
    engine.rss_value = None
    clock.now += 1.0
    qtbot.waitUntil(lambda: np.isnan(last_value(panel, "engine")), timeout=3000)
    engine.rss_value = 250_000_000
    qtbot.waitUntil(lambda: last_value(panel, "engine") == 250_000_000, timeout=3000)


def test_pause_freezes_the_curves_and_resume_catches_up(qtbot: QtBot, panel: LiveChartsPanel, clock: FakeClock) -> None:
    wait_ticks(qtbot, clock)
    with qtbot.waitSignal(panel.paused_changed) as blocker:
        panel.set_paused(True)
    assert blocker.args == [True]
    assert panel.is_paused()
    frozen = {name: panel.curve_data(name)[1].copy() for name in ("instant", "average", "engine")}
    feed_reply(panel, clock, rate=90.0, seconds=3.0)
    wait_ticks(qtbot, clock, ticks=6)
    for name, values in frozen.items():
        np.testing.assert_array_equal(panel.curve_data(name)[1], values)

    panel.set_paused(False)
    assert not panel.is_paused()
    assert last_value(panel, "average") == pytest.approx(90.0, rel=0.05)
    assert panel.curve_data("instant")[1].size > frozen["instant"].size


def test_clear_empties_the_charts_and_restarts_time(qtbot: QtBot, panel: LiveChartsPanel, clock: FakeClock) -> None:
    feed_reply(panel, clock, rate=90.0, seconds=2.0)
    qtbot.waitUntil(lambda: last_value(panel, "average") > 0, timeout=3000)
    panel.clear()
    for name in ("instant", "average"):
        assert panel.curve_data(name)[1].size == 0
    for name in ("engine", "app", "available", "total"):
        x, _ = panel.curve_data(name)
        assert x.tolist() == [0.0]  # one fresh sample, at the new time 0
    # The reply goes on: with no new token after the clear, the rate is 0, not a stale 90.
    wait_ticks(qtbot, clock)
    assert last_value(panel, "average") == 0.0


def test_remote_hides_the_engine_curve_and_shows_the_note(panel: LiveChartsPanel) -> None:
    note = "The model runs elsewhere: only this app's memory is shown"
    panel.set_remote(note)
    assert not panel._curves["engine"].isVisible()
    assert "Engine" not in [label.text.split(":")[0] for _, label in panel._memory_legend.items]
    assert panel._note.isVisible() and panel._note.text() == note
    panel.set_remote(None)
    assert panel._curves["engine"].isVisible()
    assert not panel._note.isVisible()
    assert "Engine" in [label.text.split(":")[0] for _, label in panel._memory_legend.items]


def test_colors_follow_a_palette_change(panel: LiveChartsPanel) -> None:
    assert panel._theme is not None
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#17181a"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    panel.setPalette(dark)
    assert panel._theme.dark
    assert panel._graphics.backgroundBrush().color() == QColor("#17181a")
    light = QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    light.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    panel.setPalette(light)
    assert not panel._theme.dark


def test_destroying_the_panel_stops_its_timers(qtbot: QtBot, clock: FakeClock, engine: FakeEngine) -> None:
    panel = LiveChartsPanel(engine.rss, clock=clock)
    timers = panel.findChildren(QTimer)
    assert len(timers) >= 2 and all(t.isActive() for t in timers)
    panel.deleteLater()
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(t) for t in timers), timeout=3000)
    reads = clock.reads
    qtbot.wait(300)  # longer than both timer intervals
    assert clock.reads == reads


def test_refreshing_leaks_no_references(panel: LiveChartsPanel) -> None:
    """PySide6 6.12.0 drops a reference to True/None on every Python signal emit: the app aborts in seconds."""
    panel.refresh()
    true_refs, none_refs = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(30):
        panel.refresh()
    assert sys.getrefcount(True) - true_refs > -30, "this Qt binding leaks references to True (PySide6 6.12.0?)"
    assert sys.getrefcount(None) - none_refs > -60, "this Qt binding leaks references to None (PySide6 6.12.0?)"


def test_arena_columns_get_curves_of_their_own_named_as_shown(qtbot: QtBot, panel: LiveChartsPanel,
                                                              clock: FakeClock) -> None:
    panel.start_columns(["A", "B"], [QColor("#0072B2"), QColor("#D55E00")])
    for i in range(40):  # A at 40 tokens/s, B at 20, over a second
        panel.on_column_tokens(0, 1, clock.now + i / 40)
        if i % 2 == 0:
            panel.on_column_tokens(1, 1, clock.now + i / 40)
    clock.now += 1.0
    panel.refresh()
    rates = [float(panel.column_data(i)[1][-1]) for i in (0, 1)]
    assert rates[0] == pytest.approx(40.0, rel=0.1) and rates[1] == pytest.approx(20.0, rel=0.15)
    legend = [label.text for _, label in panel._rate_legend.items]
    assert f"A: {rates[0]:.0f} tok/s" in legend and f"B: {rates[1]:.0f} tok/s" in legend

    panel.on_column_finished(0)
    clock.now += 0.1
    panel.refresh()
    assert float(panel.column_data(0)[1][-1]) == 0.0  # ended: no stale rate

    panel.rename_columns(["A: F16", "B: Q2_K"])  # after Reveal
    assert panel.column_names() == ["A: F16", "B: Q2_K"]
    assert any(label.text.startswith("A: F16: ") for _, label in panel._rate_legend.items)

    panel.start_columns(["A", "B", "C"], [QColor("red"), QColor("green"), QColor("blue")])  # the next round
    assert panel.column_names() == ["A", "B", "C"]
    labels = [label.text for _, label in panel._rate_legend.items]
    assert not any("F16" in t for t in labels) and len(labels) == 5  # instant, average and three columns
    assert len(panel.column_data(2)[0]) == 0
