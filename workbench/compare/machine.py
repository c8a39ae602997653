"""The machine a comparison runs on, and the physical ceiling of generation speed on it.

Generating one token reads every weight of the model once, so memory bandwidth bounds the speed:
``ceiling = bandwidth ÷ bytes read per token``.
"""

from __future__ import annotations

import math
import os
import platform
import threading
import time
from typing import Any

from workbench.compare.results import MachineFacts

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

