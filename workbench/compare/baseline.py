"""The baseline's token distributions, kept chunk by chunk in a temporary file.

Written once while the baseline variant is evaluated, read back chunk by chunk while each other
variant is, then removed. Each position costs two bytes per vocabulary entry (see
:func:`workbench.compare.quality.compress_logprobs`) plus the exact most likely token: about
200 MB for SmolLM2's 49,152-token vocabulary at 8 chunks of 512 tokens.
"""

from __future__ import annotations

import hashlib
import os
import tempfile

import numpy as np

from workbench.compare.quality import CompressedLogprobs, compress_logprobs, expand_logprobs
from workbench.engine.protocol import Vocabulary


class BaselineDistributions:
    """A temporary file of the baseline's compressed log-probabilities, one record per chunk."""

    def __init__(self, vocabulary: Vocabulary, label: str, tokens: list[int], directory: str | None = None) -> None:
        self.vocabulary = vocabulary
        self.label = label
        self._tokens_digest = _digest(tokens)
        # Nameless where the system allows (it vanishes even if this process is killed), else deleted on close.
        self._file = tempfile.TemporaryFile(  # noqa: SIM115 - open for the object's life, closed by close()
            prefix="slm-workbench-kl-base-", suffix=".npy", dir=directory
        )
        self._offsets: list[int] = []

    def same_tokens(self, tokens: list[int]) -> bool:
        """Whether ``tokens`` are the token ids the baseline was evaluated on."""
        return _digest(tokens) == self._tokens_digest

    @property
    def chunks(self) -> int:
        return len(self._offsets)

    def append(self, logprobs: np.ndarray, top1: np.ndarray) -> np.ndarray:
        """Store one chunk; returns the log-probabilities as they will be read back (for the
        baseline's own KL divergence against what is stored)."""
        compressed = compress_logprobs(logprobs)
        self._file.seek(0, os.SEEK_END)
        self._offsets.append(self._file.tell())
        for array in (compressed.codes, compressed.floor, compressed.step, np.asarray(top1, dtype=np.int32)):
            np.save(self._file, array, allow_pickle=False)
        self._file.flush()
        return expand_logprobs(compressed)

    def chunk(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """The log-probabilities and most likely tokens of chunk ``index``."""
        self._file.seek(self._offsets[index])
        codes, floor, step, top1 = (np.load(self._file, allow_pickle=False) for _ in range(4))
        return expand_logprobs(CompressedLogprobs(codes=codes, floor=floor, step=step)), top1

    def close(self) -> None:
        """Close and so delete the file."""
        self._file.close()

    def __enter__(self) -> BaselineDistributions:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _digest(tokens: list[int]) -> str:
    return hashlib.sha256(np.asarray(tokens, dtype=np.int64).tobytes()).hexdigest()
