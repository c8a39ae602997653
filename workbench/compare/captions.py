"""Plain-words captions a class can read: "Q4_K_M is 38% of the F16 file, generates 2.1× faster here,
and its perplexity is 7% higher."

Captions state only what the measurements support:

- a difference is stated only when the two figures' ranges ``mean ± 2 standard errors`` do not overlap
  (:func:`workbench.compare.figures.clearly_different`); otherwise "about the same". Speeds timed in the same
  speed rounds are compared round by round, and perplexities on the same tokens token by token, which cancels what
  the two have in common (:func:`workbench.compare.figures.speeds_differ`);
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
    clearly_paired,
    finite,
    format_bits,
    format_number,
    format_percent,
    format_ratio,
    format_size,
    mean_of,
    paired_log_ratio_of,
    reference_index,
    short_names,
    size_order,
    speeds_differ,
    status_text,
)
from workbench.compare.languages import language_sentences
from workbench.compare.machine import was_busy
from workbench.compare.remote import TOP_LOGPROBS
from workbench.compare.results import CompareRun, Measurement, VariantResult
from workbench.compare.teaching import profile_sentence
from workbench.i18n import format_decimal, tr

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
    paired = paired_log_ratio_of(a.quality, a.path, b.quality, b.path)
    if paired is not None:  # the same tokens: the per-token differences' spread, far tighter than the two apart
        return clearly_paired(*paired)
    qa, qb = a.quality, b.quality
    if (
        qa is not None and qb is not None and qa.paired_with and qa.paired_with == qb.paired_with
        and qa.log_ratio is not None and qb.log_ratio is not None
        and qa.log_ratio_stderr is not None and qb.log_ratio_stderr is not None
    ):  # both paired with one baseline: their ratios' difference, with both errors (it can only err on caution)
        return clearly_paired(qa.log_ratio - qb.log_ratio, math.hypot(qa.log_ratio_stderr, qb.log_ratio_stderr))
    return clearly_different(pa, _perplexity_error(a), pb, _perplexity_error(b))


def busy_during_speed_test(variant: VariantResult) -> bool:
    """Whether other programs kept the computer busy around this variant's speed test."""
    return any(load.step == "bench" and was_busy(load) for load in variant.machine_load)


def fewer_threads(variants: Sequence[VariantResult], variant: VariantResult) -> bool:
    """Whether the variant's speed was timed on fewer threads than another of ``variants`` (a run's). Automatic
    threads take fewer only while other programs use the processor, and a speed timed on fewer is not comparable."""
    most = max((max(v.speed_threads) for v in variants if v.speed_threads), default=0)
    return bool(variant.speed_threads) and min(variant.speed_threads) < most


def speed_unreliable(run: CompareRun, variant: VariantResult) -> bool:
    """A speed that takes no part in a comparison: measured while the computer was busy (:func:`busy_during_speed_
    test`), or on fewer threads than the others (:func:`fewer_threads`)."""
    return busy_during_speed_test(variant) or fewer_threads(run.variants, variant)


def busy_sentence(run: CompareRun, names: Sequence[str]) -> str:
    """``The computer was busy during Q8_0's speed test — its speed is unreliable; Run again.`` (empty if quiet),
    and which speeds were timed on fewer threads than the others."""
    order = size_order(run.variants)
    busy = [names[i] for i in order if busy_during_speed_test(run.variants[i])]
    fewer = [names[i] for i in order if fewer_threads(run.variants, run.variants[i]) and names[i] not in busy]
    sentences = []
    if len(busy) == 1:
        sentences.append(tr(
            "Compare", "The computer was busy during {name}'s speed test — its speed is unreliable; Run again."
        ).format(name=busy[0]))
    elif busy:
        sentences.append(tr(
            "Compare",
            "The computer was busy during the speed tests of {names} — their speeds are unreliable; Run again.",
        ).format(names=_join(busy)))
    if fewer:
        sentences.append(tr(
            "Compare",
            "Other programs were using the processor, so automatic threads timed {names} on fewer threads than the "
            "others — not comparable; Run again, or set the threads in the parameters.",
        ).format(names=_join(fewer)))
    return " ".join(sentences)


