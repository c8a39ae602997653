"""Presentation of a comparison: numbers with their uncertainty, the Pareto frontier, chart contents, captions."""

from __future__ import annotations

import math

import pytest

from workbench.compare.captions import (
    change_phrase,
    compare_sentence,
    generation_caption,
    memory_caption,
    speed_phrase,
    summary_sentences,
)
from workbench.compare.figures import (
    format_measurement,
    format_percent,
    format_uncertain,
    machine_line,
    quantization_of,
    short_names,
    status_text,
)
from workbench.compare.present import CHART_KEYS, MEMORY_MARK_NAMES, chart_specs, pareto_frontier
from workbench.compare.results import (
    CompareRun,
    CompareSettings,
    MachineFacts,
    Measurement,
    Quality,
    VariantResult,
)


def variant(quant: str, size: int, tg: list[float], ppl: float, **extra: object) -> VariantResult:
    return VariantResult(
        path=f"/m/model-{quant}.gguf",
        label=f"model {quant}",
        status="done",
        quantization=quant,
        file_bytes=size,
        bits_per_weight=size * 8 / 135e6,
        generation_speed=Measurement(tg),
        prompt_speed=Measurement([400.0, 410.0]),
        quality=Quality(ppl, 0.3, 2048, 8, 512),
        **extra,  # type: ignore[arg-type]
    )


def ladder() -> CompareRun:
    variants = [
        variant(
            "F16",
            270_000_000,
            [40.0, 42.0],
            18.0,
            ceiling_tokens_per_second=45.0,
            peak_rss_bytes=330_000_000,
            expected_bytes=320_000_000,
            estimated_bytes=450_000_000,
        ),
        variant("Q8_0", 144_000_000, [66.0, 64.0], 18.05, peak_rss_bytes=200_000_000, expected_bytes=196_000_000,
                estimated_bytes=270_000_000),
        variant("Q4_K_M", 102_600_000, [84.0, 86.0], 19.26, peak_rss_bytes=160_000_000, expected_bytes=150_000_000,
                estimated_bytes=215_000_000),
        variant("Q4_0", 100_000_000, [88.0, 90.0], 20.5),
    ]
    for v, kl, top1 in zip(variants, (0.0, 0.002, 0.04, 0.08), (1.0, 0.98, 0.91, 0.87), strict=True):
        assert v.quality is not None
        v.quality.kl_mean, v.quality.kl_stderr, v.quality.top1_agreement = kl, 0.0005, top1
    return CompareRun(
        variants, CompareSettings(baseline=variants[0].path), MachineFacts("CPU X", 2, 8_000_000_000, 12e9)
    )


def test_uncertain_figures_are_rounded_where_their_uncertainty_starts() -> None:
    assert format_uncertain(92.345, 1.234, "tok/s") == "92.3 ± 1.2 tok/s"
    assert format_uncertain(18.2049, 0.35) == "18.2 ± 0.3"
    assert format_uncertain(0.04123, 0.0005) == "0.0412 ± 0.0005"
    assert format_uncertain(1234.0, 0.0) == "1,234"
    assert format_uncertain(math.nan, 1.0) == "–"
    assert format_uncertain(5.3e-08, 1.6e-09) == "≈ 0"
    assert format_measurement(Measurement([90.0, 92.0, 94.0])) == "92.0 ± 2.0 tok/s"
    assert format_measurement(Measurement([])) == "–"
    assert format_percent(0.38) == "38%" and format_percent(0.004) == "0.4%" and format_percent(0.07) == "7%"


def test_pareto_frontier_keeps_only_points_nothing_beats_on_both_axes() -> None:
    # (size, perplexity): the third is beaten by the second (smaller and better); the last is not finite.
    points = [(270.0, 18.0), (144.0, 18.1), (150.0, 19.0), (100.0, 20.5), (90.0, math.nan)]
    assert pareto_frontier(points) == [3, 1, 0]
    assert pareto_frontier([(1.0, 1.0), (1.0, 1.0)]) == [0, 1]  # equal points do not beat each other
    assert pareto_frontier([]) == []


def test_the_caption_of_the_issue_reads_as_promised() -> None:
    run = ladder()
    f16, q4km = run.variants[0], run.variants[2]
    # 38% of the file, 2.1× the generation speed, 7% higher perplexity
    sentence = compare_sentence(q4km, "Q4_K_M", f16, "F16")
    assert sentence == "Q4_K_M is 38% of the F16 file, generates 2.1× faster here, and its perplexity is 7% higher."
    assert speed_phrase(0.8) == "generates 20% slower" and speed_phrase(1.01) == "generates about as fast"
    assert change_phrase(1.0) == "the same" and change_phrase(0.99) == "1% lower"
    assert len(summary_sentences(run)) == 3


