"""Plain-words captions a class can read: "Q4_K_M is 38% of the F16 file, generates 2.1× faster here,
and its perplexity is 7% higher."

Captions state only what the measurements support:

- a difference is stated only when the two figures' ranges ``mean ± 2 standard errors`` do not overlap
  (:func:`workbench.compare.figures.clearly_different`); otherwise "about the same";
- a bottleneck is named only when measured: generation at 75% or more of the bandwidth ceiling
  (measured on this machine) is "limited by memory speed"; nothing is said otherwise;
- a speed measured while other programs kept the computer busy is flagged, never compared.

Pure functions over :mod:`workbench.compare.results`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from workbench.compare.figures import (
    baseline_index,
    clearly_different,
    finite,
    format_bits,
    format_number,
    format_percent,
    format_ratio,
    format_size,
    mean_of,
    reference_index,
    short_names,
    size_order,
    speeds_differ,
    status_text,
)
from workbench.compare.machine import was_busy
from workbench.compare.remote import TOP_LOGPROBS
from workbench.compare.results import CompareRun, Measurement, VariantResult

if TYPE_CHECKING:
    from workbench.compare.present import Point


def _speed(variant: VariantResult) -> float | None:
    return mean_of(variant.generation_speed)


def _perplexity(variant: VariantResult) -> float | None:
    return variant.quality.perplexity if variant.quality and finite(variant.quality.perplexity) else None


def _perplexity_error(variant: VariantResult) -> float:
    q = variant.quality
    return q.perplexity_stderr if q is not None and finite(q.perplexity_stderr) else math.inf


def perplexities_differ(a: VariantResult, b: VariantResult) -> bool:
    """Whether two perplexities differ by more than their standard errors allow (:func:`clearly_different`)."""
    pa, pb = _perplexity(a), _perplexity(b)
    if pa is None or pb is None:
        return False
    return clearly_different(pa, _perplexity_error(a), pb, _perplexity_error(b))


def busy_during_speed_test(variant: VariantResult) -> bool:
    """Whether other programs kept the computer busy around this variant's speed test."""
    return any(load.step == "bench" and was_busy(load) for load in variant.machine_load)


def busy_sentence(run: CompareRun, names: Sequence[str]) -> str:
    """``The computer was busy during Q8_0's speed test — its speed is unreliable; Run again.`` (empty if quiet)."""
    busy = [names[i] for i in size_order(run.variants) if busy_during_speed_test(run.variants[i])]
    if not busy:
        return ""
    if len(busy) == 1:
        return f"The computer was busy during {busy[0]}'s speed test — its speed is unreliable; Run again."
    return f"The computer was busy during the speed tests of {_join(busy)} — their speeds are unreliable; Run again."


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
    here, and its perplexity is 7% higher". Parts not measured are left out; a difference the spreads
    do not support reads "about the same"; a speed measured on a busy computer is not compared."""
    parts = []
    if variant.file_bytes and reference.file_bytes:
        parts.append(f"is {format_percent(variant.file_bytes / reference.file_bytes)} of the {reference_name} file")
    speed, reference_speed = _speed(variant), _speed(reference)
    if variant.remote or reference.remote:  # another machine's speed: never compared with this one's
        if speed and variant.remote:
            parts.append(f"generates {format_number(speed)} tokens per second on the server")
        speed = None
    if speed and reference_speed:
        if busy_during_speed_test(variant) or busy_during_speed_test(reference):
            parts.append("has no reliable speed comparison (the computer was busy)")
        elif speeds_differ(variant.generation_speed, reference.generation_speed):
            parts.append(f"{speed_phrase(speed / reference_speed)} here")
        else:
            parts.append("generates at about the same speed here")
    ppl, reference_ppl = _perplexity(variant), _perplexity(reference)
    if ppl and reference_ppl:
        if perplexities_differ(variant, reference):
            parts.append(f"its perplexity is {change_phrase(ppl / reference_ppl)}")
        else:
            parts.append("its perplexity is about the same")
    if variant.status in ("failed", "skipped", "cancelled"):
        return f"{name} {status_text(variant)}."
    if not parts:
        return f"{name}: not measured yet."
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + ", and " + parts[-1]
    return f"{name} {joined}."


def summary_sentences(run: CompareRun) -> list[str]:
    """A :func:`compare_sentence` for every variant but the reference (none for those still to measure),
    then the busy-computer warning if there is one."""
    ref = reference_index(run)
    if ref is None:
        return []
    names = short_names(run.variants)
    sentences = [
        compare_sentence(run.variants[i], names[i], run.variants[ref], names[ref])
        for i in size_order(run.variants)
        if i != ref and run.variants[i].status not in ("pending", "running")
    ]
    busy = busy_sentence(run, names)
    sentences += [f"{names[i]}: {note}" for i, v in enumerate(run.variants) for note in v.notes]
    return sentences + [busy] if busy else sentences


def server_speed_sentence(run: CompareRun, names: Sequence[str]) -> str:
    """``tiny on Ollama writes 41 tokens per second on the server (first token after 120 ms) …``: the speeds of
    models on a server, apart from this computer's (empty when there are none)."""
    parts = []
    for i, v in enumerate(run.variants):
        speed = _speed(v) if v.remote else None
        if speed:
            first = mean_of(v.first_token_seconds)
            after = f" (first token after {format_number(first * 1000)} ms)" if first is not None else ""
            parts.append(f"{names[i]} writes {format_number(speed)} tokens per second on the server{after}")
    if not parts:
        return ""
    return (_join(parts) + ", measured from streamed replies over the network: another machine, so not ranked "
            "with this computer's speeds.")


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