def speed_phrase(ratio: float, verb: str = "generates") -> str:
    """``generates 2.1× faster``, ``generates 20% slower``, ``generates about as fast``."""
    if verb == "generates":
        if ratio >= 1.05:
            return tr("Compare", "generates {ratio} faster").format(ratio=format_ratio(ratio))
        if ratio <= 1 / 1.05:
            return tr("Compare", "generates {share} slower").format(share=format_percent(1 - ratio))
        return tr("Compare", "generates about as fast")
    if ratio >= 1.05:
        return f"{verb} {format_ratio(ratio)} faster"
    if ratio <= 1 / 1.05:
        return f"{verb} {format_percent(1 - ratio)} slower"
    return f"{verb} about as fast"


def change_phrase(ratio: float) -> str:
    """``7% higher``, ``0.4% lower``, ``the same`` for a ratio new ÷ old."""
    change = ratio - 1
    if abs(change) < 0.0005:
        return tr("Compare", "the same")
    if change > 0:
        return tr("Compare", "{share} higher").format(share=format_percent(abs(change)))
    return tr("Compare", "{share} lower").format(share=format_percent(abs(change)))


def compare_sentence(
    variant: VariantResult, name: str, reference: VariantResult, reference_name: str, run: CompareRun | None = None
) -> str:
    """One variant against the reference, e.g. "Q4_K_M is 38% of the F16 file, generates 2.1× faster
    here, and its perplexity is 7% higher". Parts not measured are left out; a difference the spreads
    do not support reads "about the same"; a speed measured on a busy computer (or, given the ``run``, on fewer
    threads than another variant's) is not compared."""
    parts = []
    if variant.file_bytes and reference.file_bytes:
        parts.append(
            tr("Compare", "is {share} of the {reference} file").format(
                share=format_percent(variant.file_bytes / reference.file_bytes), reference=reference_name
            )
        )
    speed, reference_speed = _speed(variant), _speed(reference)
    if variant.remote or reference.remote:  # another machine's speed: never compared with this one's
        if speed and variant.remote:
            parts.append(
                tr("Compare", "generates {speed} tokens per second on the server").format(speed=format_number(speed))
            )
        speed = None
    if speed and reference_speed:
        others = run.variants if run is not None else []
        if any(busy_during_speed_test(v) or fewer_threads(others, v) for v in (variant, reference)):
            parts.append(tr("Compare", "has no reliable speed comparison (the computer was busy)"))
        elif speeds_differ(variant.generation_speed, reference.generation_speed):
            parts.append(tr("Compare", "{speed} here").format(speed=speed_phrase(speed / reference_speed)))
        else:
            parts.append(tr("Compare", "generates at about the same speed here"))
    ppl, reference_ppl = _perplexity(variant), _perplexity(reference)
    if ppl and reference_ppl:
        if perplexities_differ(variant, reference):
            parts.append(tr("Compare", "its perplexity is {change}").format(change=change_phrase(ppl / reference_ppl)))
        else:
            parts.append(tr("Compare", "its perplexity is about the same"))
    if variant.status in ("failed", "skipped", "cancelled"):
        return tr("Compare", "{name} {status}.").format(name=name, status=status_text(variant))
    if not parts:
        return tr("Compare", "{name}: not measured yet.").format(name=name)
    if len(parts) == 1:
        joined = parts[0]
    else:
        joined = tr("Compare", "{parts}, and {last}").format(parts=", ".join(parts[:-1]), last=parts[-1])
    return tr("Compare", "{name} {parts}.").format(name=name, parts=joined)


def summary_sentences(run: CompareRun) -> list[str]:
    """A :func:`compare_sentence` for every variant but the reference (none for those still to measure), in a run
    of several evaluation texts what each loses in each language, then the busy-computer warning if there is one;
    a quick comparison (the teaching ladder's) says so first, with what it measured."""
    profile = profile_sentence(run.settings)
    ref = reference_index(run)
    if ref is None:
        return [profile] if profile else []
    names = short_names(run.variants)
    sentences = [profile] if profile else []
    sentences += [
        compare_sentence(run.variants[i], names[i], run.variants[ref], names[ref], run)
        for i in size_order(run.variants)
        if i != ref and run.variants[i].status not in ("pending", "running")
    ]
    sentences += language_sentences(run, names)
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
            if first is not None:
                part = tr(
                    "Compare", "{name} writes {speed} tokens per second on the server (first token after {ms} ms)"
                )
            else:
                part = tr("Compare", "{name} writes {speed} tokens per second on the server")
            parts.append(
                part.format(name=names[i], speed=format_number(speed), ms=format_number((first or 0.0) * 1000))
            )
    if not parts:
        return ""
    return tr(
        "Compare",
        "{speeds}, measured from streamed replies over the network: another machine, so not ranked with this "
        "computer's speeds.",
    ).format(speeds=_join(parts))


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
        return tr("Compare", "File sizes appear here as the variants are measured.")
    small_i, small = min(sizes, key=lambda t: t[1])
    big_i, big = max(sizes, key=lambda t: t[1])
    text = tr("Compare", "{small} is the smallest file: {size}, {share} of {big}.").format(
        small=names[small_i], size=format_size(small), share=format_percent(small / big), big=names[big_i]
    )
    bpw_small, bpw_big = run.variants[small_i].bits_per_weight, run.variants[big_i].bits_per_weight
    if bpw_small and bpw_big:
        text += " " + tr("Compare", "It keeps {bits} bits per weight instead of {other}.").format(
            bits=format_bits(bpw_small), other=format_bits(bpw_big)
        )
    return text


