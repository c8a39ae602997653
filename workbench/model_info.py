"""Read what a GGUF file is without loading it: architecture, size, quantization, shape."""

from __future__ import annotations

import math
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.errors import (
    DamagedModel,
    ImportanceMatrixFile,
    ModelFileError,
    ModelNotFound,
    NotAModelFile,
    TruncatedModel,
    UnsupportedArchitecture,
)
from workbench.gguf_header import shown
from workbench.i18n import format_decimal, format_integer, tr

if TYPE_CHECKING:
    from workbench.gguf_header import GgufHeader

GGUF_MAGIC = b"GGUF"
MAX_SHAPE_NUMBER = 2**31 - 1
"""Layers, heads, lengths and the context above this are damage: llama.cpp holds them in 32-bit integers."""

SIZE_CLASSES: tuple[tuple[str, float], ...] = (
    ("Tiny", 100e6),
    ("Micro", 1.45e9),
    ("Small", 13.95e9),
    ("Medium", 30.05e9),
)
"""Upper bounds (exclusive) of each size class; anything larger is "Large"."""


def size_class(parameters: int) -> str:
    """Tiny < 100M ≤ Micro ≤ 1.4B < Small ≤ 13.9B < Medium ≤ 30B < Large."""
    for name, upper in SIZE_CLASSES:
        if parameters < upper:
            return name
    return "Large"


