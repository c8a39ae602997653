"""Every GGUF quantization type the installed llama.cpp offers, explained in plain words.

The type numbers come from the installed ``llama_cpp`` package's ``LLAMA_FTYPE_*`` constants. They are read
from its source without loading the native library, so the window can show the catalog without importing
llama.cpp (see DESIGN.md, "Process model").
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import sys
from dataclasses import dataclass

from workbench.i18n import QT_TRANSLATE_NOOP, tr
from workbench.quantize.ggml_types import tensor_type


@dataclass(frozen=True)
class QuantType:
    """A GGUF file type a model can be quantized to (``Q4_K_M``), with what a person needs to choose it."""

    name: str
    """As llama.cpp's ``llama-quantize`` names it: ``Q4_K_M``."""
    ftype: int
    """The ``LLAMA_FTYPE_*`` number passed to ``llama_model_quantize``."""
    tensor_type: str
    """The ggml type most weights get (``q4_K``); some tensors get another in a mix."""
    family: str
    """``float``, ``legacy``, ``k-quant``, ``i-quant``, ``ternary`` or ``special``."""
    description: str
    """One line, plain words."""
    quality: str
    """A short quality hint, e.g. ``Very good``."""
    needs_imatrix: bool
    """True when llama.cpp refuses (or produces garbage) without an importance matrix."""
    recommended: bool = False

    @property
    def bits_per_weight(self) -> float:
        """Nominal bits per weight of the main tensor type (the real mix is predicted per model)."""
        return tensor_type(self.tensor_type).bits_per_weight

    @property
    def cli_name(self) -> str:
        """The name as typed on the command line: ``q4_k_m``."""
        return self.name.lower()