EXPECTED_TOLERANCE = 0.10
"""How close the expected use aims to come to the measured memory (a tenth either way)."""


def memory_caption(run: CompareRun, names: list[str]) -> str:
    """What the variants used, how close the expected use came (the solid line) and how far above it the
    reserved-at-most figure the fit verdict uses sits (the dashed line)."""
    text = _memory_text(run, names)
    served = [names[i] for i, v in enumerate(run.variants) if v.remote]
    if served:
        if len(served) == 1:
            there = tr("Compare", "{name} runs on a server: memory is measured there, not on this computer.")
        else:
            there = tr("Compare", "{names} run on a server: memory is measured there, not on this computer.")
        text += " " + there.format(name=served[0], names=_join(served))
    return text.strip()


def _memory_text(run: CompareRun, names: list[str]) -> str:
    peaks = _done(run, lambda v: v.peak_rss_bytes)
    if not peaks:
        if any(v.remote for v in run.variants):
            return ""
        return tr("Compare", "Memory appears here as the variants are measured.")
    small_i, small = min(peaks, key=lambda t: t[1])
    big_i, big = max(peaks, key=lambda t: t[1])
    if small_i == big_i:
        text = tr("Compare", "{name} used {size} of memory while running.").format(
            name=names[small_i], size=format_size(small)
        )
    else:
        text = tr("Compare", "While running, {small} used {small_size} and {big} {big_size}.").format(
            small=names[small_i], small_size=format_size(small), big=names[big_i], big_size=format_size(big)
        )
    misses = [
        (i, abs(expected - peak) / peak)
        for i, peak in peaks
        if (expected := run.variants[i].expected_bytes)
    ]
    if misses:
        worst_i, worst = max(misses, key=lambda t: t[1])
        if worst <= EXPECTED_TOLERANCE:
            text += " " + tr(
                "Compare",
                "The memory the app expected before loading (solid line) came within {share} of what was measured.",
            ).format(share=format_percent(worst))
        else:
            text += " " + tr(
                "Compare", "The memory the app expected before loading (solid line) missed by up to {share} ({name})."
            ).format(share=format_percent(worst), name=names[worst_i])
    headroom = [
        (i, (run.variants[i].estimated_bytes or 0) / peak) for i, peak in peaks if run.variants[i].estimated_bytes
    ]
    over = [names[i] for i, ratio in headroom if ratio < 1]
    if len(over) == 1:
        text += " " + tr(
            "Compare",
            "Whether a model fits is judged on the most it could take (dashed line), yet {names} used more than "
            "that here: its estimate was too low.",
        ).format(names=over[0])
    elif over:
        text += " " + tr(
            "Compare",
            "Whether a model fits is judged on the most it could take (dashed line), yet {names} used more than "
            "that here: their estimate was too low.",
        ).format(names=_join(over))
    elif headroom:
        low, high = min(r for _i, r in headroom), max(r for _i, r in headroom)
        if format_ratio(low) == format_ratio(high):
            times = format_ratio(high)
        else:
            times = f"{format_decimal(low, 1)}–{format_ratio(high)}"
        text += " " + tr(
            "Compare",
            "Whether a model fits is judged on the most it could take (dashed line): {times} what was used here, "
            "to be safe.",
        ).format(times=times)
    return text


SpeedOf = Callable[[VariantResult], Measurement | None]


