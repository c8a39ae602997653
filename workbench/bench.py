"""llama-bench-style throughput: prompt processing and generation, mean ± standard deviation."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workbench.engine.protocol import BenchResult


@dataclass(frozen=True)
class Throughput:
    """Tokens per second of one test (``pp512`` or ``tg128``) over its repetitions."""

    test: str
    tokens: int
    samples: list[float]
    """Tokens per second of each repetition."""

    @property
    def mean(self) -> float:
        return statistics.fmean(self.samples) if self.samples else 0.0

    @property
    def stdev(self) -> float:
        return statistics.stdev(self.samples) if len(self.samples) > 1 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "test": self.test,
            "tokens": self.tokens,
            "tokens_per_second_mean": self.mean,
            "tokens_per_second_stdev": self.stdev,
            "samples": self.samples,
        }


def summarize(result: BenchResult) -> list[Throughput]:
    """Turn raw timings into one :class:`Throughput` per test that ran."""
    tests: list[Throughput] = []
    if result.n_prompt and result.prompt_seconds:
        tests.append(
            Throughput(
                f"pp{result.n_prompt}", result.n_prompt, [result.n_prompt / s for s in result.prompt_seconds if s > 0]
            )
        )
    if result.n_gen and result.generation_seconds:
        tests.append(
            Throughput(
                f"tg{result.n_gen}", result.n_gen, [result.n_gen / s for s in result.generation_seconds if s > 0]
            )
        )
    return tests


def bench_schedule(run: Callable[[int, bool], float], n_prompt: int, n_gen: int, repetitions: int) -> BenchResult:
    """llama-bench's schedule over a backend's timing function.

    ``run(n, one_at_a_time)`` evaluates ``n`` random tokens from an empty cache, in one batch
    (prompt processing) or one token at a time (generation), and returns the seconds it took.
    Each test is warmed up once, then timed ``repetitions`` times, prompt and generation alternating.
    """
    prompt_times: list[float] = []
    gen_times: list[float] = []
    if n_prompt:
        run(n_prompt, False)  # warm-up
    if n_gen:
        run(min(n_gen, 16), True)
    for _ in range(repetitions):
        if n_prompt:
            prompt_times.append(run(n_prompt, False))
        if n_gen:
            gen_times.append(run(n_gen, True))
    return BenchResult(n_prompt=n_prompt, n_gen=n_gen, prompt_seconds=prompt_times, generation_seconds=gen_times)


# -- how many repetitions -------------------------------------------------------------------------

TARGET_RELATIVE_ERROR = 0.03
"""Repeat a speed test until the standard error of its mean is at most 3% of the mean …"""
MIN_REPETITIONS = 3
MAX_REPETITIONS = 10
"""… but at least this many times, and at most that many (a noisy machine does not run forever)."""


def relative_standard_error(samples: list[float]) -> float:
    """Standard error of the mean over the mean (``stdev / √n / mean``); infinite below two samples."""
    if len(samples) < 2:
        return math.inf
    mean = statistics.fmean(samples)
    if mean <= 0:
        return math.inf
    return statistics.stdev(samples) / math.sqrt(len(samples)) / mean


def repetitions_still_needed(
    samples: list[float],
    target: float = TARGET_RELATIVE_ERROR,
    minimum: int = MIN_REPETITIONS,
    maximum: int = MAX_REPETITIONS,
) -> int:
    """How many more repetitions a speed test needs: 0 once ``samples`` are steady enough or the cap is reached.

    Below ``minimum`` samples, the rest of the minimum. Otherwise, while the relative standard error is
    above ``target``: the count that would bring it there if the spread stays as it is (the error
    shrinks as 1/√n, so ``n × (error ÷ target)²`` in all), at least one and never beyond ``maximum``.
    """
    n = len(samples)
    maximum = max(maximum, minimum, 1)
    if n < minimum:
        return minimum - n
    if n >= maximum:
        return 0
    error = relative_standard_error(samples)
    if error <= target:
        return 0
    wanted = n * (error / target) ** 2 if math.isfinite(error) else maximum
    return max(1, min(maximum, math.ceil(wanted)) - n)


TURN_SECONDS = 1.0
"""A variant's turn in the speed rounds times as many repetitions as fit in about this long (at least one): a tiny
model's take milliseconds, and loading it again for each would cost far more than the timing. A repetition of a
real model takes a second or more and gets a turn of its own: with two or three in one turn, the teaching ladder's
original was timed in two turns only, both in one slow stretch (97 ± 1 tokens per second, where other runs give
114–131), and read 1.6× slower than Q4_0."""


class SpeedRounds:
    """The repetitions of several variants' speed tests, taken in rounds: each round times every variant that still
    needs a repetition once, in turn, as :func:`repetitions_still_needed` says for each of its tests.

    Taking them in turns means a stretch in which the machine runs slow costs every variant a repetition (and widens
    their spreads) instead of making the one variant timed in it look slow. A variant that fails is :meth:`dropped`.
    """

    def __init__(
        self,
        variants: list[int],
        prompt: bool,
        generation: bool,
        minimum: int = MIN_REPETITIONS,
        maximum: int = MAX_REPETITIONS,
        target: float = TARGET_RELATIVE_ERROR,
    ) -> None:
        self._tests = (prompt, generation)
        self._minimum, self._maximum, self._target = minimum, maximum, target
        self.speeds: dict[int, tuple[list[float], list[float]]] = {v: ([], []) for v in variants}
        """Each variant's tokens per second so far: prompt processing, generation."""
        self.rounds: dict[int, tuple[list[int], list[int]]] = {v: ([], []) for v in variants}
        """The round each of those samples was timed in (1, 2 …), sample for sample."""
        self.round = 0
        """The round under way: :meth:`next_round` starts the next."""
        self.timed = 0
        """Repetitions taken so far (a variant's prompt and generation timed together count once)."""
        self._seconds: dict[int, float] = {}
        """Each variant's seconds for one repetition (its prompt and generation), once timed."""

    def due(self, variant: int) -> tuple[bool, bool]:
        """Whether the variant's prompt and generation tests still need a repetition."""
        if variant not in self.speeds:
            return False, False
        return (
            self._tests[0] and self._more(self.speeds[variant][0]) > 0,
            self._tests[1] and self._more(self.speeds[variant][1]) > 0,
        )

    def _more(self, samples: list[float]) -> int:
        return repetitions_still_needed(samples, self._target, self._minimum, self._maximum)

    def _left(self, variant: int) -> int:
        prompt, generation = self.speeds[variant]
        return max(self._more(prompt) if self._tests[0] else 0, self._more(generation) if self._tests[1] else 0)

    def next_round(self) -> list[int]:
        """Start the next round: the variants to time in it, in order; empty when every figure is steady or capped."""
        turn = [v for v in self.speeds if any(self.due(v))]
        if turn:
            self.round += 1
        return turn

    def repetitions(self, variant: int) -> int:
        """How many repetitions the variant's next turn times: one until a repetition's length is known, then as many
        as fit in :data:`TURN_SECONDS`, never more than it still needs."""
        left = self._left(variant) if variant in self.speeds else 0
        seconds = self._seconds.get(variant)
        if not seconds or seconds <= 0:
            return min(left, 1)
        return min(left, max(1, int(TURN_SECONDS // seconds)))

    def add(self, variant: int, prompt: list[float], generation: list[float], seconds: float | None = None) -> None:
        """A turn's tokens per second of the variant (``seconds``: what one repetition of it took). A test takes no
        more samples than it still needs: the other may have needed more repetitions of the turn."""
        speeds = self.speeds[variant]
        due = [self._more(speeds[0]) if self._tests[0] else 0, self._more(speeds[1]) if self._tests[1] else 0]
        prompt, generation = prompt[: due[0]], generation[: due[1]]
        speeds[0].extend(prompt)
        speeds[1].extend(generation)
        self.rounds[variant][0].extend([self.round] * len(prompt))
        self.rounds[variant][1].extend([self.round] * len(generation))
        self.timed += max(len(prompt), len(generation))
        if seconds:
            self._seconds[variant] = seconds

    def drop(self, variant: int) -> None:
        """The variant failed: it takes no more turns."""
        self.speeds.pop(variant, None)
        self.rounds.pop(variant, None)

    def share(self, variant: int) -> float:
        """The part of the variant's repetitions done, of those it needs as its figures stand."""
        if variant not in self.speeds:
            return 1.0
        done = max(len(self.speeds[variant][0]), len(self.speeds[variant][1]))
        return done / max(1, done + self._left(variant))

    def progress(self) -> float:
        """The part of all the repetitions done, of those needed as the figures stand (it can step back when a
        noisy figure asks for more)."""
        return self.timed / max(1, self.timed + sum(self._left(v) for v in self.speeds))
