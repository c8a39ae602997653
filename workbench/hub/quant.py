"""Quantization names in Hub file names, grouping a repository's files by them, and which file to pick.

Pure functions, tested on real file names. Sizes and fit verdicts of files not yet downloaded are approximated
from the file size (see :func:`estimate_from_size`).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from workbench import formats
from workbench.formats.splits import missing_parts_in_words, split_name
from workbench.i18n import tr
from workbench.memory import RUNTIME_BYTES, FitEstimate, MemoryEstimate, judge_fit
from workbench.model_info import format_bytes

_QUANT_RE = re.compile(
    r"(?<![A-Za-z0-9])("
    r"I?Q[1-8]_K(?:_[SMLX]{1,2})?|IQ[1-4]_(?:XXS|XS|S|M|NL)|TQ[12]_0|Q[2-8]_[01]|Q[2-8]_K|"
    r"I2_S|MXFP4(?:_MOE)?|BF16|F16|FP16|F32|FP32"
    r")(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_PARAMS_RE = re.compile(r"(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)\s*([MBT])(?![A-Za-z])", re.IGNORECASE)
_MOE_RE = re.compile(r"(\d+)x(\d+(?:\.\d+)?)([MB])", re.IGNORECASE)

BITS_PER_WEIGHT: dict[str, float] = {
    "F32": 32.0, "BF16": 16.0, "F16": 16.0, "Q8_0": 8.5, "Q6_K": 6.56, "Q5_K_M": 5.67, "Q5_K_S": 5.52,
    "Q5_1": 6.0, "Q5_0": 5.5, "Q4_K_M": 4.85, "Q4_K_S": 4.58, "Q4_1": 5.0, "Q4_0": 4.5, "IQ4_XS": 4.25,
    "IQ4_NL": 4.5, "Q3_K_L": 4.27, "Q3_K_M": 3.91, "Q3_K_S": 3.5, "IQ3_M": 3.7, "IQ3_XXS": 3.06,
    "Q2_K": 3.35, "IQ2_M": 2.7, "IQ2_XXS": 2.06, "TQ2_0": 2.06, "TQ1_0": 1.69, "I2_S": 2.0, "MXFP4": 4.25,
}
"""Typical bits per weight of llama.cpp's file types (for estimates of files not yet downloaded)."""

PREFERENCE: tuple[str, ...] = (
    "Q4_K_M", "Q5_K_M", "Q4_K_S", "Q5_K_S", "Q6_K", "Q8_0", "IQ4_XS", "Q4_0", "I2_S", "Q3_K_M", "Q3_K_L",
    "IQ3_M", "Q2_K", "F16", "BF16",
)
"""The order in which the hint recommends file types: the usual quality/size balance first."""


def parse_quantization(filename: str) -> str | None:
    """``Qwen3-1.7B-Q4_K_M.gguf`` → ``Q4_K_M``; ``…-f16.gguf`` → ``F16``; None when the name says nothing."""
    base = filename.rsplit("/", 1)[-1]
    matches = _QUANT_RE.findall(base)
    if not matches:
        return None
    name = matches[-1].upper()
    return {"FP16": "F16", "FP32": "F32"}.get(name, name)


def parse_parameters(name: str) -> int | None:
    """A parameter count written in a repository or file name: ``SmolLM2-1.7B`` → 1.7e9; ``8x7B`` → 56e9."""
    moe = _MOE_RE.search(name)
    if moe:
        scale = {"M": 1e6, "B": 1e9}[moe.group(3).upper()]
        return int(int(moe.group(1)) * float(moe.group(2)) * scale)
    found = _PARAMS_RE.findall(name.replace("_", "-"))
    if not found:
        return None
    number, unit = found[0]
    return int(float(number) * {"M": 1e6, "B": 1e9, "T": 1e12}[unit.upper()])


def split_part(filename: str) -> tuple[int, int] | None:
    """``model-00001-of-00003.gguf`` → (1, 3)."""
    name = split_name(filename)
    return (name.index, name.count) if name else None