def _fastest(run: CompareRun, speed_of: SpeedOf) -> tuple[list[tuple[int, float]], list[int]]:
    """The measured speeds, and the variants the fastest cannot be told apart from (itself first)."""
    # A speed measured on a busy computer takes no part in who is fastest or by how much.
    # Nor does a speed measured on a server: another machine.
    speeds = _done(run, lambda v: None if speed_unreliable(run, v) or v.remote else mean_of(speed_of(v)))
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
    reads = verb == "read"
    if len(speeds) == 1:
        if reads:
            text = tr("Compare", "{name} reads at {speed} tokens per second")
        else:
            text = tr("Compare", "{name} writes at {speed} tokens per second")
        return text.format(name=names[tied[0]], speed=format_number(fast))
    if len(tied) == len(speeds):
        low, high = min(s for _, s in speeds), max(s for _, s in speeds)
        if reads and len(speeds) == 2:
            text = tr(
                "Compare",
                "Both read a prompt at about the same speed here ({low} to {high} tokens per second): the "
                "differences are within the measurements' spread",
            )
        elif reads:
            text = tr(
                "Compare",
                "All read a prompt at about the same speed here ({low} to {high} tokens per second): the "
                "differences are within the measurements' spread",
            )
        elif len(speeds) == 2:
            text = tr(
                "Compare",
                "Both write at about the same speed here ({low} to {high} tokens per second): the differences "
                "are within the measurements' spread",
            )
        else:
            text = tr(
                "Compare",
                "All write at about the same speed here ({low} to {high} tokens per second): the differences "
                "are within the measurements' spread",
            )
        return text.format(low=format_number(low), high=format_number(high))
    if len(tied) > 1:
        group = [dict(speeds)[i] for i in tied]
        slowest, fastest = format_number(min(group)), format_number(max(group))
        if slowest != fastest:  # the range, not the fastest's figure alone: "about 130" of 112 to 130 would overstate
            if reads:
                text = tr(
                    "Compare", "{names} read fastest, too close to tell apart ({low} to {high} tokens per second)"
                )
            else:
                text = tr(
                    "Compare", "{names} write fastest, too close to tell apart ({low} to {high} tokens per second)"
                )
            return text.format(names=_join([names[i] for i in tied]), low=slowest, high=fastest)
        if reads:
            text = tr("Compare", "{names} read fastest, too close to tell apart (about {speed} tokens per second)")
        else:
            text = tr("Compare", "{names} write fastest, too close to tell apart (about {speed} tokens per second)")
        return text.format(names=_join([names[i] for i in tied]), speed=format_number(fast))
    if reads:
        text = tr("Compare", "{name} reads fastest: {speed} tokens per second")
    else:
        text = tr("Compare", "{name} writes fastest: {speed} tokens per second")
    return text.format(name=names[tied[0]], speed=format_number(fast))


def _as_fast_as(
    run: CompareRun, names: list[str], speed_of: SpeedOf, lead: str, tied: list[int], slower: int, ratio: float
) -> str:
    """``lead`` and how much faster the fastest is than ``slower``: said of all the leaders only when the spreads
    tell every one of them apart from ``slower`` (one of them may be too close to both the fastest and to it), and
    then as the leaders' range of ratios where it has one (``1.1× to 1.3× as fast``)."""
    if all(speeds_differ(speed_of(run.variants[i]), speed_of(run.variants[slower])) for i in tied):
        slower_speed = mean_of(speed_of(run.variants[slower]))
        ratios = [m / slower_speed for i in tied if (m := mean_of(speed_of(run.variants[i])))] if slower_speed else []
        low, high = format_ratio(min(ratios, default=ratio)), format_ratio(max(ratios, default=ratio))
        if low != high:
            text = tr("Compare", "{lead}, {low} to {high} as fast as {name}")
            return text.format(lead=lead, low=low, high=high, name=names[slower])
        text = tr("Compare", "{lead}, {ratio} as fast as {name}")
        return text.format(lead=lead, ratio=format_ratio(ratio), name=names[slower])
    text = tr("Compare", "{lead}; {fastest} is {ratio} as fast as {name}")
    return text.format(lead=lead, fastest=names[tied[0]], ratio=format_ratio(ratio), name=names[slower])


def _no_quiet_speed(run: CompareRun, names: list[str], measured: Callable[[VariantResult], float | None]) -> str:
    """The caption when no speed was measured on a quiet computer (empty when none was measured at all)."""
    if not _done(run, measured):
        return ""
    return busy_sentence(run, names)


