"""Model formats: one :class:`ModelFormat` per way a model is stored (GGUF file, MLX folder, a server's model).

Nothing outside this package tests which format a model has: it asks :func:`format_of_path` / :func:`format_of`
(or the helpers below) and the format answers: detect, read, memory and fit, bits per weight, bytes read per token,
and which backend runs it.
"""

from workbench.formats.base import ModelDescription, ModelFormat
from workbench.formats.registry import (
    DEFAULT_CONTEXT,
    ENDPOINT,
    FORMATS,
    GGUF,
    MLX,
    ONNX,
    UnknownFormat,
    bits_per_weight,
    bytes_read_per_token,
    default_context,
    file_format,
    fit,
    folder_format,
    format_named,
    format_of,
    format_of_path,
    nominal_bits,
    read_info,
    summary_rows,
)

__all__ = [
    "DEFAULT_CONTEXT",
    "ENDPOINT",
    "FORMATS",
    "GGUF",
    "MLX",
    "ONNX",
    "ModelDescription",
    "ModelFormat",
    "UnknownFormat",
    "bits_per_weight",
    "bytes_read_per_token",
    "default_context",
    "file_format",
    "fit",
    "folder_format",
    "format_named",
    "format_of",
    "format_of_path",
    "nominal_bits",
    "read_info",
    "summary_rows",
]
