"""How a comparison is shown: figures with their uncertainty, short names, the charts' contents,
the Pareto frontier of size against quality, and plain-words captions a class can read.

Pure functions over :mod:`workbench.compare.results`; the panel draws what they return.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from workbench.compare.results import CompareRun, Measurement, VariantResult

ChartKey = Literal["size", "memory", "prompt", "generation", "perplexity", "kl", "tradeoff"]
CHART_KEYS: tuple[ChartKey, ...] = ("size", "memory", "prompt", "generation", "perplexity", "kl", "tradeoff")

EXPLAIN = {
    "size": "How much disk space the model file takes. Fewer bits per weight make a smaller file.",
    "bpw": (
        "Bits per weight: the average number of bits each of the model's numbers takes in this file. "
        "16 is the original precision; 4 keeps a quarter of it."
    ),
    "memory": (
        "The most memory the model used while it ran (measured on its own process), next to the "
        "estimate made before loading it."
    ),
    "prompt": (
        "Prompt processing (pp): how many tokens per second the model reads when it takes in your text. "
        "A token is a word or part of a word."
    ),
    "generation": (
        "Text generation (tg): how many new tokens per second the model writes. This is the speed you "
        "feel while the answer appears."
    ),
    "ceiling": (
        "The fastest generation this computer's memory allows: each new token reads every weight once, "
        "so memory speed ÷ bytes read per token is a hard limit."
    ),
    "perplexity": (
        "Perplexity: how surprised the model is by ordinary English text it has not seen. Lower is better; "
        "a smaller model file usually raises it a little."
    ),
    "kl": (
        "KL divergence: how far this variant's guesses for the next token drift from the baseline's. "
        "0 means identical; small numbers mean nearly the same behaviour."
    ),
    "top1": "How often this variant's single most likely next token is the same as the baseline's.",
    "baseline": "The variant the others are measured against (usually the largest, least compressed file).",
    "repetitions": "Each speed is measured this many times after a warm-up; the chart shows the mean ± spread.",
    "chunks": (
        "Perplexity reads the evaluation text in this many pieces; more pieces give a surer number but take longer."
    ),
}
"""Plain-words explanations of every figure, for tooltips and captions."""


# -- numbers ------------------------------------------------------------------------------------


def finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


TINY = 1e-6
"""Figures and uncertainties both below this read as zero (KL divergence of the baseline against itself)."""


def _decimals_for(error: float) -> int:
    """Decimal places for an uncertainty: two significant digits when it starts with 1 or 2, else one."""
    if error <= 0 or not math.isfinite(error):
        return 0
    exponent = math.floor(math.log10(error))
    leading = error / 10**exponent
    return max(0, (1 if leading < 3 else 0) - exponent)


def format_number(value: float, significant: int = 3) -> str:
    """``92.3``, ``1,234``, ``0.0123``: about ``significant`` digits, thousands separated."""
    if not math.isfinite(value):
        return "–"
    if value == 0:
        return "0"
    decimals = max(0, significant - 1 - math.floor(math.log10(abs(value))))
    return f"{value:,.{decimals}f}"


def format_uncertain(value: float | None, error: float | None, unit: str = "") -> str:
    """``92.3 ± 1.2 tok/s``: the value rounded where its uncertainty starts; no ± when there is none."""
    if not finite(value):
        return "–"
    assert value is not None
    suffix = f" {unit}" if unit else ""
    if abs(value) < TINY and (not finite(error) or abs(error or 0.0) < TINY):
        return f"≈ 0{suffix}"  # a variant against itself: rounding noise, not a difference
    if not finite(error) or not error:
        return f"{format_number(value)}{suffix}"
    assert error is not None
    decimals = _decimals_for(abs(error))
    return f"{value:,.{decimals}f} ± {abs(error):,.{decimals}f}{suffix}"


def format_measurement(measured: Measurement | None, unit: str = "tok/s") -> str:
    """Mean ± standard deviation of repeated samples, or ``–`` when not measured."""
    if measured is None or not measured.samples:
        return "–"
    return format_uncertain(measured.mean, measured.stdev, unit)


def format_size(n: float | None) -> str:
    """``98.2 MB``: decimal units, as file managers show sizes."""
    if not finite(n):
        return "–"
    assert n is not None
    for unit, scale in (("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if abs(n) >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{int(n)} B"


def format_bits(bits_per_weight: float) -> str:
    """``5.9``, ``16``: bits per weight with one decimal, none when whole."""
    return f"{bits_per_weight:.1f}".removesuffix(".0")


def format_ratio(ratio: float) -> str:
    """``2.1×`` (``12×`` from ten up)."""
    return f"{ratio:.0f}×" if ratio >= 10 else f"{ratio:.1f}×"


def format_percent(share: float) -> str:
    """``38%``; below 10% one decimal (``0.4%``) so small differences do not read as none."""
    pct = share * 100
    if abs(pct) < 10 and round(abs(pct), 1) != round(abs(pct)):
        return f"{pct:.1f}%"
    return f"{pct:.0f}%"


def size_scale(largest: float) -> tuple[float, str]:
    """Divisor and unit for showing byte counts up to ``largest`` on one axis."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if largest >= scale:
            return scale, unit
    return 1.0, "B"