def prompt_caption(run: CompareRun, names: list[str]) -> str:
    speeds, tied = _fastest(run, lambda v: v.prompt_speed)
    if not speeds:
        return _no_quiet_speed(run, names, lambda v: mean_of(v.prompt_speed)) or (
            tr("Compare", "Prompt speeds appear here as the variants are measured.")
        )
    text = _speed_lead(run, names, lambda v: v.prompt_speed, "read", "read a prompt")
    slow_i, slow = min(speeds, key=lambda t: t[1])
    if slow_i not in tied and slow > 0:
        fast = dict(speeds)[tied[0]]
        text = _as_fast_as(run, names, lambda v: v.prompt_speed, text, tied, slow_i, fast / slow)
    text = tr("Compare", "{sentence}.").format(sentence=text)
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
        return _no_quiet_speed(run, names, _speed) or tr(
            "Compare", "Generation speeds appear here as the variants are measured."
        )
    text = _speed_lead(run, names, lambda v: v.generation_speed, "write", "write")
    fast_i, fast = tied[0], dict(speeds)[tied[0]]
    ref = reference_index(run)
    ref_speed = _speed(run.variants[ref]) if ref is not None and not run.variants[ref].remote else None
    if ref is not None and ref not in tied and ref_speed and not speed_unreliable(run, run.variants[ref]):
        text = _as_fast_as(run, names, lambda v: v.generation_speed, text, tied, ref, fast / ref_speed)
    text = tr("Compare", "{sentence}.").format(sentence=text)
    busy = busy_sentence(run, names)
    ceiling = run.variants[fast_i].ceiling_tokens_per_second
    if finite(ceiling):
        assert ceiling is not None
        text += " " + tr(
            "Compare",
            "This computer's memory speed allows at most {ceiling} for {name}: every new token reads the whole "
            "model once, so the ceiling rises as the file shrinks.",
        ).format(ceiling=format_number(ceiling), name=names[fast_i])
        if not busy and fast >= MEMORY_BOUND_SHARE * ceiling:
            text += " " + tr("Compare", "It reaches {share} of that: here memory speed is what limits it.").format(
                share=format_percent(fast / ceiling)
            )
        elif not busy:
            text += " " + tr("Compare", "It reaches {share} of that.").format(share=format_percent(fast / ceiling))
    return f"{text} {busy}" if busy else text


def perplexity_caption(run: CompareRun, names: list[str]) -> str:
    values = _done(run, _perplexity)
    if not values:
        return tr("Compare", "Perplexity appears here as the variants are measured.")
    ref = reference_index(run)
    ref_ppl = _perplexity(run.variants[ref]) if ref is not None else None
    others = [(i, p) for i, p in values if i != ref]
    if ref is None or ref_ppl is None or not others:
        best_i, best = min(values, key=lambda t: t[1])
        return tr(
            "Compare", "Lower is better: {name} is least surprised by the text (perplexity {perplexity})."
        ).format(name=names[best_i], perplexity=format_number(best))
    reference = run.variants[ref]
    worst_i, worst = max(others, key=lambda t: t[1])
    best_i, best = min(others, key=lambda t: t[1])
    if not any(perplexities_differ(run.variants[i], reference) for i, _ in others):
        if len(others) == 1:
            text = tr(
                "Compare",
                "Lower is better. {name} scores about the same as {reference}: the differences are within the "
                "standard errors of a text this long.",
            ).format(name=names[worst_i], reference=names[ref])
        else:
            text = tr(
                "Compare",
                "Lower is better. Every variant scores about the same as {reference}: the differences are within "
                "the standard errors of a text this long.",
            ).format(reference=names[ref])
        if baseline_index(run) is not None:
            text += " " + tr("Compare", "The drift chart compares them token by token.")
        return text
    if perplexities_differ(run.variants[worst_i], reference):
        text = tr("Compare", "Lower is better. {name}'s perplexity is {change} than {reference}'s").format(
            name=names[worst_i], change=change_phrase(worst / ref_ppl), reference=names[ref]
        )
    else:
        text = tr("Compare", "Lower is better. {name}'s perplexity is about the same as {reference}'s").format(
            name=names[worst_i], reference=names[ref]
        )
    if best_i != worst_i:
        if perplexities_differ(run.variants[best_i], reference):
            text = tr("Compare", "{sentence}; {name}'s is {change}").format(
                sentence=text, name=names[best_i], change=change_phrase(best / ref_ppl)
            )
        else:
            text = tr("Compare", "{sentence}; {name}'s is about the same").format(sentence=text, name=names[best_i])
    return tr("Compare", "{sentence}.").format(sentence=text)


