"""How much memory a model needs at a context length, and whether this machine has it."""

from __future__ import annotations

import functools
import platform
from dataclasses import asdict, dataclass
from typing import Any, Literal

from workbench.hugepages import huge_pages_for_children
from workbench.i18n import format_integer, tr
from workbench.model_info import ModelInfo, format_bytes

MiB = 1024 * 1024

CACHE_TYPE_BYTES: dict[str, float] = {"f32": 4.0, "f16": 2.0, "bf16": 2.0, "q8_0": 34 / 32, "q4_0": 18 / 32}
"""Bytes per element of each KV cache type llama.cpp offers."""

CACHE_TYPE_LABELS: dict[str, str] = {"f32": "F32", "f16": "F16", "bf16": "BF16", "q8_0": "Q8_0", "q4_0": "Q4_0"}

RUNTIME_BYTES = 60 * MiB
"""The engine process itself: Python, llama.cpp's code and its threads, before any model."""

UBATCH = 512
"""llama.cpp's default micro-batch: the compute graph is sized for this many tokens at once."""
EXPECTED_OUTPUT_ROWS = 32
"""Rows of the output buffer (one per token, the whole vocabulary wide) a typical reply touches."""

@functools.cache
def cpu_repacks() -> bool:
    """Whether this processor is an x86 one with AVX2, where llama.cpp repacks the matrices of some types
    (:data:`workbench.model_info.REPACKED_TYPES`)."""
    if platform.machine().lower() not in {"x86_64", "amd64"}:
        return False
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as cpuinfo:
            return any(line.startswith("flags") and " avx2" in line for line in cpuinfo)
    except OSError:
        return False


READ_SHARE = 0.5
"""The engine reads a model's weights into memory by default (in 2 MB pages, which generate faster:
:mod:`workbench.hugepages`) only while they take at most this share of the memory available: a model that would
crowd the computer stays mapped from its file, where the system can drop its pages rather than swap."""


def reads_weights(mode: str, weights_bytes: int, available: int | None = None, huge_pages: bool | None = None) -> bool:
    """Whether the engine keeps weights of ``weights_bytes`` read into its memory rather than mapped from the file:
    ``read`` and ``map`` as the load options ask; ``auto`` where the engine gets 2 MB pages (``huge_pages``, by
    default as this process's children would) and the weights take at most :data:`READ_SHARE` of the memory
    ``available`` (by default now)."""
    if mode != "auto":
        return mode == "read"
    if not (huge_pages_for_children() if huge_pages is None else huge_pages):
        return False
    if available is None:
        available = available_memory()
    return available is not None and weights_bytes <= available * READ_SHARE


def available_memory() -> int | None:
    """Memory the computer can still hand out now, in bytes (None where it cannot be told)."""
    try:
        import psutil

        return int(psutil.virtual_memory().available)
    except (ImportError, OSError, RuntimeError):
        return None


FITS_SHARE = 0.8
"""Below this share of the available memory a model "fits"; up to all of it, it is "tight"."""

Verdict = Literal["fits", "tight", "does not fit"]


def verdict_label(verdict: str) -> str:
    """The verdict as a table cell shows it, in the active language (``fits``, ``tight``, ``does not fit``)."""
    labels = {
        "fits": tr("Fit", "fits"),
        "tight": tr("Fit", "tight"),
        "does not fit": tr("Fit", "does not fit"),
    }
    return labels.get(verdict, verdict)


@dataclass(frozen=True)
class MemoryEstimate:
    """The memory a model needs at one context length, broken down for the UI to explain."""

    context_length: int
    weights: int
    kv_cache: int
    compute: int
    runtime: int
    cache_type: str
    expected_compute: int = 0
    """The part of the compute buffers a typical reply really touches (llama.cpp reserves them for the worst
    case, a full batch, but the system only counts the pages that are used); 0 when not known."""
    repacked: int = 0
    """Weights llama.cpp copies into a faster layout on this processor, held twice when the weights are mapped
    from the file (the copy and the file's pages it was read from); 0 when they are read into memory."""

    @property
    def total(self) -> int:
        """Reserved at most: what the fit verdict is judged on."""
        return self.weights + self.repacked + self.kv_cache + self.compute + self.runtime

    @property
    def expected(self) -> int:
        """Expected use: what the engine process holds after a typical reply (weights, the whole KV cache, which
        llama.cpp clears when it makes it, the touched buffers and the runtime)."""
        compute = self.expected_compute or self.compute
        return self.weights + self.repacked + self.kv_cache + min(compute, self.compute) + self.runtime

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["total"] = self.total
        data["expected"] = self.expected
        return data