@dataclass(frozen=True)
class HubFile:
    """One file of a Hub repository."""

    filename: str
    size: int
    sha256: str | None = None
    """The LFS SHA-256 the Hub publishes, when the file is in LFS."""

    @property
    def quantization(self) -> str | None:
        return parse_quantization(self.filename) if formats.GGUF.detect_file(self.filename) else None


def split_stem(filename: str) -> str:
    """The model a file belongs to: ``M-Q4_K_M-00002-of-00003.gguf`` → ``M-Q4_K_M``; ``M-Q8_0.gguf`` → ``M-Q8_0``."""
    name = split_name(filename)
    return name.base if name else filename.rsplit("/", 1)[-1].removesuffix(".gguf").removesuffix(".GGUF")


@dataclass(frozen=True)
class QuantGroup:
    """One model file of a quantization, or a split model's parts together, and what it would take to run it."""

    quantization: str
    files: tuple[HubFile, ...]
    fit: FitEstimate | None = None
    folder: str = ""
    """For an ONNX model folder (a variant of an ONNX repository): its path in the repository; every file under it
    belongs to the model."""

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def bits_per_weight(self) -> float | None:
        if self.folder:
            return onnx_variant_bits(self.folder)
        return BITS_PER_WEIGHT.get(self.quantization)

    @property
    def part_count(self) -> int:
        """How many parts the model is split into (1 for a single file), as its file names say."""
        parts = [split_part(f.filename) for f in self.files]
        return max((p[1] for p in parts if p is not None), default=1)

    @property
    def missing_parts(self) -> tuple[int, ...]:
        """Part numbers the file names announce but the repository lacks."""
        present = {p[0] for p in (split_part(f.filename) for f in self.files) if p is not None}
        return tuple(i for i in range(1, self.part_count + 1) if i not in present) if self.part_count > 1 else ()

    @property
    def complete(self) -> bool:
        return not self.missing_parts

    @property
    def label(self) -> str:
        """``M-Q4_K_M-00001-of-00003.gguf`` for a single file; ``M-Q4_K_M (3 parts)`` for a split model;
        ``cpu-int4-rtn-block-32/ (6 files)`` for an ONNX model folder."""
        if self.folder:
            return tr("Hub", "{folder}/ ({count} files)").format(folder=self.folder, count=len(self.files))
        if self.part_count == 1 and len(self.files) == 1:
            return self.files[0].filename
        return tr("Hub", "{name}.gguf ({count} parts)").format(
            name=split_stem(self.files[0].filename), count=self.part_count
        )

    @property
    def problem(self) -> str | None:
        """``incomplete: part 2 of 3 missing`` when parts are missing, else None."""
        return incomplete_reason(self.missing_parts, self.part_count)


def incomplete_reason(missing: tuple[int, ...] | list[int], count: int) -> str | None:
    """``incomplete: part 2 of 3 missing`` / ``incomplete: parts 2 and 3 of 3 missing``; None when none is."""
    if not missing:
        return None
    return tr("Hub", "incomplete: {missing}").format(missing=missing_parts_in_words(missing, count))


def _sort_key(group: QuantGroup) -> tuple[float, str, str]:
    return (-(group.bits_per_weight or 0.0), group.quantization, group.files[0].filename)


def group_by_quantization(files: list[HubFile]) -> list[QuantGroup]:
    """GGUF files as models (a split model's parts together), largest bits first; other files are left out.

    ``mmproj`` (vision projector) files are not models of their own and are left out too.
    """
    groups: dict[tuple[str, str], list[HubFile]] = {}
    for f in files:
        name = f.filename.rsplit("/", 1)[-1].lower()
        if not formats.GGUF.detect_file(name) or name.startswith("mmproj"):
            continue
        folder = f.filename.rsplit("/", 1)[0] if "/" in f.filename else ""
        groups.setdefault((f.quantization or "other", f"{folder}/{split_stem(f.filename)}"), []).append(f)
    result = [QuantGroup(q, tuple(sorted(fs, key=lambda f: f.filename))) for (q, _), fs in groups.items()]
    return sorted(result, key=_sort_key)


