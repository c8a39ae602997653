"""Where a GGUF file came from: the file it was quantized from, stamped into its metadata when the app makes it.

Quantizing writes these keys into every output (through llama.cpp's metadata overrides, as strings):

=================================  ==========================================================
``slm_workbench.source.file_type``  the source's file type (``Q4_1``)
``slm_workbench.source.sha256``     SHA-256 of the source file
``slm_workbench.source.name``       the source's file name
``slm_workbench.source.bytes``      the source's size in bytes
``slm_workbench.origin.*``          the same four for the file the chain started from: the
                                    source's own origin when it records one, else the source
=================================  ==========================================================

So ``Q4_1 → F16 → Q8_0`` leaves Q8_0 knowing its source is that F16 and its origin the Q4_1: an
8-bit file rebuilt from a 4-bit one, no better than the 4-bit one. A file without these keys says
so ("not recorded") and nothing is guessed from its name. What a file says is untrusted: values are
bounded, checked for shape, and shown as plain text.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

PREFIX = "slm_workbench."
MAX_VALUE_BYTES = 127
"""llama.cpp's string overrides hold 128 bytes with the terminating zero."""
HASH_CHUNK_BYTES = 4 * 1024 * 1024
UNQUANTIZED = {"F32": 32.0, "F16": 16.0, "BF16": 16.0}
NOT_RECORDED = "not recorded: this file does not say what it was made from"

_FILE_TYPE = re.compile(r"^[A-Z0-9_]{1,24}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class FileRef:
    """One file of a quantization chain, as recorded."""

    file_type: str
    sha256: str
    name: str
    bytes: int

    @property
    def short_hash(self) -> str:
        return self.sha256[:12]


@dataclass(frozen=True)
class Provenance:
    """What a file records about where it came from."""

    source: FileRef
    """The file it was quantized from."""
    origin: FileRef
    """The file the chain started from (the same as ``source`` for a first-generation file)."""


def sha256_of(
    path: str | os.PathLike[str],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> str | None:
    """SHA-256 of the file in hex, reading 4 MB at a time; None when ``cancelled()`` turned true."""
    digest = hashlib.sha256()
    total = os.path.getsize(path)
    done = 0
    with open(path, "rb") as f:
        while chunk := f.read(HASH_CHUNK_BYTES):
            if cancelled():
                return None
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    return digest.hexdigest()


def _bounded(text: str, limit: int = MAX_VALUE_BYTES) -> str:
    """``text`` without control characters, cut to ``limit`` UTF-8 bytes on a character boundary."""
    clean = "".join(ch for ch in text if ch.isprintable())
    return clean.encode("utf-8")[:limit].decode("utf-8", "ignore")


def _ref_metadata(kind: str, ref: FileRef) -> dict[str, str]:
    return {
        f"{PREFIX}{kind}.file_type": _bounded(ref.file_type),
        f"{PREFIX}{kind}.sha256": ref.sha256,
        f"{PREFIX}{kind}.name": _bounded(ref.name),
        f"{PREFIX}{kind}.bytes": str(ref.bytes),
    }


def provenance_metadata(source: FileRef, source_provenance: Provenance | None) -> dict[str, str]:
    """The metadata to stamp into a file quantized from ``source`` (whose own record is ``source_provenance``)."""
    origin = source_provenance.origin if source_provenance is not None else source
    return {**_ref_metadata("source", source), **_ref_metadata("origin", origin)}


def _read_ref(metadata: Mapping[str, Any], kind: str) -> FileRef | None:
    def text(key: str) -> str:
        value = metadata.get(f"{PREFIX}{kind}.{key}")
        return value if isinstance(value, str) else ""

    file_type, sha, name, size = text("file_type"), text("sha256").lower(), text("name"), text("bytes")
    if not _FILE_TYPE.match(file_type) or not _SHA256.match(sha):
        return None
    return FileRef(file_type, sha, _bounded(Path(name).name), int(size) if size.isdigit() else 0)


def read_provenance(metadata: Mapping[str, Any]) -> Provenance | None:
    """The provenance a GGUF's metadata records, or None when it records none (or nothing well-formed)."""
    source = _read_ref(metadata, "source")
    if source is None:
        return None
    return Provenance(source, _read_ref(metadata, "origin") or source)


def provenance_of(path: str | os.PathLike[str]) -> Provenance | None:
    """The provenance recorded in the GGUF at ``path`` (None: not recorded, or the file cannot be read).

    Read once per file version (path, size, modification time)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _cached_provenance(os.path.realpath(path), st.st_size, st.st_mtime_ns)


@lru_cache(maxsize=256)
def _cached_provenance(path: str, _size: int, _mtime_ns: int) -> Provenance | None:
    from workbench.gguf_header import read_gguf_header

    try:
        header = read_gguf_header(path)
    except (OSError, ValueError):
        return None
    return read_provenance(header.metadata)


def nominal_bits(file_type: str) -> float | None:
    """Bits per weight a file type's main tensors take (``Q4_1`` → 5.0), None for a type the app does not know."""
    if file_type in UNQUANTIZED:
        return UNQUANTIZED[file_type]
    from workbench.quantize.catalog import ORDER, quant_type

    if file_type not in ORDER:
        return None
    try:
        return quant_type(file_type).bits_per_weight
    except (KeyError, ValueError):
        return None


def rebuilt_upward(file_type: str, provenance: Provenance | None) -> bool:
    """Whether a file of ``file_type`` was rebuilt into more bits than the quantized file its chain started from:
    it is bigger, and it cannot be better, than that file."""
    if provenance is None:
        return False
    origin = provenance.origin.file_type
    if origin in UNQUANTIZED:
        return False
    mine, theirs = nominal_bits(file_type), nominal_bits(origin)
    return mine is not None and theirs is not None and mine > theirs


def provenance_text(file_type: str, provenance: Provenance | None) -> str:
    """One line for a person: ``rebuilt from Q4_1 — not better than its source``, ``made from F16 (model-F16.gguf)``,
    or :data:`NOT_RECORDED`."""
    if provenance is None:
        return NOT_RECORDED
    source, origin = provenance.source, provenance.origin
    if rebuilt_upward(file_type, provenance):
        via = f" (via {source.file_type})" if source.sha256 != origin.sha256 else ""
        return f"rebuilt from {origin.file_type}{via} — not better than its source"
    text = f"made from {source.file_type} ({source.name}, SHA-256 {source.short_hash}…)"
    if origin.sha256 != source.sha256:
        text += f", originally {origin.file_type} ({origin.name})"
    return text


def is_made_from(candidate_sha256: str, provenance: Provenance | None) -> bool:
    """Whether a file with this provenance was made (directly or through a chain) from the file with that hash."""
    return provenance is not None and candidate_sha256 in (provenance.source.sha256, provenance.origin.sha256)


def names_as_source(candidate: str | os.PathLike[str], provenance: Provenance | None) -> bool:
    """Whether ``provenance`` names the file at ``candidate`` as its source or origin, by name and size
    (cheap: no hashing; the default baseline only needs a good guess the person can change)."""
    if provenance is None:
        return False
    try:
        size = os.path.getsize(candidate)
    except OSError:
        return False
    name = Path(candidate).name
    return any(ref.name == name and ref.bytes == size for ref in (provenance.source, provenance.origin))
