"""How a model is loaded: :class:`LoadOptions`, apart from how a reply is drawn (``SamplingParams``).

Load options take effect when a model is (re)loaded; sampling parameters with every reply. The defaults follow
llama.cpp's own tools (``llama-cli``, ``llama-bench``): flash attention *auto* (on where the device supports it,
as on every CPU), a logical batch of 2048 tokens and a micro-batch of 512, an F16 KV cache, every layer on the GPU
where there is one. One departs from them, where it is measured faster: the weights of a model that fits comfortably
are read into memory in 2 MB pages rather than mapped from the file (:mod:`workbench.engine.pages`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any, Literal, cast

from workbench.engine.pages import WEIGHTS_MODES, WeightsMode
from workbench.i18n import QT_TRANSLATE_NOOP, format_integer, tr

FlashAttention = Literal["auto", "on", "off"]
FLASH_ATTENTION_MODES: tuple[FlashAttention, ...] = ("auto", "on", "off")
KvCacheType = Literal["f16", "q8_0", "q4_0"]
KV_CACHE_TYPES: tuple[KvCacheType, ...] = ("f16", "q8_0", "q4_0")
KV_CACHE_LABELS: dict[str, str] = {"f16": "F16", "q8_0": "Q8_0", "q4_0": "Q4_0"}
WEIGHTS_LABELS: dict[str, str] = {
    "auto": QT_TRANSLATE_NOOP("Model", "automatic"),
    "map": QT_TRANSLATE_NOOP("Model", "mapped from the file"),
    "read": QT_TRANSLATE_NOOP("Model", "read into memory"),
}
"""Where the weights are, in English; ``tr("Model", …)`` gives them in the active language."""

DEFAULT_BATCH = 2048
"""llama.cpp's default logical batch (``-b``): tokens handed to one decode call."""
DEFAULT_UBATCH = 512
"""llama.cpp's default physical micro-batch (``-ub``): tokens the compute graph is sized for."""
ALL_LAYERS = -1
"""``gpu_layers``: every layer on the GPU where the build has one (none on a CPU-only build)."""


@dataclass(frozen=True)
class LoadOptions:
    """What a model is loaded with. ``kv_cache_type`` other than F16 needs flash attention: with it off, or where
    the model or the build cannot use it, the engine falls back to F16 and says so."""

    context_length: int = 4096
    threads: int = 0
    """0: automatic — the counts measured fastest for prompts and for generation on this computer and this size of
    model (:mod:`workbench.engine.thread_sweep`; all cores until measured), less the cores other programs are using,
    checked again before each step (:mod:`workbench.engine.threads`); otherwise exactly this many, for both (at most
    the cores, saying so)."""
    batch_size: int = DEFAULT_BATCH
    ubatch_size: int = DEFAULT_UBATCH
    gpu_layers: int = ALL_LAYERS
    flash_attention: FlashAttention = "auto"
    kv_cache_type: KvCacheType = "f16"
    weights: WeightsMode = "auto"
    """``map``: the model file mapped into memory (llama.cpp's default); ``read``: read into the engine's memory,
    in 2 MB pages where the system offers them (faster generation); ``auto``: read where that gains and the model fits
    comfortably (:func:`workbench.engine.pages.read_weights`). In force: ``map`` or ``read``."""
    adapters: tuple[str, ...] = ()
    """LoRA adapter files applied on top of the model, in order."""

    @property
    def estimate_cache_type(self) -> str:
        """The KV-cache type the memory estimate assumes: F16 when flash attention is off (a quantized cache
        needs it, so the engine would fall back)."""
        return "f16" if self.flash_attention == "off" else self.kv_cache_type

    def with_changes(self, **changes: Any) -> LoadOptions:
        """A copy with the given fields changed."""
        return replace(self, **changes)

    def summary_lines(self) -> list[str]:
        """The options in a person's words, one per line (the status bar's tooltip)."""
        layers = tr("Model", "all") if self.gpu_layers < 0 else str(self.gpu_layers)
        threads = str(self.threads) if self.threads > 0 else tr("Model", "automatic")
        kv_cache = KV_CACHE_LABELS.get(self.kv_cache_type, self.kv_cache_type)
        lines = [
            tr("Model", "Context: {context_length} tokens").format(context_length=format_integer(self.context_length)),
            tr("Model", "Threads: {threads}").format(threads=threads),
            tr("Model", "Batch: {batch} · micro-batch {micro_batch}").format(
                batch=self.batch_size, micro_batch=self.ubatch_size
            ),
            tr("Model", "GPU layers: {layers}").format(layers=layers),
            tr("Model", "Flash attention: {mode}").format(mode=self.flash_attention),
            tr("Model", "KV cache: {cache_type}").format(cache_type=kv_cache),
            tr("Model", "Weights: {placement}").format(placement=tr("Model", WEIGHTS_LABELS[self.weights])),
        ]
        if self.adapters:
            names = ", ".join(a.rsplit("/", 1)[-1] for a in self.adapters)
            lines.append(tr("Model", "Adapters: {names}").format(names=names))
        return lines

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["adapters"] = list(self.adapters)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LoadOptions:
        """Build from a dict (settings): unknown keys, and values of the wrong type or out of the allowed set,
        fall back to the defaults."""
        defaults = cls()
        values: dict[str, Any] = {}
        for name in ("context_length", "threads", "batch_size", "ubatch_size", "gpu_layers"):
            value = data.get(name)
            if isinstance(value, int) and not isinstance(value, bool):
                values[name] = value
        if data.get("flash_attention") in FLASH_ATTENTION_MODES:
            values["flash_attention"] = cast(FlashAttention, data["flash_attention"])
        if data.get("weights") in WEIGHTS_MODES:
            values["weights"] = cast(WeightsMode, data["weights"])
        if data.get("kv_cache_type") in KV_CACHE_TYPES:
            values["kv_cache_type"] = cast(KvCacheType, data["kv_cache_type"])
        adapters = data.get("adapters")
        if isinstance(adapters, (list, tuple)):
            values["adapters"] = tuple(a for a in adapters if isinstance(a, str) and a)
        return replace(defaults, **values)
