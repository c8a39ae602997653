"""Collect what llama-imatrix collects, from inside llama.cpp's graph evaluation (child process only).

llama.cpp calls an *eval callback* for every node of the compute graph (``cb_eval`` in the context
parameters). For each matrix multiplication whose first operand is a model weight (``MUL_MAT`` and, for
mixture-of-experts models, ``MUL_MAT_ID``), :class:`ActivationCollector` adds the squares of the activations
fed into each weight column, and counts the rows — exactly llama-imatrix's ``in_sum2`` and ``counts``.

Reading a node needs the C layout of ``struct ggml_tensor``; :func:`tensor_layout_problem` checks it against
the loaded ggml library (its size and the accessor functions ggml exports) before anything is read.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

GGML_MAX_DIMS = 4
GGML_MAX_OP_PARAMS = 64
GGML_MAX_SRC = 10
GGML_MAX_NAME = 64
GGML_TYPE_F32 = 0
GGML_TYPE_I32 = 26
GGML_OBJECT_SIZE = 32
"""``sizeof(struct ggml_object)``: ``ggml_tensor_overhead()`` is this plus ``sizeof(struct ggml_tensor)``."""
MIN_TOKENS = 16
"""llama-imatrix ignores multiplications over fewer rows (the tail of a generation, not text)."""


class GgmlTensor(ctypes.Structure):
    """``struct ggml_tensor`` as declared in ggml.h (64-bit platforms)."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("buffer", ctypes.c_void_p),
        ("ne", ctypes.c_int64 * GGML_MAX_DIMS),
        ("nb", ctypes.c_size_t * GGML_MAX_DIMS),
        ("op", ctypes.c_int),
        ("op_params", ctypes.c_int32 * (GGML_MAX_OP_PARAMS // 4)),
        ("flags", ctypes.c_int32),
        ("src", ctypes.c_void_p * GGML_MAX_SRC),
        ("view_src", ctypes.c_void_p),
        ("view_offs", ctypes.c_size_t),
        ("data", ctypes.c_void_p),
        ("name", ctypes.c_char * GGML_MAX_NAME),
        ("extra", ctypes.c_void_p),
        ("padding", ctypes.c_char * 8),
    ]


def weight_name(raw: str) -> str:
    """``CUDA0#blk.0.attn_k.weight#0`` → ``blk.0.attn_k.weight`` (backends decorate copied tensors' names)."""
    if "#" in raw:
        return raw.split("#")[1]
    return raw


@dataclass
class TensorStats:
    """Sums of squared activations per weight column (one row per expert matrix) and rows seen per matrix."""

    sums: np.ndarray
    counts: np.ndarray


@dataclass
class ActivationCollector:
    """The statistics of every weight multiplication seen so far, by weight name."""

    stats: dict[str, TensorStats] = field(default_factory=dict)

    def _entry(self, name: str, n_mat: int, cols: int) -> TensorStats:
        entry = self.stats.get(name)
        if entry is None:
            entry = self.stats[name] = TensorStats(np.zeros((n_mat, cols)), np.zeros(n_mat, dtype=np.int64))
        elif entry.sums.shape != (n_mat, cols):
            raise ValueError(f"{name}: activations of width {cols}×{n_mat}, before {entry.sums.shape[1]}"
                             f"×{entry.sums.shape[0]}")
        return entry

    def add_dense(self, name: str, x: np.ndarray, n_mat2: int = 1, n_mat3: int = 1) -> None:
        """``x``: activations ``[i3, i2, row, col]`` fed to a weight made of ``n_mat3 × n_mat2`` matrices."""
        cols = x.shape[3]
        entry = self._entry(name, n_mat2 * n_mat3, cols)
        squares = np.square(x, dtype=np.float64).sum(axis=2)  # [i3, i2, col]
        # ggml broadcasts each weight matrix over consecutive activation slices: i02 = i12 / (ne12 / ne02)
        r2, r3 = max(1, x.shape[1] // n_mat2), max(1, x.shape[0] // n_mat3)
        for i3 in range(x.shape[0]):
            for i2 in range(x.shape[1]):
                entry.sums[(i3 // r3) * n_mat2 + (i2 // r2)] += squares[i3, i2]
        entry.counts += x.shape[0] * x.shape[1] * x.shape[2] // (n_mat2 * n_mat3)

    def add_experts(self, name: str, x: np.ndarray, ids: np.ndarray, n_experts: int) -> None:
        """``x``: activations ``[token, slot or 1, col]``; ``ids``: the expert chosen ``[token, slot]``."""
        tokens, n_slots = ids.shape
        cols = x.shape[2]
        entry = self._entry(name, n_experts, cols)
        rows = x[:, np.arange(n_slots) % x.shape[1], :].reshape(tokens * n_slots, cols)
        chosen = ids.reshape(-1)
        if chosen.size and (chosen.min() < 0 or chosen.max() >= n_experts):
            raise ValueError(f"{name}: expert id out of range")
        np.add.at(entry.sums, chosen, np.square(rows, dtype=np.float64))
        entry.counts += np.bincount(chosen, minlength=n_experts)


class GgmlAccess:
    """The few ggml functions the collector needs, from the ggml library llama.cpp already loaded."""

    def __init__(self, library_dir: str) -> None:
        import os

        lib = None
        for name in ("libggml-base.so", "libggml-base.dylib", "ggml-base.dll", "libggml.so"):
            path = os.path.join(library_dir, name)
            if os.path.exists(path):
                lib = ctypes.CDLL(path)
                break
        if lib is None:
            raise OSError(f"no ggml library in {library_dir}")
        self.lib = lib
        for fname, args, res in (
            ("ggml_op_name", [ctypes.c_int], ctypes.c_char_p),
            ("ggml_op_desc", [ctypes.c_void_p], ctypes.c_char_p),
            ("ggml_get_name", [ctypes.c_void_p], ctypes.c_char_p),
            ("ggml_nelements", [ctypes.c_void_p], ctypes.c_int64),
            ("ggml_nbytes", [ctypes.c_void_p], ctypes.c_size_t),
            ("ggml_tensor_overhead", [], ctypes.c_size_t),
            ("ggml_backend_buffer_is_host", [ctypes.c_void_p], ctypes.c_bool),
            ("ggml_backend_tensor_get", [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t], None),
        ):
            fn = getattr(lib, fname)
            fn.argtypes, fn.restype = args, res
        self.mul_mat, self.mul_mat_id = self._op_numbers("MUL_MAT", "MUL_MAT_ID")

    def _op_numbers(self, *names: str) -> tuple[int, ...]:
        """Look the op numbers up by name (they shift between ggml versions). Stops as soon as all are found."""
        found: dict[str, int] = {}
        for i in range(256):
            op = self.lib.ggml_op_name(i)
            if op is None:
                break
            found.setdefault(op.decode(), i)
            if all(n in found for n in names):
                return tuple(found[n] for n in names)
        raise OSError(f"ggml has no {', '.join(n for n in names if n not in found)} operation")


def tensor_layout_problem(ggml: GgmlAccess) -> str | None:
    """None when :class:`GgmlTensor` matches the loaded ggml; otherwise what differs."""
    expected = ggml.lib.ggml_tensor_overhead() - GGML_OBJECT_SIZE
    if ctypes.sizeof(GgmlTensor) != expected:
        return f"struct ggml_tensor is {expected} bytes in this ggml, {ctypes.sizeof(GgmlTensor)} expected"
    return None


def node_layout_problem(ggml: GgmlAccess, pointer: int) -> str | None:
    """Check one live node read through :class:`GgmlTensor` against ggml's own accessors."""
    t = GgmlTensor.from_address(pointer)
    name = ggml.lib.ggml_get_name(pointer) or b""
    if t.name != name:
        return f"tensor name read as {t.name!r}, ggml says {name!r}"
    n = 1
    for d in t.ne:
        n *= d
    if n != ggml.lib.ggml_nelements(pointer):
        return f"{name!r}: element count read as {n}, ggml says {ggml.lib.ggml_nelements(pointer)}"
    desc = ggml.lib.ggml_op_desc(pointer)
    if t.op in (ggml.mul_mat, ggml.mul_mat_id) and desc != ggml.lib.ggml_op_name(t.op):
        return f"{name!r}: operation read as {ggml.lib.ggml_op_name(t.op)!r}, ggml says {desc!r}"
    return None


def _read(ggml: GgmlAccess, t: GgmlTensor, pointer: int, dtype: type, keep: list[Any]) -> np.ndarray:
    """The tensor's elements as a strided ``[ne3, ne2, ne1, ne0]`` view (copied first if not in host memory)."""
    itemsize = np.dtype(dtype).itemsize
    if t.nb[0] != itemsize:
        raise ValueError(f"{t.name.decode()}: elements are not contiguous in a row")
    shape = (t.ne[3], t.ne[2], t.ne[1], t.ne[0])
    strides = (t.nb[3], t.nb[2], t.nb[1], t.nb[0])
    span = sum((n - 1) * s for n, s in zip(shape, strides, strict=True)) + itemsize
    if t.buffer and ggml.lib.ggml_backend_buffer_is_host(t.buffer) and t.data:
        raw = (ctypes.c_char * span).from_address(t.data)
    else:
        nbytes = ggml.lib.ggml_nbytes(pointer)
        raw = (ctypes.c_char * max(nbytes, span))()
        ggml.lib.ggml_backend_tensor_get(pointer, raw, 0, nbytes)
    keep.append(raw)
    base = np.frombuffer(raw, dtype=np.uint8, count=span)
    return np.lib.stride_tricks.as_strided(base.view(dtype)[:1], shape=shape, strides=strides, writeable=False)


def make_eval_callback(
    ggml: GgmlAccess, collector: ActivationCollector, on_error: Callable[[str], None]
) -> Callable[[int, bool, Any], bool]:
    """The ``cb_eval`` function: say which nodes to see (``ask``), then add their activations.

    A problem is reported once through ``on_error`` and collection stops (never an exception into C).
    """
    checked = [False]
    failed = [False]

    def callback(pointer: int, ask: bool, user_data: Any) -> bool:
        if failed[0] or not pointer:
            return False
        try:
            t = GgmlTensor.from_address(pointer)
            if t.op not in (ggml.mul_mat, ggml.mul_mat_id) or not t.src[0] or not t.src[1]:
                return False
            src0 = GgmlTensor.from_address(t.src[0])
            src1 = GgmlTensor.from_address(t.src[1])
            name = weight_name(src0.name.decode("utf-8", "replace"))
            if not name.startswith("blk."):
                return False
            if ask:
                if not checked[0]:
                    problem = node_layout_problem(ggml, pointer) or node_layout_problem(ggml, t.src[1])
                    if problem:
                        raise ValueError(problem)
                    checked[0] = True
                return t.op == ggml.mul_mat_id or (src1.ne[1] >= MIN_TOKENS and src1.type == GGML_TYPE_F32)
            if src1.type != GGML_TYPE_F32:
                return True
            keep: list[Any] = []
            x = _read(ggml, src1, t.src[1], np.float32, keep)
            if t.op == ggml.mul_mat:
                collector.add_dense(name, x, int(src0.ne[2]), int(src0.ne[3]))
            else:
                ids_t = GgmlTensor.from_address(t.src[2])
                ids = _read(ggml, ids_t, t.src[2], np.int32, keep)[0, 0]  # [token, slot]
                collector.add_experts(name, x[0], ids, int(src0.ne[2]))
            return True
        except Exception as exc:  # noqa: BLE001 - never raise into llama.cpp
            failed[0] = True
            on_error(str(exc).strip() or "an unexpected error while reading a tensor")
            return False

    return callback
