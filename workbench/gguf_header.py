"""A fast reader of a GGUF file's header: metadata and the tensor table, no weights.

``gguf.GGUFReader`` builds a numpy view per token of the vocabulary, which takes seconds on a 49k-token
model. Inspection, the library scan and quantization need only the scalars, short per-layer arrays and
the tensor table, read here with ``struct`` over a memory map in tens of milliseconds.
"""

from __future__ import annotations

import mmap
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9
_U64 = struct.Struct("<Q")
DEFAULT_ALIGNMENT = 32
SHORT_ARRAY = 4096
"""Numeric arrays up to this length are kept (per-layer values); longer ones, and the tokenizer's, are
given as their length."""


@dataclass(frozen=True)
class HeaderTensor:
    name: str
    shape: tuple[int, ...]
    """ggml's ``ne``: row length first."""
    type_id: int
    offset: int
    """From the start of the tensor data."""


@dataclass(frozen=True)
class GgufHeader:
    """Metadata (arrays are given as their length only) and tensor table of a GGUF file."""

    path: str
    file_size: int
    metadata: dict[str, Any] = field(repr=False)
    """Scalars and strings as values; short numeric arrays as lists; other arrays as their length."""
    tensors: tuple[HeaderTensor, ...] = field(repr=False)
    data_offset: int
    alignment: int
    metadata_end: int
    """Where the header ends before the padding up to ``data_offset``."""


class GgufHeaderError(ValueError):
    """The file is not a GGUF, or its header is cut short."""


def read_gguf_header(path: str | os.PathLike[str]) -> GgufHeader:
    """Parse ``path``'s header; :class:`GgufHeaderError` if it is not a complete GGUF header."""
    p = Path(path)
    size = p.stat().st_size
    with p.open("rb") as f:
        if size < 24:
            raise GgufHeaderError("is too short to be a GGUF file")
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
            try:
                return _parse(buf, str(p), size)
            except struct.error as exc:
                raise GgufHeaderError("its header is cut short (an interrupted write?)") from exc


def _parse(buf: Any, path: str, size: int) -> GgufHeader:
    if buf[:4] != b"GGUF":
        raise GgufHeaderError("is not a GGUF file")
    pos = 4

    def take(fmt: str) -> Any:
        nonlocal pos
        value = struct.unpack_from(fmt, buf, pos)[0]
        pos += struct.calcsize(fmt)
        return value

    def string() -> str:
        nonlocal pos
        length = take("<Q")
        if pos + length > size:
            raise struct.error("string past the end")
        text = bytes(buf[pos : pos + length]).decode("utf-8", "replace")
        pos += length
        return text

    def value(vtype: int, keep: bool = False) -> Any:
        nonlocal pos
        if vtype in _SCALARS:
            return take(_SCALARS[vtype])
        if vtype == _STRING:
            return string()
        if vtype == _ARRAY:
            etype, count = take("<I"), take("<Q")
            if etype in _SCALARS:
                if keep and count <= SHORT_ARRAY:
                    values = list(struct.unpack_from(f"<{count}{_SCALARS[etype][1]}", buf, pos))
                    pos += struct.calcsize(_SCALARS[etype]) * count
                    return values
                pos += struct.calcsize(_SCALARS[etype]) * count
            elif etype == _STRING:
                # The vocabulary (tens of thousands of strings): step over each, decoding none.
                for _ in range(count):
                    pos += 8 + _U64.unpack_from(buf, pos)[0]
                if pos > size:
                    raise struct.error("string array past the end")
            else:
                for _ in range(count):
                    value(etype)
            return count
        raise struct.error(f"unknown value type {vtype}")

    version = take("<I")
    if version < 2:
        raise GgufHeaderError(f"uses GGUF version {version}, which is too old")
    n_tensors, n_kv = take("<Q"), take("<Q")
    metadata: dict[str, Any] = {}
    for _ in range(n_kv):
        key = string()
        metadata[key] = value(take("<I"), keep=not key.startswith("tokenizer."))
    tensors = []
    for _ in range(n_tensors):
        name = string()
        dims = tuple(take("<Q") for _ in range(take("<I")))
        tensors.append(HeaderTensor(name, dims, take("<I"), take("<Q")))
    alignment = int(metadata.get("general.alignment", DEFAULT_ALIGNMENT))
    data_offset = -(-pos // alignment) * alignment
    return GgufHeader(path, size, metadata, tuple(tensors), data_offset, alignment, pos)