# name: (tensor type, family, description, quality, needs imatrix, recommended)
_KNOWN: dict[str, tuple[str, str, str, str, bool, bool]] = {
    "F16": ("f16", "float",
            QT_TRANSLATE_NOOP("Quantize", "16-bit floats: the usual unquantized form; the source for other types."),
            QT_TRANSLATE_NOOP("Quantize", "Lossless for almost every model"), False, False),
    "BF16": ("bf16", "float",
             QT_TRANSLATE_NOOP("Quantize", "16-bit 'brain floats': unquantized, keeps the range of 32-bit floats."),
             QT_TRANSLATE_NOOP("Quantize", "Lossless"), False, False),
    "Q8_0": ("q8_0", "legacy",
             QT_TRANSLATE_NOOP("Quantize", "8 bits per weight: half the size of F16, almost no loss."),
             QT_TRANSLATE_NOOP("Quantize", "Practically identical to the original"), False, True),
    "Q6_K": ("q6_K", "k-quant",
             QT_TRANSLATE_NOOP("Quantize", "6-bit k-quant: a little smaller than Q8_0, still nearly lossless."),
             QT_TRANSLATE_NOOP("Quantize", "Nearly identical"), False, False),
    "Q5_K_M": ("q5_K", "k-quant", QT_TRANSLATE_NOOP("Quantize", "5-bit k-quant mix; sensitive layers get 6 bits."),
               QT_TRANSLATE_NOOP("Quantize", "Very good"), False, True),
    "Q5_K_S": ("q5_K", "k-quant", QT_TRANSLATE_NOOP("Quantize", "5-bit k-quant, all layers alike."),
               QT_TRANSLATE_NOOP("Quantize", "Very good"), False, False),
    "Q5_1": ("q5_1", "legacy", QT_TRANSLATE_NOOP("Quantize", "Older 5-bit format with an offset per block."),
             QT_TRANSLATE_NOOP("Quantize", "Good (older format)"), False, False),
    "Q5_0": ("q5_0", "legacy", QT_TRANSLATE_NOOP("Quantize", "Older 5-bit format."),
             QT_TRANSLATE_NOOP("Quantize", "Good (older format)"), False, False),
    "Q4_K_M": ("q4_K", "k-quant",
               QT_TRANSLATE_NOOP("Quantize", "4-bit k-quant mix; sensitive layers get 6 bits. The usual choice."),
               QT_TRANSLATE_NOOP("Quantize", "Good: the usual balance of size and quality"), False, True),
    "Q4_K_S": ("q4_K", "k-quant",
               QT_TRANSLATE_NOOP("Quantize", "4-bit k-quant, fewer layers kept at higher precision."),
               QT_TRANSLATE_NOOP("Quantize", "Good, a bit below Q4_K_M"), False, False),
    "Q4_1": ("q4_1", "legacy", QT_TRANSLATE_NOOP("Quantize", "Older 4-bit format with an offset per block."),
             QT_TRANSLATE_NOOP("Quantize", "Fair (Q4_K_M is better at about the same size)"), False, False),
    "Q4_0": ("q4_0", "legacy", QT_TRANSLATE_NOOP("Quantize", "Older 4-bit format; fast on many CPUs and GPUs."),
             QT_TRANSLATE_NOOP("Quantize", "Fair (Q4_K_M is better at about the same size)"), False, False),
    "IQ4_NL": ("iq4_nl", "i-quant",
               QT_TRANSLATE_NOOP("Quantize", "4-bit with a non-linear grid; better with an importance matrix."),
               QT_TRANSLATE_NOOP("Quantize", "Good"), False, False),
    "IQ4_XS": ("iq4_xs", "i-quant",
               QT_TRANSLATE_NOOP("Quantize", "4.25-bit i-quant; smaller than Q4_K_S at similar quality."),
               QT_TRANSLATE_NOOP("Quantize", "Good"), False, False),
    "Q3_K_L": ("q3_K", "k-quant",
               QT_TRANSLATE_NOOP("Quantize", "3-bit k-quant; attention and feed-forward outputs get 5 bits."),
               QT_TRANSLATE_NOOP("Quantize", "Noticeable quality loss"), False, False),
    "Q3_K_M": ("q3_K", "k-quant", QT_TRANSLATE_NOOP("Quantize", "3-bit k-quant mix."),
               QT_TRANSLATE_NOOP("Quantize", "Noticeable quality loss"), False, False),
    "Q3_K_S": ("q3_K", "k-quant", QT_TRANSLATE_NOOP("Quantize", "3-bit k-quant, all layers alike."),
               QT_TRANSLATE_NOOP("Quantize", "Clear quality loss"), False, False),
    "IQ3_M": ("iq3_s", "i-quant", QT_TRANSLATE_NOOP("Quantize", "3.4-bit i-quant mix."),
              QT_TRANSLATE_NOOP("Quantize", "Noticeable quality loss"), False, False),
    "IQ3_S": ("iq3_s", "i-quant", QT_TRANSLATE_NOOP("Quantize", "3.4-bit i-quant."),
              QT_TRANSLATE_NOOP("Quantize", "Noticeable quality loss"), False, False),
    "IQ3_XS": ("iq3_s", "i-quant", QT_TRANSLATE_NOOP("Quantize", "3.3-bit i-quant mix; needs an importance matrix."),
               QT_TRANSLATE_NOOP("Quantize", "Clear quality loss"), True, False),
    "IQ3_XXS": ("iq3_xxs", "i-quant", QT_TRANSLATE_NOOP("Quantize", "3.06-bit i-quant; needs an importance matrix."),
                QT_TRANSLATE_NOOP("Quantize", "Clear quality loss"), True, False),
    "Q2_K": ("q2_K", "k-quant", QT_TRANSLATE_NOOP("Quantize", "2-bit k-quant mix; only worth it for big models."),
             QT_TRANSLATE_NOOP("Quantize", "Large quality loss"), False, False),
    "Q2_K_S": ("q2_K", "k-quant",
               QT_TRANSLATE_NOOP("Quantize", "2-bit k-quant, smaller mix; needs an importance matrix."),
               QT_TRANSLATE_NOOP("Quantize", "Large quality loss"), True, False),
    "IQ2_M": ("iq2_s", "i-quant", QT_TRANSLATE_NOOP("Quantize", "2.7-bit i-quant mix; needs an importance matrix."),
              QT_TRANSLATE_NOOP("Quantize", "Large quality loss"), True, False),
    "IQ2_S": ("iq2_xs", "i-quant", QT_TRANSLATE_NOOP("Quantize", "2.5-bit i-quant; needs an importance matrix."),
              QT_TRANSLATE_NOOP("Quantize", "Large quality loss"), True, False),
    "IQ2_XS": ("iq2_xs", "i-quant", QT_TRANSLATE_NOOP("Quantize", "2.31-bit i-quant; needs an importance matrix."),
               QT_TRANSLATE_NOOP("Quantize", "Very large quality loss"), True, False),
    "IQ2_XXS": ("iq2_xxs", "i-quant", QT_TRANSLATE_NOOP("Quantize", "2.06-bit i-quant; needs an importance matrix."),
                QT_TRANSLATE_NOOP("Quantize", "Very large quality loss"), True, False),
    "IQ1_M": ("iq1_m", "i-quant",
              QT_TRANSLATE_NOOP("Quantize", "1.75-bit i-quant; a last resort for very large models."),
              QT_TRANSLATE_NOOP("Quantize", "Severe quality loss"), True, False),
    "IQ1_S": ("iq1_s", "i-quant",
              QT_TRANSLATE_NOOP("Quantize", "1.56-bit i-quant; a last resort for very large models."),
              QT_TRANSLATE_NOOP("Quantize", "Severe quality loss"), True, False),
    "TQ2_0": ("tq2_0", "ternary",
              QT_TRANSLATE_NOOP("Quantize", "2-bit ternary: only for models trained with weights -1/0/+1 (BitNet)."),
              QT_TRANSLATE_NOOP("Quantize", "Ruins ordinary models"), False, False),
    "TQ1_0": ("tq1_0", "ternary",
              QT_TRANSLATE_NOOP("Quantize", "1.69-bit ternary: only for models trained with weights -1/0/+1 (BitNet)."),
              QT_TRANSLATE_NOOP("Quantize", "Ruins ordinary models"), False, False),
    "Q2_0": ("q2_0", "special", QT_TRANSLATE_NOOP("Quantize", "Experimental 2-bit format for models trained for it."),
             QT_TRANSLATE_NOOP("Quantize", "Ruins ordinary models"), False, False),
    "Q1_0": ("q1_0", "special", QT_TRANSLATE_NOOP("Quantize", "1-bit format for models trained with 1-bit weights."),
             QT_TRANSLATE_NOOP("Quantize", "Ruins ordinary models"), False, False),
    "NVFP4": ("nvfp4", "special",
              QT_TRANSLATE_NOOP("Quantize", "NVIDIA 4-bit floating point, for models published in it."),
              QT_TRANSLATE_NOOP("Quantize", "Good on models trained for it"), False, False),
    "MXFP4_MOE": ("mxfp4", "special",
                  QT_TRANSLATE_NOOP("Quantize", "4-bit floating point for mixture-of-experts layers (e.g. gpt-oss)."),
                  QT_TRANSLATE_NOOP("Quantize", "Only for mixture-of-experts models"), False, False),
}

