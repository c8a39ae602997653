"""A corpus of damaged GGUF files made from a good one, for the reliability tests.

:func:`gguf_layout` walks a GGUF (independently of :mod:`workbench.gguf_header`, which it is used to test) and
records where each section starts and ends; :func:`damaged_cases` derives from that layout the ways a file goes
wrong: cut short at every section boundary and inside each section, single bit flips across the header, the
metadata and the tensor table, absurd counts and lengths, unknown versions, a tensor count that does not match
the table, and tensor data outside the file.

Each :class:`DamagedCase` is a recipe (the base file and a list of byte edits), turned into a file by
:meth:`DamagedCase.write`; a 100 MB base never has to be held in memory more than once.
"""

from __future__ import annotations

import random
import re
import shutil
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

_SCALAR_SIZES = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}
_STRING, _ARRAY = 8, 9

Expect = Literal["incomplete", "refused", "any"]
"""``incomplete``: must be called incomplete (an interrupted download); ``refused``: must be refused with a clear
line; ``any``: may be accepted (llama.cpp does not check it either) but must never crash anything."""


@dataclass(frozen=True)
class KvLayout:
    key: str
    start: int
    type_at: int
    value_at: int
    end: int
    vtype: int
    count_at: int = -1
    """For an array: where its element count is."""


@dataclass(frozen=True)
class TensorLayout:
    name: str
    start: int
    n_dims_at: int
    dims_at: int
    n_dims: int
    type_at: int
    offset_at: int
    end: int
    data_start: int
    data_end: int


@dataclass(frozen=True)
class GgufLayout:
    """Where each part of a GGUF file is, in bytes from its start."""

    path: Path
    size: int
    kvs: tuple[KvLayout, ...]
    tensors: tuple[TensorLayout, ...]
    metadata_end: int
    data_offset: int
    data_end: int

    def boundaries(self, tensors: set[int] | None = None) -> list[int]:
        """Every place one part of the file ends and the next begins (around the ``tensors`` given; all when None)."""
        marks = {4, 8, 16, 24, self.metadata_end, self.data_offset, self.data_end}
        for kv in self.kvs:
            marks.update((kv.start, kv.type_at, kv.value_at, kv.end))
        for i, t in enumerate(self.tensors):
            if tensors is not None and i not in tensors:
                continue
            marks.update((t.start, t.n_dims_at, t.type_at, t.offset_at, t.end, t.data_start, t.data_end))
        return sorted(m for m in marks if 0 < m < self.size)