EXPECTED_TOLERANCE = 0.10
"""How close the expected use aims to come to the measured memory (a tenth either way)."""


def memory_caption(run: CompareRun, names: list[str]) -> str:
    """What the variants used, how close the expected use came (the solid line) and how far above it the
    reserved-at-most figure the fit verdict uses sits (the dashed line)."""
    text = _memory_text(run, names)
    served = [names[i] for i, v in enumerate(run.variants) if v.remote]
    if served:
        verb = "runs" if len(served) == 1 else "run"
        text += f" {_join(served)} {verb} on a server: memory is measured there, not on this computer."
    return text.strip()


def _memory_text(run: CompareRun, names: list[str]) -> str:
    peaks = _done(run, lambda v: v.peak_rss_bytes)
    if not peaks:
        return "" if any(v.remote for v in run.variants) else "Memory appears here as the variants are measured."
    small_i, small = min(peaks, key=lambda t: t[1])
    big_i, big = max(peaks, key=lambda t: t[1])
    if small_i == big_i:
        text = f"{names[small_i]} used {format_size(small)} of memory while running."
    else:
        text = f"While running, {names[small_i]} used {format_size(small)} and {names[big_i]} {format_size(big)}."
    misses = [
        (i, abs(expected - peak) / peak)
        for i, peak in peaks
        if (expected := run.variants[i].expected_bytes)
    ]
    if misses:
        worst_i, worst = max(misses, key=lambda t: t[1])
        if worst <= EXPECTED_TOLERANCE:
            text += (
                f" The memory the app expected before loading (solid line) came within {format_percent(worst)} "
                "of what was measured."
            )
        else:
            text += (
                f" The memory the app expected before loading (solid line) missed by up to {format_percent(worst)} "
                f"({names[worst_i]})."
            )
    headroom = [
        (i, (run.variants[i].estimated_bytes or 0) / peak) for i, peak in peaks if run.variants[i].estimated_bytes
    ]
    over = [names[i] for i, ratio in headroom if ratio < 1]
    if over:
        whose = "its" if len(over) == 1 else "their"
        text += (
            f" Whether a model fits is judged on the most it could take (dashed line), yet {_join(over)} used more "
            f"than that here: {whose} estimate was too low."
        )
    elif headroom:
        low, high = min(r for _i, r in headroom), max(r for _i, r in headroom)
        times = format_ratio(high) if format_ratio(low) == format_ratio(high) else f"{low:.1f}–{format_ratio(high)}"
        text += (
            f" Whether a model fits is judged on the most it could take (dashed line): {times} what was used here, "
            "to be safe."
        )
    return text


