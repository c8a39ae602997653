"""What a quantization source is: its tensor table and hyper-parameters, read without loading weights."""

from __future__ import annotations

import math
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import ModelFileError
from workbench.gguf_header import GgufHeader, GgufHeaderError, read_gguf_header
from workbench.i18n import tr
from workbench.model_info import check_model_path, format_bytes, header_problem, model_info_from_header
from workbench.quantize.errors import RequantizeNotConfirmed, SourceNotUsable
from workbench.quantize.ggml_types import BY_ID

UNQUANTIZED_FILE_TYPES = frozenset({"F32", "F16", "BF16"})
"""Sources quantization is meant for: nothing is lost yet."""

QUANTIZATION_VERSION_KEY = "general.quantization_version"


@dataclass(frozen=True)
class SourceTensor:
    """One tensor of the source: ``shape`` is ggml's ``ne`` (row length first)."""

    name: str
    shape: tuple[int, ...]
    type_name: str
    n_bytes: int

    @property
    def n_elements(self) -> int:
        n = 1
        for d in self.shape:
            n *= d
        return n

    @property
    def n_dims(self) -> int:
        """Dimensions not counting trailing 1s, like ``ggml_n_dims``."""
        dims = len(self.shape)
        while dims > 1 and self.shape[dims - 1] == 1:
            dims -= 1
        return dims


@dataclass(frozen=True)
class SourceModel:
    """A GGUF model as the quantizer sees it."""

    path: str
    file_size: int
    name: str
    architecture: str
    file_type: str
    """As llama.cpp names it: ``F16``, ``Q4_1``."""
    layers: int
    heads: int
    kv_heads: int
    n_expert: int
    tensors: tuple[SourceTensor, ...]
    header_bytes: int
    """Bytes before the tensor data: the metadata and the tensor table, padded."""
    alignment: int
    metadata_end: int
    """Where the header ends before its padding."""
    has_quantization_version: bool

    @property
    def parameters(self) -> int:
        return sum(t.n_elements for t in self.tensors)

    @property
    def tensor_bytes(self) -> int:
        return sum(t.n_bytes for t in self.tensors)

    @property
    def bits_per_weight(self) -> float:
        return self.tensor_bytes * 8 / self.parameters if self.parameters else 0.0

    @property
    def is_quantized(self) -> bool:
        return self.file_type.upper() not in UNQUANTIZED_FILE_TYPES

    @property
    def n_gqa(self) -> int:
        """Query heads per key/value head (grouped-query attention)."""
        return self.heads // self.kv_heads if self.kv_heads else 1


def tensors_of(header: GgufHeader) -> tuple[SourceTensor, ...]:
    """The header's tensors with their byte sizes; :class:`ValueError` for a type this table does not know."""
    tensors = []
    for t in header.tensors:
        ttype = BY_ID.get(t.type_id)
        if ttype is None:
            raise ValueError(f"tensor {t.name} has a tensor type ({t.type_id}) this version does not know")
        rows = 1
        for d in t.shape[1:]:
            rows *= d
        tensors.append(SourceTensor(t.name, t.shape, ttype.name, rows * ttype.row_bytes(t.shape[0])))
    return tuple(tensors)


def data_end(header: GgufHeader, tensors: tuple[SourceTensor, ...]) -> int:
    """Where the last tensor's data ends, from the start of the file."""
    ends = (h.offset + t.n_bytes for h, t in zip(header.tensors, tensors, strict=True))
    return header.data_offset + max(ends, default=0)


def file_type_name(header: GgufHeader, tensors: tuple[SourceTensor, ...]) -> str:
    """``general.file_type`` as llama.cpp names it; else the type holding most weights."""
    from workbench.quantize.catalog import installed_ftypes

    names = {v: k for k, v in installed_ftypes().items()} | {0: "F32"}
    value = header.metadata.get("general.file_type")
    if isinstance(value, int) and value in names:
        return names[value]
    counts: Counter[str] = Counter()
    for t in tensors:
        counts[t.type_name.upper()] += t.n_elements
    return counts.most_common(1)[0][0] if counts else "unknown"


def read_source(path: str | os.PathLike[str]) -> SourceModel:
    """Read ``path``'s header and tensor table; :class:`SourceNotUsable` with a one-line reason otherwise."""
    try:
        p = check_model_path(path)
        header = read_gguf_header(p)
        tensors = tensors_of(header)
    except ModelFileError as exc:
        raise SourceNotUsable(str(exc)) from exc
    except OSError as exc:
        reason = tr("Model file", "cannot be read ({reason})").format(reason=exc.strerror or exc)
        raise SourceNotUsable(f"{path}: {reason}") from exc
    except GgufHeaderError as exc:
        raise SourceNotUsable(str(header_problem(Path(path), exc))) from exc
    except ValueError as exc:
        raise SourceNotUsable(f"{path}: {exc}") from exc
    if not tensors:
        raise SourceNotUsable(f"{p}: " + tr("Quantize", "holds no tensors"))
    try:
        info = model_info_from_header(p, header)  # complete, and an architecture llama.cpp runs
    except ModelFileError as exc:
        raise SourceNotUsable(str(exc)) from exc
    meta = header.metadata
    arch = info.architecture
    heads = _int(meta.get(f"{arch}.attention.head_count"))
    return SourceModel(
        path=str(p),
        file_size=header.file_size,
        name=str(meta.get("general.name") or p.stem),
        architecture=arch,
        file_type=file_type_name(header, tensors),
        layers=_int(meta.get(f"{arch}.block_count")),
        heads=heads,
        kv_heads=_int(meta.get(f"{arch}.attention.head_count_kv", heads)),
        n_expert=_int(meta.get(f"{arch}.expert_count")),
        tensors=tensors,
        header_bytes=header.data_offset,
        alignment=header.alignment,
        metadata_end=header.metadata_end,
        has_quantization_version=QUANTIZATION_VERSION_KEY in meta,
    )


def _int(value: object) -> int:
    """A scalar as int; a per-layer array as its largest value."""
    if isinstance(value, list):
        return max((_int(v) for v in value), default=0)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return 0
    return int(value)


def check_requantize(source: SourceModel, allow_requantize: bool) -> None:
    """Raise :class:`RequantizeNotConfirmed` for an already-quantized source unless the person confirmed."""
    if source.is_quantized and not allow_requantize:
        raise RequantizeNotConfirmed(source.path, source.file_type)


def source_label(source: SourceModel) -> str:
    """``SmolLM2 135M Instruct · llama · Q4_1 · 98.4 MB``."""
    return f"{source.name} · {source.architecture} · {source.file_type} · {format_bytes(source.file_size)}"



