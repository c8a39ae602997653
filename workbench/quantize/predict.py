"""Predict, before running, which type llama.cpp gives each tensor and how big each output will be.

A port of the choices in llama.cpp's ``src/llama-quant.cpp`` (``tensor_allows_quantization``,
``llama_tensor_get_type_impl``, ``tensor_type_fallback``, ``tensor_requires_imatrix``) for the file types
the catalog offers. Tests compare it tensor by tensor with what the installed llama.cpp logs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from workbench.i18n import tr
from workbench.quantize.catalog import QuantType
from workbench.quantize.errors import UnsupportedQuantType
from workbench.quantize.ggml_types import TensorType, tensor_type
from workbench.quantize.source import SourceModel, SourceTensor

_NOT_QUANTIZED_PARTS = (
    "_norm.weight", "ffn_gate_inp.weight", "ffn_gate_tid2eid.weight", "altup", "laurel", "per_layer_model_proj",
    "ssm_conv1d", "shortconv.conv.weight", "indexer.k_proj.weight", "indexer.q_proj.weight", "attn_rel_b.weight",
    ".position_embd", "sam.pos_embd", "sam.neck.", "sam.net_", ".rel_pos", ".patch_embd", ".patch_merger",
    "a.rvq.codebook", "mm.a.code_embd",
)
_RWKV_SMALL = re.compile(r"time_mix_(first|w0|w1|w2|v0|v1|v2|a0|a1|a2|g1|g2|decay_w1|decay_w2|lerp_fused)\.weight")
_FALLBACK = {
    **dict.fromkeys(("iq1_s", "iq1_m", "iq2_xxs", "iq2_xs", "iq2_s", "iq3_xxs", "iq3_s", "iq4_xs"), "iq4_nl"),
    **dict.fromkeys(("q2_0", "q2_K", "q3_K", "tq1_0", "tq2_0"), "q4_0"),
    "q4_K": "q5_0",
    "q5_K": "q5_1",
    "q6_K": "q8_0",
}
_IMATRIX_TYPES = frozenset({"iq3_xxs", "iq2_xxs", "iq2_xs", "iq2_s", "iq1_m", "iq1_s"})
_VERY_LOW_BIT = frozenset({"IQ2_XXS", "IQ2_XS", "IQ1_S", "IQ2_S", "IQ2_M", "IQ1_M"})


@dataclass(frozen=True)
class TensorPlan:
    """What happens to one tensor: its source type and the type it will be written in."""

    name: str
    source_type: str
    target_type: str
    output_bytes: int
    needs_imatrix: bool
    fallback: bool = False


@dataclass(frozen=True)
class SizePrediction:
    """The predicted output of one target: size on disk, bits per weight and the mix of tensor types."""

    quant: str
    file_bytes: int
    tensor_bytes: int
    bits_per_weight: float
    tensors: tuple[TensorPlan, ...] = field(repr=False)
    needs_imatrix: bool
    fallbacks: int

    @property
    def type_counts(self) -> dict[str, int]:
        """``{"q4_K": 12, "q6_K": 3, "f32": 5}``."""
        return dict(Counter(t.target_type for t in self.tensors))


def _layer(name: str) -> int:
    m = re.match(r"blk\.(\d+)\.", name)
    return int(m.group(1)) if m else -1


def _category(name: str) -> str:
    if name == "output.weight":
        return "output"
    if name in ("token_embd.weight", "per_layer_token_embd.weight"):
        return "token_embd"
    for part, category in (
        ("attn_qkv.weight", "attn_qkv"), ("attn_kv_b.weight", "attn_kv_b"), ("attn_v.weight", "attn_v"),
        ("attn_k.weight", "attn_k"), ("attn_q.weight", "attn_q"), ("attn_output.weight", "attn_output"),
        ("ffn_up", "ffn_up"), ("ffn_gate", "ffn_gate"), ("ffn_down", "ffn_down"),
    ):
        if part in name:
            return category
    return "other"


def _allows_quantization(t: SourceTensor) -> bool:
    if t.n_dims < 2 or not t.name.endswith("weight"):
        return False
    if any(part in t.name for part in _NOT_QUANTIZED_PARTS) or _RWKV_SMALL.search(t.name):
        return False
    return t.name not in ("position_embd.weight", "token_types.weight")


def _use_more_bits(i: int, n: int) -> bool:
    return i < n // 8 or i >= 7 * n // 8 or (i - n // 8) % 3 == 2


class _State:
    """llama.cpp's ``quantize_state_impl``: counters that walk the layers in file order."""

    def __init__(self, source: SourceModel, has_imatrix: bool) -> None:
        names = [t.name for t in source.tensors]
        self.n_attention_wv = sum(_category(n) in ("attn_v", "attn_qkv", "attn_kv_b") for n in names)
        self.n_layer = source.layers
        self.i_attention_wv = self.i_ffn_down = self.i_ffn_gate = self.i_ffn_up = 0
        self.has_imatrix = has_imatrix
        self.tied = "output.weight" not in names
        self.arch = source.architecture
        self.n_gqa = source.n_gqa
        self.n_expert = source.n_expert
        self.is_70b = self.arch == "llama" and self.n_layer == 80 and source.heads != source.kv_heads