# -- names --------------------------------------------------------------------------------------


_QUANT_IN_NAME = re.compile(r"(?i)(?:^|[-_. ])((?:I?Q\d(?:_[A-Z0-9]+)*)|BF16|F16|F32)(?=[-_. ]|$)")


def quantization_of(variant: VariantResult) -> str:
    """The variant's quantization, or the one its file name states (``…-Q4_K_M.gguf``) before it is read."""
    if variant.quantization:
        return variant.quantization
    found = _QUANT_IN_NAME.findall(Path(variant.path).stem)
    return found[-1].upper() if found else ""


def short_names(variants: Sequence[VariantResult]) -> list[str]:
    """What to call each variant on a chart: its quantization when those tell them apart, else its label."""
    quants = [quantization_of(v) for v in variants]
    if all(quants) and len(set(quants)) == len(quants):
        return quants
    labels = [v.label or Path(v.path).stem for v in variants]
    if len(set(labels)) == len(labels):
        return labels
    return [Path(v.path).name for v in variants]


def baseline_index(run: CompareRun) -> int | None:
    """Index of the run's baseline variant, if it has one among its variants."""
    baseline = run.settings.baseline
    for i, variant in enumerate(run.variants):
        if baseline is not None and variant.path == baseline:
            return i
    return None


def reference_index(run: CompareRun) -> int | None:
    """What captions compare against: the baseline, else the largest file that finished."""
    index = baseline_index(run)
    if index is not None:
        return index
    done = [i for i, v in enumerate(run.variants) if v.file_bytes]
    return max(done, key=lambda i: run.variants[i].file_bytes) if done else None


STATUS_WORDS = {
    "pending": "waiting",
    "running": "measuring…",
    "done": "done",
    "failed": "failed",
    "skipped": "skipped",
    "cancelled": "cancelled",
}


def machine_line(run: CompareRun) -> str:
    """``Measured on Intel Core i5 · 2 cores · 8.0 GB · memory bandwidth 12.0 GB/s · 2026-11-22 21:30``."""
    m = run.machine
    parts = [m.cpu, f"{m.cores} cores" if m.cores else "", format_size(m.memory_bytes) if m.memory_bytes else ""]
    parts = [p for p in parts if p]
    if m.bandwidth_bytes_per_second:
        parts.append(f"memory bandwidth {format_size(m.bandwidth_bytes_per_second)}/s")
    if run.created:
        parts.append(run.created.replace("T", " ")[:16])
    return "Measured on " + " · ".join(parts) if parts else ""


def status_text(variant: VariantResult) -> str:
    """``done``, or ``failed: the file is damaged`` — the reason stays next to the status."""
    words = STATUS_WORDS.get(variant.status, variant.status)
    if variant.status in ("failed", "skipped", "cancelled") and variant.error:
        return f"{words}: {variant.error}"
    return words


# -- charts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    """One variant's bar: its value (None: missing, ``note`` says why), spread and optional mark."""

    label: str
    value: float | None
    error: float = 0.0
    text: str = ""
    """Drawn over the bar: the value in words (``98 MB``)."""
    note: str = ""
    """Why the value is missing (``failed``, ``not measured``)."""
    mark: float | None = None
    """A reference drawn across the bar: the memory estimate, or the bandwidth ceiling."""


@dataclass(frozen=True)
class Point:
    """One variant in the size-versus-quality scatter."""

    label: str
    x: float
    y: float
    y_error: float = 0.0
    variant: int = 0
    """Index of the variant in the run (for its color)."""