NOT_QUANTIZABLE = frozenset({"NVFP4"})
"""Declared by llama-cpp-python 0.3.36, but its ``llama_model_quantize`` answers "invalid output file type"."""

ORDER: tuple[str, ...] = tuple(_KNOWN)
"""Catalog order: from the largest, most faithful type to the smallest."""

_PREFIXES = ("LLAMA_FTYPE_MOSTLY_", "LLAMA_FTYPE_ALL_")


def installed_ftypes() -> dict[str, int]:
    """``{"Q4_K_M": 15, ...}``: the file types the installed llama_cpp declares (F32 and GUESSED left out)."""
    module = sys.modules.get("llama_cpp.llama_cpp")
    if module is not None:
        constants = {k: int(v) for k, v in vars(module).items() if k.startswith("LLAMA_FTYPE_")}
    else:
        constants = _ftype_constants_from_source()
    found: dict[str, int] = {}
    for key, value in constants.items():
        for prefix in _PREFIXES:
            if key.startswith(prefix):
                found[key.removeprefix(prefix)] = value
    found.pop("F32", None)
    return found


@functools.lru_cache(maxsize=1)
def _ftype_constants_from_source() -> dict[str, int]:
    spec = importlib.util.find_spec("llama_cpp.llama_cpp")
    if spec is None or spec.origin is None:
        return {}
    with open(spec.origin, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    constants: dict[str, int] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id.startswith("LLAMA_FTYPE_")
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, int)
        ):
            constants[node.targets[0].id] = node.value.value
    return constants


@functools.lru_cache(maxsize=1)
def _offered() -> dict[str, int]:
    return installed_ftypes()


def quant_catalog() -> tuple[QuantType, ...]:
    """The types this llama.cpp offers that the workbench can describe, largest first (their descriptions in the
    active language)."""
    offered = _offered()
    types = []
    for name in ORDER:
        if name not in offered or name in NOT_QUANTIZABLE:
            continue
        ttype, family, description, quality, needs_imatrix, recommended = _KNOWN[name]
        description, quality = tr("Quantize", description), tr("Quantize", quality)
        types.append(QuantType(name, offered[name], ttype, family, description, quality, needs_imatrix, recommended))
    return tuple(types)


def quant_type(name: str) -> QuantType:
    """The catalog entry for ``name`` in any case (``q4_k_m``); :class:`KeyError` with the choices if unknown."""
    wanted = name.strip().upper()
    for qtype in quant_catalog():
        if qtype.name == wanted:
            return qtype
    choices = ", ".join(q.cli_name for q in quant_catalog())
    raise KeyError(
        tr("Quantize", "unknown quantization type {name}; choose from: {choices}").format(
            name=repr(name), choices=choices
        )
    )
