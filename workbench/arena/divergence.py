"""Where variants part ways.

- In the Arena: for two greedy replies by models with the same tokenizer, the first token where a variant's reply
  leaves the baseline's (:func:`first_divergence`), marked in both columns.
- From a Compare run's per-position data: a **divergence map**, the evaluation text coloured by each variant's
  per-token KL divergence from the baseline (:func:`divergence_map`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from workbench.arena.session import ArenaColumn, ArenaRound
from workbench.i18n import QT_TRANSLATE_NOOP, format_integer, tr

LEGEND = QT_TRANSLATE_NOOP("Arena", "Darker = this version is less sure of the same next word than the original.")
"""In English; shown as ``tr("Arena", LEGEND)``."""
LEVELS = (0.005, 0.05, 0.25, 0.75, 2.0)
"""KL divergence (nats) at which a token gets one shade darker: five shades above "the same". Fixed, so maps of
different variants compare: an 8-bit copy stays mostly pale, a 2-bit one shows where it struggles."""
LEVEL_WORDS = (
    QT_TRANSLATE_NOOP("Arena", "the same"),
    QT_TRANSLATE_NOOP("Arena", "a hair apart"),
    QT_TRANSLATE_NOOP("Arena", "slightly unsure"),
    QT_TRANSLATE_NOOP("Arena", "unsure"),
    QT_TRANSLATE_NOOP("Arena", "quite unsure"),
    QT_TRANSLATE_NOOP("Arena", "very unsure"),
)
"""In English; shown as ``tr("Arena", word)``."""
CLEARLY = LEVELS[2]
"""From this KL divergence on, a token counts as clearly less sure in a row's summary."""


def first_divergence(baseline: Sequence[object], variant: Sequence[object]) -> int | None:
    """Index of the first token where ``variant`` differs from ``baseline`` (token texts of two replies by models with
    the same tokenizer); where one reply is a prefix of the other, the index where the shorter one ends. None:
    the same reply."""
    for i, (a, b) in enumerate(zip(baseline, variant, strict=False)):
        if a != b:
            return i
    if len(baseline) != len(variant):
        return min(len(baseline), len(variant))
    return None


def tokenizer_note(baseline: ArenaColumn, variant: ArenaColumn) -> str | None:
    """Why the two columns' replies cannot be compared token by token, or None when they can."""
    if not baseline.vocabulary or not variant.vocabulary:
        return tr("Arena", "Not marked: a model on a server does not say which tokens it used.")
    if baseline.vocabulary != variant.vocabulary:
        return tr(
            "Arena",
            "Not marked: this model has a different tokenizer than the first column's, so their replies cannot be "
            "compared token by token.",
        )
    return None


def mark_divergences(round_: ArenaRound) -> None:
    """Compare every finished column's reply with the first column's (the baseline): set each one's
    ``divergence`` and ``divergence_note``; the baseline gets the earliest of the marks."""
    if not round_.columns:
        return
    base = round_.columns[0]
    earliest: int | None = None
    first = ""
    for column in round_.columns[1:]:
        column.divergence = None
        if base.state != "done" or column.state != "done":
            column.divergence_note = tr("Arena", "Not marked: both replies must be complete.")
            continue
        note = tokenizer_note(base, column)
        if note is not None:
            column.divergence_note = note
            continue
        index = first_divergence(base.pieces, column.pieces)
        column.divergence = index
        if index is None:
            column.divergence_note = tr("Arena", "Word for word the same reply as the first column.")
        else:
            column.divergence_note = tr(
                "Arena", "Highlighted from token {number}, where this reply leaves {name}'s."
            ).format(number=format_integer(index + 1), name=base.label)
            if earliest is None or index < earliest:
                earliest, first = index, column.label
    base.divergence = earliest
    base.divergence_note = "" if earliest is None else (
        tr("Arena", "Highlighted from token {number}, where {name}'s reply leaves this one.").format(
            number=format_integer(earliest + 1), name=first
        )
    )


def char_offset(pieces: Sequence[str], token: int) -> int:
    """Where token ``token`` starts in the reply's text (the sum of the lengths of the pieces before it)."""
    return sum(len(p) for p in pieces[:token])


def level(kl: float) -> int:
    """The shade of a token with KL divergence ``kl``: 0 (the same) to ``len(LEVELS)`` (very unsure)."""
    if not math.isfinite(kl):
        return len(LEVELS)
    for i, bound in enumerate(LEVELS):
        if kl < bound:
            return i
    return len(LEVELS)


@dataclass(frozen=True)
class MapRow:
    """One variant's map: the evaluation text's scored tokens with each one's KL divergence from the baseline."""

    label: str
    pieces: tuple[str, ...]
    kl: tuple[float, ...]
    mean_kl: float

    def levels(self) -> list[int]:
        return [level(k) for k in self.kl]

    def share_above(self, bound: float) -> float:
        """Share of tokens with a KL divergence of at least ``bound``."""
        return sum(1 for k in self.kl if k >= bound) / len(self.kl) if self.kl else 0.0


@dataclass(frozen=True)
class DivergenceMap:
    """The divergence map of a Compare run: one row per variant that has per-token KL divergence."""

    baseline: str
    rows: tuple[MapRow, ...]
    note: str = ""
    """Why variants are missing (no per-token data, a different tokenizer), in plain words; empty when none are."""


def divergence_map(
    baseline_label: str,
    token_ids: Sequence[int],
    variants: Sequence[tuple[str, Sequence[float] | None]],
    pieces_of: Callable[[list[int]], list[str]] | None = None,
    limit: int = 400,
) -> DivergenceMap:
    """Build the map from the baseline's scored token ids (the tokens each KL value is about) and each variant's
    ``(label, per-token KL)`` — None for a variant without it. ``pieces_of`` turns ids into text (the baseline's
    vocabulary); the first ``limit`` tokens are kept (a map is read, not scrolled for pages)."""
    ids = list(token_ids)[:limit]
    pieces = tuple(pieces_of(ids)) if pieces_of is not None else tuple(str(t) for t in ids)
    rows: list[MapRow] = []
    missing: list[str] = []
    for label, kl in variants:
        if kl is None or len(kl) < len(ids):
            missing.append(label)
            continue
        values = tuple(float(k) for k in list(kl)[: len(ids)])
        rows.append(MapRow(label, pieces, values, sum(values) / len(values) if values else math.nan))
    note = ""
    if missing:
        note = (
            f"No map for {', '.join(missing)}: per-token KL divergence needs the same tokenizer as the baseline "
            "and a finished Compare run."
        )
    return DivergenceMap(baseline_label, tuple(rows), note)
