"""Threads chosen by measurement: a short llama-bench-style sweep, kept per computer and model size.

How many threads run a model fastest depends on the processor and the model's size, and prompts and generation
differ: a prompt is a large matrix product that gains from every core, generation one token at a time that is
often limited by memory and gains little from the last cores while it pays for their meetings. So the engine
times a short prompt (:data:`PROMPT_PROBE` tokens) and a short generation (:data:`GENERATION_PROBE` tokens) at each
candidate thread count, as llama-bench does, and keeps the result in a small JSON file in the app's data folder,
one entry per computer (processor and cores) and size class (file type and parameter count). Automatic threads
then start from the measured counts and still step aside for other programs (:mod:`workbench.engine.threads`).

When it runs: on the first load of a size class when the computer is quiet (a few seconds, once; the load's own
time is reported without it), on demand, and by ``slm-workbench bench``. Never during a reply. A sweep on a busy
computer would measure the other programs: at load it is left for later.
"""

from __future__ import annotations

import json
import os
import platform
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from workbench.engine.threads import BUSY_MARGIN
from workbench.i18n import format_decimal, tr

PROMPT_PROBE = 64
"""Prompt tokens timed at each thread count."""
GENERATION_PROBE = 16
"""Tokens generated one at a time, timed at each thread count."""
SWEEP_BUDGET_SECONDS = 8.0
"""A sweep stops measuring further thread counts after this long (a large model on a slow computer)."""
CLOSE_ENOUGH = 0.97
"""The fewest threads within this share of the fastest win: they leave more room to other programs, and a
difference of a few percent is within the sweep's noise."""
COLLAPSED = 0.25
"""A thread count that generates at less than this share of the best so far has collapsed (its threads wait for a
core another program holds): its prompt is not timed, which would take long and say the same."""
CACHE_VERSION = 1
MAX_CACHE_BYTES = 1_000_000
"""A cache file larger than this is not read (it is not one this app wrote)."""


@dataclass(frozen=True)
class ThreadSweep:
    """What a sweep measured and chose."""

    prompt_threads: int
    generation_threads: int
    measured: str
    """When, as an ISO date and time (UTC)."""
    prompt_rates: dict[int, float] = field(default_factory=dict)
    """Prompt tokens per second at each thread count measured."""
    generation_rates: dict[int, float] = field(default_factory=dict)
    """Generated tokens per second at each thread count measured."""
    seconds: float = 0.0
    others_busy: float | None = None
    """Cores other programs used while it ran (None: not measured)."""

    @property
    def day(self) -> str:
        return self.measured[:10]

    @property
    def busy(self) -> bool:
        """Other programs used more than :data:`~workbench.engine.threads.BUSY_MARGIN` of a core meanwhile."""
        return self.others_busy is not None and self.others_busy > BUSY_MARGIN

    def summary(self) -> str:
        """``2 for prompts, 1 for generation (measured 2026-11-30)``."""
        return self.in_force().in_words()

    def in_force(self, lowered: Lowered | None = None) -> ThreadsInForce:
        """This sweep's counts as the threads in force (``lowered``: fewer for now, for other programs)."""
        return ThreadsInForce(
            self.prompt_threads, self.generation_threads, "measured", self.day, self.busy, lowered
        )

    def details(self) -> str:
        """The rates behind the choice, one phrase per kind."""

        def rates(values: dict[int, float]) -> str:
            return ", ".join(f"{n}: {rate:.3g}" for n, rate in sorted(values.items()))

        return f"tokens/s by threads — prompt {rates(self.prompt_rates)}; generation {rates(self.generation_rates)}"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["prompt_rates"] = {str(k): v for k, v in self.prompt_rates.items()}
        data["generation_rates"] = {str(k): v for k, v in self.generation_rates.items()}
        return data

    @classmethod
    def from_dict(cls, data: Any, cores: int) -> ThreadSweep | None:
        """A sweep read back, or None when anything in it is not what this app writes (or names more threads
        than ``cores``)."""
        if not isinstance(data, dict):
            return None
        try:
            prompt, generation = data["prompt_threads"], data["generation_threads"]
            measured = data["measured"]
            counts = (prompt, generation)
            if not all(isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= cores for n in counts):
                return None
            if not isinstance(measured, str) or len(measured) > 40:
                return None
            prompt_rates = {int(k): float(v) for k, v in dict(data.get("prompt_rates", {})).items()}
            generation_rates = {int(k): float(v) for k, v in dict(data.get("generation_rates", {})).items()}
            busy = data.get("others_busy")
            return cls(
                prompt, generation, measured, prompt_rates, generation_rates, float(data.get("seconds", 0.0)),
                float(busy) if isinstance(busy, (int, float)) else None,
            )
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True)
class Lowered:
    """Fewer threads than the ceiling for now, because other programs were using the processor."""

    prompt: int
    generation: int
    others_busy: float
    """Cores other programs were using."""
    cores: int


