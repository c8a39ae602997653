"""The quality arithmetic on hand-made logits: perplexity, KL divergence, top-1, the compact baseline form."""

from __future__ import annotations

import math

import numpy as np
import pytest

from workbench.compare.baseline import BaselineDistributions
from workbench.compare.quality import (
    LOGPROB_RANGE,
    QualityTally,
    compress_logprobs,
    expand_logprobs,
    kl_divergence,
    kl_from_compressed,
    log_softmax,
    mean_and_stderr,
    perplexity,
    token_logprobs,
    top1_agreement,
)
from workbench.engine.protocol import Vocabulary


def test_log_softmax_rows_are_normalized_and_shift_invariant() -> None:
    logits = np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]], dtype=np.float32)
    lp = log_softmax(logits)
    assert np.allclose(np.exp(lp).sum(axis=1), 1.0)
    assert np.allclose(lp[1], math.log(1 / 3))
    assert np.allclose(log_softmax(logits + 100.0), lp, atol=1e-5)
    expected = np.array([1.0, 2.0, 3.0]) - math.log(math.exp(1) + math.exp(2) + math.exp(3))
    assert np.allclose(lp[0], expected, atol=1e-6)


def test_token_logprobs_pick_the_target_without_the_whole_softmax() -> None:
    logits = np.array([[1.0, 2.0, 3.0], [5.0, 0.0, 0.0]], dtype=np.float32)
    picked = token_logprobs(logits, np.array([2, 1]))
    full = log_softmax(logits)
    assert np.allclose(picked, [full[0, 2], full[1, 1]], atol=1e-6)


def test_perplexity_of_a_uniform_guess_is_the_vocabulary_size() -> None:
    lp = np.full(100, math.log(1 / 50))
    ppl, err = perplexity(lp)
    assert ppl == pytest.approx(50.0)
    assert err == pytest.approx(0.0, abs=1e-9)  # every token equally surprising: no spread


def test_perplexity_stderr_the_llama_cpp_way() -> None:
    nll = np.array([1.0, 2.0, 3.0, 4.0])
    ppl, err = perplexity(-nll)
    assert ppl == pytest.approx(math.exp(2.5))
    # llama.cpp: sqrt((mean(nll²) − mean²) / (n − 1)) × ppl
    assert err == pytest.approx(math.sqrt((7.5 - 6.25) / 3) * math.exp(2.5))
    assert math.isnan(perplexity(np.zeros(0))[0])


def test_kl_of_identical_distributions_is_zero() -> None:
    rng = np.random.default_rng(0)
    lp = log_softmax(rng.normal(size=(8, 300)).astype(np.float32))
    assert np.all(kl_divergence(lp, lp) == 0.0)


def test_kl_known_value() -> None:
    p = np.log(np.array([[0.5, 0.5]], dtype=np.float32))
    q = np.log(np.array([[0.9, 0.1]], dtype=np.float32))
    expected = 0.5 * math.log(0.5 / 0.9) + 0.5 * math.log(0.5 / 0.1)
    assert kl_divergence(p, q)[0] == pytest.approx(expected, rel=1e-6)
    # Asymmetric, as KL is.
    assert kl_divergence(q, p)[0] == pytest.approx(0.9 * math.log(0.9 / 0.5) + 0.1 * math.log(0.1 / 0.5), rel=1e-6)


def test_kl_ignores_tokens_the_baseline_gives_zero_probability() -> None:
    p = np.array([[0.0, -np.inf]], dtype=np.float32)
    q = np.log(np.array([[0.5, 0.5]], dtype=np.float32))
    assert kl_divergence(p, q)[0] == pytest.approx(math.log(2), rel=1e-6)


def test_top1_agreement_and_its_stderr() -> None:
    share, err = top1_agreement(np.array([1, 2, 3, 4]), np.array([1, 2, 0, 4]))
    assert share == 0.75
    assert err == pytest.approx(math.sqrt(0.75 * 0.25 / 3))
    assert top1_agreement(np.array([5, 6]), np.array([5, 6])) == (1.0, 0.0)