SpeedOf = Callable[[VariantResult], Measurement | None]


def _fastest(run: CompareRun, speed_of: SpeedOf) -> tuple[list[tuple[int, float]], list[int]]:
    """The measured speeds, and the variants the fastest cannot be told apart from (itself first)."""
    # A speed measured on a busy computer takes no part in who is fastest or by how much.
    # Nor does a speed measured on a server: another machine.
    speeds = _done(run, lambda v: None if busy_during_speed_test(v) or v.remote else mean_of(speed_of(v)))
    if not speeds:
        return [], []
    fast_i, _fast = max(speeds, key=lambda t: t[1])
    fastest = speed_of(run.variants[fast_i])
    tied = [fast_i] + [i for i, _ in speeds if i != fast_i and not speeds_differ(fastest, speed_of(run.variants[i]))]
    return speeds, tied


def _speed_lead(run: CompareRun, names: list[str], speed_of: SpeedOf, verb: str, noun: str) -> str:
    """``Q4_0 writes fastest: 190 tokens per second`` — or, when the spreads cannot tell the leaders apart,
    ``Q4_0 and Q4_1 write fastest, too close to tell apart (about 190 tokens per second)``."""
    speeds, tied = _fastest(run, speed_of)
    fast = dict(speeds)[tied[0]]
    if len(speeds) == 1:
        return f"{names[tied[0]]} {verb}s at {format_number(fast)} tokens per second"
    if len(tied) == len(speeds):
        low, high = min(s for _, s in speeds), max(s for _, s in speeds)
        every = "Both" if len(speeds) == 2 else "All"
        return (
            f"{every} {noun} at about the same speed here ({format_number(low)} to {format_number(high)} tokens per "
            "second): the differences are within the measurements' spread"
        )
    if len(tied) > 1:
        return (
            f"{_join([names[i] for i in tied])} {verb} fastest, too close to tell apart "
            f"(about {format_number(fast)} tokens per second)"
        )
    return f"{names[tied[0]]} {verb}s fastest: {format_number(fast)} tokens per second"


def _no_quiet_speed(run: CompareRun, names: list[str], measured: Callable[[VariantResult], float | None]) -> str:
    """The caption when no speed was measured on a quiet computer (empty when none was measured at all)."""
    if not _done(run, measured):
        return ""
    return busy_sentence(run, names)


def prompt_caption(run: CompareRun, names: list[str]) -> str:
    speeds, tied = _fastest(run, lambda v: v.prompt_speed)
    if not speeds:
        return _no_quiet_speed(run, names, lambda v: mean_of(v.prompt_speed)) or (
            "Prompt speeds appear here as the variants are measured."
        )
    text = _speed_lead(run, names, lambda v: v.prompt_speed, "read", "read a prompt")
    slow_i, slow = min(speeds, key=lambda t: t[1])
    if slow_i not in tied and slow > 0:
        fast = dict(speeds)[tied[0]]
        text += f", {format_ratio(fast / slow)} as fast as {names[slow_i]}"
    text += "."
    busy = busy_sentence(run, names)
    return f"{text} {busy}" if busy else text


MEMORY_BOUND_SHARE = 0.75
"""At or above this share of the bandwidth ceiling, the caption says memory speed is what limits generation.

The ceiling is measured (a large copy on every core), so a speed this close to it leaves little room
for anything else to be the limit. Below it the caption names no bottleneck: what else holds
generation back (the processor, the threads, the engine's settings) is not measured here."""


def generation_caption(run: CompareRun, names: list[str]) -> str:
    served = server_speed_sentence(run, names)
    local = _local_generation_caption(run, names)
    if served and local.startswith("Generation speeds appear here"):
        return served
    return f"{local} {served}" if served else local


