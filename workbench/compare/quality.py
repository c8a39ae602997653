"""The arithmetic of quality: perplexity, KL divergence, top-1 agreement, and their standard errors.

Pure numpy on arrays of logits or log-probabilities, the same way llama.cpp's ``perplexity`` tool
computes them:

- perplexity is ``exp`` of the mean negative log-likelihood of the scored tokens; its standard
  error is the standard error of that mean carried through ``exp`` (``ppl × stderr(nll)``);
- KL divergence ``KL(P‖Q) = Σ p (log p − log q)`` of the variant's distribution ``Q`` from the
  baseline's ``P`` at each scored position, averaged, with the standard error of the mean;
- top-1 agreement is the share of positions where both pick the same most likely token, with the
  binomial standard error ``sqrt(a (1 − a) / (n − 1))``.

The baseline's distributions are kept compactly (:func:`compress_logprobs`): per position, one
``uint16`` per vocabulary entry over the range ``[max − LOGPROB_RANGE, max]`` plus an offset and a
scale, as llama.cpp's ``--kl-divergence-base`` file does. Code 0 stands for "below the range":
such tokens carry less than ``e^-24`` of the most likely token's probability and count as 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

# The per-chunk arithmetic the backends share lives with them; named here too, for the measures built on it.
from workbench.engine.evaluation import BLOCK_ROWS
from workbench.engine.evaluation import evaluation_from_logits as evaluation_from_logits
from workbench.engine.evaluation import log_softmax as log_softmax
from workbench.engine.evaluation import token_logprobs as token_logprobs

LOGPROB_RANGE = 24.0
"""Nats below the most likely token kept by the compact form; the step is 24/65534 ≈ 0.00037 nats."""

_LEVELS = 65534  # codes 1..65535 cover the range; 0 means below it


def perplexity(logprobs: np.ndarray) -> tuple[float, float]:
    """Perplexity and its standard error from the log-probabilities of the scored tokens."""
    nll = -np.asarray(logprobs, dtype=np.float64)
    n = len(nll)
    if n == 0:
        return math.nan, math.nan
    mean = float(nll.mean())
    ppl = math.exp(mean)
    if n < 2:
        return ppl, math.nan
    variance = float(nll.var())  # llama.cpp's mean(nll²) − mean², computed without cancellation
    stderr = math.sqrt(variance / (n - 1))
    return ppl, ppl * stderr


def mean_and_stderr(values: np.ndarray) -> tuple[float, float]:
    """Mean and standard error of the mean (NaN for no values; 0 error for one)."""
    v = np.asarray(values, dtype=np.float64)
    if len(v) == 0:
        return math.nan, math.nan
    if len(v) < 2:
        return float(v[0]), 0.0
    return float(v.mean()), float(v.std(ddof=1) / math.sqrt(len(v)))


def kl_divergence(base_logprobs: np.ndarray, logprobs: np.ndarray) -> np.ndarray:
    """``KL(P‖Q)`` per row (nats, float64), ``P`` the baseline's and ``Q`` the variant's log-probabilities.

    Entries of ``base_logprobs`` equal to ``-inf`` (probability 0) contribute nothing. KL divergence
    is never negative; float rounding can make identical rows come out a hair below 0, clamped to 0."""
    lp = np.asarray(base_logprobs, dtype=np.float32)
    lq = np.asarray(logprobs, dtype=np.float32)
    p = np.exp(lp)
    with np.errstate(invalid="ignore"):
        terms = p * (lp - lq)
    terms[p == 0] = 0.0
    return np.maximum(np.asarray(terms.sum(axis=-1, dtype=np.float64)), 0.0)


def top1_agreement(base_top1: np.ndarray, top1: np.ndarray) -> tuple[float, float]:
    """Share of positions with the same most likely token, and its standard error."""
    same = np.asarray(base_top1) == np.asarray(top1)
    n = len(same)
    if n == 0:
        return math.nan, math.nan
    share = float(same.mean())
    return share, (math.sqrt(share * (1 - share) / (n - 1)) if n > 1 else 0.0)


@dataclass(frozen=True)
class CompressedLogprobs:
    """Log-probabilities of several positions in two bytes per vocabulary entry."""

    codes: np.ndarray
    """uint16 ``(rows, vocabulary)``; 0 = below the kept range."""
    floor: np.ndarray
    """float32 ``(rows,)``: the log-probability of code 1."""
    step: np.ndarray
    """float32 ``(rows,)``: nats per code."""


def compress_logprobs(logprobs: np.ndarray) -> CompressedLogprobs:
    """Quantize each row of log-probabilities onto 65,534 levels over its top ``LOGPROB_RANGE`` nats."""
    lp = np.asarray(logprobs, dtype=np.float32)
    top = lp.max(axis=-1)
    floor = np.maximum(lp.min(axis=-1), top - LOGPROB_RANGE)
    step = np.maximum((top - floor) / (_LEVELS - 1), np.float32(1e-12)).astype(np.float32)
    codes = np.empty(lp.shape, dtype=np.uint16)
    scaled = np.empty((min(BLOCK_ROWS, len(lp)), *lp.shape[1:]), dtype=np.float32)
    for lo in range(0, len(lp), BLOCK_ROWS):  # a few rows at a time, in the processor's cache
        hi = min(len(lp), lo + BLOCK_ROWS)
        rows, low, s = lp[lo:hi], floor[lo:hi, None], scaled[: hi - lo]
        np.subtract(rows, low, out=s)
        np.divide(s, step[lo:hi, None], out=s)
        np.rint(s, out=s)
        s += 1
        np.clip(s, 1, _LEVELS, out=s)
        s[rows < low] = 0
        codes[lo:hi] = s
    return CompressedLogprobs(codes=codes, floor=floor.astype(np.float32), step=step)


def expand_logprobs(compressed: CompressedLogprobs) -> np.ndarray:
    """Log-probabilities back from :func:`compress_logprobs`, renormalized over the kept entries
    (entries below the range are ``-inf``)."""
    codes = compressed.codes
    lp = np.empty(codes.shape, dtype=np.float32)
    scratch = np.empty((min(BLOCK_ROWS, len(codes)), *codes.shape[1:]), dtype=np.float32)
    for lo in range(0, len(codes), BLOCK_ROWS):
        hi = min(len(codes), lo + BLOCK_ROWS)
        _expand_rows(compressed, lo, hi, lp[lo:hi], scratch[: hi - lo])
    return lp


def _expand_rows(compressed: CompressedLogprobs, lo: int, hi: int, out: np.ndarray, scratch: np.ndarray) -> None:
    """Rows ``lo`` … ``hi - 1`` of :func:`expand_logprobs` into ``out``, with ``scratch`` of the same shape."""
    codes = compressed.codes[lo:hi]
    out[...] = codes
    out -= 1
    np.multiply(out, compressed.step[lo:hi, None], out=out)
    np.add(out, compressed.floor[lo:hi, None], out=out)
    out[codes == 0] = -np.inf
    np.subtract(out, out.max(axis=-1, keepdims=True), out=out)
    np.exp(out, out=scratch)
    lse = np.log(scratch.sum(axis=-1, keepdims=True, dtype=np.float64)).astype(np.float32)
    np.subtract(out, lse, out=out)


def kl_from_compressed(base: CompressedLogprobs, logprobs: np.ndarray) -> np.ndarray:
    """:func:`kl_divergence` of ``logprobs`` from the baseline's stored rows: the same figures as
    ``kl_divergence(expand_logprobs(base), logprobs)``, a few rows at a time, without expanding the whole chunk."""
    lq = np.asarray(logprobs, dtype=np.float32)
    n = len(lq)
    kl = np.empty(n, dtype=np.float64)
    width = lq.shape[1:]
    lp, p, terms = (np.empty((min(BLOCK_ROWS, n), *width), dtype=np.float32) for _ in range(3))
    for lo in range(0, n, BLOCK_ROWS):
        hi = min(n, lo + BLOCK_ROWS)
        m = hi - lo
        _expand_rows(base, lo, hi, lp[:m], p[:m])
        kl[lo:hi] = _kl_rows(lp[:m], lq[lo:hi], p[:m], terms[:m])
    return np.maximum(kl, 0.0)


def _kl_rows(lp: np.ndarray, lq: np.ndarray, p: np.ndarray, terms: np.ndarray) -> np.ndarray:
    """``Σ p (lp − lq)`` per row as :func:`kl_divergence` sums it (``p``, ``terms``: scratch)."""
    np.exp(lp, out=p)
    with np.errstate(invalid="ignore"):
        np.subtract(lp, lq, out=terms)
        np.multiply(p, terms, out=terms)
    terms[p == 0] = 0.0
    return np.asarray(terms.sum(axis=-1, dtype=np.float64))


@dataclass
class QualityTally:
    """Running per-token figures over the chunks of one variant."""

    logprobs: list[np.ndarray] = field(default_factory=list)
    kl: list[np.ndarray] = field(default_factory=list)
    agree: list[np.ndarray] = field(default_factory=list)
    chunks: int = 0

    def add(self, token_logprobs: np.ndarray) -> None:
        self.logprobs.append(np.asarray(token_logprobs, dtype=np.float64))
        self.chunks += 1

    def add_divergence(self, kl: np.ndarray, base_top1: np.ndarray, top1: np.ndarray) -> None:
        self.kl.append(np.asarray(kl, dtype=np.float64))
        self.agree.append(np.asarray(base_top1) == np.asarray(top1))

    @property
    def tokens(self) -> int:
        return int(sum(len(a) for a in self.logprobs))

    def perplexity(self) -> tuple[float, float]:
        return perplexity(np.concatenate(self.logprobs) if self.logprobs else np.zeros(0))

    def token_logprobs(self) -> np.ndarray:
        """Every scored token's log-probability, in order."""
        return np.concatenate(self.logprobs) if self.logprobs else np.zeros(0)

    def divergence(self) -> tuple[float, float, float, float]:
        """KL mean, its stderr, top-1 agreement, its stderr."""
        kl_mean, kl_err = mean_and_stderr(np.concatenate(self.kl))
        agree = np.concatenate(self.agree)
        top1, top1_err = top1_agreement(agree, np.ones_like(agree))
        return kl_mean, kl_err, top1, top1_err


def paired_log_ratio(mine: np.ndarray, base: np.ndarray) -> tuple[float, float] | None:
    """ln(my perplexity ÷ the baseline's) and its standard error from the per-token differences on the same
    tokens (as llama-perplexity reports "Mean ln(PPL(Q)/PPL(base))"); None when the tokens do not line up."""
    if len(mine) != len(base) or len(mine) < 2:
        return None
    differences = np.asarray(base, dtype=np.float64) - np.asarray(mine, dtype=np.float64)
    if not np.all(np.isfinite(differences)):
        return None
    return float(differences.mean()), float(differences.std(ddof=1) / np.sqrt(len(differences)))