ONNX_CONFIG = "genai_config.json"
_ONNX_BITS = {"int4": 4.0, "q4": 4.0, "int8": 8.0, "q8": 8.0, "fp16": 16.0, "f16": 16.0, "bf16": 16.0,
              "fp32": 32.0, "f32": 32.0}
_ONNX_METHODS = {"rtn": "RTN", "awq": "AWQ", "gptq": "GPTQ", "hqq": "HQQ"}
_ONNX_DEVICES = {"cpu": "CPU", "cuda": "CUDA", "gpu": "GPU", "dml": "DirectML", "directml": "DirectML",
                 "npu": "NPU", "qnn": "NPU", "webgpu": "WebGPU", "mobile": "mobile"}


def _variant_words(folder: str) -> list[str]:
    return re.split(r"[-_./\s]+", folder.lower())


def onnx_variant_bits(folder: str) -> float | None:
    """The bits a variant folder's name gives its weights (``cpu-int4-rtn-block-32`` → 4), or None."""
    return next((_ONNX_BITS[w] for w in reversed(_variant_words(folder)) if w in _ONNX_BITS), None)


def onnx_variant_label(folder: str) -> str:
    """A variant folder's name in a person's words: ``cpu_and_mobile/cpu-int4-rtn-block-32-acc-level-4`` →
    ``INT4 RTN, blocks of 32 · CPU``; the folder's own name when it says nothing recognisable."""
    words = _variant_words(folder.rsplit("/", 1)[-1])
    bits = onnx_variant_bits(folder.rsplit("/", 1)[-1])
    precision = next((w.upper().replace("FP", "F") for w in words if w in _ONNX_BITS), "")
    if precision.startswith("Q"):
        precision = f"INT{precision[1:]}"
    method = next((_ONNX_METHODS[w] for w in words if w in _ONNX_METHODS), "")
    block = next((words[i + 1] for i, w in enumerate(words[:-1]) if w == "block" and words[i + 1].isdigit()), "")
    device = next((_ONNX_DEVICES[w] for w in words if w in _ONNX_DEVICES), "")
    if bits is None:
        return folder.rsplit("/", 1)[-1]
    head = " ".join(p for p in (precision, method) if p) + (f", blocks of {block}" if block else "")
    return f"{head} · {device}" if device else head


def group_onnx_variants(files: list[HubFile]) -> list[QuantGroup]:
    """An ONNX repository's model folders (each with a ``genai_config.json``: ``cpu-int4-rtn-block-32/`` …) as
    models, every file under the folder with it; most bits first. A repository whose root is the model folder is
    one model of every file."""
    folders = sorted(f.filename.rsplit("/", 1)[0] if "/" in f.filename else ""
                     for f in files if f.filename.rsplit("/", 1)[-1] == ONNX_CONFIG)
    groups = []
    for folder in folders:
        prefix = f"{folder}/" if folder else ""
        inner = [f for f in files if f.filename.startswith(prefix) and not any(
            other != folder and other.startswith(prefix) and f.filename.startswith(f"{other}/") for other in folders)]
        if not folder:
            inner = [f for f in inner if "/" not in f.filename]
        label = onnx_variant_label(folder) if folder else "ONNX"
        groups.append(QuantGroup(label, tuple(sorted(inner, key=lambda f: f.filename)), folder=folder or "."))
    return sorted(groups, key=lambda g: (-(g.bits_per_weight or 0.0), g.folder))


