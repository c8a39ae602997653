"""Live measurements for the charts: sample rings, memory readings and the token rate.

Everything here is plain Python and numpy. Times are ``time.monotonic()`` seconds;
the caller passes them in, so the tests drive these classes with synthetic clocks.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import psutil

FloatArray = npt.NDArray[np.float64]


class SampleRing:
    """A fixed-size ring of ``(time, value)`` samples; the oldest sample drops out when full.

    Each sample is written twice, at ``i`` and ``i + capacity`` of arrays twice the capacity,
    so the samples in order are always one contiguous slice: appending is O(1) and reading
    needs no concatenation.
    """

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self._capacity = capacity
        self._times: FloatArray = np.zeros(2 * capacity, dtype=np.float64)
        self._values: FloatArray = np.zeros(2 * capacity, dtype=np.float64)
        self._next = 0
        self._count = 0

    @property
    def capacity(self) -> int:
        return self._capacity

    def __len__(self) -> int:
        return self._count

    def append(self, when: float, value: float) -> None:
        """Add one sample; NaN values are kept (they draw as gaps)."""
        i = self._next
        self._times[i] = self._times[i + self._capacity] = when
        self._values[i] = self._values[i + self._capacity] = value
        self._next = (i + 1) % self._capacity
        self._count = min(self._count + 1, self._capacity)

    def clear(self) -> None:
        self._next = 0
        self._count = 0

    def _span(self) -> slice:
        start = (self._next - self._count) % self._capacity
        return slice(start, start + self._count)

    def times_view(self) -> FloatArray:
        """Sample times, oldest first: a view, valid until the next append or clear."""
        return self._times[self._span()]

    def values_view(self) -> FloatArray:
        """Sample values, oldest first: a view, valid until the next append or clear."""
        return self._values[self._span()]

    def snapshot(self) -> tuple[FloatArray, FloatArray]:
        """Copies of ``(times, values)``, oldest first, safe to keep (e.g. handed to a plot)."""
        span = self._span()
        return self._times[span].copy(), self._values[span].copy()

    def last(self) -> tuple[float, float] | None:
        """The newest sample, or None when empty."""
        if self._count == 0:
            return None
        i = (self._next - 1) % self._capacity
        return float(self._times[i]), float(self._values[i])


@dataclass(frozen=True)
class MemorySample:
    """One reading of the memory the chart shows, in bytes, taken at ``when`` (monotonic seconds)."""

    when: float
    engine_rss: int | None
    """Resident memory of the model (engine) process; None when no engine runs or it is remote."""
    app_rss: int
    """Resident memory of this application's own process."""
    available: int
    """Memory the machine can still give to programs without swapping."""
    total: int
    """Physical memory of the machine."""


class MemorySampler:
    """Reads the engine's and this app's resident memory and the machine's memory.

    ``engine_rss`` is a callable returning the engine process's RSS in bytes or None
    (in the app: ``EngineClient.rss``). Each ``sample()`` costs a few psutil calls, well
    under a millisecond: fine at a few hertz, not per token.
    """

    def __init__(
        self,
        engine_rss: Callable[[], int | None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._engine_rss = engine_rss
        self._clock = clock
        self._process = psutil.Process()

    def sample(self) -> MemorySample:
        try:
            engine = self._engine_rss()
        except (OSError, psutil.Error):
            engine = None
        memory = psutil.virtual_memory()
        return MemorySample(
            when=self._clock(),
            engine_rss=None if engine is None else int(engine),
            app_rss=int(self._process.memory_info().rss),
            available=int(memory.available),
            total=int(memory.total),
        )


class TokenRateTracker:
    """Tokens per second from token arrival events, as an instant rate and a rolling average.

    Feed it ``add(count, when)`` as tokens arrive (O(1): one ring append) and mark replies
    with ``reply_started`` / ``reply_finished``. ``rates(now)`` then answers:

    - *instant*: tokens that arrived in the last ``instant_window`` seconds, per second;
    - *average*: the same over the last ``average_window`` seconds.

    Both windows start no earlier than the reply's first token, so the time spent reading
    the prompt does not count as slow generation; the first token only marks that start.
    Outside a reply both rates are 0, never a stale value from the previous reply. Tokens
    arriving without ``reply_started`` start a reply on their own.
    """

    def __init__(self, instant_window: float = 0.5, average_window: float = 5.0, capacity: int = 16384) -> None:
        if not 0 < instant_window <= average_window:
            raise ValueError("windows must satisfy 0 < instant_window <= average_window")
        self.instant_window = instant_window
        self.average_window = average_window
        self._arrivals = SampleRing(capacity)  # (time, cumulative token count)
        self._total = 0
        self._in_reply = False
        self._first_token_at: float | None = None

    @property
    def in_reply(self) -> bool:
        return self._in_reply

    def reply_started(self) -> None:
        self._in_reply = True
        self._first_token_at = None

    def reply_finished(self) -> None:
        self._in_reply = False
        self._first_token_at = None

    def add(self, count: int, when: float) -> None:
        """Record ``count`` tokens arriving at ``when`` (monotonic seconds, non-decreasing)."""
        if not self._in_reply:
            self.reply_started()
        if self._first_token_at is None:
            self._first_token_at = when
        self._total += count
        self._arrivals.append(when, float(self._total))

    def clear(self) -> None:
        """Forget all arrivals; a reply in progress goes on from its next token."""
        self._arrivals.clear()
        self._total = 0
        self._first_token_at = None

    def rate(self, window: float, now: float) -> float:
        """Tokens per second over the last ``window`` seconds before ``now``; 0 outside a reply."""
        if not self._in_reply or self._first_token_at is None or len(self._arrivals) == 0:
            return 0.0
        times = self._arrivals.times_view()
        counts = self._arrivals.values_view()
        start = max(now - window, self._first_token_at, float(times[0]))
        elapsed = now - start
        if elapsed <= 0:
            return 0.0
        # Cumulative counts at `start` and at `now` (both inclusive; start >= times[0] so both
        # indices are valid): their difference is the tokens that arrived in (start, now].
        i_start = int(np.searchsorted(times, start, side="right")) - 1
        i_now = int(np.searchsorted(times, now, side="right")) - 1
        tokens = float(counts[i_now] - counts[i_start])
        return tokens / elapsed

    def rates(self, now: float) -> tuple[float, float]:
        """``(instant, average)`` tokens per second at ``now``."""
        return self.rate(self.instant_window, now), self.rate(self.average_window, now)
