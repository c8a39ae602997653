"""The arithmetic every backend's evaluation shares: raw logits of a chunk's scored rows to an :class:`Evaluation`.

Pure numpy; :mod:`workbench.compare.quality` builds perplexity and KL divergence on these. A chunk's scored rows
are large (255 rows × a 49,152-token vocabulary is 50 MB for a small model), and the exponentials over them take
a tenth of the time the model itself needs for the chunk: like llama-perplexity, the rows are split between
threads (numpy releases the interpreter lock inside its loops), and nothing is copied that need not be.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np

from workbench.engine.protocol import Evaluation

ROWS_PER_WORKER = 32
"""Fewer rows than this per thread are not worth a thread."""


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
    """One block of rows: fills ``picked`` (log p of each target), ``top1`` and, when given, ``full``."""
    top1[:] = logits.argmax(axis=-1)
    if full is None:
        picked[:] = token_logprobs(logits, targets)
        return
    full[:] = log_softmax(logits)
    picked[:] = full[np.arange(len(full)), targets]


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
