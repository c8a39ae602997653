"""The tensor storage types of ggml: block size and bytes per block, as llama.cpp names them.

Kept as a table (checked against the installed ggml by ``tests/unit/test_quantize_catalog.py``) so that the
size of a planned output can be computed without loading native code in the window's process.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TensorType:
    """One ggml tensor type: ``block`` weights are stored in ``block_bytes`` bytes."""

    name: str
    """As llama.cpp logs it: ``f16``, ``q4_K``, ``iq2_xs``."""
    id: int
    block: int
    block_bytes: int

    @property
    def quantized(self) -> bool:
        return self.block > 1

    @property
    def bits_per_weight(self) -> float:
        return self.block_bytes * 8 / self.block

    def row_bytes(self, row_length: int) -> int:
        """Bytes of one row of ``row_length`` weights (a multiple of the block size)."""
        return row_length // self.block * self.block_bytes


_TYPES = (
    TensorType("f32", 0, 1, 4),
    TensorType("f16", 1, 1, 2),
    TensorType("q4_0", 2, 32, 18),
    TensorType("q4_1", 3, 32, 20),
    TensorType("q5_0", 6, 32, 22),
    TensorType("q5_1", 7, 32, 24),
    TensorType("q8_0", 8, 32, 34),
    TensorType("q8_1", 9, 32, 36),
    TensorType("q2_K", 10, 256, 84),
    TensorType("q3_K", 11, 256, 110),
    TensorType("q4_K", 12, 256, 144),
    TensorType("q5_K", 13, 256, 176),
    TensorType("q6_K", 14, 256, 210),
    TensorType("q8_K", 15, 256, 292),
    TensorType("iq2_xxs", 16, 256, 66),
    TensorType("iq2_xs", 17, 256, 74),
    TensorType("iq3_xxs", 18, 256, 98),
    TensorType("iq1_s", 19, 256, 50),
    TensorType("iq4_nl", 20, 32, 18),
    TensorType("iq3_s", 21, 256, 110),
    TensorType("iq2_s", 22, 256, 82),
    TensorType("iq4_xs", 23, 256, 136),
    TensorType("i8", 24, 1, 1),
    TensorType("i16", 25, 1, 2),
    TensorType("i32", 26, 1, 4),
    TensorType("i64", 27, 1, 8),
    TensorType("f64", 28, 1, 8),
    TensorType("iq1_m", 29, 256, 56),
    TensorType("bf16", 30, 1, 2),
    TensorType("tq1_0", 34, 256, 54),
    TensorType("tq2_0", 35, 256, 66),
    TensorType("mxfp4", 39, 32, 17),
    TensorType("nvfp4", 40, 64, 36),
    TensorType("q1_0", 41, 128, 18),
    TensorType("q2_0", 42, 64, 18),
)

BY_NAME: dict[str, TensorType] = {t.name: t for t in _TYPES}
BY_ID: dict[int, TensorType] = {t.id: t for t in _TYPES}


def tensor_type(name: str) -> TensorType:
    """The type called ``name`` (``q4_K``; case as llama.cpp writes it, or any case)."""
    found = BY_NAME.get(name)
    if found is None:
        found = next((t for t in _TYPES if t.name.lower() == name.lower()), None)
    if found is None:
        raise KeyError(f"unknown ggml tensor type {name!r}")
    return found


def all_tensor_types() -> tuple[TensorType, ...]:
    return _TYPES