ThreadsOrigin = Literal["asked", "measured", "unmeasured", "unmeasured_busy"]


@dataclass(frozen=True)
class ThreadsInForce:
    """The threads a loaded model runs with and how they were chosen: facts, put in words only where they are
    shown (:meth:`in_words`), so the words follow the language the window speaks at that moment."""

    prompt: int
    generation: int
    origin: ThreadsOrigin
    """``asked``: set by the user; ``measured``: a sweep's counts; ``unmeasured`` (``_busy``: not yet, as the
    computer was busy): automatic, one per core."""
    measured_day: str = ""
    measured_busy: bool = False
    """The sweep ran while other programs used the processor."""
    lowered: Lowered | None = None

    @property
    def measured(self) -> bool:
        return self.origin == "measured"

    def in_words(self) -> str:
        """``2 for prompts, 1 for generation (measured 2026-11-30)``, and why fewer run now, if they do."""
        if self.origin == "measured":
            if self.measured_busy:
                origin = tr("Threads", "measured {day} while the computer was busy").format(day=self.measured_day)
            else:
                origin = tr("Threads", "measured {day}").format(day=self.measured_day)
        elif self.origin == "asked":
            origin = tr("Threads", "as you set them")
        elif self.origin == "unmeasured_busy":
            origin = tr("Threads", "automatic; not measured yet, the computer was busy")
        else:
            origin = tr("Threads", "automatic; not measured")
        words = threads_in_words(self.prompt, self.generation, origin)
        if self.lowered is not None:
            words += "; " + tr(
                "Threads",
                "fewer now ({prompt} for prompts, {generation} for generation): other programs were using about "
                "{busy} of {cores} cores",
            ).format(
                prompt=self.lowered.prompt,
                generation=self.lowered.generation,
                busy=format_decimal(self.lowered.others_busy, 1),
                cores=self.lowered.cores,
            )
        return words


def threads_in_words(prompt: int, generation: int, origin: str) -> str:
    """``2 for prompts, 1 for generation (measured 2026-11-30)``; one number when both are the same."""
    if prompt == generation:
        return tr("Threads", "{prompt} for prompts and generation ({origin})").format(prompt=prompt, origin=origin)
    return tr("Threads", "{prompt} for prompts, {generation} for generation ({origin})").format(
        prompt=prompt, generation=generation, origin=origin
    )


def sweep_candidates(cores: int) -> list[int]:
    """The thread counts a sweep tries, fewest first (should the budget run out, the counts that cannot collapse
    when another program takes a core are measured): every count up to 4 cores; beyond, the powers of two, the
    cores less one and all of them."""
    cores = max(1, cores)
    if cores <= 4:
        return list(range(1, cores + 1))
    counts = {cores, cores - 1}
    n = 1
    while n < cores:
        counts.add(n)
        n *= 2
    return sorted(counts)