@dataclass(frozen=True)
class ChartSpec:
    """What one chart shows. Bars are in the run's variant order; ``points`` only for the scatter."""

    key: ChartKey
    title: str
    y_label: str
    caption: str
    explain: str
    bars: tuple[Bar, ...] = ()
    bar_name: str = ""
    mark_name: str = ""
    """Legend name of the marks (``Estimate``, ``Bandwidth ceiling``); empty when there are none."""
    points: tuple[Point, ...] = ()
    frontier: tuple[int, ...] = ()
    """Indices into ``points`` on the Pareto frontier, by growing size."""
    x_label: str = ""

    @property
    def has_data(self) -> bool:
        return any(b.value is not None for b in self.bars) or bool(self.points)


def pareto_frontier(points: Sequence[tuple[float, float]]) -> list[int]:
    """Indices of the points no other point beats on both axes (both smaller is better), by growing x.

    A point is beaten when another is at most as large on both axes and smaller on one. Points with
    a non-finite coordinate are left out.
    """
    usable = [(x, y, i) for i, (x, y) in enumerate(points) if math.isfinite(x) and math.isfinite(y)]
    frontier = []
    for x, y, i in usable:
        beaten = any(ox <= x and oy <= y and (ox < x or oy < y) for ox, oy, j in usable if j != i)
        if not beaten:
            frontier.append((x, y, i))
    return [i for _x, _y, i in sorted(frontier)]


def _missing_note(variant: VariantResult) -> str:
    if variant.status in ("failed", "skipped", "cancelled"):
        return STATUS_WORDS[variant.status]
    if variant.status in ("pending", "running"):
        return "…"
    return "not measured"


BarValue = tuple[float | None, float, float | None]
"""(value or None, spread, mark or None) of one bar."""


def _bars(
    run: CompareRun, names: list[str], values: Sequence[BarValue], fmt: Callable[[float, float], str]
) -> tuple[Bar, ...]:
    bars = []
    for variant, name, (value, error, mark) in zip(run.variants, names, values, strict=True):
        if value is not None and math.isfinite(value):
            spread = error if math.isfinite(error) else 0.0
            bars.append(Bar(name, value, spread, fmt(value, spread), mark=mark if finite(mark) else None))
        else:
            bars.append(Bar(name, None, note=_missing_note(variant), mark=mark))
    return tuple(bars)


def chart_specs(run: CompareRun) -> list[ChartSpec]:
    """Every chart of the run, in presentation order, with its caption."""
    names = short_names(run.variants)
    return [
        _size_chart(run, names),
        _memory_chart(run, names),
        _prompt_chart(run, names),
        _generation_chart(run, names),
        _perplexity_chart(run, names),
        _kl_chart(run, names),
        _tradeoff_chart(run, names),
    ]


def _size_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    scale, unit = size_scale(max((v.file_bytes for v in run.variants), default=0))

    def fmt(value: float, _error: float) -> str:
        return f"{value:,.1f} {unit}" if value < 100 else f"{value:,.0f} {unit}"

    values = [(v.file_bytes / scale if v.file_bytes else None, 0.0, None) for v in run.variants]
    bars = list(_bars(run, names, values, fmt))
    for i, v in enumerate(run.variants):
        if bars[i].value is not None and v.bits_per_weight:
            bars[i] = Bar(bars[i].label, bars[i].value, 0.0, f"{bars[i].text}\n{format_bits(v.bits_per_weight)} bits")
    return ChartSpec(
        "size",
        "File size",
        f"file size ({unit})",
        size_caption(run, names),
        EXPLAIN["size"],
        tuple(bars),
        bar_name="File size",
    )


def _memory_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    largest = max([v.peak_rss_bytes or 0 for v in run.variants] + [v.estimated_bytes or 0 for v in run.variants])
    scale, unit = size_scale(largest)

    def fmt(value: float, _error: float) -> str:
        return f"{value:,.0f} {unit}" if value >= 100 else f"{value:,.1f} {unit}"

    values = [
        (
            v.peak_rss_bytes / scale if v.peak_rss_bytes else None,
            0.0,
            v.estimated_bytes / scale if v.estimated_bytes else None,
        )
        for v in run.variants
    ]
    has_marks = any(m for _v, _e, m in values)
    return ChartSpec(
        "memory",
        "Memory while running",
        f"memory ({unit})",
        memory_caption(run, names),
        EXPLAIN["memory"],
        _bars(run, names, values, fmt),
        bar_name="Measured peak",
        mark_name="Estimate" if has_marks else "",
    )


