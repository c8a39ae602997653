"""A divergence map from a saved Compare run: its baseline's scored tokens, read as text with the baseline file's
own vocabulary, and each variant's per-token KL divergence."""

from __future__ import annotations

from workbench.arena.divergence import DivergenceMap, divergence_map
from workbench.arena.vocab import TokenTexts
from workbench.compare.results import CompareRun
from workbench.errors import WorkbenchError
from workbench.i18n import tr


class NoMapData(WorkbenchError):
    """The run has no per-token data to draw a map from."""


def has_map_data(run: CompareRun) -> bool:
    """The run kept per-token KL divergence (runs made before it did, or without a baseline, did not)."""
    return any(v.quality is not None and v.quality.token_kl for v in run.variants)


def map_from_run(run: CompareRun, limit: int = 400) -> DivergenceMap:
    """The map of ``run``: one row per variant other than the baseline. Raises :class:`NoMapData` or
    :class:`~workbench.arena.vocab.VocabularyUnreadable` with the reason in plain words."""
    base_path = run.settings.baseline
    base = next((v for v in run.variants if v.path == base_path), None)
    if base is None or base.quality is None or not base.quality.kl_tokens:
        raise NoMapData(
            tr(
                "Arena",
                "This comparison has no per-token data for a map: run it again with a baseline (Compare keeps the "
                "data from now on).",
            )
        )
    texts = TokenTexts(base.path)
    variants = [
        (v.label, v.quality.token_kl if v.quality is not None else None)
        for v in run.variants
        if v is not base
    ]
    return divergence_map(base.label, base.quality.kl_tokens, variants, texts.pieces, limit)