def best_threads(rates: dict[int, float]) -> int:
    """The fewest threads within :data:`CLOSE_ENOUGH` of the fastest rate (1 when nothing was measured)."""
    usable = {n: r for n, r in rates.items() if r > 0}
    if not usable:
        return 1
    fastest = max(usable.values())
    return min(n for n, r in usable.items() if r >= CLOSE_ENOUGH * fastest)


def run_sweep(
    time_prompt: Callable[[int], float],
    time_generation: Callable[[int], float],
    cores: int,
    budget_seconds: float = SWEEP_BUDGET_SECONDS,
    others_busy: float | None = None,
) -> ThreadSweep:
    """Time a generation and a prompt probe at each of :func:`sweep_candidates` ``(cores)`` and choose.

    ``time_prompt(threads)`` and ``time_generation(threads)`` return tokens per second (the backend runs the
    probes; each times its best of two runs). After ``budget_seconds`` no further count is started."""
    started = time.perf_counter()
    prompt_rates: dict[int, float] = {}
    generation_rates: dict[int, float] = {}
    for threads in sweep_candidates(cores):
        if generation_rates and time.perf_counter() - started > budget_seconds:
            break
        generation_rates[threads] = time_generation(threads)
        if generation_rates[threads] < COLLAPSED * max(generation_rates.values()):
            continue  # another program holds a core and these threads wait for it: the prompt would too
        prompt_rates[threads] = time_prompt(threads)
    return ThreadSweep(
        prompt_threads=best_threads(prompt_rates),
        generation_threads=best_threads(generation_rates),
        measured=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        prompt_rates=prompt_rates,
        generation_rates=generation_rates,
        seconds=time.perf_counter() - started,
        others_busy=others_busy,
    )


def processor_name() -> str:
    """The processor's model name, as the system states it (``unknown processor`` when it does not)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
            for line in info:
                if line.lower().startswith(("model name", "hardware")) and ":" in line:
                    return line.split(":", 1)[1].strip()[:100]
    except OSError:
        pass
    return (platform.processor() or platform.machine() or "unknown processor")[:100]


def machine_key(cores: int) -> str:
    """This computer, as far as threads go: its processor, the cores the engine may use, its architecture."""
    return f"{processor_name()} · {cores} cores · {platform.machine()}"


def size_class(file_type: str, parameters: int) -> str:
    """A model's size class: its file type (``Q4_0``) and parameter count to two significant figures (``130M``);
    models of one class run fastest on the same threads."""
    if parameters <= 0:
        return f"{file_type} · unknown size"
    digits = len(str(parameters)) - 2
    rounded = round(parameters, -digits) if digits > 0 else parameters
    for unit, scale in (("B", 10**9), ("M", 10**6), ("K", 10**3)):
        if rounded >= scale:
            return f"{file_type} · {rounded / scale:g}{unit}"
    return f"{file_type} · {rounded}"


class ThreadsCache:
    """The sweeps measured on this computer, in one JSON file. A file that cannot be read, is damaged or is not
    this app's is ignored (and replaced at the next sweep); one that cannot be written leaves the sweep unsaved."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def _entries(self) -> dict[str, Any]:
        try:
            if self.path.stat().st_size > MAX_CACHE_BYTES:
                return {}
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return {}
        if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def get(self, machine: str, size: str, cores: int) -> ThreadSweep | None:
        """The sweep kept for this computer and size class, if there is a sound one."""
        return ThreadSweep.from_dict(self._entries().get(f"{machine} | {size}"), cores)

    def put(self, machine: str, size: str, sweep: ThreadSweep) -> bool:
        """Keep ``sweep``; False when the file cannot be written."""
        entries = self._entries()
        entries[f"{machine} | {size}"] = sweep.to_dict()
        text = json.dumps({"version": CACHE_VERSION, "entries": entries}, indent=1, sort_keys=True)
        partial = self.path.with_name(self.path.name + ".partial")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, self.path)
        except OSError:
            return False
        return True