def test_mean_and_stderr() -> None:
    mean, err = mean_and_stderr(np.array([1.0, 2.0, 3.0]))
    assert mean == 2.0 and err == pytest.approx(1.0 / math.sqrt(3))


def test_compressed_logprobs_are_close_and_renormalized() -> None:
    rng = np.random.default_rng(1)
    lp = log_softmax((rng.normal(size=(5, 1000)) * 4).astype(np.float32))
    compressed = compress_logprobs(lp)
    assert compressed.codes.dtype == np.uint16 and compressed.codes.nbytes == 5 * 1000 * 2
    back = expand_logprobs(compressed)
    kept = compressed.codes > 0
    step = LOGPROB_RANGE / 65533
    assert np.abs(back[kept] - lp[kept]).max() < step  # within a step (rounding plus renormalization)
    assert np.allclose(np.exp(back).sum(axis=1), 1.0, atol=1e-5)
    assert kl_divergence(back, lp).max() < 1e-6  # what the baseline's own KL divergence measures


def test_kl_from_the_stored_rows_is_the_kl_of_the_expanded_rows() -> None:
    rng = np.random.default_rng(5)
    base = log_softmax((rng.normal(size=(11, 2000)) * 6).astype(np.float32))  # some entries fall below the range
    variant = log_softmax((rng.normal(size=(11, 2000)) * 6).astype(np.float32))
    compressed = compress_logprobs(base)
    assert (compressed.codes == 0).any()
    expanded = expand_logprobs(compressed)
    assert np.array_equal(kl_from_compressed(compressed, variant), kl_divergence(expanded, variant))
    assert np.array_equal(kl_from_compressed(compressed, base), kl_divergence(expanded, base))
    assert kl_from_compressed(compressed, base).max() < 1e-6


def test_far_unlikely_tokens_fall_below_the_range() -> None:
    lp = log_softmax(np.array([[0.0, -5.0, -40.0]], dtype=np.float32))
    compressed = compress_logprobs(lp)
    assert compressed.codes[0, 2] == 0
    back = expand_logprobs(compressed)
    assert back[0, 2] == -np.inf and np.isfinite(back[0, :2]).all()


def test_baseline_file_round_trip_and_removal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(2)
    chunks = [log_softmax(rng.normal(size=(4, 64)).astype(np.float32)) for _ in range(3)]
    store = BaselineDistributions(Vocabulary(64, "x"), "base", [1, 2, 3], directory=str(tmp_path))
    with store:
        for c in chunks:
            store.append(c, c.argmax(axis=1))
        assert store.chunks == 3 and store.same_tokens([1, 2, 3]) and not store.same_tokens([1, 2])
        for i in (2, 0, 1):
            lp, top1 = store.chunk(i)
            assert np.abs(lp - chunks[i]).max() < 1e-3
            assert np.array_equal(expand_logprobs(store.stored(i)[0]), lp)
            assert (top1 == chunks[i].argmax(axis=1)).all()
    assert list(tmp_path.iterdir()) == []


def test_tally_over_chunks() -> None:
    tally = QualityTally()
    tally.add(np.log(np.full(3, 0.5)))
    tally.add(np.log(np.full(2, 0.25)))
    tally.add_divergence(np.array([0.0, 0.2]), np.array([1, 2]), np.array([1, 3]))
    assert tally.tokens == 5 and tally.chunks == 2
    ppl, _ = tally.perplexity()
    assert ppl == pytest.approx(math.exp((3 * math.log(2) + 2 * math.log(4)) / 5))
    kl_mean, kl_err, top1, top1_err = tally.divergence()
    assert (kl_mean, top1) == (pytest.approx(0.1), 0.5)
    assert kl_err == pytest.approx(0.1) and top1_err == pytest.approx(0.5)
