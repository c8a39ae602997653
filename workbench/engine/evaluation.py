"""The arithmetic every backend's evaluation shares: raw logits of a chunk's scored rows to an :class:`Evaluation`.

Pure numpy; :mod:`workbench.compare.quality` builds perplexity and KL divergence on these.
"""

from __future__ import annotations

import numpy as np

from workbench.engine.protocol import Evaluation


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
    lse = np.log(np.exp(x - peak[:, None]).sum(axis=-1, dtype=np.float64)) + peak
    picked = x[np.arange(len(x)), np.asarray(targets)]
    return picked.astype(np.float64) - lse


def evaluation_from_logits(logits: np.ndarray, targets: np.ndarray, distributions: bool) -> Evaluation:
    """What a backend returns for one chunk's scored rows of raw ``logits``, given the ``targets`` that came
    next: their log-probabilities, the top-1 tokens, and the full log-softmax when ``distributions``."""
    top1 = logits.argmax(axis=-1).astype(np.int32)
    if not distributions:
        return Evaluation(token_logprobs=token_logprobs(logits, targets).astype(np.float32), top1=top1)
    full = log_softmax(logits)
    return Evaluation(token_logprobs=full[np.arange(len(full)), targets], top1=top1, logprobs=full)