def estimate_from_size(
    file_size: int, parameters: int | None, context_length: int = 4096, quantization: str | None = None
) -> MemoryEstimate:
    """An approximate memory estimate for a file not yet downloaded, from its size alone.

    The approximation (the exact one needs the GGUF header; see ``workbench.memory``):
    - weights: the file size (a GGUF's tensors are nearly all of it);
    - KV cache: 0.25 bytes per parameter at 4,096 tokens, scaled linearly with the context, at least 32 MB.
      Measured models with grouped-query attention (Qwen3, Llama 3.2, Gemma 3) need 0.15–0.3; older ones without
      it need more. ``parameters`` comes from the Hub or the name; else from the size and the type's bits;
    - compute buffers: a tenth of the weights plus 100 MB (vocabularies of 150k tokens take ~300 MB of logits);
    - the engine runtime, as for any model.
    """
    if not parameters:
        bits = BITS_PER_WEIGHT.get(quantization or "", 4.85)
        parameters = int(file_size * 8 / bits)
    kv = max(32_000_000, int(0.25 * parameters * context_length / 4096))
    return MemoryEstimate(
        context_length=context_length,
        weights=file_size,
        kv_cache=kv,
        compute=file_size // 10 + 100_000_000,
        runtime=RUNTIME_BYTES,
        cache_type="f16",
    )


def judge_groups(
    groups: list[QuantGroup],
    parameters: int | None,
    context_length: int = 4096,
    memory: tuple[int, int] | None = None,
) -> list[QuantGroup]:
    """The groups with a fit verdict each (approximated from size; ``memory`` = (available, total) for tests)."""
    available, total = memory if memory is not None else (None, None)
    return [
        dataclasses.replace(
            g, fit=judge_fit(estimate_from_size(g.size, parameters, context_length, g.quantization), available, total)
        )
        for g in groups
    ]


def pick_hint(groups: list[QuantGroup]) -> str:
    """One plain sentence on which file to download, given judged groups."""
    if not groups:
        return tr(
            "Hub",
            "This repository has no GGUF files and no ONNX model folders; look for a repository whose name ends in "
            "-GGUF.",
        )
    if not any(g.complete for g in groups):
        return tr("Hub", "Every model here is missing parts of its split files; it cannot be downloaded whole.")
    groups = [g for g in groups if g.complete]
    fitting = [g for g in groups if g.fit is not None and g.fit.verdict == "fits"]
    tight = [g for g in groups if g.fit is not None and g.fit.verdict == "tight"]

    def rank(g: QuantGroup) -> tuple[int, int]:
        if g.folder:  # an ONNX variant: one built for the CPU runs on every computer; then 4-bit
            words = _variant_words(g.folder.rsplit("/", 1)[-1])
            return len(PREFERENCE) + (0 if "cpu" in words else 1), 0 if g.bits_per_weight == 4.0 else 1
        return (PREFERENCE.index(g.quantization) if g.quantization in PREFERENCE else len(PREFERENCE)), 0

    if fitting:
        best = min(fitting, key=rank)
        if best.folder:
            if "cpu" in _variant_words(best.folder):
                built = tr("Hub", "built for the CPU, which every computer can run")
            else:
                built = tr("Hub", "the best balance of quality and size among the variants that fit")
            return tr("Hub", "Pick {name} ({size}): {reason}. It fits this machine comfortably.").format(
                name=best.folder, size=format_bytes(best.size), reason=built
            )
        reason = {
            "Q4_K_M": tr("Hub", "the usual balance: about a third of the full size, with little loss of quality"),
            "Q5_K_M": tr("Hub", "a little larger than Q4_K_M and a little better"),
            "Q8_0": tr("Hub", "nearly the original quality, at about half the full size"),
            "I2_S": tr("Hub", "the format this 1.58-bit model was made for"),
        }.get(best.quantization) or tr("Hub", "the best balance of quality and size among the files that fit")
        return tr("Hub", "Pick {name} ({size}): {reason}. It fits this machine comfortably.").format(
            name=best.quantization, size=format_bytes(best.size), reason=reason
        )
    if tight:
        best = min(tight, key=lambda g: g.size)
        return tr(
            "Hub", "Only {name} ({size}) would fit, tightly: close other programs first, or choose a smaller model."
        ).format(name=best.quantization, size=format_bytes(best.size))
    smallest = min(groups, key=lambda g: g.size)
    return tr(
        "Hub",
        "None of these files fits this machine; even the smallest, {name} ({size}), needs more memory than is "
        "available. Choose a smaller model.",
    ).format(name=smallest.quantization, size=format_bytes(smallest.size))