def _speed_fmt(value: float, error: float) -> str:
    return format_number(value)


def _prompt_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    values = [(_mean(v.prompt_speed), _stdev(v.prompt_speed), None) for v in run.variants]
    return ChartSpec(
        "prompt",
        "Reading the prompt (pp)",
        "tokens per second",
        prompt_caption(run, names),
        EXPLAIN["prompt"],
        _bars(run, names, values, _speed_fmt),
        bar_name="Measured (mean ± sd)",
    )


def _generation_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    values = [
        (_mean(v.generation_speed), _stdev(v.generation_speed), v.ceiling_tokens_per_second) for v in run.variants
    ]
    has_marks = any(finite(m) for _v, _e, m in values)
    return ChartSpec(
        "generation",
        "Writing the answer (tg)",
        "tokens per second",
        generation_caption(run, names),
        EXPLAIN["generation"] + "\n" + EXPLAIN["ceiling"],
        _bars(run, names, values, _speed_fmt),
        bar_name="Measured (mean ± sd)",
        mark_name="Bandwidth ceiling" if has_marks else "",
    )


def _perplexity_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    values = [
        (v.quality.perplexity, v.quality.perplexity_stderr, None) if v.quality else (None, 0.0, None)
        for v in run.variants
    ]

    def fmt(value: float, error: float) -> str:
        return format_uncertain(value, error)

    return ChartSpec(
        "perplexity",
        "Perplexity (lower is better)",
        "perplexity",
        perplexity_caption(run, names),
        EXPLAIN["perplexity"],
        _bars(run, names, values, fmt),
        bar_name="Perplexity ± standard error",
    )


def _kl_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    values: list[BarValue] = []
    for v in run.variants:
        q = v.quality
        values.append((q.kl_mean, q.kl_stderr or 0.0, None) if q and q.kl_mean is not None else (None, 0.0, None))

    def fmt(value: float, error: float) -> str:
        return format_uncertain(value, error)

    bars = list(_bars(run, names, values, fmt))
    base = baseline_index(run)
    for i, v in enumerate(run.variants):
        q = v.quality
        if i == base and bars[i].value is not None:
            bars[i] = Bar(bars[i].label, bars[i].value, 0.0, "baseline")
        elif bars[i].value is not None and q is not None and q.top1_agreement is not None:
            bars[i] = Bar(
                bars[i].label,
                bars[i].value,
                bars[i].error,
                f"{bars[i].text}\nsame top token {format_percent(q.top1_agreement)}",
            )
        elif bars[i].value is None and q is not None and q.kl_note:
            bars[i] = Bar(bars[i].label, None, note="no KL")
    title = f"Drift from {names[base]} (KL divergence)" if base is not None else "KL divergence"
    return ChartSpec(
        "kl",
        title,
        "KL divergence (nats)",
        kl_caption(run, names),
        EXPLAIN["kl"] + "\n" + EXPLAIN["top1"],
        tuple(bars),
        bar_name="Mean KL ± standard error",
    )


def _tradeoff_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    scale, unit = size_scale(max((v.file_bytes for v in run.variants), default=0))
    points = tuple(
        Point(name, v.file_bytes / scale, v.quality.perplexity, v.quality.perplexity_stderr, i)
        for i, (v, name) in enumerate(zip(run.variants, names, strict=True))
        if v.file_bytes and v.quality is not None and finite(v.quality.perplexity)
    )
    frontier = tuple(pareto_frontier([(p.x, p.y) for p in points]))
    return ChartSpec(
        "tradeoff",
        "Size against quality",
        "perplexity (lower is better)",
        tradeoff_caption(points, frontier),
        EXPLAIN["size"] + "\n" + EXPLAIN["perplexity"],
        points=points,
        frontier=frontier,
        x_label=f"file size ({unit})",
    )


def _mean(measured: Measurement | None) -> float | None:
    return measured.mean if measured is not None and measured.samples else None


def _stdev(measured: Measurement | None) -> float:
    return measured.stdev if measured is not None and measured.samples else 0.0


# -- captions -----------------------------------------------------------------------------------


