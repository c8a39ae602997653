"""Perplexity compared on the same tokens: the per-token differences' spread decides "about the same", as
llama-perplexity's "Mean ln(PPL(Q)/PPL(base))" does — far tighter than two perplexities' own error bars, which
mostly share the text's hard tokens."""

from __future__ import annotations

import math

import numpy as np

from workbench.compare.captions import compare_sentence, perplexities_differ
from workbench.compare.languages import text_loss
from workbench.compare.quality import paired_log_ratio
from workbench.compare.results import Quality, VariantResult

BASE = "/models/m-Q4_1.gguf"


def variant(quant: str, ppl: float, err: float, paired: tuple[float, float] | None = None) -> VariantResult:
    quality = Quality(ppl, err, 1024, 8, 512)
    if paired is not None:
        quality.log_ratio, quality.log_ratio_stderr = paired
        quality.paired_with = BASE
    path = BASE if quant == "Q4_1" else f"/models/m-{quant}.gguf"
    return VariantResult(path=path, label=f"m {quant}", status="done", quantization=quant, file_bytes=100,
                         quality=quality, text_quality={"bundled": quality, "da": quality})


def test_the_paired_ratio_is_the_perplexity_ratio_on_the_same_tokens() -> None:
    rng = np.random.default_rng(7)
    base = -rng.gamma(2.0, 1.5, size=4000)  # hard and easy tokens alike for both
    mine = base - 0.04 + rng.normal(0.0, 0.05, size=base.size)  # a little less sure of each
    log_ratio, stderr = paired_log_ratio(mine, base)  # type: ignore[misc]
    ppl_mine, ppl_base = math.exp(-mine.mean()), math.exp(-base.mean())
    assert math.isclose(log_ratio, math.log(ppl_mine / ppl_base), rel_tol=1e-9)
    assert 0.0005 < stderr < 0.002  # the noise of the differences, not of the tokens' difficulty
    assert paired_log_ratio(mine[:-1], base) is None  # tokens that do not line up are not paired
    assert paired_log_ratio(np.array([-1.0, math.nan]), np.array([-1.0, -2.0])) is None


def test_a_small_loss_on_the_same_tokens_is_stated_where_two_error_bars_would_hide_it() -> None:
    base = variant("Q4_1", 24.0, 3.0)
    small = variant("Q4_0", 26.2, 3.3, paired=(math.log(26.2 / 24.0), 0.01))  # +9%, 9 standard errors
    assert perplexities_differ(small, base) and perplexities_differ(base, small)
    assert "9.2% higher" in compare_sentence(small, "Q4_0", base, "Q4_1")
    loss = text_loss(small, base, "da")
    assert loss is not None and loss.clear and math.isclose(loss.loss, 26.2 / 24.0 - 1, rel_tol=1e-9)


def test_a_change_inside_the_paired_spread_reads_about_the_same() -> None:
    base = variant("Q4_1", 24.0, 0.1)  # tight error bars apart, yet the paired spread is wide
    small = variant("Q4_0", 24.3, 0.1, paired=(math.log(24.3 / 24.0), 0.02))
    assert not perplexities_differ(small, base)
    assert "about the same" in compare_sentence(small, "Q4_0", base, "Q4_1")
    loss = text_loss(small, base, "da")
    assert loss is not None and not loss.clear


def test_without_pairing_the_two_error_bars_decide_as_before() -> None:
    base = variant("Q4_1", 24.0, 3.0)
    other = variant("Q4_0", 26.2, 3.3)  # paired with nothing
    assert not perplexities_differ(other, base)
    elsewhere = variant("Q8_0", 26.2, 3.3, paired=(0.09, 0.01))
    elsewhere.quality.paired_with = "/models/another-baseline.gguf"  # type: ignore[union-attr]
    assert not perplexities_differ(elsewhere, base)


def test_the_size_against_quality_caption_tells_paired_variants_apart() -> None:
    from workbench.compare.present import chart_specs
    from workbench.compare.results import CompareRun, CompareSettings

    base = variant("Q4_1", 13.2, 0.80)
    base.file_bytes = 98
    q2 = variant("Q2_K", 15.8, 0.91, paired=(math.log(15.8 / 13.2), 0.012))
    q2.file_bytes = 88
    iq2 = variant("IQ2_XS", 17.0, 1.05, paired=(math.log(17.0 / 13.2), 0.014))
    iq2.file_bytes = 85
    run = CompareRun([base, q2, iq2], CompareSettings(baseline=BASE), title="m")
    caption = next(s for s in chart_specs(run) if s.key == "tradeoff").caption
    # Apart, their error bars overlap; on the same tokens each step down is clear, so no "about as good" claim.
    assert "about as good" not in caption
    assert "IQ2_XS, Q2_K and Q4_1" in caption
