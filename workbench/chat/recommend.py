"""Which of the curated catalog's models fit this computer, judged offline from their published sizes.

A catalog entry names its recommended file type (``Q4_K_M``, ``Q8_0``, …) and its parameter count, which is
enough for the same approximate estimate the Hub browser makes of a file before it is downloaded
(:func:`workbench.hub.quant.estimate_from_size`).
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.hub.catalog import CatalogModel
from workbench.hub.quant import BITS_PER_WEIGHT, estimate_from_size
from workbench.memory import FitEstimate, judge_fit

DEFAULT_BITS = BITS_PER_WEIGHT["Q4_K_M"]
"""Bits per weight of an entry that names no file type (an MLX 4-bit folder is close to this)."""
CONTEXT = 4096
"""The context length the fit is judged at (the chat's usual one)."""


@dataclass(frozen=True)
class CatalogFit:
    """A catalog model with the size of its recommended file and whether that fits here."""

    model: CatalogModel
    download_bytes: int
    fit: FitEstimate

    @property
    def verdict(self) -> str:
        return self.fit.verdict


def download_bytes(model: CatalogModel) -> int:
    """The approximate size of the model's recommended file: parameters × that type's bits per weight."""
    bits = BITS_PER_WEIGHT.get(model.recommended_file.upper(), DEFAULT_BITS)
    return int(model.parameters * bits / 8)


def judge_catalog(
    catalog: list[CatalogModel], memory: tuple[int, int] | None = None, context_length: int = CONTEXT
) -> list[CatalogFit]:
    """Each catalog model with its download size and fit verdict; ``memory`` = (available, total) bytes, else
    this computer's now."""
    available, total = memory if memory is not None else (None, None)
    if available is None or total is None:
        import psutil

        vm = psutil.virtual_memory()
        available, total = vm.available, vm.total
    fits = []
    for model in catalog:
        size = download_bytes(model)
        estimate = estimate_from_size(size, model.parameters, context_length, model.recommended_file or None)
        fits.append(CatalogFit(model, size, judge_fit(estimate, available, total)))
    return fits


def best_fitting(fits: list[CatalogFit], larger_than: int = 0) -> CatalogFit | None:
    """The largest GGUF model that comfortably fits (the better choice, as a rule, when it fits) and has more
    than ``larger_than`` parameters (the model it would replace), or None."""
    candidates = [
        f for f in fits if f.verdict == "fits" and "gguf" in f.model.formats and f.model.parameters > larger_than
    ]
    return max(candidates, key=lambda f: f.model.parameters, default=None)