def _speed(variant: VariantResult) -> float | None:
    return _mean(variant.generation_speed)


def _perplexity(variant: VariantResult) -> float | None:
    return variant.quality.perplexity if variant.quality and finite(variant.quality.perplexity) else None


def speed_phrase(ratio: float, verb: str = "generates") -> str:
    """``generates 2.1× faster``, ``generates 20% slower``, ``generates about as fast``."""
    if ratio >= 1.05:
        return f"{verb} {format_ratio(ratio)} faster"
    if ratio <= 1 / 1.05:
        return f"{verb} {format_percent(1 - ratio)} slower"
    return f"{verb} about as fast"


def change_phrase(ratio: float) -> str:
    """``7% higher``, ``0.4% lower``, ``the same`` for a ratio new ÷ old."""
    change = ratio - 1
    if abs(change) < 0.0005:
        return "the same"
    return f"{format_percent(abs(change))} {'higher' if change > 0 else 'lower'}"


def compare_sentence(variant: VariantResult, name: str, reference: VariantResult, reference_name: str) -> str:
    """One variant against the reference, e.g. "Q4_K_M is 38% of the F16 file, generates 2.1× faster
    here, and its perplexity is 7% higher". Parts not measured are left out."""
    parts = []
    if variant.file_bytes and reference.file_bytes:
        parts.append(f"is {format_percent(variant.file_bytes / reference.file_bytes)} of the {reference_name} file")
    speed, reference_speed = _speed(variant), _speed(reference)
    if speed and reference_speed:
        parts.append(f"{speed_phrase(speed / reference_speed)} here")
    ppl, reference_ppl = _perplexity(variant), _perplexity(reference)
    if ppl and reference_ppl:
        parts.append(f"its perplexity is {change_phrase(ppl / reference_ppl)}")
    if variant.status in ("failed", "skipped", "cancelled"):
        return f"{name} {status_text(variant)}."
    if not parts:
        return f"{name}: not measured yet."
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + ", and " + parts[-1]
    return f"{name} {joined}."


def summary_sentences(run: CompareRun) -> list[str]:
    """A :func:`compare_sentence` for every variant but the reference (none for those still to measure)."""
    ref = reference_index(run)
    if ref is None:
        return []
    names = short_names(run.variants)
    return [
        compare_sentence(v, names[i], run.variants[ref], names[ref])
        for i, v in enumerate(run.variants)
        if i != ref and v.status not in ("pending", "running")
    ]


def _done(run: CompareRun, value: Callable[[VariantResult], float | None]) -> list[tuple[int, float]]:
    found = []
    for i, v in enumerate(run.variants):
        x = value(v)
        if x is not None and math.isfinite(x):
            found.append((i, float(x)))
    return found


def size_caption(run: CompareRun, names: list[str]) -> str:
    sizes = _done(run, lambda v: v.file_bytes or None)
    if len(sizes) < 2:
        return "File sizes appear here as the variants are measured."
    small_i, small = min(sizes, key=lambda t: t[1])
    big_i, big = max(sizes, key=lambda t: t[1])
    text = (
        f"{names[small_i]} is the smallest file: {format_size(small)}, {format_percent(small / big)} of {names[big_i]}."
    )
    bpw_small, bpw_big = run.variants[small_i].bits_per_weight, run.variants[big_i].bits_per_weight
    if bpw_small and bpw_big:
        text += f" It keeps {format_bits(bpw_small)} bits per weight instead of {format_bits(bpw_big)}."
    return text


def memory_caption(run: CompareRun, names: list[str]) -> str:
    peaks = _done(run, lambda v: v.peak_rss_bytes)
    if not peaks:
        return "Memory appears here as the variants are measured."
    small_i, small = min(peaks, key=lambda t: t[1])
    big_i, big = max(peaks, key=lambda t: t[1])
    if small_i == big_i:
        text = f"{names[small_i]} used {format_size(small)} of memory while running."
    else:
        text = f"While running, {names[small_i]} used {format_size(small)} and {names[big_i]} {format_size(big)}."
    errors = [
        abs((run.variants[i].estimated_bytes or 0) - peak) / peak
        for i, peak in peaks
        if run.variants[i].estimated_bytes
    ]
    if errors:
        text += f" The estimate made before loading was within {format_percent(max(errors))} of what was measured."
    return text