def _local_generation_caption(run: CompareRun, names: list[str]) -> str:
    speeds, tied = _fastest(run, lambda v: v.generation_speed)
    if not speeds:
        return _no_quiet_speed(run, names, _speed) or "Generation speeds appear here as the variants are measured."
    text = _speed_lead(run, names, lambda v: v.generation_speed, "write", "write")
    fast_i, fast = tied[0], dict(speeds)[tied[0]]
    ref = reference_index(run)
    ref_speed = _speed(run.variants[ref]) if ref is not None and not run.variants[ref].remote else None
    if ref is not None and ref not in tied and ref_speed and not busy_during_speed_test(run.variants[ref]):
        text += f", {format_ratio(fast / ref_speed)} as fast as {names[ref]}"
    text += "."
    busy = busy_sentence(run, names)
    ceiling = run.variants[fast_i].ceiling_tokens_per_second
    if finite(ceiling):
        assert ceiling is not None
        text += (
            f" This computer's memory speed allows at most {format_number(ceiling)} for {names[fast_i]}: every new "
            "token reads the whole model once, so the ceiling rises as the file shrinks."
        )
        if not busy and fast >= MEMORY_BOUND_SHARE * ceiling:
            text += f" It reaches {format_percent(fast / ceiling)} of that: here memory speed is what limits it."
        elif not busy:
            text += f" It reaches {format_percent(fast / ceiling)} of that."
    return f"{text} {busy}" if busy else text


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
    reference = run.variants[ref]
    worst_i, worst = max(others, key=lambda t: t[1])
    best_i, best = min(others, key=lambda t: t[1])
    if not any(perplexities_differ(run.variants[i], reference) for i, _ in others):
        who = names[worst_i] if len(others) == 1 else "Every variant"
        drift = " The drift chart compares them token by token." if baseline_index(run) is not None else ""
        return (
            f"Lower is better. {who} scores about the same as {names[ref]}: the differences are within the "
            f"standard errors of a text this long.{drift}"
        )
    if perplexities_differ(run.variants[worst_i], reference):
        change = f"is {change_phrase(worst / ref_ppl)} than {names[ref]}'s"
    else:
        change = f"is about the same as {names[ref]}'s"
    text = f"Lower is better. {names[worst_i]}'s perplexity {change}"
    if best_i != worst_i:
        if perplexities_differ(run.variants[best_i], reference):
            text += f"; {names[best_i]}'s is {change_phrase(best / ref_ppl)}"
        else:
            text += f"; {names[best_i]}'s is about the same"
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
    rough = [names[i] for i, v in enumerate(run.variants) if v.quality and v.quality.kl_method]
    if rough:
        whose = "'s" if len(rough) == 1 else "'"
        text += (f" {_join(rough)}{whose} figures are approximate: from the server's top {TOP_LOGPROBS} "
                 "log-probabilities, so they can only read low.")
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
        text += f" {_join(off)} {verb} beaten: another variant is smaller and clearly better."
    alike: dict[int, list[str]] = {}
    for i, j in about_as_good_as_smaller(points, frontier):
        alike.setdefault(j, []).append(points[i].label)
    for j, larger in alike.items():
        verb, what = ("is", "the difference is") if len(larger) == 1 else ("are", "the differences are")
        text += (
            f" {_join(larger)} {verb} about as good as the smaller {points[j].label} here: {what} inside the"
            " measurement's spread."
        )
    return text


def about_as_good_as_smaller(points: Sequence[Point], frontier: Sequence[int]) -> list[tuple[int, int]]:
    """Pairs (variant, smaller variant) on the frontier whose perplexities the spreads cannot tell apart (the
    larger one buys nothing measurable here), each with the smallest such variant; by the frontier's order."""
    pairs = []
    for i in frontier:
        p = points[i]
        alike = [
            j for j in frontier
            if points[j].x < p.x and not clearly_different(points[j].y, points[j].y_error, p.y, p.y_error)
        ]
        if alike:
            pairs.append((i, min(alike, key=lambda j: points[j].x)))
    return pairs


def _join(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]
