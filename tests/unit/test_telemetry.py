"""The chart's measurements: sample rings, memory readings, token rates (synthetic clocks, no sleeping)."""

from __future__ import annotations

import numpy as np
import psutil
import pytest

from workbench.telemetry import MemorySampler, SampleRing, TokenRateTracker


def test_ring_keeps_samples_in_order_until_full() -> None:
    ring = SampleRing(4)
    assert len(ring) == 0
    assert ring.last() is None
    assert ring.times_view().size == 0
    for i in range(3):
        ring.append(float(i), 10.0 * i)
    assert len(ring) == 3
    assert ring.times_view().tolist() == [0.0, 1.0, 2.0]
    assert ring.values_view().tolist() == [0.0, 10.0, 20.0]
    assert ring.last() == (2.0, 20.0)


def test_ring_drops_the_oldest_when_full_and_stays_contiguous() -> None:
    ring = SampleRing(4)
    for i in range(11):
        ring.append(float(i), float(-i))
        times = ring.times_view()
        assert times.flags["C_CONTIGUOUS"]
        assert times.tolist() == [float(t) for t in range(max(0, i - 3), i + 1)]
    assert len(ring) == 4
    assert ring.values_view().tolist() == [-7.0, -8.0, -9.0, -10.0]


def test_ring_snapshot_is_a_copy_and_views_are_not() -> None:
    ring = SampleRing(8)
    ring.append(1.0, 1.0)
    ring.append(2.0, 2.0)
    times, values = ring.snapshot()
    assert np.shares_memory(ring.times_view(), ring.times_view())
    assert not np.shares_memory(times, ring.times_view())
    ring.append(3.0, 3.0)
    assert times.tolist() == [1.0, 2.0]
    assert values.tolist() == [1.0, 2.0]


def test_ring_clear_and_nan_values() -> None:
    ring = SampleRing(3)
    for i in range(5):
        ring.append(float(i), float("nan") if i == 4 else 1.0)
    assert np.isnan(ring.values_view()[-1])
    ring.clear()
    assert len(ring) == 0
    ring.append(9.0, 9.0)
    assert ring.snapshot()[0].tolist() == [9.0]


def test_ring_rejects_zero_capacity() -> None:
    with pytest.raises(ValueError):
        SampleRing(0)


def _feed(tracker: TokenRateTracker, start: float, rate: float, seconds: float) -> float:
    """Feed one token every 1/rate s from ``start``; return the time of the last token."""
    n = int(round(rate * seconds))
    when = start
    for i in range(n):
        when = start + i / rate
        tracker.add(1, when)
    return when


def test_steady_stream_gives_its_rate() -> None:
    tracker = TokenRateTracker(instant_window=0.5, average_window=5.0)
    tracker.reply_started()
    last = _feed(tracker, 100.0, 90.0, 8.0)
    instant, average = tracker.rates(last)
    assert instant == pytest.approx(90.0, rel=0.03)
    assert average == pytest.approx(90.0, rel=0.01)


def test_rates_follow_a_change_of_speed_instant_first() -> None:
    tracker = TokenRateTracker(instant_window=0.5, average_window=5.0)
    tracker.reply_started()
    last = _feed(tracker, 0.0, 100.0, 5.0)
    last = _feed(tracker, last + 0.02, 50.0, 2.0)
    instant, average = tracker.rates(last)
    assert instant == pytest.approx(50.0, rel=0.05)
    # The last 5 s hold 3 s at 100 tok/s and 2 s at 50 tok/s.
    assert average == pytest.approx(80.0, rel=0.03)


def test_prompt_time_before_the_first_token_does_not_count() -> None:
    tracker = TokenRateTracker(instant_window=0.5, average_window=5.0)
    tracker.reply_started()
    # The prompt takes 2 s; then 1 s of tokens at 60 tok/s.
    last = _feed(tracker, 2.0, 60.0, 1.0)
    _, average = tracker.rates(last)
    assert average == pytest.approx(60.0, rel=0.03)


def test_zero_outside_a_reply_and_zero_during_a_stall() -> None:
    tracker = TokenRateTracker(instant_window=0.5, average_window=5.0)
    assert tracker.rates(0.0) == (0.0, 0.0)
    tracker.reply_started()
    assert tracker.rates(1.0) == (0.0, 0.0)  # waiting for the first token
    last = _feed(tracker, 1.0, 90.0, 2.0)
    # The engine stalls for a second: no stale instant rate.
    instant, average = tracker.rates(last + 1.0)
    assert instant == 0.0
    assert 0.0 < average < 90.0
    tracker.reply_finished()
    assert tracker.rates(last + 1.0) == (0.0, 0.0)


def test_second_reply_starts_fresh() -> None:
    tracker = TokenRateTracker(instant_window=0.5, average_window=5.0)
    tracker.reply_started()
    last = _feed(tracker, 0.0, 200.0, 2.0)
    tracker.reply_finished()
    tracker.reply_started()
    last = _feed(tracker, last + 1.0, 40.0, 1.0)
    instant, average = tracker.rates(last)
    assert instant == pytest.approx(40.0, rel=0.06)
    assert average == pytest.approx(40.0, rel=0.03)


def test_tokens_without_reply_started_start_a_reply() -> None:
    tracker = TokenRateTracker()
    last = _feed(tracker, 10.0, 30.0, 1.0)
    assert tracker.in_reply
    assert tracker.rates(last)[1] == pytest.approx(30.0, rel=0.05)


def test_batched_arrivals_count_every_token() -> None:
    tracker = TokenRateTracker(instant_window=1.0, average_window=4.0)
    tracker.reply_started()
    for i in range(21):  # 5 tokens every 0.1 s = 50 tok/s
        tracker.add(5 if i else 1, 0.1 * i)
    assert tracker.rates(2.0) == (pytest.approx(50.0), pytest.approx(50.0))


def test_overflowing_capacity_still_measures_the_recent_rate() -> None:
    tracker = TokenRateTracker(instant_window=0.5, average_window=5.0, capacity=64)
    tracker.reply_started()
    last = _feed(tracker, 0.0, 100.0, 3.0)
    instant, average = tracker.rates(last)
    assert instant == pytest.approx(100.0, rel=0.05)
    assert average == pytest.approx(100.0, rel=0.05)


def test_clear_forgets_arrivals() -> None:
    tracker = TokenRateTracker()
    last = _feed(tracker, 0.0, 50.0, 1.0)
    tracker.clear()
    assert tracker.rates(last) == (0.0, 0.0)


def test_windows_are_validated() -> None:
    with pytest.raises(ValueError):
        TokenRateTracker(instant_window=2.0, average_window=1.0)


def test_memory_sampler_reads_engine_app_and_machine() -> None:
    clock = iter([5.0, 6.0])
    sampler = MemorySampler(lambda: 123_000_000, clock=lambda: next(clock))
    sample = sampler.sample()
    assert sample.when == 5.0
    assert sample.engine_rss == 123_000_000
    assert sample.app_rss == pytest.approx(psutil.Process().memory_info().rss, rel=0.5)
    assert sample.total == psutil.virtual_memory().total
    assert 0 < sample.available <= sample.total


def test_memory_sampler_without_engine_or_with_a_dead_one() -> None:
    assert MemorySampler(lambda: None).sample().engine_rss is None

    def dead() -> int | None:
        raise psutil.NoSuchProcess(12345)

    assert MemorySampler(dead).sample().engine_rss is None
