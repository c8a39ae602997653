"""GGUF files, llama.cpp's format: read by :mod:`workbench.model_info` (over :mod:`workbench.gguf_header`)."""

from __future__ import annotations

import math
import os
from collections.abc import Sequence

from workbench.formats.base import ModelDescription, ModelFormat
from workbench.memory import MemoryEstimate, estimate_memory
from workbench.model_info import ModelInfo, check_model_path, read_model_info


def bytes_read_per_token(path: str | os.PathLike[str]) -> int:
    """Bytes of weights read to generate one token, from a GGUF's tensor table.

    All tensor bytes, less the token-embedding table when the model has a separate output matrix:
    the embedding is then only a lookup of one row per token. When the output projection reuses the
    embedding (tied weights, as in SmolLM2), the whole table is read and it counts.
    """
    import gguf

    from workbench.gguf_header import read_gguf_header

    header = read_gguf_header(path)
    sizes: dict[str, int] = {}
    for t in header.tensors:
        block, block_bytes = gguf.GGML_QUANT_SIZES[gguf.GGMLQuantizationType(t.type_id)]
        sizes[t.name] = math.prod(t.shape) * block_bytes // block
    total = sum(sizes.values())
    if "output.weight" in sizes and "token_embd.weight" in sizes:
        total -= sizes["token_embd.weight"]
    return total


class GgufFormat(ModelFormat):
    """One ``.gguf`` file (or the first part of a split model); runs on llama.cpp."""

    id = "gguf"
    label = "GGUF file"
    plural = "GGUF files"
    backend = "llama.cpp"

    def detect_file(self, name: str) -> bool:
        return name.lower().endswith(".gguf")

    def detect_path(self, path: str) -> bool:
        return self.detect_file(os.path.basename(path)) and not os.path.isdir(path)

    def describes(self, info: object) -> bool:
        return isinstance(info, ModelInfo)

    def read(self, path: str | os.PathLike[str]) -> ModelInfo:
        return read_model_info(path)

    def memory(
        self, info: ModelDescription, context_length: int, cache_type: str = "f16", weights: str = "auto"
    ) -> MemoryEstimate:
        return estimate_memory(_gguf(info), context_length, cache_type, weights)

    def bits_per_weight(self, info: ModelDescription) -> float:
        return _gguf(info).bits_per_weight

    def bytes_read_per_token(self, info: ModelDescription) -> int:
        return bytes_read_per_token(info.path)

    def summary_rows(self, info: ModelDescription) -> list[tuple[str, str]]:
        return _gguf(info).summary_rows()

    def cache_types(self) -> tuple[str, ...]:
        return ("f16", "q8_0", "q4_0")

    def can_quantize(self) -> bool:
        return True


def _gguf(info: ModelDescription) -> ModelInfo:
    if not isinstance(info, ModelInfo):
        raise TypeError(f"not a GGUF description: {type(info).__name__}")
    return info


__all__: Sequence[str] = ["GgufFormat", "ModelInfo", "bytes_read_per_token", "check_model_path", "read_model_info"]
