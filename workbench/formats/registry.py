"""Every model format the app knows, and the questions asked of a path or a description without knowing its format.

To add a format: write its :class:`~workbench.formats.base.ModelFormat` in a module of
this package and add one instance to :data:`FORMATS`. Folder formats are detected in the order listed.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from workbench.formats.base import ModelDescription, ModelFormat
from workbench.formats.endpoint import EndpointFormat
from workbench.formats.gguf import GgufFormat
from workbench.formats.mlx import MlxFormat
from workbench.formats.onnx import OnnxFormat
from workbench.memory import FitEstimate, judge_fit

GGUF = GgufFormat()
MLX = MlxFormat()
ONNX = OnnxFormat()
ENDPOINT = EndpointFormat()

FORMATS: tuple[ModelFormat, ...] = (GGUF, MLX, ONNX, ENDPOINT)

DEFAULT_CONTEXT = 4096
"""The context length at which a fit is judged when none is given (capped by the model's own context length)."""


class UnknownFormat(KeyError):
    """No format has this id."""


def format_named(format_id: str) -> ModelFormat:
    """The format stored under ``format_id`` (``gguf``, ``mlx``, ``endpoint`` or its alias ``remote``)."""
    for fmt in FORMATS:
        if format_id == fmt.id or format_id in fmt.aliases:
            return fmt
    raise UnknownFormat(format_id)


def file_format(name: str) -> ModelFormat | None:
    """The format a file of this name has (by its name), or None: not a model file."""
    return next((f for f in FORMATS if f.detect_file(name)), None)


def folder_format(names: Sequence[str]) -> ModelFormat | None:
    """The format a folder holding these file names is a model of, or None."""
    return next((f for f in FORMATS if f.folder and f.detect_folder(names)), None)


def format_of_path(path: str | os.PathLike[str]) -> ModelFormat:
    """The format of the model at ``path``: detected, else by kind (a folder is taken for the first folder format,
    a file for GGUF) so that reading it explains what is wrong with it."""
    text = str(path)
    for fmt in FORMATS:
        if fmt.detect_path(text):
            return fmt
    if Path(text).is_dir():
        return next(f for f in FORMATS if f.folder)
    return GGUF


def format_of(info: ModelDescription) -> ModelFormat:
    """The format whose reader made ``info``."""
    for fmt in FORMATS:
        if fmt.describes(info):
            return fmt
    raise UnknownFormat(type(info).__name__)


def read_info(path: str | os.PathLike[str]) -> ModelDescription:
    """Describe the model at ``path`` whatever its format, after checking it can be loaded; the typed
    :class:`~workbench.errors.ModelFileError` s of its format's reader."""
    return format_of_path(path).read(path)


def default_context(info: ModelDescription) -> int:
    """:data:`DEFAULT_CONTEXT`, capped by the model's own context length."""
    return min(info.context_length or DEFAULT_CONTEXT, DEFAULT_CONTEXT)


def fit(
    info: ModelDescription,
    context_length: int | None = None,
    *,
    cache_type: str = "f16",
    memory: tuple[int, int] | None = None,
    weights: str = "auto",
) -> FitEstimate:
    """The one fit: ``info``'s memory at ``context_length`` (default :func:`default_context`) with a KV cache of
    ``cache_type`` and the weights kept as ``weights`` says, judged against ``memory`` = (available, total) bytes, or
    this machine's now."""
    fmt = format_of(info)
    n_ctx = context_length or default_context(info)
    cache = cache_type if cache_type in fmt.cache_types() else fmt.cache_types()[0]
    available, total = memory if memory is not None else (None, None)
    return judge_fit(fmt.memory(info, n_ctx, cache, weights), available, total)


def bits_per_weight(info: ModelDescription) -> float:
    return format_of(info).bits_per_weight(info)


def nominal_bits(info: ModelDescription) -> float:
    return format_of(info).nominal_bits(info)


def bytes_read_per_token(info: ModelDescription) -> int:
    return format_of(info).bytes_read_per_token(info)


def summary_rows(info: ModelDescription) -> list[tuple[str, str]]:
    return format_of(info).summary_rows(info)