def prompt_caption(run: CompareRun, names: list[str]) -> str:
    speeds = _done(run, lambda v: _mean(v.prompt_speed))
    if not speeds:
        return "Prompt speeds appear here as the variants are measured."
    fast_i, fast = max(speeds, key=lambda t: t[1])
    text = f"{names[fast_i]} reads a prompt fastest: {format_number(fast)} tokens per second"
    slow_i, slow = min(speeds, key=lambda t: t[1])
    if slow_i != fast_i and slow > 0:
        text += f", {format_ratio(fast / slow)} as fast as {names[slow_i]}"
    return text + ". Reading is arithmetic-heavy, so smaller numbers help it less than writing."


def generation_caption(run: CompareRun, names: list[str]) -> str:
    speeds = _done(run, lambda v: _mean(v.generation_speed))
    if not speeds:
        return "Generation speeds appear here as the variants are measured."
    fast_i, fast = max(speeds, key=lambda t: t[1])
    text = f"{names[fast_i]} writes fastest: {format_number(fast)} tokens per second"
    ref = reference_index(run)
    ref_speed = _speed(run.variants[ref]) if ref is not None else None
    if ref is not None and ref != fast_i and ref_speed:
        text += f", {format_ratio(fast / ref_speed)} as fast as {names[ref]}"
    text += "."
    ceiling = run.variants[fast_i].ceiling_tokens_per_second
    if finite(ceiling):
        assert ceiling is not None
        text += (
            f" This computer's memory speed allows at most {format_number(ceiling)} for it: every new "
            "token reads the whole model once, so smaller files write faster."
        )
    return text


def perplexity_caption(run: CompareRun, names: list[str]) -> str:
    values = _done(run, _perplexity)
    if not values:
        return "Perplexity appears here as the variants are measured."
    ref = reference_index(run)
    ref_ppl = _perplexity(run.variants[ref]) if ref is not None else None
    others = [(i, p) for i, p in values if i != ref]
    if ref is None or ref_ppl is None or not others:
        best_i, best = min(values, key=lambda t: t[1])
        return f"Lower is better: {names[best_i]} is least surprised by the text (perplexity {format_number(best)})."
    worst_i, worst = max(others, key=lambda t: t[1])
    text = f"Lower is better. {names[worst_i]}'s perplexity is {change_phrase(worst / ref_ppl)} than {names[ref]}'s"
    best_i, best = min(others, key=lambda t: t[1])
    if best_i != worst_i:
        text += f"; {names[best_i]}'s is {change_phrase(best / ref_ppl)}"
    return text + "."


def kl_caption(run: CompareRun, names: list[str]) -> str:
    base = baseline_index(run)
    if base is None:
        return "Choose a baseline to see how far the others drift from it."
    agreements = [
        (i, v.quality.top1_agreement)
        for i, v in enumerate(run.variants)
        if i != base and v.quality is not None and v.quality.top1_agreement is not None
    ]
    notes = [(names[i], v.quality.kl_note) for i, v in enumerate(run.variants) if v.quality and v.quality.kl_note]
    if not agreements:
        text = f"How far each variant's next-token guesses drift from {names[base]}'s appears here."
    else:
        low_i, low = min(agreements, key=lambda t: t[1] or 0.0)
        text = (
            f"0 means the same as {names[base]}. {names[low_i]} still picks the same most likely next token "
            f"{format_percent(low or 0.0)} of the time"
        )
        high_i, high = max(agreements, key=lambda t: t[1] or 0.0)
        if high_i != low_i:
            text += f"; {names[high_i]} {format_percent(high or 0.0)}"
        text += "."
    if notes:
        text += f" No KL divergence for {_join([n for n, _ in notes])}: {notes[0][1]}"
    return text


def tradeoff_caption(points: Sequence[Point], frontier: Sequence[int]) -> str:
    if len(points) < 2:
        return "Each dot is a variant: further left is smaller, lower is better. They appear as they are measured."
    on = [points[i].label for i in frontier]
    off = [p.label for i, p in enumerate(points) if i not in frontier]
    text = "Left is smaller, lower is better. The line joins the variants nothing beats on both: "
    text += _join(on) + "."
    if off:
        verb = "is" if len(off) == 1 else "are"
        text += f" {_join(off)} {verb} beaten: another variant is smaller and at least as good."
    return text


def _join(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]
