"""Threads chosen by measurement: the sweep's choice, its cache per computer and size class, and what the engine
does with both."""

from __future__ import annotations

import json
import pathlib
from collections.abc import Iterator

import pytest

from workbench.engine.llama_backend import LlamaBackend
from workbench.engine.options import LoadOptions
from workbench.engine.thread_sweep import (
    ThreadsCache,
    ThreadSweep,
    best_threads,
    machine_key,
    run_sweep,
    size_class,
    sweep_candidates,
    threads_in_words,
)
from workbench.engine.threads import choose_threads, usable_cores


def _sweep(prompt: int = 2, generation: int = 1, busy: float | None = 0.1) -> ThreadSweep:
    return ThreadSweep(prompt, generation, "2026-11-30T12:00:00Z", {1: 400.0, 2: 750.0}, {1: 145.0, 2: 60.0}, 2.5, busy)


def test_candidates_fewest_first() -> None:
    assert sweep_candidates(1) == [1]
    assert sweep_candidates(2) == [1, 2]
    assert sweep_candidates(4) == [1, 2, 3, 4]
    assert sweep_candidates(12) == [1, 2, 4, 8, 11, 12]


def test_the_fewest_threads_within_a_few_percent_win() -> None:
    assert best_threads({1: 145.0, 2: 60.0}) == 1  # one core busy: the measurement in the issue
    assert best_threads({1: 161.0, 2: 145.0}) == 1 or best_threads({1: 145.0, 2: 161.0}) == 2
    assert best_threads({1: 100.0, 2: 98.0, 4: 99.0}) == 1  # within the sweep's noise: fewer threads
    assert best_threads({1: 100.0, 2: 190.0, 4: 380.0}) == 4
    assert best_threads({}) == 1 and best_threads({1: 0.0, 2: 0.0}) == 1


def test_run_sweep_times_each_count_and_chooses_each_kind_apart() -> None:
    prompt_rates = {1: 400.0, 2: 750.0}
    generation_rates = {1: 145.0, 2: 60.0}
    sweep = run_sweep(prompt_rates.__getitem__, generation_rates.__getitem__, 2)
    assert (sweep.prompt_threads, sweep.generation_threads) == (2, 1)
    assert sweep.prompt_rates == prompt_rates and sweep.generation_rates == generation_rates
    assert sweep.summary() == f"2 for prompts, 1 for generation (measured {sweep.measured[:10]})"
    assert "prompt 1: 400, 2: 750" in sweep.details()


def test_a_sweep_stops_after_its_budget() -> None:
    seen: list[int] = []

    def slow(threads: int) -> float:
        seen.append(threads)
        return 1.0

    run_sweep(slow, lambda _: 1.0, 12, budget_seconds=0.0)
    assert seen == [1]  # one count measured, no more


def test_a_collapsed_count_is_not_timed_on_a_prompt() -> None:
    prompts: list[int] = []

    def prompt(threads: int) -> float:
        prompts.append(threads)
        return 50.0

    sweep = run_sweep(prompt, {1: 32.6, 2: 0.1}.__getitem__, 2)  # measured here with one core busy
    assert prompts == [1] and sweep.prompt_rates == {1: 50.0} and sweep.generation_rates == {1: 32.6, 2: 0.1}
    assert (sweep.prompt_threads, sweep.generation_threads) == (1, 1)


def test_a_sweep_on_a_busy_computer_says_so() -> None:
    assert "while the computer was busy" in _sweep(busy=1.2).summary()
    assert "busy" not in _sweep(busy=0.1).summary()
    assert threads_in_words(2, 2, "as you set them") == "2 for prompts and generation (as you set them)"


def test_size_class_rounds_the_parameters() -> None:
    assert size_class("Q4_0", 134_515_008) == "Q4_0 · 130M"
    assert size_class("F16", 1_235_814_400) == "F16 · 1.2B"
    assert size_class("Q8_0", 0) == "Q8_0 · unknown size"
    assert "cores" in machine_key(4)


def test_the_cache_keeps_one_entry_per_computer_and_size(tmp_path: pathlib.Path) -> None:
    cache = ThreadsCache(tmp_path / "cache" / "threads.json")
    assert cache.get("cpu", "Q4_0 · 130M", 2) is None
    assert cache.put("cpu", "Q4_0 · 130M", _sweep(2, 1))
    assert cache.put("cpu", "F16 · 130M", _sweep(2, 2))
    again = cache.get("cpu", "Q4_0 · 130M", 2)
    assert again is not None and (again.prompt_threads, again.generation_threads) == (2, 1)
    assert again.generation_rates == {1: 145.0, 2: 60.0}
    assert cache.get("cpu", "F16 · 130M", 2) is not None and cache.get("other cpu", "F16 · 130M", 2) is None
    assert cache.get("cpu", "Q4_0 · 130M", 1) is None  # names more threads than this computer has now


