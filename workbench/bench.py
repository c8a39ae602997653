"""llama-bench-style throughput: prompt processing and generation, mean ± standard deviation."""

from __future__ import annotations

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
