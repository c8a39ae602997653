"""A fast, careful reader of a GGUF file's header: metadata and the tensor table, no weights.

``gguf.GGUFReader`` builds a numpy view per token of the vocabulary, which takes seconds on a 49k-token
model. Inspection, the library scan and quantization need only the scalars, short per-layer arrays and
the tensor table, read here with ``struct`` over a memory map in tens of milliseconds.

A model file is written by a stranger, so every length and count is checked against what is left of the
file before it is used, and the header is held to the rules llama.cpp's own reader (``gguf.cpp``) enforces:
GGUF version 2 or 3, no empty or repeated keys, a power-of-two alignment, at most four dimensions per tensor,
known tensor types whose rows fill whole blocks, tensors laid out one after another, and every tensor's data
inside the file. A file that breaks a rule raises :class:`GgufHeaderError` whose text is one plain sentence.
"""

from __future__ import annotations

import mmap
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.i18n import format_integer, tr

_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9
_UINT32 = 4
_U64 = struct.Struct("<Q")
DEFAULT_ALIGNMENT = 32
SHORT_ARRAY = 4096
"""Numeric arrays up to this length are kept (per-layer values); longer ones, and the tokenizer's, are
given as their length."""

SUPPORTED_VERSIONS = (2, 3)
"""The GGUF versions llama.cpp reads (version 1 is no longer read; 3 is the newest)."""
MAX_STRING_LENGTH = 1 << 30
"""llama.cpp refuses longer strings (``GGUF_MAX_STRING_LENGTH``)."""
MAX_ARRAY_LENGTH = 1 << 30
"""llama.cpp refuses longer arrays (``GGUF_MAX_ARRAY_ELEMENTS``)."""
MAX_TENSOR_NAME = 63
"""Longest tensor name llama.cpp stores (``GGML_MAX_NAME`` 64, with the terminating zero)."""
MAX_DIMS = 4
KEPT_STRING_LENGTH = 4 << 20
"""Longer metadata strings are kept cut to this many bytes (the rest is never shown or used)."""
PLAUSIBLE_STRING = 1 << 20
PLAUSIBLE_ARRAY = 64 << 20
"""A string (array) up to this many bytes that runs past the end of the file looks like a file cut short; a
longer one looks like damage (a flipped bit in a length makes it huge)."""
PLAUSIBLE_COUNT = 100_000
"""More metadata entries or tensors than this, and more than the file could hold: damage, not a file cut short."""
IMPLAUSIBLE_DATA_END = 1 << 48
"""A tensor table asking for more than 256 TB describes no real model: damaged, not cut short."""
_INT64_MAX = (1 << 63) - 1
_MIN_KV_BYTES = 8 + 1 + 4 + 1
"""The smallest metadata entry: a key length, a one-byte key, a type and a one-byte value."""
_MIN_TENSOR_INFO_BYTES = 8 + 1 + 4 + 4 + 8
"""The smallest tensor table row: a name length, a one-byte name, no dimensions, a type and an offset."""


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
    version: int = 3
    data_end: int = 0
    """Where the last tensor's data ends, from the start of the file (``data_offset`` when there are none)."""