@pytest.mark.parametrize(
    "content",
    [
        b"{ not json",
        b"\xff\xfe\x00",
        b"[]",
        json.dumps({"version": 99, "entries": {}}).encode(),
        json.dumps({"version": 1, "entries": {"cpu | Q4_0 · 130M": {"prompt_threads": "two"}}}).encode(),
        json.dumps({"version": 1, "entries": {"cpu | Q4_0 · 130M": {"prompt_threads": 0, "generation_threads": 1,
                                                                     "measured": "x"}}}).encode(),
        b" " * 2_000_000,
    ],
)
def test_a_damaged_cache_is_ignored_and_replaced(tmp_path: pathlib.Path, content: bytes) -> None:
    path = tmp_path / "threads.json"
    path.write_bytes(content)
    cache = ThreadsCache(path)
    assert cache.get("cpu", "Q4_0 · 130M", 4) is None
    assert cache.put("cpu", "Q4_0 · 130M", _sweep())
    assert cache.get("cpu", "Q4_0 · 130M", 4) is not None


def test_a_cache_that_cannot_be_written_says_so(tmp_path: pathlib.Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    assert not ThreadsCache(blocker / "threads.json").put("cpu", "Q4_0 · 130M", _sweep())


def test_automatic_threads_start_from_the_measured_count() -> None:
    assert choose_threads(0, 2, 0.0, best=1).threads == 1  # measured fastest, though the processor is free
    assert "measured fastest" in choose_threads(0, 2, 0.0, best=1).reason
    assert choose_threads(0, 4, 2.0, best=4).threads == 2  # and still step aside for busy cores
    assert choose_threads(0, 4, 0.0, best=8).threads == 4  # never more than the cores
    assert choose_threads(3, 4, 0.0, best=1).threads == 3  # a person's own choice wins


# -- the engine, on the tiny model ---------------------------------------------------------


@pytest.fixture
def backend(tmp_path: pathlib.Path) -> Iterator[LlamaBackend]:
    made = LlamaBackend()
    made.keep_thread_sweeps(str(tmp_path / "threads.json"))
    yield made
    made.unload()


def test_measured_threads_are_kept_and_used_at_the_next_load(
    backend: LlamaBackend, tiny_gguf: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    backend.load(str(tiny_gguf), LoadOptions(context_length=256))
    sweep = backend.measure_threads()
    cores = usable_cores()
    assert set(sweep.generation_rates) == set(sweep_candidates(cores))
    assert 1 in sweep.prompt_rates and set(sweep.prompt_rates) <= set(sweep.generation_rates)  # collapsed: no prompt
    assert all(r > 0 for r in [*sweep.prompt_rates.values(), *sweep.generation_rates.values()])
    assert 1 <= sweep.prompt_threads <= cores and 1 <= sweep.generation_threads <= cores
    assert backend._loaded is not None and backend._loaded.threads_detail == sweep.summary()
    entries = json.loads((tmp_path / "threads.json").read_text())["entries"]
    (key,) = entries
    assert key.startswith(machine_key(cores) + " | ")
    # a different but sound entry for this computer and size shows that the next load reads it
    entries[key].update(prompt_threads=1, generation_threads=1, measured="2020-01-02T00:00:00Z", others_busy=0.0)
    (tmp_path / "threads.json").write_text(json.dumps({"version": 1, "entries": entries}))
    loaded = backend.load(str(tiny_gguf), LoadOptions(context_length=256))
    assert loaded.threads_detail == "1 for prompts and generation (measured 2020-01-02)"
    assert loaded.threads == 1 and backend._prompt_threads_now == 1
    assert not any("Measured the fastest" in note for note in loaded.notes)


def test_a_damaged_cache_is_measured_again(
    backend: LlamaBackend, tiny_gguf: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    (tmp_path / "threads.json").write_text("{ damaged")
    loaded = backend.load(str(tiny_gguf), LoadOptions(context_length=256))
    measured_at_load = any("Measured the fastest" in note for note in loaded.notes)
    assert measured_at_load or "not measured yet, the computer was busy" in loaded.threads_detail
    if not measured_at_load:
        backend.measure_threads()
    assert json.loads((tmp_path / "threads.json").read_text())["version"] == 1


def test_a_fixed_thread_count_is_kept_and_too_many_is_explained(backend: LlamaBackend, tiny_gguf: pathlib.Path) -> None:
    cores = usable_cores()
    loaded = backend.load(str(tiny_gguf), LoadOptions(context_length=256, threads=cores + 6))
    assert loaded.threads == cores
    assert any(f"You asked for {cores + 6} threads; this computer has {cores} cores" in n for n in loaded.notes)
    assert loaded.threads_detail == threads_in_words(cores, cores, "as you set them")
    backend.measure_threads()  # measuring does not override a person's own count
    assert backend._threads_now == cores and backend._prompt_threads_now == cores


def test_without_a_cache_nothing_is_measured_at_load(tiny_gguf: pathlib.Path) -> None:
    made = LlamaBackend()
    try:
        loaded = made.load(str(tiny_gguf), LoadOptions(context_length=256))
    finally:
        made.unload()
    assert "not measured" in loaded.threads_detail and not loaded.notes
