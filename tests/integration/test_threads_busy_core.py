"""With one core taken by another program, automatic threads step aside from the very first token of the first
reply after a load, even when the kept sweep measured all cores fastest (a quiet computer)."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator

import pytest

from tests.support import busy_core
from workbench.engine.client import EngineClient
from workbench.engine.llama_backend import LlamaBackend
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ReplyDone
from workbench.engine.thread_sweep import ThreadsCache, ThreadSweep
from workbench.engine.threads import usable_cores
from workbench.sampling import SamplingParams

pytestmark = pytest.mark.skipif(usable_cores() < 2, reason="needs two cores: one to keep busy, one to run on")


@pytest.fixture
def one_core_busy() -> Iterator[None]:
    with busy_core.one_core_busy(seconds=120, settle=0.5):
        yield


@pytest.fixture
def all_cores_measured_fastest(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path) -> pathlib.Path:
    """A kept sweep for the tiny model's size class on this computer that chose every core."""
    backend = LlamaBackend()
    try:
        backend.load(str(tiny_gguf), LoadOptions(context_length=256, threads=1))
        machine, size = backend._sweep_key(backend._llm)
    finally:
        backend.unload()
    cores = usable_cores()
    rates = {n: 100.0 * n for n in range(1, cores + 1)}
    cache = tmp_path / "threads.json"
    assert ThreadsCache(cache).put(machine, size, ThreadSweep(cores, cores, "2026-01-02T03:04:05Z", rates, rates))
    return cache


def test_a_busy_core_lowers_the_threads_at_the_first_step(
    tiny_gguf: pathlib.Path, all_cores_measured_fastest: pathlib.Path, one_core_busy: None
) -> None:
    cores = usable_cores()
    with EngineClient(threads_cache=all_cores_measured_fastest) as client:
        loaded = client.load(tiny_gguf, LoadOptions(context_length=256))
        assert loaded.threads < cores  # the load ends with a look at the processor
        assert "(measured 2026-01-02)" in loaded.threads_detail
        assert f"of {cores} cores" in loaded.threads_detail  # the tooltip says why fewer
        # the first reply starts at once after the load: too soon for a reading of its own
        events = list(client.generate([{"role": "user", "content": "Hello"}], SamplingParams(max_tokens=8, seed=1)))
    done = events[-1]
    assert isinstance(done, ReplyDone)
    assert done.stats.threads < cores
