"""Quantization: make smaller variants of a model (GGUF with llama.cpp, MLX with mlx-lm), safely.

Plan first (:func:`plan_quantization` checks the source, types, names and disk space and predicts each
output's size), then run the plan as a core job (:class:`QuantizationJob`) in a child process.
"""

from workbench.quantize.catalog import QuantType, quant_catalog, quant_type
from workbench.quantize.errors import (
    ImatrixMismatch,
    ImatrixRequired,
    NotEnoughDiskSpace,
    OutputExists,
    OutputNotWritable,
    QuantizationFailed,
    QuantizeError,
    RequantizeNotConfirmed,
    SourceNotUsable,
    UnsupportedQuantType,
)
from workbench.quantize.job import QuantizationJob, QuantizeProgress, QuantizeResult
from workbench.quantize.plan import PlannedOutput, QuantizePlan, TargetOption, plan_quantization, target_options
from workbench.quantize.predict import SizePrediction, predict
from workbench.quantize.source import SourceModel, read_source

__all__ = [
    "ImatrixMismatch",
    "ImatrixRequired",
    "NotEnoughDiskSpace",
    "OutputExists",
    "OutputNotWritable",
    "PlannedOutput",
    "QuantType",
    "QuantizationFailed",
    "QuantizationJob",
    "QuantizeError",
    "QuantizePlan",
    "QuantizeProgress",
    "QuantizeResult",
    "RequantizeNotConfirmed",
    "SizePrediction",
    "SourceModel",
    "SourceNotUsable",
    "TargetOption",
    "UnsupportedQuantType",
    "plan_quantization",
    "predict",
    "quant_catalog",
    "quant_type",
    "read_source",
    "target_options",
]