def _choose(qs: _State, new: str, t: SourceTensor, ftype: str, category: str) -> str:
    """``llama_tensor_get_type_impl``: the mix rules of each file type."""
    gqa, n_expert, falcon = qs.n_gqa, qs.n_expert, qs.arch == "falcon"
    if category == "output" or (qs.tied and category == "token_embd"):
        if ftype == "MXFP4_MOE" or falcon or t.shape[0] % tensor_type(new).block:
            return "q8_0"
        if ftype in ("IQ2_XXS", "IQ2_XS", "IQ3_XXS", "IQ1_S", "IQ2_S", "IQ2_M", "IQ1_M"):
            return "q5_K"
        return new if new == "q8_0" else "q6_K"
    if ftype == "MXFP4_MOE":
        return "mxfp4" if len(t.shape) > 2 and t.shape[2] > 1 else "q8_0"
    if category == "token_embd":
        if ftype in ("IQ2_XXS", "IQ2_XS", "IQ1_S", "IQ1_M"):
            return "q2_K"
        if ftype in ("IQ2_S", "IQ2_M", "IQ3_XXS"):
            return "iq3_s"
        if ftype in ("TQ1_0", "TQ2_0", "Q2_0"):
            return "q4_K"
        return new
    attn_v = category in ("attn_v", "attn_qkv", "attn_kv_b")
    if ftype in _VERY_LOW_BIT:
        if attn_v:
            new = "q4_K" if gqa >= 4 or n_expert >= 4 else "iq3_s" if ftype in ("IQ2_S", "IQ2_M") else "q2_K"
            qs.i_attention_wv += 1
        elif n_expert == 8 and category == "attn_k":
            new = "q4_K"
        elif category == "ffn_down":
            if qs.i_ffn_down < qs.n_layer // 8:
                new = "iq3_s" if ftype in ("IQ2_S", "IQ2_M") else "q2_K"
            qs.i_ffn_down += 1
        elif category == "attn_output":
            if n_expert == 8:
                new = "q5_K"
            elif ftype in ("IQ1_S", "IQ1_M"):
                new = "iq2_xxs"
            elif ftype in ("IQ2_S", "IQ2_M"):
                new = "iq3_s"
        return new
    if attn_v:
        i, n = qs.i_attention_wv, qs.n_attention_wv
        if ftype == "Q2_K":
            new = "q4_K" if gqa >= 4 else "q3_K"
        elif ftype == "Q2_K_S" and gqa >= 4:
            new = "q4_K"
        elif ftype == "IQ3_XXS":
            new = "q4_K" if gqa >= 4 else ("iq3_s" if not qs.has_imatrix else "iq3_xxs")
        elif ftype in ("IQ3_XS", "IQ3_S") and gqa >= 4 or ftype == "IQ3_M":
            new = "q4_K"
        elif ftype == "Q3_K_M":
            new = "q5_K" if i < 2 else "q4_K"
        elif ftype == "Q3_K_L" or ftype in ("IQ4_NL", "IQ4_XS") and gqa >= 4:
            new = "q5_K"
        elif ftype in ("Q4_K_M", "Q5_K_M") and _use_more_bits(i, n):
            new = "q6_K"
        elif ftype == "Q4_K_S" and i < 4:
            new = "q5_K"
        if qs.is_70b and new in ("q3_K", "q4_K"):
            new = "q5_K"
        if n_expert == 8:
            new = "q8_0"
        qs.i_attention_wv += 1
    elif category == "attn_k":
        if n_expert == 8:
            new = "q8_0"
        elif ftype == "IQ3_XS":
            new = "iq3_xxs"
        elif ftype == "IQ3_XXS":
            new = "iq2_s"
    elif category == "attn_q":
        if ftype == "IQ3_XS":
            new = "iq3_xxs"
        elif ftype == "IQ3_XXS":
            new = "iq2_s"
    elif category == "ffn_down":
        i, n = _layer(t.name) if n_expert > 1 else qs.i_ffn_down, qs.n_layer
        if ftype == "Q2_K":
            new = "q3_K"
        elif ftype == "Q2_K_S":
            if i < n // 8:
                new = "q4_K"
        elif ftype == "IQ3_XXS" and not qs.has_imatrix:
            new = "q4_K" if i < n // 8 else "q3_K"
        elif ftype == "Q3_K_M":
            new = "q5_K" if i < n // 16 else ("q4_K" if not falcon or _use_more_bits(i, n) else "q3_K")
        elif ftype == "IQ3_M" and (i < n // 8 or (n_expert == 8 and _use_more_bits(i, n))):
            new = "q4_K"
        elif ftype == "Q3_K_L":
            new = "q4_K" if falcon else "q5_K"
        elif ftype == "Q4_K_M":
            if falcon:
                new = "q6_K" if i < n // 16 else ("q5_K" if _use_more_bits(i, n) else "q4_K")
            elif _use_more_bits(i, n):
                new = "q6_K"
        elif i < n // 8 and ftype in ("IQ4_NL", "IQ4_XS") and not qs.has_imatrix:
            new = "q5_K"
        elif ftype == "Q5_K_M" and _use_more_bits(i, n):
            new = "q6_K"
        elif ftype == "Q4_K_S" and not falcon and i < n // 8:
            new = "q5_K"
        elif ftype in ("Q4_0", "Q5_0") and qs.has_imatrix and i < n // 8:
            new = "q4_1" if ftype == "Q4_0" else "q5_1"
        qs.i_ffn_down += 1
    elif category == "attn_output":
        if not falcon:
            if n_expert == 8:
                if ftype in ("Q2_K", "IQ3_XS", "IQ3_XXS", "Q3_K_S", "Q3_K_M", "IQ4_NL", "Q4_K_S", "Q4_K_M", "IQ3_S",
                             "IQ3_M", "IQ4_XS"):
                    new = "q5_K"
            else:
                new = {"Q2_K": "q3_K", "IQ3_XXS": "iq3_s", "Q3_K_M": "q4_K", "Q3_K_L": "q5_K", "IQ3_M": "q4_K"}.get(
                    ftype, new
                )
        elif ftype == "Q3_K_L":
            new = "q4_K"
    elif category == "attn_qkv":  # pragma: no cover - attn_qkv is handled with attn_v above, as in llama.cpp
        pass
    elif category in ("ffn_gate", "ffn_up"):
        i = _layer(t.name) if n_expert > 1 else (qs.i_ffn_gate if category == "ffn_gate" else qs.i_ffn_up)
        n = qs.n_layer
        if ftype == "IQ3_XS" and n // 8 <= i < 7 * n // 8:
            new = "iq3_xxs"
        if category == "ffn_gate":
            qs.i_ffn_gate += 1
        else:
            qs.i_ffn_up += 1
    return new


def _fallback(t: SourceTensor, new: str, quant: str) -> tuple[str, bool]:
    """``tensor_type_fallback``: a row length the block size does not divide gets a compatible type."""
    if t.shape[0] % tensor_type(new).block == 0:
        return new, False
    other = _FALLBACK.get(new)
    if other is None:
        raise UnsupportedQuantType(
            tr(
                "Quantize",
                "{type} cannot be applied to this model: tensor {tensor} has rows of {count} weights, which "
                "{tensor_type} (blocks of {block}) cannot store",
            ).format(type=quant, tensor=t.name, count=t.shape[0], tensor_type=new, block=tensor_type(new).block)
        )
    if t.shape[0] % tensor_type(other).block:
        other = "f16"
    return other, True


def _output_bytes(t: SourceTensor, ttype: TensorType) -> int:
    return t.n_elements // t.shape[0] * ttype.row_bytes(t.shape[0])


def predict(source: SourceModel, qtype: QuantType, has_imatrix: bool = False) -> SizePrediction:
    """Predict the output of quantizing ``source`` to ``qtype``; :class:`UnsupportedQuantType` if impossible."""
    qs = _State(source, has_imatrix)
    default = qtype.tensor_type
    ordered = sorted(source.tensors, key=lambda t: (_layer(t.name), t.name))
    plans = []
    for t in ordered:
        fallback = False
        if not _allows_quantization(t):
            target = t.type_name
        elif tensor_type(default).quantized:
            target = _choose(qs, default, t, qtype.name, _category(t.name))
            target, fallback = _fallback(t, target, qtype.name)
        else:
            target = default
        size = t.n_bytes if target == t.type_name else _output_bytes(t, tensor_type(target))
        needs = (
            _allows_quantization(t)
            and _category(t.name) not in ("token_embd", "output")
            and (target in _IMATRIX_TYPES or (target == "q2_K" and qtype.name == "Q2_K_S"))
        )
        plans.append(TensorPlan(t.name, t.type_name, target, size, needs, fallback))

    align = source.alignment
    tensor_bytes = sum(p.output_bytes for p in plans)
    padded = sum(-(-p.output_bytes // align) * align for p in plans)
    header = source.header_bytes
    if not source.has_quantization_version:
        # llama.cpp adds general.quantization_version: a 28-byte key, its type and a u32
        header = -(-(source.metadata_end + 8 + 28 + 4 + 4) // align) * align
    weights = sum(t.n_elements for t in source.tensors)
    return SizePrediction(
        quant=qtype.name,
        file_bytes=header + padded,
        tensor_bytes=tensor_bytes,
        bits_per_weight=tensor_bytes * 8 / weights if weights else 0.0,
        tensors=tuple(plans),
        needs_imatrix=any(p.needs_imatrix for p in plans),
        fallbacks=sum(p.fallback for p in plans),
    )
