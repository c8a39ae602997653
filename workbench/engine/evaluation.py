"""The arithmetic every backend's evaluation shares: raw logits of a chunk's scored rows to an :class:`Evaluation`.

Pure numpy; :mod:`workbench.compare.quality` builds perplexity and KL divergence on these. A chunk's scored rows
are large (255 rows × a 49,152-token vocabulary is 50 MB for a small model), far larger than the processor's
cache: computed a whole array at a time, every step (the maximum, the shift, the exponentials, the sum) reads and
writes all of it from memory again. So the rows are taken a few at a time (:data:`BLOCK_ROWS`), each block's
steps done while it is still in the cache, into arrays made once; the figures are the same, row by row, as
:func:`log_softmax` and :func:`token_logprobs` give over the whole array.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np

from workbench.engine.protocol import Evaluation

ROWS_PER_WORKER = 32
"""Fewer rows than this per thread are not worth a thread."""
BLOCK_ROWS = 4
"""Rows worked on at once: a block of a 49,152-token vocabulary and its scratch fit a core's cache."""


def log_softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise log-softmax in float32 (rows are positions, columns the vocabulary)."""
    x = np.asarray(logits, dtype=np.float32)
    shifted = x - x.max(axis=-1, keepdims=True)
    lse = np.log(np.exp(shifted).sum(axis=-1, keepdims=True, dtype=np.float64)).astype(np.float32)
    return shifted - lse


def token_logprobs(logits: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """``log p(target)`` of each row without materialising the whole log-softmax (float64)."""
    x = np.asarray(logits, dtype=np.float32)
    peak = x.max(axis=-1)
    scratch = np.empty_like(x)
    np.subtract(x, peak[:, None], out=scratch)
    np.exp(scratch, out=scratch)
    lse = np.log(scratch.sum(axis=-1, dtype=np.float64)) + peak
    picked = x[np.arange(len(x)), np.asarray(targets)]
    return picked.astype(np.float64) - lse


def _rows(
    logits: np.ndarray, targets: np.ndarray, picked: np.ndarray, top1: np.ndarray, full: np.ndarray | None
) -> None:
    """Rows ``logits`` block by block: fills ``picked`` (log p of each target), ``top1`` and, when given, ``full``
    (the log-softmax), each row as :func:`token_logprobs` and :func:`log_softmax` compute it."""
    n, width = logits.shape
    scratch = np.empty((min(BLOCK_ROWS, n), width), dtype=np.float32)
    for lo in range(0, n, BLOCK_ROWS):
        hi = min(n, lo + BLOCK_ROWS)
        x = logits[lo:hi]
        rows = np.arange(hi - lo)
        best = x.argmax(axis=-1)
        top1[lo:hi] = best
        peak = x[rows, best][:, None]  # the maximum, read where it is
        wanted = targets[lo:hi]
        e = scratch[: hi - lo]
        if full is None:
            np.subtract(x, peak, out=e)
            np.exp(e, out=e)
            lse = np.log(e.sum(axis=-1, dtype=np.float64)) + peak[:, 0]
            picked[lo:hi] = x[rows, wanted].astype(np.float64) - lse
            continue
        out = full[lo:hi]
        np.subtract(x, peak, out=out)
        np.exp(out, out=e)
        lse = np.log(e.sum(axis=-1, keepdims=True, dtype=np.float64)).astype(np.float32)
        np.subtract(out, lse, out=out)
        picked[lo:hi] = out[rows, wanted]


def evaluation_from_logits(
    logits: np.ndarray, targets: np.ndarray, distributions: bool, workers: int = 1
) -> Evaluation:
    """What a backend returns for one chunk's scored rows of raw ``logits``, given the ``targets`` that came
    next: their log-probabilities, the top-1 tokens, and the full log-softmax when ``distributions``.

    ``workers`` > 1 splits the rows between that many threads (each at least :data:`ROWS_PER_WORKER` rows);
    the result is the same."""
    x = np.asarray(logits, dtype=np.float32)
    wanted = np.asarray(targets, dtype=np.int64)
    n = len(x)
    picked = np.empty(n, dtype=np.float32)
    top1 = np.empty(n, dtype=np.int32)
    full = np.empty_like(x) if distributions else None
    blocks = max(1, min(workers, n // ROWS_PER_WORKER))
    edges = [n * i // blocks for i in range(blocks + 1)]

    def block(i: int) -> None:
        lo, hi = edges[i], edges[i + 1]
        _rows(x[lo:hi], wanted[lo:hi], picked[lo:hi], top1[lo:hi], None if full is None else full[lo:hi])

    if blocks == 1:
        block(0)
    else:
        with ThreadPoolExecutor(max_workers=blocks, thread_name_prefix="evaluation-rows") as pool:
            list(pool.map(block, range(blocks)))
    return Evaluation(token_logprobs=picked, top1=top1, logprobs=full)