def kl_caption(run: CompareRun, names: list[str]) -> str:
    base = baseline_index(run)
    if base is None:
        return tr("Compare", "Choose a baseline to see how far the others drift from it.")
    agreements = [
        (i, v.quality.top1_agreement)
        for i, v in enumerate(run.variants)
        if i != base and v.quality is not None and v.quality.top1_agreement is not None
    ]
    notes = [(names[i], v.quality.kl_note) for i, v in enumerate(run.variants) if v.quality and v.quality.kl_note]
    if not agreements:
        text = tr("Compare", "How far each variant's next-token guesses drift from {name}'s appears here.").format(
            name=names[base]
        )
    else:
        low_i, low = min(agreements, key=lambda t: t[1] or 0.0)
        text = tr(
            "Compare",
            "0 means the same as {baseline}. {name} still picks the same most likely next token {share} of the time",
        ).format(baseline=names[base], name=names[low_i], share=format_percent(low or 0.0))
        high_i, high = max(agreements, key=lambda t: t[1] or 0.0)
        if high_i != low_i:
            text = tr("Compare", "{sentence}; {name} {share}").format(
                sentence=text, name=names[high_i], share=format_percent(high or 0.0)
            )
        text = tr("Compare", "{sentence}.").format(sentence=text)
    if notes:
        text += " " + tr("Compare", "No KL divergence for {names}: {reason}").format(
            names=_join([n for n, _ in notes]), reason=notes[0][1]
        )
    rough = [names[i] for i, v in enumerate(run.variants) if v.quality and v.quality.kl_method]
    if rough:
        if len(rough) == 1:
            approximate = tr(
                "Compare",
                "{name}'s figures are approximate: from the server's top {count} log-probabilities, so they can "
                "only read low.",
            ).format(name=rough[0], count=TOP_LOGPROBS)
        else:
            approximate = tr(
                "Compare",
                "The figures of {names} are approximate: from the servers' top {count} log-probabilities, so they "
                "can only read low.",
            ).format(names=_join(rough), count=TOP_LOGPROBS)
        text += " " + approximate
    return text


def tradeoff_caption(
    points: Sequence[Point], frontier: Sequence[int], differ: Callable[[int, int], bool] | None = None
) -> str:
    if len(points) < 2:
        return tr(
            "Compare",
            "Each dot is a variant: further left is smaller, lower is better. They appear as they are measured.",
        )
    on = [points[i].label for i in frontier]
    off = [p.label for i, p in enumerate(points) if i not in frontier]
    text = tr(
        "Compare", "Left is smaller, lower is better. The line joins the variants nothing beats on both: {names}."
    ).format(names=_join(on))
    if len(off) == 1:
        text += " " + tr("Compare", "{names} is beaten: another variant is smaller and clearly better.").format(
            names=off[0]
        )
    elif off:
        text += " " + tr("Compare", "{names} are beaten: another variant is smaller and clearly better.").format(
            names=_join(off)
        )
    alike: dict[int, list[str]] = {}
    for i, j in about_as_good_as_smaller(points, frontier, differ):
        alike.setdefault(j, []).append(points[i].label)
    for j, larger in alike.items():
        if len(larger) == 1:
            sentence = tr(
                "Compare",
                "{names} is about as good as the smaller {smaller} here: the difference is inside the "
                "measurement's spread.",
            )
        else:
            sentence = tr(
                "Compare",
                "{names} are about as good as the smaller {smaller} here: the differences are inside the "
                "measurement's spread.",
            )
        text += " " + sentence.format(names=_join(larger), smaller=points[j].label)
    return text


def about_as_good_as_smaller(
    points: Sequence[Point], frontier: Sequence[int], differ: Callable[[int, int], bool] | None = None
) -> list[tuple[int, int]]:
    """Pairs (variant, smaller variant) on the frontier whose perplexities the spreads cannot tell apart (the
    larger one buys nothing measurable here), each with the smallest such variant; by the frontier's order.
    ``differ(i, j)`` decides whether two points are apart when given (see :func:`perplexities_differ`)."""

    def apart(i: int, j: int) -> bool:
        if differ is not None:
            return differ(i, j)
        return clearly_different(points[i].y, points[i].y_error, points[j].y, points[j].y_error)

    pairs = []
    for i in frontier:
        p = points[i]
        alike = [j for j in frontier if points[j].x < p.x and not apart(j, i)]
        if alike:
            pairs.append((i, min(alike, key=lambda j: points[j].x)))
    return pairs


def _join(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return tr("Compare", "{names} and {last}").format(names=", ".join(words[:-1]), last=words[-1])
