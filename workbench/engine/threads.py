"""How many threads llama.cpp gets for the next reply, chosen from what the processor is doing.

llama.cpp's threads meet at a barrier after every step of the model and wait for each other by spinning.
When another program takes one of the cores, one thread is paused by the system while the others spin:
with threads = cores, generation collapses (measured on 2 cores: 1.7 tokens/s instead of about 100) while
one thread fewer runs at nearly full speed. So in *automatic* mode the engine measures how much of the
processor other programs used while it was idle, and leaves them the cores they are using.

:class:`CpuWatch` measures; :func:`choose_threads` decides (a pure function, tested on its own).
"""

from __future__ import annotations

import math
import os
import time
from dataclasses import dataclass

from workbench.i18n import format_decimal, tr

MIN_WINDOW_SECONDS = 0.2
"""A measurement window shorter than this says too little; the previous choice stands."""
BUSY_MARGIN = 0.5
"""Others must use more than this share of a core before a thread steps aside for them."""


@dataclass(frozen=True)
class ThreadChoice:
    """The thread count for the next reply and why, in words for the status bar's tooltip."""

    threads: int
    reason: str
    others_busy_cores: float | None = None
    """How many cores other programs were using, as measured (None when not measured)."""


def usable_cores() -> int:
    """Cores this process may run on (its affinity where the system tells it), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def choose_threads(
    requested: int, cores: int, others_busy: float | None, previous: int | None = None, best: int | None = None
) -> ThreadChoice:
    """The threads for the next step.

    ``requested`` > 0 is the person's own choice and is kept (clamped to ``cores``, saying so); 0 means
    automatic: ``best`` (the count a sweep measured fastest, :mod:`workbench.engine.thread_sweep`) or else all
    ``cores``, less one for each core other programs were using (beyond :data:`BUSY_MARGIN`), at least 1.
    ``others_busy`` None (not measured) keeps ``previous`` if given, never above that ceiling. The engine takes a
    reading before the first step after a load (:meth:`CpuWatch.reading`), so that a measured count is a ceiling the
    busy-core check lowers from the first token on, not a count kept until a later reply measures.
    """
    cores = max(1, cores)
    if requested > 0:
        if requested > cores:
            return ThreadChoice(
                cores,
                tr("Threads", "{cores} (you asked for {requested}; this computer has {cores} cores)").format(
                    cores=cores, requested=requested
                ),
            )
        return ThreadChoice(requested, tr("Threads", "{requested}, as you set it").format(requested=requested))
    ceiling = min(best, cores) if best and best > 0 else cores
    if best:
        start = tr("Threads", "{threads}, automatic: measured fastest").format(threads=ceiling)
    else:
        start = tr("Threads", "{threads}, automatic: one per core").format(threads=ceiling)
    if others_busy is None:
        if previous:
            kept = min(previous, ceiling)
            reason = tr("Threads", "{threads}, automatic (as for the last reply)").format(threads=kept)
            return ThreadChoice(kept, reason)
        return ThreadChoice(ceiling, start)
    free = cores - max(0.0, others_busy)
    threads = max(1, min(ceiling, math.floor(free + 1.0 - BUSY_MARGIN)))
    if threads == ceiling:
        return ThreadChoice(threads, tr("Threads", "{choice}, the processor is free").format(choice=start), others_busy)
    return ThreadChoice(
        threads,
        tr(
            "Threads",
            "{threads}, automatic: other programs were using about {busy} of {cores} cores, and llama.cpp slows "
            "down sharply when it has to share a core",
        ).format(threads=threads, busy=format_decimal(others_busy, 1), cores=cores),
        others_busy,
    )


def too_many_threads(requested: int, cores: int) -> str | None:
    """The line that says a thread count was lowered to the cores, or None when it was not."""
    if requested > cores:
        return tr(
            "Threads",
            "You asked for {requested} threads; this computer has {cores} cores the engine may use, so it runs "
            "{cores} (more threads than cores only wait for each other).",
        ).format(requested=requested, cores=cores)
    return None


class CpuWatch:
    """How many cores other programs used while the engine was idle: call :meth:`mark` when a step ends
    and :meth:`others_busy` when the next one starts.

    The app that started the engine is not another program: between two steps it takes in the last one's results
    (a comparison updates its table and charts, a chat shows the reply), work that is over before the next step
    begins. Counted, it made automatic threads time some variants of a comparison run from the window on fewer
    threads than others. Other processes (a second engine, a quantization, anything else) are counted."""

    def __init__(self) -> None:
        import psutil

        self._psutil = psutil
        self._me = psutil.Process()
        try:
            self._app = self._me.parent()
        except (psutil.Error, OSError):
            self._app = None
        self._since: tuple[float, float, float] | None = None

    def _now(self) -> tuple[float, float, float]:
        times = self._psutil.cpu_times()
        busy = sum(getattr(times, f, 0.0) for f in ("user", "nice", "system", "irq", "softirq", "steal"))
        own = self._me.cpu_times()
        ours = own.user + own.system
        if self._app is not None:
            try:
                app = self._app.cpu_times()
                ours += app.user + app.system
            except (self._psutil.Error, OSError):  # the app is gone: this engine is about to be too
                self._app = None
        return time.monotonic(), busy, ours

    def mark(self) -> None:
        """The engine goes idle now."""
        try:
            self._since = self._now()
        except (self._psutil.Error, OSError):
            self._since = None

    def others_busy(self) -> float | None:
        """Cores used by other programs since :meth:`mark`, or None when the window was too short or
        nothing was marked."""
        if self._since is None:
            return None
        try:
            now = self._now()
        except (self._psutil.Error, OSError):
            return None
        seconds = now[0] - self._since[0]
        if seconds < MIN_WINDOW_SECONDS:
            return None
        busy = (now[1] - self._since[1]) - (now[2] - self._since[2])
        return max(0.0, busy / seconds)

    def reading(self, wait_seconds: float = 2 * MIN_WINDOW_SECONDS) -> float | None:
        """:meth:`others_busy`, waiting (at most ``wait_seconds``) for the window to be long enough when the engine
        has only just stopped, as at the end of a load; None when it still says nothing."""
        busy = self.others_busy()
        if busy is not None or self._since is None or wait_seconds <= 0:
            return busy
        deadline = time.monotonic() + wait_seconds
        while busy is None and time.monotonic() < deadline:
            time.sleep(min(0.05 + max(0.0, MIN_WINDOW_SECONDS - (time.monotonic() - self._since[0])),
                           max(0.0, deadline - time.monotonic())))
            busy = self.others_busy()
        return busy