def test_failed_variants_keep_their_reason_in_captions_and_status() -> None:
    run = ladder()
    run.variants[3] = VariantResult(path="/m/broken.gguf", label="broken", status="failed", error="the file is damaged")
    assert status_text(run.variants[3]) == "failed: the file is damaged"
    assert summary_sentences(run)[-1] == "broken failed: the file is damaged."
    size_chart = chart_specs(run)[0]
    assert size_chart.bars[3].value is None and size_chart.bars[3].note == "failed"


def test_chart_specs_hold_the_run_figures_in_order() -> None:
    run = ladder()
    specs = {s.key: s for s in chart_specs(run)}
    assert tuple(specs) == CHART_KEYS
    assert [b.label for b in specs["size"].bars] == ["F16", "Q8_0", "Q4_K_M", "Q4_0"]
    assert [b.value for b in specs["size"].bars] == [270.0, 144.0, 102.6, 100.0]  # MB
    assert specs["size"].y_label == "file size (MB)"
    generation = specs["generation"]
    assert [b.value for b in generation.bars] == [41.0, 65.0, 85.0, 89.0]
    assert generation.bars[0].mark == 45.0 and generation.bars[1].mark is None
    assert generation.mark_name == "Bandwidth ceiling"
    assert specs["memory"].bars[3].value is None and specs["memory"].bars[3].note == "not measured"
    memory = specs["memory"]
    assert memory.bars[0].marks == (450.0, 320.0) and memory.bars[0].mark == 450.0  # reserved at most, expected
    assert memory.mark_names == MEMORY_MARK_NAMES and memory.bars[3].marks == (None, None)
    assert [b.value for b in specs["kl"].bars] == [0.0, 0.002, 0.04, 0.08]
    assert specs["kl"].bars[0].text == "baseline" and "same top token 98%" in specs["kl"].bars[1].text
    tradeoff = specs["tradeoff"]
    assert [(p.label, p.x, p.y) for p in tradeoff.points][1] == ("Q8_0", 144.0, 18.05)
    assert [tradeoff.points[i].label for i in tradeoff.frontier] == ["Q4_0", "Q4_K_M", "Q8_0", "F16"]


def test_captions_say_what_each_chart_shows_in_plain_words() -> None:
    specs = {s.key: s for s in chart_specs(ladder())}
    assert specs["size"].caption == (
        "Q4_0 is the smallest file: 100.0 MB, 37% of F16. It keeps 5.9 bits per weight instead of 16."
    )
    # Q4_0 (89 ± 1) and Q4_K_M (85 ± 1) are within two standard errors of each other: no winner is named.
    assert specs["generation"].caption.startswith(
        "Q4_0 and Q4_K_M write fastest, too close to tell apart (85.0 to 89.0 tokens per second), 2.1× to 2.2× as "
        "fast as F16."
    )
    assert specs["perplexity"].caption == (
        "Lower is better. Q4_0's perplexity is 14% higher than F16's; Q8_0's is about the same."
    )
    assert "Q4_0 still picks the same most likely next token 87% of the time" in specs["kl"].caption
    assert specs["memory"].caption == (
        "While running, Q4_K_M used 160.0 MB and F16 330.0 MB. The memory the app expected before loading (solid "
        "line) came within 6.2% of what was measured. Whether a model fits is judged on the most it could take "
        "(dashed line): 1.3–1.4× what was used here, to be safe."
    )
    assert specs["tradeoff"].caption.endswith(
        "nothing beats on both: Q4_0, Q4_K_M, Q8_0 and F16. F16 is about as good as the smaller Q8_0 here: the "
        "difference is inside the measurement's spread."
    )


def test_a_beaten_variant_is_named_in_the_tradeoff_caption() -> None:
    run = ladder()
    assert run.variants[3].quality is not None
    run.variants[3].quality.perplexity = 17.5  # Q4_0: smaller, and clearly better than Q4_K_M (19.26 ± 0.3)
    tradeoff = chart_specs(run)[-1]
    assert "Q4_K_M is beaten: another variant is smaller and clearly better." in tradeoff.caption
    assert "Q8_0 and F16 are about as good as the smaller Q4_0 here" in tradeoff.caption  # 18.05, 18.0: inside