def format_count(n: float) -> str:
    """``134.5M``, ``1.7B``: a parameter count the way model names write it, with the decimal mark of the active
    language (``134,5M`` in Danish), as every other figure beside it."""
    for unit, scale in (("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if n >= scale:
            return f"{format_decimal(n / scale, 1)}{unit}"
    return str(int(n))


def format_bytes(n: float) -> str:
    """``98.2 MB``: decimal units, as file managers and the Hub show sizes."""
    for unit, scale in (("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if abs(n) >= scale:
            return f"{format_decimal(n / scale, 1)} {unit}"
    return f"{format_integer(int(n), grouping=False)} B"


@dataclass(frozen=True)
class ModelInfo:
    """The metadata of a GGUF file, as read from its header and tensor table."""

    path: str
    file_size: int
    architecture: str
    name: str
    """What to call the model: its file name without the quantization tag (as publishers name files),
    or the name in its metadata when the file name says nothing (a hash, ``model.gguf``)."""
    metadata_name: str
    """``general.name`` as the converter wrote it."""
    parameters: int
    tensor_bytes: int
    file_type: str
    """Quantization name as llama.cpp writes it, e.g. ``Q4_1`` or ``F16``."""
    context_length: int
    layers: int
    embedding_length: int
    feed_forward_length: int
    heads: int
    kv_heads: int
    key_length: int
    value_length: int
    vocab_size: int
    license: str
    has_chat_template: bool
    repackable_bytes: int = 0
    """Bytes of the weight matrices llama.cpp's CPU backend copies into a faster layout on an x86 processor with
    AVX2 (see :func:`repackable_bytes`)."""

    @property
    def size_class(self) -> str:
        return size_class(self.parameters)

    @property
    def bits_per_weight(self) -> float:
        """Measured: the bits the tensors take, over the number of weights."""
        return self.tensor_bytes * 8 / self.parameters if self.parameters else 0.0

    def summary_rows(self) -> list[tuple[str, str]]:
        """The metadata as (label, value) rows in a person's words, for the CLI and the library alike."""
        return [
            (tr("Model file", "Architecture"), self.architecture),
            (
                tr("Model file", "Parameters"),
                tr("Model file", "{count} ({exact}) · size class {size_class}").format(
                    count=format_count(self.parameters),
                    exact=format_integer(self.parameters),
                    size_class=self.size_class,
                ),
            ),
            (
                tr("Model file", "Quantization"),
                tr("Model file", "{type} · {bits} bits per weight").format(
                    type=self.file_type, bits=format_decimal(self.bits_per_weight, 2)
                ),
            ),
            (
                tr("Model file", "Context length"),
                tr("Model file", "{count} tokens").format(count=format_integer(self.context_length)),
            ),
            (tr("Model file", "Layers"), str(self.layers)),
            (
                tr("Model file", "Heads"),
                tr("Model file", "{heads} attention, {kv_heads} key/value").format(
                    heads=self.heads, kv_heads=self.kv_heads
                ),
            ),
            (
                tr("Model file", "Head dimensions"),
                tr("Model file", "key {key}, value {value}").format(key=self.key_length, value=self.value_length),
            ),
            (
                tr("Model file", "Embedding"),
                tr("Model file", "{embedding} · feed-forward {feed_forward}").format(
                    embedding=format_integer(self.embedding_length),
                    feed_forward=format_integer(self.feed_forward_length),
                ),
            ),
            (
                tr("Model file", "Vocabulary"),
                tr("Model file", "{count} tokens").format(count=format_integer(self.vocab_size)),
            ),
            (tr("Model file", "License"), self.license),
            (
                tr("Model file", "Chat template"),
                tr("Model file", "yes") if self.has_chat_template else tr("Model file", "no (a plain prompt is used)"),
            ),
        ]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["size_class"] = self.size_class
        data["bits_per_weight"] = round(self.bits_per_weight, 3)
        return data


_QUANT_TAG = re.compile(r"[.\-_](?:I?Q\d[\w]*|TQ\d_\d|BF16|F16|F32|FP16|FP32)$", re.IGNORECASE)
_MEANINGLESS_STEM = re.compile(r"^(?:sha256[-:]?[0-9a-f]+|[0-9a-f]{32,}|(?:ggml-)?model|weights)$", re.IGNORECASE)


def display_name(path: Path, metadata_name: str) -> str:
    """``SmolLM2-135M-Instruct`` for ``SmolLM2-135M-Instruct.Q4_1.gguf``; the metadata name for
    ``sha256-…`` blobs and ``model.gguf``."""
    stem = _QUANT_TAG.sub("", path.stem)
    if not stem or _MEANINGLESS_STEM.match(stem):
        return metadata_name or path.stem
    return stem


def supported_architectures() -> frozenset[str]:
    """Architectures the gguf package (kept in step with llama.cpp) knows."""
    import gguf

    return frozenset(gguf.MODEL_ARCH_NAMES.values())


def check_model_path(path: str | os.PathLike[str]) -> Path:
    """Raise a typed error unless ``path`` is an existing file that starts like a GGUF."""
    p = Path(path)
    if not p.exists():
        raise ModelNotFound(str(p), tr("Model file", "no such file"))
    if p.is_dir():
        raise NotAModelFile(str(p), tr("Model file", "is a folder, not a GGUF model file"))
    try:
        with p.open("rb") as f:
            magic = f.read(4)
    except OSError as exc:
        reason = tr("Model file", "cannot be read ({reason})").format(reason=exc.strerror or exc)
        raise NotAModelFile(str(p), reason) from exc
    if magic != GGUF_MAGIC:
        if GGUF_MAGIC.startswith(magic):  # empty, or cut inside the four-byte signature
            if not magic:
                reason = tr("Model file", "is incomplete: it is empty (an interrupted download?)")
            elif len(magic) == 1:
                reason = tr("Model file", "is incomplete: it holds only 1 byte (an interrupted download?)")
            else:
                reason = tr("Model file", "is incomplete: it holds only {count} bytes (an interrupted download?)")
            raise TruncatedModel(str(p), reason.format(count=len(magic)))
        raise NotAModelFile(str(p), tr("Model file", "is not a GGUF model file"))
    return p


def read_model_info(path: str | os.PathLike[str]) -> ModelInfo:
    """Read a GGUF's metadata and tensor table (no weights are loaded; tens of milliseconds).

    Raises :class:`ModelNotFound`, :class:`NotAModelFile`, :class:`TruncatedModel` or
    :class:`UnsupportedArchitecture` with a one-line reason.
    """
    from workbench.gguf_header import GgufHeaderError, read_gguf_header

    p = check_model_path(path)
    try:
        header = read_gguf_header(p)
    except GgufHeaderError as exc:
        raise header_problem(p, exc) from exc
    except OSError as exc:
        reason = tr("Model file", "cannot be read ({reason})").format(
            reason=exc.strerror or tr("Model file", "the system refused")
        )
        raise NotAModelFile(str(p), reason) from exc
    return model_info_from_header(p, header)


def header_problem(p: Path, exc: Exception) -> ModelFileError:
    """The typed error for a header :func:`~workbench.gguf_header.read_gguf_header` refused."""
    from workbench.gguf_header import GgufHeaderError

    reason = str(exc)
    if isinstance(exc, GgufHeaderError) and exc.incomplete:
        return TruncatedModel(str(p), reason)
    if isinstance(exc, GgufHeaderError) and exc.not_gguf:
        return NotAModelFile(str(p), reason)
    return DamagedModel(str(p), reason)


def model_info_from_header(p: Path, header: GgufHeader) -> ModelInfo:
    """Check a parsed header (holding tensors, a supported architecture) and describe it; the typed errors of
    :func:`read_model_info`. For callers that need the header for more than the description."""
    from workbench.quantize.ggml_types import BY_ID

    elements = [math.prod(t.shape) for t in header.tensors]
    types = [BY_ID[t.type_id] for t in header.tensors]  # every type is known: the header reader checked
    sizes = [n // t.block * t.block_bytes for t, n in zip(types, elements, strict=True)]
    if not header.tensors:
        raise DamagedModel(str(p), tr("Model file", "holds no weights (its tensor table is empty)"))
    meta = header.metadata
    if meta.get("general.type") == "imatrix":  # checked first: it has tensors, and "imatrix" as architecture
        raise ImportanceMatrixFile(
            str(p), tr("Model file", "is an importance matrix, made to guide quantization: not a model to load")
        )
    arch = meta.get("general.architecture", "")
    if not isinstance(arch, str):
        raise DamagedModel(
            str(p), tr("Model file", "is damaged: its architecture (general.architecture) is not a name")
        )
    if arch not in supported_architectures():
        raise UnsupportedArchitecture(
            str(p),
            tr("Model file", "architecture {name} is not supported by llama.cpp").format(
                name=shown(arch) if arch else tr("Model file", "(none)")
            ),
        )

    def num(key: str, default: int = 0) -> int:
        value = _first(meta.get(key, default))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
            raise DamagedModel(str(p), tr("Model file", "is damaged: its {key} is not a whole number").format(key=key))
        if value > MAX_SHAPE_NUMBER:  # llama.cpp keeps these in 32-bit integers; no model comes near
            raise DamagedModel(
                str(p),
                tr("Model file", "is damaged: its {key} ({value}) is impossibly large").format(
                    key=key, value=format_integer(int(value))
                ),
            )
        return int(value)

    if meta.get(f"{arch}.block_count", 1) == 0:  # llama.cpp stops dead on a model without layers
        raise DamagedModel(
            str(p),
            tr("Model file", "is damaged: its {key} is 0 (a model has at least one layer)").format(
                key=f"{arch}.block_count"
            ),
        )

    embd = num(f"{arch}.embedding_length")
    heads = num(f"{arch}.attention.head_count")
    kv_heads = num(f"{arch}.attention.head_count_kv", heads)
    head_dim = embd // heads if heads else 0
    tokens = meta.get("tokenizer.ggml.tokens", 0)
    return ModelInfo(
        path=str(p),
        file_size=header.file_size,
        architecture=arch,
        name=display_name(p, _text(meta.get("general.name")) or _text(meta.get("general.basename"))),
        metadata_name=_text(meta.get("general.name")),
        parameters=sum(elements),
        tensor_bytes=sum(sizes),
        file_type=_file_type_name(meta.get("general.file_type"), header.tensors, elements),
        context_length=num(f"{arch}.context_length"),
        layers=num(f"{arch}.block_count"),
        embedding_length=embd,
        feed_forward_length=num(f"{arch}.feed_forward_length"),
        heads=heads,
        kv_heads=kv_heads,
        key_length=num(f"{arch}.attention.key_length", head_dim),
        value_length=num(f"{arch}.attention.value_length", head_dim),
        vocab_size=num(f"{arch}.vocab_size") or (tokens if isinstance(tokens, int) else 0),
        license=_text(meta.get("general.license")) or "not stated",
        has_chat_template=bool(meta.get("tokenizer.chat_template")),
        repackable_bytes=repackable_bytes(header.tensors, [t.name.upper() for t in types], sizes),
    )


REPACKED_TYPES = frozenset({"Q4_0", "Q4_K", "IQ4_NL", "MXFP4"})
"""Tensor types llama.cpp's CPU backend repacks into interleaved rows on x86 processors with AVX2."""


def repackable_bytes(tensors: Any, type_names: list[str], sizes: list[int]) -> int:
    """Bytes of the matrices llama.cpp repacks on an x86 processor with AVX2: those of a type in
    :data:`REPACKED_TYPES` whose row count is a multiple of 8, apart from the token embeddings (which are looked
    up, not multiplied). Per tensor, so a Q3_K_M or Q2_K file's Q4_K tensors count too."""
    total = 0
    for tensor, type_name, size in zip(tensors, type_names, sizes, strict=True):
        rows = tensor.shape[1] if len(tensor.shape) >= 2 else 0
        if type_name in REPACKED_TYPES and rows % 8 == 0 and rows and tensor.name != "token_embd.weight":
            total += size
    return total


def _text(value: Any) -> str:
    """A metadata value meant as text; anything else (a number, a list's length) as no text."""
    return value if isinstance(value, str) else ""


def _first(value: Any) -> Any:
    """Some architectures store a per-layer list where most store one number."""
    if isinstance(value, list):
        return max(value) if value else 0
    return value


def _file_type_name(file_type: Any, tensors: Any, elements: list[int]) -> str:
    """``general.file_type`` as llama.cpp names it; else the type holding the most weights."""
    import gguf

    if isinstance(file_type, int) and not isinstance(file_type, bool):
        try:
            name = gguf.LlamaFileType(int(file_type)).name
            return name.removeprefix("MOSTLY_").removeprefix("ALL_")
        except ValueError:
            pass
    counts: dict[str, int] = {}
    for t, n in zip(tensors, elements, strict=True):
        try:
            type_name = gguf.GGMLQuantizationType(t.type_id).name
        except ValueError:
            type_name = f"type {t.type_id}"
        counts[type_name] = counts.get(type_name, 0) + n
    return max(counts, key=lambda k: counts[k]) if counts else "unknown"
