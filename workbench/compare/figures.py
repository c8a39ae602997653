"""Figures as a comparison shows them: numbers with their uncertainty, sizes, ratios and percentages,
short names for the variants, and the one-line status of each.

Pure functions over :mod:`workbench.compare.results`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path

from workbench.compare.results import CompareRun, Measurement, Quality, VariantResult
from workbench.i18n import format_decimal, format_integer, tr
from workbench.i18n import format_percent as i18n_percent

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
    return format_decimal(value, decimals, grouping=True)


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
    shown, spread = format_decimal(value, decimals, grouping=True), format_decimal(abs(error), decimals, grouping=True)
    return f"{shown} ± {spread}{suffix}"


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
            return f"{format_decimal(n / scale, 1)} {unit}"
    return f"{format_integer(int(n), grouping=False)} B"


def format_bits(bits_per_weight: float) -> str:
    """``5.9``, ``16``: bits per weight with one decimal, none when whole."""
    if f"{bits_per_weight:.1f}".endswith(".0"):
        return format_decimal(bits_per_weight, 0)
    return format_decimal(bits_per_weight, 1)


def format_ratio(ratio: float) -> str:
    """``2.1×`` (``12×`` from ten up)."""
    return f"{format_decimal(ratio, 0)}×" if ratio >= 10 else f"{format_decimal(ratio, 1)}×"


def format_percent(share: float) -> str:
    """``38%``; below 10% one decimal (``0.4%``) so small differences do not read as none."""
    pct = share * 100
    if abs(pct) < 10 and round(abs(pct), 1) != round(abs(pct)):
        return i18n_percent(pct, 1)
    return i18n_percent(pct, 0)


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


STATUS_WORDS = {  # English; status_word() gives them in the active language
    "pending": "waiting",
    "running": "measuring…",
    "done": "done",
    "failed": "failed",
    "skipped": "skipped",
    "cancelled": "cancelled",
}


def status_word(status: str) -> str:
    """:data:`STATUS_WORDS` in the active language."""
    words = {
        "pending": tr("Compare", "waiting"),
        "running": tr("Compare", "measuring…"),
        "done": tr("Compare", "done"),
        "failed": tr("Compare", "failed"),
        "skipped": tr("Compare", "skipped"),
        "cancelled": tr("Compare", "cancelled"),
    }
    return words.get(status, status)


def machine_line(run: CompareRun) -> str:
    """``Measured on Intel Core i5 · 2 cores · 8.0 GB · memory bandwidth 12.0 GB/s · 2026-11-22 21:30``."""
    m = run.machine
    cores = tr("Compare", "{count} cores").format(count=m.cores) if m.cores else ""
    parts = [m.cpu, cores, format_size(m.memory_bytes) if m.memory_bytes else ""]
    parts = [p for p in parts if p]
    if m.bandwidth_bytes_per_second:
        parts.append(
            tr("Compare", "memory bandwidth {size}/s").format(size=format_size(m.bandwidth_bytes_per_second))
        )
    if run.created:
        parts.append(run.created.replace("T", " ")[:16])
    return tr("Compare", "Measured on {machine}").format(machine=" · ".join(parts)) if parts else ""


def status_text(variant: VariantResult) -> str:
    """``done``, or ``failed: the file is damaged`` — the reason stays next to the status."""
    words = status_word(variant.status)
    if variant.status in ("failed", "skipped", "cancelled") and variant.error:
        return tr("Compare", "{status}: {reason}").format(status=words, reason=variant.error)
    return words


def mean_of(measured: Measurement | None) -> float | None:
    return measured.mean if measured is not None and measured.samples else None


def stdev_of(measured: Measurement | None) -> float:
    return measured.stdev if measured is not None and measured.samples else 0.0


# -- what the spreads support -------------------------------------------------------------------

SPREAD_FACTOR = 2.0
"""How many standard errors either side of a mean count as "where the true value may well be"."""


def standard_error(measured: Measurement | None) -> float:
    """Standard error of the mean (``stdev / √n``); infinite with fewer than two samples (no spread known)."""
    if measured is None or len(measured.samples) < 2:
        return math.inf
    return measured.stdev / math.sqrt(len(measured.samples))


def paired_log_ratio_of(
    a: Quality | None, a_path: str, b: Quality | None, b_path: str
) -> tuple[float, float] | None:
    """ln(perplexity a ÷ perplexity b) and its standard error when one of the two was paired with the other on the
    same tokens (see :attr:`Quality.log_ratio`); None otherwise."""
    if a is not None and a.log_ratio is not None and a.log_ratio_stderr is not None and a.paired_with == b_path:
        return a.log_ratio, a.log_ratio_stderr
    if b is not None and b.log_ratio is not None and b.log_ratio_stderr is not None and b.paired_with == a_path:
        return -b.log_ratio, b.log_ratio_stderr
    return None


def clearly_paired(log_ratio: float, stderr: float, factor: float = SPREAD_FACTOR) -> bool:
    """Whether a paired change (a mean of per-token differences) is larger than ``factor`` standard errors."""
    return finite(log_ratio) and math.isfinite(stderr) and abs(log_ratio) > factor * abs(stderr)


def clearly_different(a: float, a_error: float, b: float, b_error: float, factor: float = SPREAD_FACTOR) -> bool:
    """Whether two figures differ by more than their spreads: the ranges ``mean ± factor × standard error``
    do not overlap.

    The rule every caption follows before it states a difference: deliberately simple (two error bars
    that do not touch) so it can be explained in a sentence. When the ranges overlap, the captions say
    "about the same" instead of a number that the next run could reverse.
    """
    if not (finite(a) and finite(b)):
        return False
    if not (math.isfinite(a_error) and math.isfinite(b_error)):
        return False
    return abs(a - b) > factor * (abs(a_error) + abs(b_error))


MIN_PAIRED_ROUNDS = 4
"""Two speeds are compared round by round once both were timed in at least this many of the same rounds. With three,
the standard error of three ratios is itself so uncertain (Student's t = 4.3) that the two spreads apart say more."""

_T_975 = (
    12.71, 4.30, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23, 2.20, 2.18, 2.16, 2.14, 2.13,
    2.12, 2.11, 2.10, 2.09, 2.09, 2.08, 2.07, 2.07, 2.06, 2.06, 2.06, 2.05, 2.05, 2.05, 2.04,
)
"""Student's t at 97.5% for 1, 2 … 30 degrees of freedom: a standard error from a few rounds is itself uncertain,
so a change must stand further out than :data:`SPREAD_FACTOR` of them."""


def paired_speed_ratios(a: Measurement, b: Measurement) -> list[float]:
    """ln(a ÷ b) in every speed round both were timed in (each round's mean, where a turn timed several
    repetitions), in round order; empty when either was not timed in rounds."""

    def by_round(m: Measurement) -> dict[int, float]:
        if len(m.rounds) != len(m.samples):
            return {}
        grouped: dict[int, list[float]] = {}
        for sample, number in zip(m.samples, m.rounds, strict=True):
            grouped.setdefault(number, []).append(sample)
        return {number: math.fsum(values) / len(values) for number, values in grouped.items()}

    ours, theirs = by_round(a), by_round(b)
    return [
        math.log(ours[r] / theirs[r])
        for r in sorted(ours.keys() & theirs.keys())
        if finite(ours[r]) and finite(theirs[r]) and ours[r] > 0 and theirs[r] > 0
    ]


def speeds_differ(a: Measurement | None, b: Measurement | None) -> bool:
    """Whether two repeated speed measurements differ by more than their spreads allow.

    Timed in the same speed rounds (:attr:`Measurement.rounds`, at least :data:`MIN_PAIRED_ROUNDS` in common), they
    are compared round by round: a slow minute of the machine slows both samples of its round alike, and the
    rounds' ratios cancel it, where two spreads apart would add it twice. The mean of the rounds' ln(a ÷ b) must
    stand more than Student's t (for the rounds' count) standard errors from zero, and on the side the two means
    are. Otherwise (a server's speed, or a run saved before rounds were kept): :func:`clearly_different`.
    """
    if a is None or b is None or not a.samples or not b.samples:
        return False
    ratios = paired_speed_ratios(a, b)
    if len(ratios) >= MIN_PAIRED_ROUNDS:
        paired = Measurement(ratios)
        t = _T_975[len(ratios) - 2] if len(ratios) - 2 < len(_T_975) else SPREAD_FACTOR
        change, spread = paired.mean, standard_error(paired)
        return clearly_paired(change, spread, max(t, SPREAD_FACTOR)) and (change > 0) == (a.mean > b.mean)
    return clearly_different(a.mean, standard_error(a), b.mean, standard_error(b))


def size_order(variants: Sequence[VariantResult]) -> list[int]:
    """Indices of ``variants`` from the largest file to the smallest (those without a size last, in their order).

    Charts, the table, the answers and Present mode all list variants this way, so a ladder reads as it shrinks.
    """
    return sorted(range(len(variants)), key=lambda i: (variants[i].file_bytes <= 0, -variants[i].file_bytes, i))
