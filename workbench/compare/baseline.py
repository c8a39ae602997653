"""The baseline: which variant the others are compared against by default, and its token distributions,
kept chunk by chunk in a temporary file.

The default baseline is the *original*: the file the others were made from, as their recorded
provenance says (:mod:`workbench.provenance`) — not the file with the most bits, which may be a
copy rebuilt upward from a smaller one and so no better than it. Without provenance, the file with the
most bits per weight that was not rebuilt upward is chosen.

Written once while the baseline variant is evaluated, read back chunk by chunk while each other
variant is, then removed. Each position costs two bytes per vocabulary entry (see
:func:`workbench.compare.quality.compress_logprobs`) plus the exact most likely token: about
200 MB for SmolLM2's 49,152-token vocabulary at 8 chunks of 512 tokens.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence

import numpy as np

from workbench.compare.quality import CompressedLogprobs, compress_logprobs, expand_logprobs
from workbench.engine.protocol import Vocabulary
from workbench.provenance import Provenance, names_as_source, provenance_of, rebuilt_upward


def default_baseline(paths: Sequence[str]) -> str | None:
    """The variant to compare the others against: the one most others name as their source or origin,
    else the one with the most bits per weight (the largest file on a tie) that was not rebuilt upward."""
    if not paths:
        return None
    records = {p: provenance_of(p) for p in paths}
    named = {p: sum(1 for q in paths if q != p and names_as_source(p, records[q])) for p in paths}
    best = max(paths, key=lambda p: named[p])
    if named[best] > 0:
        return best
    return max(paths, key=lambda p: _baseline_rank(p, records[p]))


def _baseline_rank(path: str, provenance: Provenance | None) -> tuple[int, float, int]:
    """(not rebuilt upward, bits per weight, file size): the larger, the better a baseline."""
    from workbench import formats
    from workbench.errors import WorkbenchError

    try:
        info = formats.read_info(path)
    except (WorkbenchError, OSError, ValueError):
        return (0, 0.0, 0)
    file_type = getattr(info, "file_type", "")
    bits = formats.nominal_bits(info)
    rebuilt = rebuilt_upward(file_type, provenance) if file_type else False
    return (0 if rebuilt else 1, bits, int(getattr(info, "file_size", 0) or 0))


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
        return expand_logprobs(self.store(logprobs, top1))

    def store(self, logprobs: np.ndarray, top1: np.ndarray) -> CompressedLogprobs:
        """Store one chunk; returns it as stored (what :func:`~workbench.compare.quality.kl_from_compressed` takes
        for the baseline's own KL divergence against what is stored)."""
        compressed = compress_logprobs(logprobs)
        self._file.seek(0, os.SEEK_END)
        self._offsets.append(self._file.tell())
        for array in (compressed.codes, compressed.floor, compressed.step, np.asarray(top1, dtype=np.int32)):
            np.save(self._file, array, allow_pickle=False)
        self._file.flush()
        return compressed

    def chunk(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """The log-probabilities and most likely tokens of chunk ``index``."""
        compressed, top1 = self.stored(index)
        return expand_logprobs(compressed), top1

    def stored(self, index: int) -> tuple[CompressedLogprobs, np.ndarray]:
        """Chunk ``index`` as stored, and its most likely tokens: the KL divergence of a variant's rows is computed
        from this a few rows at a time (:func:`~workbench.compare.quality.kl_from_compressed`), never expanded whole."""
        self._file.seek(self._offsets[index])
        codes, floor, step, top1 = (np.load(self._file, allow_pickle=False) for _ in range(4))
        return CompressedLogprobs(codes=codes, floor=floor, step=step), top1

    def close(self) -> None:
        """Close and so delete the file."""
        self._file.close()

    def __enter__(self) -> BaselineDistributions:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _digest(tokens: list[int]) -> str:
    return hashlib.sha256(np.asarray(tokens, dtype=np.int64).tobytes()).hexdigest()
