"""Automatic threads leave other programs the cores they use; a person's own choice is kept."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from workbench.engine.threads import CpuWatch, choose_threads, usable_cores


@pytest.mark.parametrize(
    "others, expected",
    [(0.0, 4), (0.4, 4), (0.6, 3), (1.0, 3), (1.4, 3), (1.6, 2), (3.0, 1), (3.9, 1), (7.5, 1)],
)
def test_automatic_threads_step_aside_for_busy_cores(others: float, expected: int) -> None:
    choice = choose_threads(0, 4, others)
    assert choice.threads == expected
    if expected < 4:
        assert f"about {others:.1f} of 4 cores" in choice.reason
    else:
        assert "the processor is free" in choice.reason


def test_the_two_core_case_of_the_measurements() -> None:
    assert choose_threads(0, 2, 0.05).threads == 2
    assert choose_threads(0, 2, 1.0).threads == 1  # one core busy: 1 thread ran 145 tok/s, 2 threads 60


def test_a_persons_choice_is_kept_and_clamped_to_the_cores() -> None:
    assert choose_threads(1, 4, 3.5).threads == 1
    clamped = choose_threads(16, 4, 0.0)
    assert clamped.threads == 4 and "you asked for 16" in clamped.reason


def test_without_a_measurement_the_previous_choice_stands() -> None:
    assert choose_threads(0, 4, None, previous=2).threads == 2
    assert choose_threads(0, 4, None).threads == 4


def test_usable_cores_is_at_least_one() -> None:
    assert usable_cores() >= 1


class _Clock(CpuWatch):
    def __init__(self, samples: list[tuple[float, float, float]]) -> None:
        self._samples = samples
        self._since = None

    def _now(self) -> tuple[float, float, float]:
        return self._samples.pop(0)


def test_the_engines_own_work_is_not_counted_as_others() -> None:
    watch = _Clock([(0.0, 100.0, 10.0), (1.0, 101.8, 10.9)])
    watch.mark()
    assert watch.others_busy() == pytest.approx(0.9)


def test_a_short_window_says_nothing() -> None:
    watch = _Clock([(0.0, 100.0, 10.0), (0.05, 100.1, 10.0)])
    watch.mark()
    assert watch.others_busy() is None
    assert _Clock([]).others_busy() is None  # nothing marked


def test_a_busy_process_is_seen() -> None:
    spin = "import time\nend = time.time() + 3\nwhile time.time() < end: pass"
    burner = subprocess.Popen([sys.executable, "-c", spin])
    try:
        time.sleep(0.3)
        watch = CpuWatch()
        watch.mark()
        time.sleep(0.8)
        busy = watch.others_busy()
    finally:
        burner.kill()
        burner.wait(5)
    assert busy is not None and busy > 0.5


def _engine_reading(app_spins: bool) -> float:
    """What a CpuWatch in a child process of this one (as the engine is of the app) sees over one second, while this
    process keeps a core busy or sleeps."""
    look = "import time\nfrom workbench.engine.threads import CpuWatch\nw = CpuWatch()\nw.mark()\ntime.sleep(1.0)\n" \
        "print(w.others_busy())"
    engine = subprocess.Popen([sys.executable, "-c", look], stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        while engine.poll() is None and time.monotonic() < deadline:
            if app_spins:
                sum(range(10_000))
            else:
                time.sleep(0.01)
        out, _ = engine.communicate(timeout=5)
    finally:
        if engine.poll() is None:
            engine.kill()
            engine.wait(5)
    return float(out.strip())


def test_the_app_that_started_the_engine_is_not_another_program() -> None:
    """The engine's parent (the window, the comparison waiting on it) spins while the engine is idle: not counted,
    whatever else the machine is doing. A process beside the engine is (test_a_busy_process_is_seen)."""
    quiet, spinning = _engine_reading(app_spins=False), _engine_reading(app_spins=True)
    assert spinning - quiet < 0.5


def test_a_measured_count_is_a_ceiling_the_busy_check_lowers_at_the_first_step() -> None:
    # the first step after a load: no previous count, a reading of one busy core, a sweep that chose 2 of 2
    first = choose_threads(0, 2, 1.0, previous=None, best=2)
    assert first.threads == 1 and "about 1.0 of 2 cores" in first.reason
    assert choose_threads(0, 2, 0.1, previous=None, best=2).threads == 2  # quiet: the sweep's count


def test_a_previous_count_never_exceeds_the_measured_ceiling() -> None:
    assert choose_threads(0, 4, None, previous=4, best=2).threads == 2
    assert choose_threads(0, 4, None, previous=1, best=2).threads == 1


class _Waiting(CpuWatch):
    """A watch whose clock is time itself and whose machine has another program using 1.5 cores."""

    def __init__(self) -> None:
        self._since = None
        self.looks = 0

    def _now(self) -> tuple[float, float, float]:
        self.looks += 1
        now = time.monotonic()
        return now, 1.5 * now, 0.0


def test_a_reading_waits_briefly_for_a_long_enough_window() -> None:
    watch = _Waiting()
    watch.mark()
    assert watch.others_busy() is None  # just marked: too short to say
    started = time.monotonic()
    assert watch.reading() == pytest.approx(1.5)
    assert time.monotonic() - started < 1.0
    assert _Waiting().reading() is None  # nothing marked: nothing to wait for
    watch.mark()
    assert watch.reading(wait_seconds=0) is None  # no time to wait: no reading
