"""The starter model with its weights mapped from the file and read into memory: the same replies, and in memory
the engine holds them in 2 MB pages where the system offers them (:mod:`workbench.engine.pages`)."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator

import pytest

from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage, ReplyDone
from workbench.hugepages import transparent_huge_pages
from workbench.sampling import SamplingParams
from workbench.starter import starter_model_path

QUESTION: list[ChatMessage] = [{"role": "user", "content": "Name three colours of the rainbow."}]
SAMPLED = SamplingParams(temperature=0.8, max_tokens=40, seed=11)


@pytest.fixture
def client() -> Iterator[EngineClient]:
    with EngineClient() as engine:
        yield engine


def _reply(client: EngineClient) -> str:
    done = [e for e in client.generate(QUESTION, SAMPLED) if isinstance(e, ReplyDone)][0]
    return done.text


def _huge_bytes(pid: int) -> int:
    """The engine's anonymous memory in 2 MB pages (``AnonHugePages``), in bytes."""
    for line in pathlib.Path(f"/proc/{pid}/smaps_rollup").read_text(encoding="ascii").splitlines():
        if line.startswith("AnonHugePages:"):
            return int(line.split()[1]) * 1024
    return 0


def test_mapped_and_read_weights_give_the_same_reply_in_about_the_same_memory() -> None:
    starter = starter_model_path()
    assert starter is not None
    replies, held = {}, {}
    for weights in ("map", "read"):
        with EngineClient() as client:  # each in a fresh engine process, so that their memory compares
            loaded = client.load(str(starter), LoadOptions(context_length=8192, threads=2, weights=weights))
            assert loaded.options is not None and loaded.options.weights == weights
            assert f"Weights: {'read into memory' if weights == 'read' else 'mapped from the file'}" in (
                loaded.options.summary_lines()
            )
            if weights == "map":
                assert not loaded.huge_pages  # a mapped file lies in the file's own pages
            replies[weights] = _reply(client)
            held[weights] = client.rss() or 0
    assert replies["map"] and replies["map"] == replies["read"]
    # Only the weights (held whole either way) may take large pages: the context's buffers, reserved for the worst
    # case and only partly used, keep small ones, so reading the weights in costs no memory the estimate misses.
    assert 0.95 < held["read"] / held["map"] < 1.05, held


def test_auto_reads_the_weights_into_huge_pages_where_the_system_offers_them(client: EngineClient) -> None:
    starter = starter_model_path()
    assert starter is not None
    loaded = client.load(str(starter), LoadOptions(context_length=512, threads=2))
    assert loaded.options is not None
    offered = transparent_huge_pages() in ("always", "madvise") and pathlib.Path("/proc/self/smaps_rollup").exists()
    if not offered:
        assert loaded.options.weights == "map" and not loaded.huge_pages  # nothing to gain: llama.cpp's default
        return
    # Here the system offers them and the tests start engines as the app does (tests/conftest.py), so the weights
    # (about 98 MB) are read in, and most of them sit in 2 MB pages.
    assert loaded.options.weights == "read" and loaded.huge_pages
    assert _reply(client)
    pid = client.pid
    assert pid is not None
    assert _huge_bytes(pid) >= 64 * 1024 * 1024
