"""Quality per evaluation text: how much a variant loses in each language a run scored.

"Q4_0 loses 3% in English and 9% in Danish": the loss is the rise of a variant's perplexity over the
reference's (the baseline, else the largest file) on the same text. The captions follow the rule every
caption follows (:func:`workbench.compare.figures.clearly_different`):

- a loss is given as a number only when the two perplexities' ranges ``mean ± 2 standard errors`` do not
  overlap; otherwise the variant scores "about the same" in that language;
- one language is said to lose more than another only when the two losses' own ranges do not overlap
  (the loss's standard error carried from both perplexities' — conservative, since the two are measured on
  the same tokens).

Pure functions over :mod:`workbench.compare.results`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.compare.figures import (
    clearly_different,
    clearly_paired,
    finite,
    format_percent,
    paired_log_ratio_of,
    reference_index,
    size_order,
)
from workbench.compare.results import CompareRun, Quality, VariantResult
from workbench.evaltext import text_label
from workbench.i18n import tr


@dataclass(frozen=True)
class TextLoss:
    """One variant's perplexity on one text against the reference's on the same text."""

    text: str
    """The text's name in the run's settings (``bundled``, ``da`` …)."""
    language: str
    """How a person names it: ``English``, ``Danish`` …"""
    perplexity: float
    perplexity_stderr: float
    loss: float
    """Relative rise of the perplexity over the reference's: 0.09 is 9% higher (negative: lower)."""
    loss_stderr: float
    clear: bool
    """Whether the perplexities differ by more than their spreads allow (else "about the same")."""


def run_texts(run: CompareRun) -> list[str]:
    """The texts a run scored each variant on separately, in order; empty for a run of one text."""
    if not any(v.text_quality for v in run.variants):
        return []
    return [t for t in run.settings.texts() if any(t in v.text_quality for v in run.variants)]


def text_quality(variant: VariantResult, text: str) -> Quality | None:
    """The variant's quality on ``text`` (None: not measured, or no finite perplexity)."""
    quality = variant.text_quality.get(text)
    if quality is None or not finite(quality.perplexity):
        return None
    return quality


def text_loss(variant: VariantResult, reference: VariantResult, text: str) -> TextLoss | None:
    """How much ``variant`` loses against ``reference`` on ``text`` (None: either is not measured on it)."""
    mine, theirs = text_quality(variant, text), text_quality(reference, text)
    if mine is None or theirs is None or theirs.perplexity <= 0:
        return None
    ratio = mine.perplexity / theirs.perplexity
    my_error = mine.perplexity_stderr if finite(mine.perplexity_stderr) else math.inf
    their_error = theirs.perplexity_stderr if finite(theirs.perplexity_stderr) else math.inf
    paired = paired_log_ratio_of(mine, variant.path, theirs, reference.path)
    if paired is not None:  # the same tokens: the per-token differences' spread, far tighter than the two apart
        log_ratio, log_error = paired
        ratio = math.exp(log_ratio)
        spread = ratio * log_error
        clear = clearly_paired(log_ratio, log_error)
    else:
        spread = ratio * math.hypot(my_error / mine.perplexity, their_error / theirs.perplexity)
        clear = clearly_different(mine.perplexity, my_error, theirs.perplexity, their_error)
    return TextLoss(text, text_label(text), mine.perplexity, my_error, ratio - 1, spread, clear)


def losses(run: CompareRun) -> list[tuple[int, list[TextLoss]]]:
    """Per variant other than the reference (in size order, largest first), its loss on every text it was
    measured on; empty when the run has one text or no reference."""
    texts = run_texts(run)
    ref = reference_index(run)
    if not texts or ref is None:
        return []
    reference = run.variants[ref]
    found = []
    for i in size_order(run.variants):
        if i == ref:
            continue
        per_text = [loss for t in texts if (loss := text_loss(run.variants[i], reference, t)) is not None]
        if per_text:
            found.append((i, per_text))
    return found


def language_sentence(name: str, per_text: Sequence[TextLoss]) -> str:
    """``Q4_0 loses 3% in English and 9% in Danish, and scores about the same in Swedish.`` — a loss the spreads
    do not support is said as "about the same"."""
    in_language = tr("Compare", "{share} in {language}")
    better = tr("Compare", "{share} better in {language}")
    lost = [in_language.format(share=format_percent(t.loss), language=t.language)
            for t in per_text if t.clear and t.loss > 0]
    gained = [better.format(share=format_percent(-t.loss), language=t.language)
              for t in per_text if t.clear and t.loss <= 0]
    same = [t.language for t in per_text if not t.clear]
    parts = []
    if lost:
        parts.append(tr("Compare", "loses {losses}").format(losses=_join(lost)))
    if gained:
        parts.append(tr("Compare", "scores {gains}").format(gains=_join(gained)))
    if same:
        parts.append(tr("Compare", "scores about the same in {languages}").format(languages=_join(same)))
    if len(parts) == 1:
        joined = parts[0]
    else:
        joined = tr("Compare", "{parts}, and {last}").format(parts=", ".join(parts[:-1]), last=parts[-1])
    return tr("Compare", "{name} {parts}.").format(name=name, parts=joined)


def spread_sentence(name: str, per_text: Sequence[TextLoss]) -> str:
    """``Q2_K loses clearly more in Danish than in English.`` when the two losses' spreads allow it; else empty."""
    clear = [loss for loss in per_text if loss.clear and finite(loss.loss_stderr)]
    if len(clear) < 2:
        return ""
    most = max(clear, key=lambda loss: loss.loss)
    least = min(clear, key=lambda loss: loss.loss)
    if most.text == least.text or not clearly_different(most.loss, most.loss_stderr, least.loss, least.loss_stderr):
        return ""
    return tr("Compare", "{name} loses clearly more in {most} than in {least}.").format(
        name=name, most=most.language, least=least.language
    )


def language_sentences(run: CompareRun, names: Sequence[str]) -> list[str]:
    """One :func:`language_sentence` per variant other than the reference, each followed by its
    :func:`spread_sentence` when there is one; empty for a run of one text."""
    sentences: list[str] = []
    for i, per_text in losses(run):
        sentences.append(language_sentence(names[i], per_text))
        spread = spread_sentence(names[i], per_text)
        if spread:
            sentences.append(spread)
    return sentences


def languages_caption(run: CompareRun, names: Sequence[str]) -> str:
    """The caption of the chart of losses by language."""
    texts = run_texts(run)
    if not texts:
        return tr("Compare", "Choose two or more evaluation texts to see how much each variant loses in each language.")
    ref = reference_index(run)
    found = losses(run)
    if ref is None or not found:
        return tr(
            "Compare",
            "How much each variant's perplexity rises in each language appears here as the variants are measured.",
        )
    sentences = language_sentences(run, names)
    lead = tr(
        "Compare", "How much higher each perplexity is than {name}'s on the same text (lower is better)."
    ).format(name=names[ref])
    if not any(loss.clear for _i, per_text in found for loss in per_text):
        sentences.append(tr("Compare", "Every difference here is within the measurements' spread."))
    return " ".join([lead, *sentences])


def _join(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return tr("Compare", "{names} and {last}").format(names=", ".join(words[:-1]), last=words[-1])
