"""Importance matrices: read llama-imatrix files (GGUF or the legacy ``.dat``), check them against a model.

An importance matrix says, for every weight column, how much that column matters on real text (the mean
squared activation feeding it). Low-bit types use it to spend their few bits where they matter.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from workbench.i18n import tr
from workbench.quantize.errors import ImatrixMismatch
from workbench.quantize.source import SourceModel

_SUMS, _COUNTS = ".in_sum2", ".counts"


@dataclass(frozen=True)
class Imatrix:
    """Per-tensor importance values (already divided by their counts), as ``llama_model_quantize`` takes them."""

    path: str
    entries: dict[str, np.ndarray] = field(repr=False)
    chunks: int = 0
    datasets: tuple[str, ...] = ()


def load_imatrix(path: str | os.PathLike[str]) -> Imatrix:
    """Read an imatrix file; :class:`ImatrixMismatch` with a one-line reason if it is not one."""
    p = Path(path)
    try:
        with p.open("rb") as f:
            magic = f.read(4)
    except OSError as exc:
        raise ImatrixMismatch(
            tr("Quantize", "{path}: cannot be read ({detail})").format(path=p, detail=exc.strerror or exc)
        ) from exc
    try:
        return _load_gguf(p) if magic == b"GGUF" else _load_legacy(p)
    except ImatrixMismatch:
        raise
    except Exception as exc:  # a damaged file raises assorted errors
        raise ImatrixMismatch(
            tr("Quantize", "{path}: is not an importance matrix file ({detail})").format(path=p, detail=exc)
        ) from exc


def _load_gguf(p: Path) -> Imatrix:
    import gguf

    reader = gguf.GGUFReader(p)
    sums: dict[str, np.ndarray] = {}
    counts: dict[str, np.ndarray] = {}
    for t in reader.tensors:
        if t.name.endswith(_SUMS):
            sums[t.name.removesuffix(_SUMS)] = np.asarray(t.data, dtype=np.float32).reshape(-1, int(t.shape[0]))
        elif t.name.endswith(_COUNTS):
            counts[t.name.removesuffix(_COUNTS)] = np.asarray(t.data, dtype=np.float32).reshape(-1)
    if not sums:
        raise ImatrixMismatch(
            tr("Quantize", "{path}: is a GGUF file but holds no importance matrix (no *.in_sum2 tensors)").format(
                path=p
            )
        )
    entries = {}
    for name, s in sums.items():
        c = counts.get(name)
        if c is None or len(c) != s.shape[0]:
            raise ImatrixMismatch(
                tr("Quantize", "{path}: importance data for {name} has no matching counts").format(path=p, name=name)
            )
        values = np.where(c[:, None] > 0, s / np.maximum(c[:, None], 1e-30), 1.0).astype(np.float32)
        entries[name] = values.reshape(-1)
    field_chunks = reader.fields.get("imatrix.chunk_count")
    field_sets = reader.fields.get("imatrix.datasets")
    datasets = tuple(str(x) for x in field_sets.contents()) if field_sets is not None else ()
    return Imatrix(str(p), entries, int(field_chunks.contents()) if field_chunks is not None else 0, datasets)


def _load_legacy(p: Path) -> Imatrix:
    data = p.read_bytes()
    pos = 0

    def take(fmt: str) -> tuple[int, ...]:
        nonlocal pos
        values = struct.unpack_from(fmt, data, pos)
        pos += struct.calcsize(fmt)
        return values

    (n_entries,) = take("<i")
    if n_entries <= 0 or n_entries > 1_000_000:
        raise ImatrixMismatch(tr("Quantize", "{path}: is not an importance matrix file").format(path=p))
    entries = {}
    for _ in range(n_entries):
        (length,) = take("<i")
        if not 0 < length < 4096:
            raise ImatrixMismatch(
                tr("Quantize", "{path}: is not an importance matrix file (bad entry name)").format(path=p)
            )
        name = data[pos : pos + length].decode("utf-8")
        pos += length
        _ncall, nval = take("<ii")
        if nval <= 0:
            raise ImatrixMismatch(tr("Quantize", "{path}: entry {name} holds no values").format(path=p, name=name))
        entries[name] = np.frombuffer(data, dtype="<f4", count=nval, offset=pos).astype(np.float32)
        pos += 4 * nval
    chunks = take("<i")[0] if pos + 4 <= len(data) else 0
    return Imatrix(str(p), entries, chunks)


def check_imatrix(imatrix: Imatrix, source: SourceModel) -> None:
    """Raise :class:`ImatrixMismatch` unless every entry names a tensor of ``source`` with a matching width."""
    widths = {t.name: t.shape[0] * (t.shape[2] if len(t.shape) > 2 else 1) for t in source.tensors}
    name = Path(imatrix.path).name
    foreign = [n for n in imatrix.entries if n not in widths]
    if foreign:
        raise ImatrixMismatch(
            tr("Quantize", "{name} was made for another model: it has data for {tensor}, which {model} lacks").format(
                name=name, tensor=foreign[0], model=source.name
            )
        )
    for entry, values in imatrix.entries.items():
        if values.size != widths[entry]:
            raise ImatrixMismatch(
                tr("Quantize", "{name} was made for another model: {tensor} has {count} values, this model needs "
                   "{expected}").format(name=name, tensor=entry, count=values.size, expected=widths[entry])
            )
    if not any(e.startswith("blk.") for e in imatrix.entries):
        raise ImatrixMismatch(tr("Quantize", "{name} holds no data for this model's layers").format(name=name))


def write_imatrix(
    path: str | os.PathLike[str],
    sums: Mapping[str, np.ndarray],
    counts: Mapping[str, int | np.ndarray],
    chunks: int,
    dataset: str,
    chunk_size: int = 512,
) -> Path:
    """Write an imatrix in llama-imatrix's GGUF format: ``<tensor>.in_sum2`` and ``<tensor>.counts``.

    ``sums[name]`` holds the summed squared activations per column, one row per matrix (experts have
    several); ``counts[name]`` the rows summed per matrix (a single number for a plain matrix).
    """
    import gguf

    out = Path(path)
    writer = gguf.GGUFWriter(str(out), arch="imatrix")
    writer.add_string("general.type", "imatrix")
    writer.add_array("imatrix.datasets", [dataset])
    writer.add_uint32("imatrix.chunk_count", chunks)
    writer.add_uint32("imatrix.chunk_size", chunk_size)
    for name in sorted(sums):
        n = np.asarray(counts[name], dtype=np.float32).reshape(-1, 1)
        writer.add_tensor(name + _SUMS, np.asarray(sums[name], dtype=np.float32).reshape(n.shape[0], -1))
        writer.add_tensor(name + _COUNTS, n)
    try:
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
    finally:
        writer.close()
    return out