@dataclass(frozen=True)
class FitEstimate:
    """A memory estimate judged against this machine's available memory."""

    estimate: MemoryEstimate
    available: int
    total_memory: int
    verdict: Verdict

    @property
    def explanation(self) -> str:
        """One line with the numbers behind the verdict."""
        e = self.estimate
        cache = "" if e.cache_type == "f16" else f" ({CACHE_TYPE_LABELS.get(e.cache_type, e.cache_type)})"
        figures = {
            "expected": format_bytes(e.expected),
            "total": format_bytes(e.total),
            "context": format_integer(e.context_length),
            "weights": format_bytes(e.weights),
            "cache": cache,
            "kv_cache": format_bytes(e.kv_cache),
            "buffers_low": format_bytes(e.expected - e.weights - e.repacked - e.kv_cache),
            "buffers_high": format_bytes(e.compute + e.runtime),
            "repacked": format_bytes(e.repacked),
            "available": format_bytes(self.available),
            "memory": format_bytes(self.total_memory),
        }
        if e.repacked:
            parts = tr(
                "Fit",
                "expected to use about {expected}, at most {total}, at {context} tokens of context (weights "
                "{weights}, KV cache{cache} {kv_cache}, buffers {buffers_low} to {buffers_high}, weights repacked "
                "for this processor {repacked}); {available} of {memory} is available",
            ).format(**figures)
        else:
            parts = tr(
                "Fit",
                "expected to use about {expected}, at most {total}, at {context} tokens of context (weights "
                "{weights}, KV cache{cache} {kv_cache}, buffers {buffers_low} to {buffers_high}); {available} of "
                "{memory} is available",
            ).format(**figures)
        if self.verdict == "fits":
            return tr("Fit", "Fits: {details}").format(details=parts)
        if self.verdict == "tight":
            return tr("Fit", "Tight: {details}").format(details=parts)
        return tr("Fit", "Does not fit: {details}").format(details=parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "available": self.available,
            "total_memory": self.total_memory,
            "explanation": self.explanation,
            "estimate": self.estimate.to_dict(),
        }


def kv_cache_bytes(layers: int, context_length: int, kv_heads: int, kv_dims: int, cache_type: str = "f16") -> int:
    """The KV cache: for every layer and position, one key and one value vector (``kv_dims`` = key + value
    length) per KV head, in ``cache_type`` (F16 when the type is unknown)."""
    return int(layers * context_length * kv_heads * kv_dims * CACHE_TYPE_BYTES.get(cache_type, 2.0))


def estimate_memory(
    info: ModelInfo, context_length: int | None = None, cache_type: str = "f16", weights: str = "auto"
) -> MemoryEstimate:
    """Weights + KV cache + compute buffers + runtime for ``info`` at ``context_length`` tokens.

    The KV cache holds, for every layer and every position, one key and one value vector per KV
    head. The compute buffer is what llama.cpp reserves for one micro-batch of the graph: the
    larger of the output logits (vocabulary × batch) and the attention scores (heads × batch ×
    context), as llama.cpp reuses the same memory for both. Measured on SmolLM2-135M, this is
    within 2% of the buffer sizes llama.cpp reports at 512, 2048 and 8192 tokens.
    """
    n_ctx = context_length or info.context_length or 4096
    kv = kv_cache_bytes(info.layers, n_ctx, info.kv_heads, info.key_length + info.value_length, cache_type)
    logits = info.vocab_size * UBATCH * 4
    attention = 1.15 * info.heads * UBATCH * n_ctx * 4
    compute = max(logits, attention) + 2 * MiB + info.vocab_size * 4
    # What a reply touches: the output rows of the last tokens and a few activations of one micro-batch
    # (fitted to the engine's measured resident memory; see tests/perf/test_memory_estimate.py).
    expected_compute = 2 * MiB + info.vocab_size * 4 * EXPECTED_OUTPUT_ROWS + info.embedding_length * UBATCH * 4 * 8
    # llama.cpp copies some matrices into a faster layout, while the file's pages it read them from stay
    # resident too when the file is mapped: those matrices count twice. Which ones depends on each tensor's type,
    # not the file's. Read into memory (``weights``, see :func:`reads_weights`), they are held once.
    repacked = info.repackable_bytes if cpu_repacks() and not reads_weights(weights, info.tensor_bytes) else 0
    return MemoryEstimate(
        context_length=n_ctx,
        weights=info.tensor_bytes,
        kv_cache=kv,
        compute=int(compute),
        runtime=RUNTIME_BYTES,
        cache_type=cache_type,
        expected_compute=int(expected_compute),
        repacked=repacked,
    )


def judge_fit(estimate: MemoryEstimate, available: int | None = None, total_memory: int | None = None) -> FitEstimate:
    """Compare an estimate with this machine's available memory (or the given figures)."""
    if available is None or total_memory is None:
        import psutil

        vm = psutil.virtual_memory()
        available = vm.available if available is None else available
        total_memory = vm.total if total_memory is None else total_memory
    if estimate.total <= FITS_SHARE * available:
        verdict: Verdict = "fits"
    elif estimate.total <= available:
        verdict = "tight"
    else:
        verdict = "does not fit"
    return FitEstimate(estimate=estimate, available=available, total_memory=total_memory, verdict=verdict)
