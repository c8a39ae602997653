"""llama-bench-style throughput: prompt processing and generation, mean ± standard deviation."""

from __future__ import annotations

import statistics
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