def gguf_layout(path: str | Path) -> GgufLayout:
    """Walk a well-formed GGUF file (version 2 or 3, little-endian) and record its layout."""
    p = Path(path)
    data = p.read_bytes()
    pos = 24
    n_tensors, n_kv = struct.unpack_from("<QQ", data, 8)

    def u32() -> int:
        nonlocal pos
        pos += 4
        return int(struct.unpack_from("<I", data, pos - 4)[0])

    def u64() -> int:
        nonlocal pos
        pos += 8
        return int(struct.unpack_from("<Q", data, pos - 8)[0])

    def string() -> str:
        nonlocal pos
        n = u64()
        pos += n
        return data[pos - n : pos].decode("utf-8", "replace")

    def skip(vtype: int) -> None:
        nonlocal pos
        if vtype in _SCALAR_SIZES:
            pos += _SCALAR_SIZES[vtype]
        elif vtype == _STRING:
            string()
        else:
            raise ValueError(f"unexpected value type {vtype}")

    kvs = []
    alignment = 32
    for _ in range(n_kv):
        start = pos
        key = string()
        type_at = pos
        vtype = u32()
        value_at = pos
        count_at = -1
        if vtype == _ARRAY:
            etype = u32()
            count_at = pos
            for _ in range(u64()):
                skip(etype)
        else:
            if key == "general.alignment":
                alignment = int(struct.unpack_from("<I", data, pos)[0])
            skip(vtype)
        kvs.append(KvLayout(key, start, type_at, value_at, pos, vtype, count_at))
    raw_tensors = []
    for _ in range(n_tensors):
        start = pos
        name = string()
        n_dims_at = pos
        n_dims = u32()
        dims_at = pos
        dims = [u64() for _ in range(n_dims)]
        type_at = pos
        type_id = u32()
        offset_at = pos
        offset = u64()
        raw_tensors.append((name, start, n_dims_at, dims_at, n_dims, type_at, offset_at, pos, dims, type_id, offset))
    metadata_end = pos
    data_offset = -(-pos // alignment) * alignment
    from workbench.quantize.ggml_types import BY_ID

    tensors = []
    data_end = data_offset
    for name, start, n_dims_at, dims_at, n_dims, type_at, offset_at, end, dims, type_id, offset in raw_tensors:
        elements = 1
        for d in dims:
            elements *= d
        t = BY_ID[type_id]
        n_bytes = elements // t.block * t.block_bytes
        begin = data_offset + offset
        data_end = max(data_end, begin + n_bytes)
        tensors.append(
            TensorLayout(name, start, n_dims_at, dims_at, n_dims, type_at, offset_at, end, begin, begin + n_bytes)
        )
    return GgufLayout(p, len(data), tuple(kvs), tuple(tensors), metadata_end, data_offset, data_end)


@dataclass(frozen=True)
class DamagedCase:
    """One damaged file: ``base`` cut to ``length`` bytes (None: whole) with ``edits`` (offset, bytes) applied."""

    name: str
    """Short, unique, usable as a file name: ``cut-at-tensor-3-type``."""
    kind: str
    """The family: ``truncation``, ``bit-flip``, ``absurd``, ``version``, ``count``, ``outside``."""
    expect: Expect
    base: Path
    length: int | None = None
    edits: tuple[tuple[int, bytes], ...] = field(default=())
    header_bytes: int = 0
    """Where the base's tensor data starts: :meth:`write` with ``sparse`` copies only this much."""

    @property
    def file_name(self) -> str:
        """The damaged file's name: the base model's, then the case's."""
        return f"{self.base.stem}--{self.name}.gguf"

    def write(self, folder: Path, sparse: bool = False) -> Path:
        """Write the damaged file in ``folder``; returns its path. With ``sparse`` the tensor data is left as a
        hole of zeros (same size, nothing written): enough for everything that reads only the header."""
        target = folder / self.file_name
        length = self.base.stat().st_size if self.length is None else self.length
        if self.length is None and not sparse:
            shutil.copyfile(self.base, target)
        else:
            copy = min(length, self.header_bytes) if sparse and self.header_bytes else length
            with self.base.open("rb") as src, target.open("wb") as dst:
                remaining = copy
                while remaining > 0:
                    chunk = src.read(min(remaining, 1 << 22))
                    if not chunk:
                        break
                    dst.write(chunk)
                    remaining -= len(chunk)
                dst.truncate(length)
        if self.edits:
            with target.open("r+b") as f:
                for offset, patch in self.edits:
                    f.seek(offset)
                    f.write(patch)
        return target


def _u32(v: int) -> bytes:
    return struct.pack("<I", v & 0xFFFFFFFF)


def _u64(v: int) -> bytes:
    return struct.pack("<Q", v & 0xFFFFFFFFFFFFFFFF)


ABSURD_COUNTS = (2**64 - 1, 2**63, 2**63 - 1, 2**40, 2**32, 10**6)
ABSURD_LENGTHS = (2**64 - 1, 2**63, 2**40, 2**32 + 7, 1 << 30 | 1)


def damaged_cases(layout: GgufLayout, seed: int = 14, max_tensors: int = 24) -> list[DamagedCase]:
    """The whole corpus for one base file, in a fixed order (the same for the same file and seed).

    Tensor-table damage is made for at most ``max_tensors`` tensors (the first, the last and an even spread
    between): a 300-tensor model has nothing more to show than a 24-tensor one."""
    tensors = list(range(len(layout.tensors)))
    if len(tensors) > max_tensors:
        step = (len(tensors) - 1) / (max_tensors - 1)
        tensors = sorted({round(i * step) for i in range(max_tensors)})
    cases = [
        *truncations(layout, set(tensors)),
        *versions(layout),
        *counts(layout),
        *absurd(layout, set(tensors)),
        *hyperparameters(layout),
        *bit_flips(layout, seed),
    ]
    return [replace(c, header_bytes=layout.data_offset) for c in cases]


def sample_cases(cases: list[DamagedCase], n: int | None, seed: int = 14) -> list[DamagedCase]:
    """At most ``n`` cases (all when None), spread over every kind and expectation, always the same ones."""
    if n is None or len(cases) <= n:
        return list(cases)
    groups: dict[tuple[str, str], list[DamagedCase]] = {}
    for case in cases:
        groups.setdefault((case.kind, case.expect), []).append(case)
    rng = random.Random(seed)
    chosen: list[DamagedCase] = []
    quota = max(1, n // len(groups))
    for key in sorted(groups):
        group = groups[key]
        chosen.extend(rng.sample(group, min(quota, len(group))))
    taken = {c.name for c in chosen}
    rest = [c for c in cases if c.name not in taken]
    chosen.extend(rng.sample(rest, max(0, min(len(rest), n - len(chosen)))))
    order = {c.name: i for i, c in enumerate(cases)}
    return sorted(chosen[:n], key=lambda c: order[c.name])


def truncations(layout: GgufLayout, tensors: set[int] | None = None) -> Iterator[DamagedCase]:
    """Cut at every boundary, one byte after it, and half way to the next one (of the ``tensors`` given)."""
    marks = layout.boundaries(tensors)
    cuts: dict[int, str] = {}
    for i, mark in enumerate(marks):
        cuts.setdefault(mark, f"at-{mark}")
        cuts.setdefault(mark + 1, f"after-{mark}")
        nxt = marks[i + 1] if i + 1 < len(marks) else layout.size
        cuts.setdefault((mark + nxt) // 2, f"inside-{mark}-{nxt}")
    cuts.update({1: "at-1", 3: "at-3", layout.size - 1: "last-byte"})
    for cut, label in sorted(cuts.items()):
        if 0 < cut < layout.size:
            expect: Expect = "incomplete" if cut < layout.data_end else "any"
            yield DamagedCase(f"cut-{label}", "truncation", expect, layout.path, length=cut)


def versions(layout: GgufLayout) -> Iterator[DamagedCase]:
    table: tuple[tuple[int, Expect], ...] = (
        (0, "refused"),
        (1, "refused"),
        (2, "any"),
        (4, "refused"),
        (0x03000000, "refused"),
        (2**32 - 1, "refused"),
        (0x10003, "refused"),
    )
    for version, expect in table:
        yield DamagedCase(f"version-{version}", "version", expect, layout.path, edits=((4, _u32(version)),))


def counts(layout: GgufLayout) -> Iterator[DamagedCase]:
    n_tensors, n_kv = len(layout.tensors), len(layout.kvs)
    for delta in (-1, 1, 2):
        yield DamagedCase(
            f"tensor-count-{delta:+d}", "count", "refused", layout.path, edits=((8, _u64(n_tensors + delta)),)
        )
    for delta in (-1, 1):
        yield DamagedCase(f"kv-count-{delta:+d}", "count", "refused", layout.path, edits=((16, _u64(n_kv + delta)),))
    for n in ABSURD_COUNTS:
        yield DamagedCase(f"tensor-count-{n}", "absurd", "refused", layout.path, edits=((8, _u64(n)),))
        yield DamagedCase(f"kv-count-{n}", "absurd", "refused", layout.path, edits=((16, _u64(n)),))
    last = layout.tensors[-1]
    yield DamagedCase(
        "last-tensor-outside",
        "outside",
        "refused",
        layout.path,
        edits=((last.offset_at, _u64(last.data_start - layout.data_offset + 2**20 * 64)),),
    )
    yield DamagedCase("data-cut-by-one", "outside", "incomplete", layout.path, length=layout.data_end - 1)


def absurd(layout: GgufLayout, tensors: set[int] | None = None) -> Iterator[DamagedCase]:
    """Lengths, counts, types and offsets no writer produces, at each entry of the metadata and tensor table."""
    p = layout.path
    for i, kv in enumerate(layout.kvs):
        for n in ABSURD_LENGTHS[:3]:
            yield DamagedCase(f"kv{i}-key-length-{n}", "absurd", "refused", p, edits=((kv.start, _u64(n)),))
        yield DamagedCase(f"kv{i}-key-empty", "absurd", "refused", p, edits=((kv.start, _u64(0)),))
        yield DamagedCase(f"kv{i}-type-13", "absurd", "refused", p, edits=((kv.type_at, _u32(13)),))
        yield DamagedCase(f"kv{i}-type-huge", "absurd", "refused", p, edits=((kv.type_at, _u32(2**32 - 1)),))
        if kv.vtype == _STRING:
            for n in ABSURD_LENGTHS:
                yield DamagedCase(f"kv{i}-string-length-{n}", "absurd", "refused", p, edits=((kv.value_at, _u64(n)),))
        if kv.vtype == _ARRAY:
            for n in ABSURD_COUNTS[:4]:
                yield DamagedCase(f"kv{i}-array-count-{n}", "absurd", "refused", p, edits=((kv.count_at, _u64(n)),))
            yield DamagedCase(f"kv{i}-array-of-arrays", "absurd", "refused", p, edits=((kv.value_at, _u32(_ARRAY)),))
            yield DamagedCase(f"kv{i}-array-type-77", "absurd", "refused", p, edits=((kv.value_at, _u32(77)),))
    for i, t in enumerate(layout.tensors):
        if tensors is not None and i not in tensors:
            continue
        for n in ABSURD_LENGTHS[:3]:
            yield DamagedCase(f"t{i}-name-length-{n}", "absurd", "refused", p, edits=((t.start, _u64(n)),))
        yield DamagedCase(f"t{i}-dims-5", "absurd", "refused", p, edits=((t.n_dims_at, _u32(5)),))
        yield DamagedCase(f"t{i}-dims-huge", "absurd", "refused", p, edits=((t.n_dims_at, _u32(2**32 - 1)),))
        yield DamagedCase(f"t{i}-negative-dim", "absurd", "refused", p, edits=((t.dims_at, _u64(2**63 + 5)),))
        if t.n_dims >= 2:
            yield DamagedCase(
                f"t{i}-overflowing-shape",
                "absurd",
                "refused",
                p,
                edits=((t.dims_at, _u64(2**40)), (t.dims_at + 8, _u64(2**40))),
            )
        yield DamagedCase(f"t{i}-type-removed", "absurd", "refused", p, edits=((t.type_at, _u32(4)),))
        yield DamagedCase(f"t{i}-type-unknown", "absurd", "refused", p, edits=((t.type_at, _u32(2**31 + 3)),))
        yield DamagedCase(f"t{i}-offset-huge", "absurd", "refused", p, edits=((t.offset_at, _u64(2**64 - 1)),))
        offset = t.data_start - layout.data_offset
        yield DamagedCase(f"t{i}-offset-misaligned", "absurd", "refused", p, edits=((t.offset_at, _u64(offset + 1)),))
        if i:
            yield DamagedCase(
                f"t{i}-offset-overlaps", "absurd", "refused", p, edits=((t.offset_at, _u64(offset - 32)),)
            )


_U32_TYPES = {4: "<I", 5: "<i"}


def hyperparameters(layout: GgufLayout) -> Iterator[DamagedCase]:
    """The model's shape numbers (layers, heads, lengths) set to 0, 7 or the largest 32-bit value, and its float
    settings to NaN, infinity or -1: the header is well formed, so these reach llama.cpp."""
    for kv in layout.kvs:
        if kv.key.startswith(("general.", "tokenizer.")):
            continue
        if kv.vtype in _U32_TYPES:
            for value in (0, 7, 2**32 - 1):
                yield DamagedCase(
                    f"{kv.key}-{value}", "hyperparameter", "any", layout.path, edits=((kv.value_at, _u32(value)),)
                )
        elif kv.vtype == 6:  # float32
            for label, number in (("nan", float("nan")), ("inf", float("inf")), ("minus-1", -1.0)):
                yield DamagedCase(
                    f"{kv.key}-{label}",
                    "hyperparameter",
                    "any",
                    layout.path,
                    edits=((kv.value_at, struct.pack("<f", number)),),
                )


def bit_flips(layout: GgufLayout, seed: int, per_region: int = 24) -> Iterator[DamagedCase]:
    """Single flipped bits: every bit of the fixed header, then ``per_region`` random bits in each of the metadata
    (keys, types, values) and the tensor table (names, shapes, types, offsets)."""
    rng = random.Random(seed)
    positions: list[tuple[int, int]] = [(byte, bit) for byte in range(4, 24) for bit in (0, 3, 7)]
    kv_span = (24, layout.kvs[-1].end if layout.kvs else 24)
    table_span = (layout.tensors[0].start, layout.metadata_end) if layout.tensors else kv_span
    for low, high in (kv_span, table_span):
        for _ in range(per_region * 4):
            positions.append((rng.randrange(low, high), rng.randrange(8)))
    # The small structural fields are where a flip does the most harm: aim at them too.
    for kv in rng.sample(list(layout.kvs), min(per_region, len(layout.kvs))):
        positions.append((rng.choice((kv.start, kv.type_at, kv.value_at)) + rng.randrange(4), rng.randrange(8)))
    for t in rng.sample(list(layout.tensors), min(per_region, len(layout.tensors))):
        field_at = rng.choice((t.start, t.n_dims_at, t.dims_at, t.type_at, t.offset_at))
        positions.append((field_at + rng.randrange(4), rng.randrange(8)))
    with layout.path.open("rb") as f:
        for byte, bit in sorted(set(positions)):
            f.seek(byte)
            original = f.read(1)[0]
            flipped = bytes([original ^ (1 << bit)])
            yield DamagedCase(f"flip-{byte}-{bit}", "bit-flip", "any", layout.path, edits=((byte, flipped),))


_TYPE_NAME = re.compile(r"Traceback|\bstruct\.error\b|\b[A-Z][A-Za-z]*(?:Error|Exception|Exit|Interrupt)\b")


def is_clear_line(text: str) -> bool:
    """One non-empty line a person can read: no traceback, no exception type name, not a wall of text."""
    line = text.strip()
    return bool(line) and "\n" not in line and len(line) <= 1000 and not _TYPE_NAME.search(line)