class GgufHeaderError(ValueError):
    """The file is not a GGUF, or its header is damaged or cut short.

    ``str(err)`` is a reason to follow the file's name (``is damaged: …``); ``incomplete`` is True when the
    file looks cut short (it ends before what its header describes), False when it looks damaged.
    """

    def __init__(self, reason: str, *, incomplete: bool = False, not_gguf: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.incomplete = incomplete
        self.not_gguf = not_gguf
        """The file is not a GGUF at all (its first bytes are not the signature)."""
        self.detail = reason
        """What is wrong, without the verb that joins it to a name: for a file cut short, what ``is incomplete``."""

    @classmethod
    def cut_short(cls, detail: str) -> GgufHeaderError:
        """The file ends before what its header describes: ``is incomplete: {detail}``."""
        error = cls(tr("Model file", "is incomplete: {detail}").format(detail=detail), incomplete=True)
        error.detail = detail
        return error


def read_gguf_header(path: str | os.PathLike[str]) -> GgufHeader:
    """Parse and check ``path``'s header; :class:`GgufHeaderError` unless it is a GGUF llama.cpp would read
    with every tensor's data inside the file."""
    p = Path(path)
    size = p.stat().st_size
    with p.open("rb") as f:
        if size < 24:
            head = f.read(4)
            if head != b"GGUF"[: len(head)] or not head:
                raise GgufHeaderError(tr("Model file", "is not a GGUF model file"), not_gguf=True)
            raise GgufHeaderError.cut_short(
                tr("Model file", "only {size} bytes, too short for a GGUF header (an interrupted download?)").format(
                    size=format_integer(size)
                )
                if size > 1
                else tr("Model file", "only 1 byte (an interrupted download?)")
            )
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
            return _HeaderParser(buf, str(p), size).parse()


def shown(text: str, limit: int = 60) -> str:
    """A name from the file, safe to put in a one-line message: printable, quoted, at most ``limit`` characters."""
    clean = "".join(c if c.isprintable() else "?" for c in text[: limit + 1])
    if len(clean) > limit:
        clean = clean[: limit - 1] + "…"
    return f"'{clean}'"


def _tensor_label(name: str, index: int) -> str:
    """How a message names a tensor: its name from the file (quoted, bounded) or, without one, its number."""
    return shown(name) if name else format_integer(index + 1)


def _damaged(reason: str) -> GgufHeaderError:
    return GgufHeaderError(tr("Model file", "is damaged: {reason}").format(reason=reason))


class _HeaderParser:
    """One pass over the header; each read is checked against the bytes left in the file."""

    def __init__(self, buf: Any, path: str, size: int) -> None:
        self.buf = buf
        self.path = path
        self.size = size
        self.pos = 0
        self.last_length = 0
        """The length in bytes of the last string read."""

    # -- reading, bounded ------------------------------------------------------------------------

    def cut_short(self) -> GgufHeaderError:
        return GgufHeaderError.cut_short(
            tr("Model file", "it ends inside its header, at byte {size} (an interrupted download?)").format(
                size=format_integer(self.size)
            )
        )

    def take(self, fmt: str) -> Any:
        n = struct.calcsize(fmt)
        if self.pos + n > self.size:
            raise self.cut_short()
        value = struct.unpack_from(fmt, self.buf, self.pos)[0]
        self.pos += n
        return value

    def u32(self) -> int:
        return int(self.take("<I"))

    def u64(self) -> int:
        return int(self.take("<Q"))

    @property
    def left(self) -> int:
        return self.size - self.pos

    def too_long(self, n: int, what: str, plausible: int = PLAUSIBLE_STRING) -> GgufHeaderError:
        """``n`` bytes of ``what`` do not fit in what is left of the file."""
        if n <= plausible:
            return self.cut_short()
        return _damaged(
            tr(
                "Model file", "{what} is said to be {count} bytes long, more than the whole file ({size} bytes)"
            ).format(what=what, count=format_integer(n), size=format_integer(self.size))
        )

    def string(self, what: str, keep: int = KEPT_STRING_LENGTH) -> str:
        length = self.u64()
        if length > MAX_STRING_LENGTH and length <= self.left:
            raise _damaged(
                tr("Model file", "{what} is {count} bytes long, more than llama.cpp accepts").format(
                    what=what, count=format_integer(length)
                )
            )
        if length > self.left:
            raise self.too_long(length, what)
        raw = bytes(self.buf[self.pos : self.pos + min(length, keep)])
        self.pos += length
        self.last_length = length
        return raw.decode("utf-8", "replace")

    # -- the header --------------------------------------------------------------------------------

    def parse(self) -> GgufHeader:
        if bytes(self.buf[:4]) != b"GGUF":
            raise GgufHeaderError(tr("Model file", "is not a GGUF model file"), not_gguf=True)
        self.pos = 4
        version = self.u32()
        _check_version(version)
        n_tensors, n_kv = self.u64(), self.u64()
        if n_tensors > _INT64_MAX or n_tensors * _MIN_TENSOR_INFO_BYTES > self.left:
            raise self.count_error(
                n_tensors, tr("Model file", "its header claims {count} tensors, more than the file could hold")
            )
        if n_kv > _INT64_MAX or n_kv * _MIN_KV_BYTES > self.left:
            raise self.count_error(
                n_kv, tr("Model file", "its header claims {count} metadata entries, more than the file could hold")
            )
        metadata, types = self.metadata(n_kv)
        alignment = _alignment(metadata, types)
        tensors, sizes = self.tensors(n_tensors)
        metadata_end = self.pos
        data_offset = -(-metadata_end // alignment) * alignment
        data_end = self.check_layout(tensors, sizes, data_offset, alignment)
        return GgufHeader(
            self.path, self.size, metadata, tuple(tensors), data_offset, alignment, metadata_end, version, data_end
        )

    def count_error(self, n: int, reason: str) -> GgufHeaderError:
        """``reason`` (translated, with ``{count}``) unless ``n`` is a count a real file has: then cut short."""
        if n <= PLAUSIBLE_COUNT:  # a real count whose entries the file does not hold: cut short
            return self.cut_short()
        return _damaged(reason.format(count=format_integer(n)))

    def metadata(self, n_kv: int) -> tuple[dict[str, Any], dict[str, int]]:
        metadata: dict[str, Any] = {}
        types: dict[str, int] = {}
        for i in range(n_kv):
            number = format_integer(i + 1)
            key = self.string(tr("Model file", "the name of metadata entry {number}").format(number=number),
                              keep=1 << 16)
            if not key:
                raise _damaged(tr("Model file", "metadata entry {number} has no name").format(number=number))
            if key in metadata:
                raise _damaged(tr("Model file", "the metadata entry {key} appears twice").format(key=shown(key)))
            vtype = self.u32()
            types[key] = vtype
            metadata[key] = self.value(key, vtype, keep=not key.startswith("tokenizer."))
        return metadata, types

    def value(self, key: str, vtype: int, keep: bool) -> Any:
        name = shown(key)
        what = tr("Model file", "the metadata value {key}").format(key=name)
        if vtype in _SCALARS:
            return self.take(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string(what)
        if vtype != _ARRAY:
            raise _damaged(
                tr("Model file", "the metadata value {key} has an unknown kind of value (type {type})").format(
                    key=name, type=format_integer(vtype)
                )
            )
        etype, count = self.u32(), self.u64()
        if etype == _ARRAY:
            raise _damaged(
                tr("Model file", "the metadata value {key} is a list of lists, which GGUF does not allow").format(
                    key=name
                )
            )
        if etype not in _SCALARS and etype != _STRING:
            raise _damaged(
                tr("Model file", "the metadata value {key} is a list of an unknown kind of value (type {type})")
                .format(key=name, type=format_integer(etype))
            )
        item = struct.calcsize(_SCALARS[etype]) if etype in _SCALARS else 8
        if count * item > self.left:
            raise self.too_long(count * item, what, PLAUSIBLE_ARRAY)
        if count > MAX_ARRAY_LENGTH:
            raise _damaged(
                tr("Model file", "the metadata value {key} is a list of {count} items, more than llama.cpp accepts")
                .format(key=name, count=format_integer(count))
            )
        if etype in _SCALARS:
            start = self.pos
            self.pos += count * item
            if keep and count <= SHORT_ARRAY:
                return list(struct.unpack_from(f"<{count}{_SCALARS[etype][1]}", self.buf, start))
            return count
        # The vocabulary (tens of thousands of strings): step over each, decoding none.
        buf, size, pos, unpack = self.buf, self.size, self.pos, _U64.unpack_from
        try:
            for _ in range(count):
                length = unpack(buf, pos)[0]
                pos += 8 + length
                if pos > size:
                    self.pos = pos - length
                    item_of = tr("Model file", "an item of the metadata value {key}").format(key=name)
                    raise self.too_long(length, item_of)
        except struct.error:  # the next length itself is past the end
            raise self.cut_short() from None
        self.pos = pos
        return count

    def tensors(self, n_tensors: int) -> tuple[list[HeaderTensor], list[int]]:
        from workbench.quantize.ggml_types import BY_ID

        tensors: list[HeaderTensor] = []
        sizes: list[int] = []
        names: set[str] = set()
        for i in range(n_tensors):
            name = self.string(
                tr("Model file", "the name of tensor {number}").format(number=format_integer(i + 1)), keep=1 << 16
            )
            label = _tensor_label(name, i)
            if self.last_length > MAX_TENSOR_NAME:
                raise _damaged(
                    tr("Model file", "tensor {tensor} has a name longer than llama.cpp accepts ({limit} bytes)")
                    .format(tensor=label, limit=MAX_TENSOR_NAME)
                )
            if name in names:
                raise _damaged(
                    tr("Model file", "tensor {tensor} has the same name as an earlier tensor").format(tensor=label)
                )
            names.add(name)
            n_dims = self.u32()
            if n_dims > MAX_DIMS:
                raise _damaged(
                    tr("Model file", "tensor {tensor} has {count} dimensions (llama.cpp allows at most {limit})")
                    .format(tensor=label, count=format_integer(n_dims), limit=MAX_DIMS)
                )
            shape = tuple(self.u64() for _ in range(n_dims))
            if any(d > _INT64_MAX for d in shape):
                raise _damaged(tr("Model file", "tensor {tensor} has a negative size").format(tensor=label))
            elements = 1
            for d in shape:
                elements *= d
            if elements > _INT64_MAX:
                raise _damaged(
                    tr("Model file", "tensor {tensor} has an impossible shape ({shape})").format(
                        tensor=label, shape=" × ".join(format_integer(d) for d in shape)
                    )
                )
            type_id = self.u32()
            ttype = BY_ID.get(type_id)
            if ttype is None:
                raise _damaged(
                    tr("Model file", "tensor {tensor} is stored in an unknown type ({type})").format(
                        tensor=label, type=format_integer(type_id)
                    )
                )
            row = shape[0] if shape else 1
            if row % ttype.block:
                raise _damaged(
                    tr(
                        "Model file",
                        "tensor {tensor} has rows of {count} values, which its type {type} cannot hold (it stores "
                        "values in blocks of {block})",
                    ).format(tensor=label, count=format_integer(row), type=ttype.name, block=ttype.block)
                )
            offset = self.u64()
            tensors.append(HeaderTensor(name, shape, type_id, offset))
            sizes.append(elements // ttype.block * ttype.block_bytes)
        return tensors, sizes

    def check_layout(self, tensors: list[HeaderTensor], sizes: list[int], data_offset: int, alignment: int) -> int:
        """Tensors one after another, each at an aligned offset (as llama.cpp requires), all inside the file.
        Returns where the last one ends."""
        expected = 0
        end = data_offset
        for i, (t, n_bytes) in enumerate(zip(tensors, sizes, strict=True)):
            if t.offset != expected:
                if t.offset % alignment:
                    reason = tr(
                        "Model file",
                        "the tensor table is inconsistent: tensor {tensor} is not aligned (it starts at byte {start} "
                        "of the data, {expected} expected)",
                    )
                elif t.offset < expected:
                    reason = tr(
                        "Model file",
                        "the tensor table is inconsistent: tensor {tensor} overlaps the one before it (it starts at "
                        "byte {start} of the data, {expected} expected)",
                    )
                else:
                    reason = tr(
                        "Model file",
                        "the tensor table is inconsistent: tensor {tensor} leaves a gap after the one before it (it "
                        "starts at byte {start} of the data, {expected} expected)",
                    )
                raise _damaged(
                    reason.format(
                        tensor=_tensor_label(t.name, i), start=format_integer(t.offset),
                        expected=format_integer(expected),
                    )
                )
            end = data_offset + t.offset + n_bytes
            expected += -(-n_bytes // alignment) * alignment
        if end > self.size:
            if end > IMPLAUSIBLE_DATA_END:
                raise _damaged(
                    tr("Model file", "its tensor table asks for {count} bytes, far more than the file's {size}")
                    .format(count=format_integer(end), size=format_integer(self.size))
                )
            raise GgufHeaderError.cut_short(
                tr("Model file", "{size} bytes on disk, {expected} expected (an interrupted download?)").format(
                    size=format_integer(self.size), expected=format_integer(end)
                )
            )
        if tensors and self.size - end > alignment:  # a writer pads the last tensor, never more
            raise _damaged(
                tr(
                    "Model file",
                    "its tensors take {count} of its {size} bytes; the rest is not accounted for (its tensor count or "
                    "table does not match the file)",
                ).format(count=format_integer(end), size=format_integer(self.size))
            )
        return end


def _check_version(version: int) -> None:
    if version in SUPPORTED_VERSIONS:
        return
    if version == 1:
        raise GgufHeaderError(
            tr("Model file", "uses GGUF version 1, which llama.cpp no longer reads (convert it again)")
        )
    if version == 0 or version & 0xFFFF == 0:
        raise _damaged(
            tr("Model file", "its format version number ({version}) is not a GGUF version").format(
                version=format_integer(version)
            )
        )
    raise GgufHeaderError(
        tr(
            "Model file",
            "is damaged or made by newer software: it says GGUF version {version}, and llama.cpp reads versions "
            "{first} and {last} only",
        ).format(version=format_integer(version), first=SUPPORTED_VERSIONS[0], last=SUPPORTED_VERSIONS[-1])
    )


def _alignment(metadata: dict[str, Any], types: dict[str, int]) -> int:
    if "general.alignment" not in metadata:
        return DEFAULT_ALIGNMENT
    value = metadata["general.alignment"]
    if types["general.alignment"] != _UINT32 or not isinstance(value, int):
        raise _damaged(tr("Model file", "its alignment (general.alignment) is not stored as a whole number"))
    if value <= 0 or value & (value - 1):
        raise _damaged(
            tr("Model file", "its alignment ({value}) is not a power of two").format(value=format_integer(value))
        )
    return value
