"""Benchmark summaries and sampling parameters."""

from __future__ import annotations

import pytest

from workbench.bench import summarize
from workbench.engine.protocol import BenchResult, ReplyStats
from workbench.sampling import PRESETS, SamplingParams


def test_summarize_mean_and_stdev() -> None:
    result = BenchResult(n_prompt=512, n_gen=128, prompt_seconds=[1.0, 2.0], generation_seconds=[1.0, 1.0, 1.0])
    pp, tg = summarize(result)
    assert (pp.test, tg.test) == ("pp512", "tg128")
    assert pp.samples == [512.0, 256.0]
    assert pp.mean == pytest.approx(384.0)
    assert pp.stdev == pytest.approx(181.019, rel=1e-3)
    assert tg.mean == 128.0 and tg.stdev == 0.0


def test_summarize_skips_tests_not_run() -> None:
    only_gen = summarize(BenchResult(n_prompt=0, n_gen=16, prompt_seconds=[], generation_seconds=[0.5]))
    assert [t.test for t in only_gen] == ["tg16"]


def test_tokens_per_second_counts_after_the_first_token() -> None:
    stats = ReplyStats(10, 0.1, generated_tokens=11, generation_seconds=0.5, time_to_first_token=0.1, stop_reason="eos")
    assert stats.tokens_per_second == pytest.approx(20.0)
    assert ReplyStats.from_dict(stats.to_dict()) == stats
    assert ReplyStats(1, 0.1, 1, 0.0, 0.1, "eos").tokens_per_second == 0.0


def test_sampling_round_trip_ignores_unknown_keys() -> None:
    params = SamplingParams(temperature=0.3, seed=7)
    data = params.to_dict() | {"from_a_newer_version": True}
    assert SamplingParams.from_dict(data) == params
    assert not {"context_length", "threads"} & set(params.to_dict())  # load options live in LoadOptions


def test_presets_differ_in_temperature() -> None:
    temps = [PRESETS[name].temperature for name in ("Precise", "Balanced", "Creative")]
    assert temps == sorted(temps) and len(set(temps)) == 3
