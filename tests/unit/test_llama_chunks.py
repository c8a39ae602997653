"""Perplexity chunks side by side, as llama-perplexity runs them, give what one chunk at a time gives."""

from __future__ import annotations

import pathlib
import threading
from collections.abc import Iterator

import numpy as np
import pytest

from workbench.engine.evaluation import evaluation_from_logits, log_softmax, token_logprobs
from workbench.engine.llama_backend import LlamaBackend
from workbench.engine.llama_chunks import sequences_per_pass
from workbench.engine.options import LoadOptions
from workbench.errors import EngineError
from workbench.evaltext import bundled_evaluation_text

CHUNK = 128


@pytest.fixture
def backend(tiny_gguf: pathlib.Path) -> Iterator[LlamaBackend]:
    made = LlamaBackend()
    made.load(str(tiny_gguf), LoadOptions(context_length=CHUNK, threads=1, batch_size=4 * CHUNK))
    yield made
    made.unload()


def _chunks(backend: LlamaBackend, count: int) -> list[list[int]]:
    tokens = backend.tokenize_text(bundled_evaluation_text())
    return [tokens[i * CHUNK : (i + 1) * CHUNK] for i in range(count)]


def test_llama_perplexitys_number_of_sequences() -> None:
    assert sequences_per_pass(512, 2048, 8) == 4
    assert sequences_per_pass(512, 2048, 2) == 2  # no more than there are chunks
    assert sequences_per_pass(512, 512, 8) == 1
    assert sequences_per_pass(4096, 2048, 8) == 1  # a chunk longer than the batch: one at a time


def test_side_by_side_matches_one_at_a_time(backend: LlamaBackend) -> None:
    chunks = _chunks(backend, 6)  # a pass of four, then one of two
    one = [backend.evaluate(chunk, CHUNK // 2, True) for chunk in chunks]
    many = backend.evaluate_chunks(chunks, CHUNK // 2, True)
    assert backend._chunks is not None and backend._chunks.n_seq == 4
    assert len(many) == len(one)
    # four chunks share a micro-batch here, one alone has its own: llama.cpp's sums run in another order, so the
    # last digits differ (on the starter model the numbers are identical)
    for single, grouped in zip(one, many, strict=True):
        assert grouped.token_logprobs.shape == (CHUNK // 2 - 1,)
        assert np.abs(grouped.token_logprobs - single.token_logprobs).max() < 5e-3
        assert abs(grouped.token_logprobs.mean() - single.token_logprobs.mean()) < 1e-3  # perplexity within 0.1%
        assert (grouped.top1 == single.top1).mean() > 0.9
        assert np.abs(grouped.logprobs - single.logprobs).max() < 5e-3
    shuffled = backend.evaluate_chunks(chunks[::-1], CHUNK // 2, False)  # each result belongs to its own chunk
    assert np.abs(shuffled[0].token_logprobs - one[-1].token_logprobs).max() < 5e-3
    assert np.abs(shuffled[0].token_logprobs - one[0].token_logprobs).max() > 0.05
    plain = backend.evaluate_chunks(chunks[:2], CHUNK // 2, False)
    assert plain[1].logprobs is None
    assert np.abs(plain[1].token_logprobs - one[1].token_logprobs).max() < 5e-3


def test_chunks_of_different_lengths_are_refused(backend: LlamaBackend) -> None:
    chunks = _chunks(backend, 2)
    with pytest.raises(EngineError, match="same number of tokens"):
        backend.evaluate_chunks([chunks[0], chunks[1][:-1]], CHUNK // 2, False)


def test_stop_ends_a_pass_inside_the_decode(backend: LlamaBackend) -> None:
    """A stop that comes once the pass is under way is seen by llama.cpp's abort check, not after the decode."""
    chunks = _chunks(backend, 4)
    backend.evaluate_chunks(chunks, CHUNK // 2, False)
    context = backend._chunks
    assert context is not None
    started = threading.Event()
    original = context._fill

    def fill_then_stop(group: list[list[int]], first: int) -> None:
        original(group, first)
        started.set()
        backend.cancel()

    context._fill = fill_then_stop  # type: ignore[method-assign]
    with pytest.raises(EngineError, match="cancelled"):
        backend.evaluate_chunks(chunks, CHUNK // 2, False)
    assert started.is_set()
    context._fill = original  # type: ignore[method-assign]
    assert len(backend.evaluate_chunks(chunks, CHUNK // 2, False)) == 4  # the next request runs normally


def test_rows_split_between_threads_give_the_same_numbers() -> None:
    rng = np.random.default_rng(3)
    logits = (rng.standard_normal((255, 4000)) * 6).astype(np.float32)
    targets = rng.integers(0, 4000, 255)
    one = evaluation_from_logits(logits, targets, True, workers=1)
    two = evaluation_from_logits(logits, targets, True, workers=3)
    assert np.array_equal(one.top1, two.top1) and np.array_equal(one.token_logprobs, two.token_logprobs)
    assert np.array_equal(one.logprobs, two.logprobs)
    plain = evaluation_from_logits(logits, targets, False, workers=2)
    reference = log_softmax(logits)[np.arange(255), targets]
    assert plain.logprobs is None and np.allclose(plain.token_logprobs, reference, atol=1e-5)
    assert np.allclose(token_logprobs(logits, targets), reference, atol=1e-5)


def test_rows_taken_a_few_at_a_time_give_the_whole_array_numbers() -> None:
    rng = np.random.default_rng(4)
    logits = (rng.standard_normal((37, 3000)) * 5).astype(np.float32)  # 37: the last block is a partial one
    targets = rng.integers(0, 3000, 37)
    full = evaluation_from_logits(logits, targets, True)
    assert np.array_equal(full.logprobs, log_softmax(logits))
    assert np.array_equal(full.token_logprobs, log_softmax(logits)[np.arange(37), targets])
    assert np.array_equal(full.top1, logits.argmax(axis=1))
    plain = evaluation_from_logits(logits, targets, False)
    assert np.array_equal(plain.token_logprobs, token_logprobs(logits, targets).astype(np.float32))