def test_a_difference_inside_the_spreads_beats_nothing() -> None:
    run = ladder()
    assert run.variants[3].quality is not None
    run.variants[3].quality.perplexity = 18.2  # Q4_0 a little below Q4_K_M, both ± 0.3: not a measured difference
    tradeoff = chart_specs(run)[-1]
    assert "beaten" not in tradeoff.caption
    assert "Q4_K_M, Q8_0 and F16 are about as good as the smaller Q4_0 here: the differences are inside" in (
        tradeoff.caption
    )
    # (size, perplexity) with standard errors: only a clearly smaller perplexity beats a larger file.
    points = [(270.0, 18.0), (144.0, 17.9), (150.0, 19.5), (100.0, 20.5)]
    assert pareto_frontier(points, [0.3, 0.3, 0.1, 0.3]) == [3, 1, 0]  # the third: clearly worse than the second
    assert pareto_frontier(points, [0.3, 0.3, 0.6, 0.3]) == [3, 1, 2, 0]  # within the spreads: not beaten


def test_names_fall_back_to_labels_when_quantizations_repeat() -> None:
    a = VariantResult(path="/x/a.gguf", label="Alpha Q4_0", quantization="Q4_0")
    b = VariantResult(path="/y/b.gguf", label="Beta Q4_0", quantization="Q4_0")
    assert short_names([a, b]) == ["Alpha Q4_0", "Beta Q4_0"]
    assert short_names([VariantResult("/x/m.gguf", ""), VariantResult("/y/m.gguf", "")]) == ["m.gguf", "m.gguf"]


def test_kl_without_baseline_or_with_another_tokenizer_is_explained() -> None:
    run = ladder()
    run.settings.baseline = None
    assert chart_specs(run)[5].caption == "Choose a baseline to see how far the others drift from it."
    run = ladder()
    quality = run.variants[2].quality
    assert quality is not None
    quality.kl_mean, quality.top1_agreement, quality.kl_note = None, None, "it has a different tokenizer"
    kl = chart_specs(run)[5]
    assert kl.bars[2].value is None and kl.bars[2].note == "no KL"
    assert kl.caption.endswith("No KL divergence for Q4_K_M: it has a different tokenizer")


@pytest.mark.parametrize("cores, text", [(2, "Measured on CPU X · 2 cores · 8.0 GB · memory bandwidth 12.0 GB/s")])
def test_machine_line(cores: int, text: str) -> None:
    run = ladder()
    run.machine.cores = cores
    assert machine_line(run) == text
    assert machine_line(CompareRun([])) == ""


@pytest.mark.parametrize(
    "path, quant",
    [
        ("/m/SmolLM2-135M-Instruct-Q4_K_M.gguf", "Q4_K_M"),
        ("/m/tiny-f16.gguf", "F16"),
        ("/m/llama-3.2-1b-instruct-iq4_xs.gguf", "IQ4_XS"),
        ("/m/x.Q4_1.gguf", "Q4_1"),
        ("/m/model.gguf", ""),
    ],
)
def test_quantization_is_read_from_the_file_name_until_the_file_is(path: str, quant: str) -> None:
    assert quantization_of(VariantResult(path, "")) == quant
    assert quantization_of(VariantResult(path, "", quantization="Q5_1")) == "Q5_1"


def test_generation_caption_names_a_bottleneck_only_when_the_ceiling_measures_it() -> None:
    run = ladder()
    names = ["F16", "Q8_0", "Q4_K_M", "Q4_0"]
    run.variants[3].ceiling_tokens_per_second = 110.0  # 89 of 110: at the memory's limit, measured
    assert generation_caption(run, names).endswith("It reaches 81% of that: here memory speed is what limits it.")
    run.variants[3].ceiling_tokens_per_second = 400.0  # 89 of 400: something else holds it back, not measured
    caption = generation_caption(run, names)
    assert caption.endswith("It reaches 22% of that.")
    assert "processor" not in caption and "limits" not in caption


def test_the_memory_caption_says_how_far_each_estimate_was_from_the_measurement() -> None:
    run = ladder()
    names = short_names(run.variants)
    run.variants[1].expected_bytes = 246_000_000  # 23% above the 200 MB measured
    assert "missed by up to 23% (Q8_0)." in memory_caption(run, names)
    run.variants[2].estimated_bytes = 150_000_000  # reserved at most below the 160 MB measured
    assert memory_caption(run, names).endswith(
        "yet Q4_K_M used more than that here: its estimate was too low."
    )


def test_a_run_saved_before_expected_use_was_recorded_shows_only_reserved_at_most() -> None:
    run = ladder()
    for v in run.variants:
        v.expected_bytes = None
    memory = {s.key: s for s in chart_specs(run)}["memory"]
    assert memory.bars[0].marks == (450.0, None)
    assert "solid line" not in memory.caption and "(dashed line): 1.3–1.4× what was used here" in memory.caption
    for v in run.variants:
        v.estimated_bytes = None
    memory = {s.key: s for s in chart_specs(run)}["memory"]
    assert memory.mark_names == () and memory.caption == "While running, Q4_K_M used 160.0 MB and F16 330.0 MB."
