"""The machine a comparison runs on, the physical ceiling of generation speed on it, and how busy
other programs kept it while a step was timed.

Generating one token reads every weight of the model once, so memory bandwidth bounds the speed:
``ceiling = bandwidth ÷ bytes read per token``.

A speed measured while other programs used the processor is not this machine's speed: llama.cpp's
threads wait for each other, so one busy core can slow generation on all of them many times over.
:func:`watch_other_load` records the processor time of everything on the machine minus this app's own
processes (the window and its engine child), before and during a step.
"""

from __future__ import annotations

import contextlib
import math
import os
import platform
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from workbench.compare.results import MachineFacts, MachineLoad, VariantResult

BANDWIDTH_ARRAY_BYTES = 256 * 1024 * 1024
"""Size of the array copied to measure bandwidth: far larger than any CPU cache."""

BANDWIDTH_ROUNDS = 5


def cpu_name() -> str:
    """The processor's marketing name where the system tells it, else the architecture."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.lower().startswith(("model name", "hardware", "cpu model")):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    if platform.system() == "Darwin":
        import subprocess

        try:
            done = subprocess.run(
                ["sysctl", "-n", "machdep.cpu.brand_string"], capture_output=True, text=True, timeout=5, check=False
            )
            if done.stdout.strip():
                return done.stdout.strip()
        except OSError:
            pass
    return platform.processor() or platform.machine()


def measure_bandwidth(
    array_bytes: int = BANDWIDTH_ARRAY_BYTES, rounds: int = BANDWIDTH_ROUNDS, threads: int | None = None
) -> float:
    """Memory bandwidth in bytes per second: the best of ``rounds`` copies of a large array.

    A copy reads the source and writes the destination, so each round moves twice the array's size;
    that is what is counted. The array is split between ``threads`` threads (default: one per core,
    as generation uses) copying at once, because one core alone often cannot saturate the memory bus;
    numpy releases the GIL while it copies, so the threads really run together.
    """
    import numpy as np
    import psutil

    workers = max(1, threads or psutil.cpu_count(logical=False) or os.cpu_count() or 1)
    size = max(1 << 20, min(array_bytes, psutil.virtual_memory().available // 8))
    source = np.ones(size // 8, dtype=np.float64)
    target = np.empty_like(source)
    parts = [(s, t) for s, t in zip(np.array_split(source, workers), np.array_split(target, workers), strict=True)]
    best = math.inf
    for _ in range(rounds):
        if workers == 1:
            started = time.perf_counter()
            np.copyto(target, source)
            best = min(best, time.perf_counter() - started)
            continue
        gate = threading.Barrier(workers + 1)

        pool = [threading.Thread(target=_copy_part, args=(gate, *part), name="bandwidth") for part in parts]
        for thread in pool:
            thread.start()
        gate.wait()
        started = time.perf_counter()
        for thread in pool:
            thread.join()
        best = min(best, time.perf_counter() - started)
    return 2 * source.nbytes / best


def _copy_part(gate: threading.Barrier, source: Any, target: Any) -> None:
    import numpy as np

    gate.wait()
    np.copyto(target, source)


def measure_machine(bandwidth: bool = True) -> MachineFacts:
    """CPU name, physical cores, total memory, system and (about a second's work) the measured bandwidth."""
    import psutil

    return MachineFacts(
        cpu=cpu_name(),
        cores=psutil.cpu_count(logical=False) or os.cpu_count() or 0,
        memory_bytes=int(psutil.virtual_memory().total),
        bandwidth_bytes_per_second=measure_bandwidth() if bandwidth else None,
        system=f"{platform.system()} {platform.release()} ({platform.machine()})",
    )


# -- other programs' load -----------------------------------------------------------------------

BUSY_CORES = 0.25
"""Other programs using a quarter of one core or more, on average, make a timed step unreliable."""
LOAD_BEFORE_SECONDS = 0.3
"""How long the machine is watched before a step starts."""


def busy_cpu_seconds() -> float:
    """Processor seconds the whole machine has spent working (not idle, not waiting for the disk) since boot."""
    import psutil

    t = psutil.cpu_times()
    fields = ("user", "nice", "system", "irq", "softirq", "steal", "interrupt", "dpc")
    return float(sum(getattr(t, name, 0.0) for name in fields))


def own_cpu_seconds() -> float:
    """Processor seconds used so far by this process and every process it started, ended ones included.

    A live process is read as it stands; one that has ended is in its parent's account (the system adds a child's
    time to its parent's when the parent collects it). So an engine that starts and ends between two readings, as a
    speed round's do, is counted: read only while alive, its last moments would pass for other programs' work.
    Children are read before this process, so that one collected in between is counted twice rather than not at
    all: an error that can only make the machine look quieter, never busier, than it was.
    """
    import psutil

    me = psutil.Process()
    seconds = 0.0
    with contextlib.suppress(psutil.Error):
        for process in [*me.children(recursive=True), me]:
            with contextlib.suppress(psutil.Error):
                t = process.cpu_times()
                seconds += t.user + t.system + getattr(t, "children_user", 0.0) + getattr(t, "children_system", 0.0)
    return seconds


class OtherLoad:
    """Measures other programs' processor use over a window: :meth:`start`, then :meth:`stop` gives
    cores' worth of work (``1.0`` = one core fully busy), never below zero: the whole machine's working time less
    this app's own (:func:`own_cpu_seconds`), per second of wall time."""

    def __init__(
        self,
        machine_seconds: Callable[[], float] = busy_cpu_seconds,
        own_seconds: Callable[[], float] = own_cpu_seconds,
    ) -> None:
        self._machine_seconds = machine_seconds
        self._own_seconds = own_seconds
        self._started: float | None = None
        self._machine_start = 0.0
        self._own_start = 0.0

    def start(self) -> None:
        self._own_start = self._own_seconds()
        self._machine_start = self._machine_seconds()
        self._started = time.monotonic()

    def stop(self) -> float | None:
        """Other programs' cores over the window, or None when it could not be measured (or was not started)."""
        if self._started is None:
            return None
        wall = time.monotonic() - self._started
        machine = self._machine_seconds() - self._machine_start
        own = self._own_seconds() - self._own_start
        self._started = None
        if wall <= 0:
            return None
        return max(0.0, (machine - own) / wall)


def start_watch() -> OtherLoad | None:
    """A started :class:`OtherLoad`, or None when the machine cannot be read (never raises)."""
    try:
        watch = OtherLoad()
        watch.start()
    except Exception:  # noqa: BLE001 - a reading that fails must never stop a measurement
        return None
    return watch


def end_watch(watch: OtherLoad | None) -> None:
    """Stop a watch whose reading is not wanted (never raises)."""
    if watch is not None:
        with contextlib.suppress(Exception):
            watch.stop()


@contextlib.contextmanager
def watch_other_load(
    result: VariantResult, step: str, before_seconds: float = LOAD_BEFORE_SECONDS, before: OtherLoad | None = None
) -> Iterator[MachineLoad]:
    """Record in ``result.machine_load`` how busy other programs kept the computer just before and while
    the ``with`` block runs (the step). ``before``: a watch started earlier (say, before the model was loaded) whose
    window is the "just before" reading; without it the block waits ``before_seconds`` to take one. Never raises
    for a reading it cannot take: that reading is None."""
    load = MachineLoad(step=step, cores=os.cpu_count() or 0)
    watch: OtherLoad | None = before
    try:
        if watch is None:
            watch = OtherLoad()
            watch.start()
            time.sleep(before_seconds)
        load.before_cores = watch.stop()
        watch.start()
    except Exception:  # noqa: BLE001 - a reading that fails must never stop a measurement
        if watch is not None:
            with contextlib.suppress(Exception):
                watch.stop()
        watch = None
    try:
        yield load
    finally:
        if watch is not None:
            with contextlib.suppress(Exception):
                load.during_cores = watch.stop()
        result.machine_load.append(load)


def was_busy(load: MachineLoad, threshold: float = BUSY_CORES) -> bool:
    """Whether other programs used at least ``threshold`` cores before or during the step."""
    return load.busiest >= threshold


def keep_busiest_reading(loads: list[MachineLoad], step: str) -> None:
    """Keep one reading of ``step`` in ``loads``: the busiest of those taken (a step watched in several parts,
    such as a variant's speed rounds, is as unreliable as its busiest part)."""
    readings = [load for load in loads if load.step == step]
    if len(readings) < 2:
        return
    busiest = max(readings, key=lambda load: (load.busiest, load.during_cores is not None))
    loads[:] = [load for load in loads if load.step != step or load is busiest]
