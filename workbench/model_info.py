"""Read what a GGUF file is without loading it: architecture, size, quantization, shape."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from workbench.errors import ModelNotFound, NotAModelFile, TruncatedModel, UnsupportedArchitecture

GGUF_MAGIC = b"GGUF"

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
    """``134.5M``, ``1.7B``: a parameter count the way model names write it."""
    for unit, scale in (("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f}{unit}"
    return str(int(n))


def format_bytes(n: float) -> str:
    """``98.2 MB``: decimal units, as file managers and the Hub show sizes."""
    for unit, scale in (("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if abs(n) >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{int(n)} B"


@dataclass(frozen=True)
class ModelInfo:
    """The metadata of a GGUF file, as read from its header and tensor table."""

    path: str
    file_size: int
    architecture: str
    name: str
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

    @property
    def size_class(self) -> str:
        return size_class(self.parameters)

    @property
    def bits_per_weight(self) -> float:
        """Measured: the bits the tensors take, over the number of weights."""
        return self.tensor_bytes * 8 / self.parameters if self.parameters else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["size_class"] = self.size_class
        data["bits_per_weight"] = round(self.bits_per_weight, 3)
        return data


def supported_architectures() -> frozenset[str]:
    """Architectures the gguf package (kept in step with llama.cpp) knows."""
    import gguf

    return frozenset(gguf.MODEL_ARCH_NAMES.values())


def check_model_path(path: str | os.PathLike[str]) -> Path:
    """Raise a typed error unless ``path`` is an existing file that starts like a GGUF."""
    p = Path(path)
    if not p.exists():
        raise ModelNotFound(str(p), "no such file")
    if p.is_dir():
        raise NotAModelFile(str(p), "is a folder, not a GGUF model file")
    try:
        with p.open("rb") as f:
            magic = f.read(4)
    except OSError as exc:
        raise NotAModelFile(str(p), f"cannot be read ({exc.strerror or exc})") from exc
    if magic != GGUF_MAGIC:
        raise NotAModelFile(str(p), "is not a GGUF model file")
    return p


def read_model_info(path: str | os.PathLike[str]) -> ModelInfo:
    """Read a GGUF's metadata and tensor table (memory-mapped; no weights are loaded).

    Raises :class:`ModelNotFound`, :class:`NotAModelFile`, :class:`TruncatedModel` or
    :class:`UnsupportedArchitecture` with a one-line reason.
    """
    import gguf

    p = check_model_path(path)
    file_size = p.stat().st_size
    try:
        reader = gguf.GGUFReader(p)
    except Exception as exc:  # the reader raises assorted errors on a short or damaged file
        reason = "is damaged or incomplete: its tensor table cannot be read (an interrupted download?)"
        raise TruncatedModel(str(p), reason) from exc

    data_end = max((t.data_offset + int(t.n_bytes) for t in reader.tensors), default=0)
    if not reader.tensors or data_end > file_size:
        raise TruncatedModel(
            str(p),
            f"is incomplete: {format_bytes(file_size)} on disk, {format_bytes(data_end)} expected "
            "(an interrupted download?)",
        )

    def field(key: str, default: Any = None) -> Any:
        f = reader.fields.get(key)
        if f is None:
            return default
        return f.contents()

    arch = str(field("general.architecture", ""))
    if arch not in supported_architectures():
        raise UnsupportedArchitecture(str(p), f"architecture {arch or '(none)'!r} is not supported by llama.cpp")

    parameters = sum(int(t.n_elements) for t in reader.tensors)
    tensor_bytes = sum(int(t.n_bytes) for t in reader.tensors)
    embd = int(field(f"{arch}.embedding_length", 0))
    heads = int(_first(field(f"{arch}.attention.head_count", 0)))
    kv_heads = int(_first(field(f"{arch}.attention.head_count_kv", heads)))
    head_dim = embd // heads if heads else 0
    tokens = reader.fields.get("tokenizer.ggml.tokens")
    vocab = int(field(f"{arch}.vocab_size", 0)) or (len(tokens.data) if tokens is not None else 0)

    return ModelInfo(
        path=str(p),
        file_size=file_size,
        architecture=arch,
        name=str(field("general.name", "") or field("general.basename", "") or p.stem),
        parameters=parameters,
        tensor_bytes=tensor_bytes,
        file_type=_file_type_name(field("general.file_type"), reader),
        context_length=int(field(f"{arch}.context_length", 0)),
        layers=int(field(f"{arch}.block_count", 0)),
        embedding_length=embd,
        feed_forward_length=int(_first(field(f"{arch}.feed_forward_length", 0))),
        heads=heads,
        kv_heads=kv_heads,
        key_length=int(field(f"{arch}.attention.key_length", head_dim)),
        value_length=int(field(f"{arch}.attention.value_length", head_dim)),
        vocab_size=vocab,
        license=str(field("general.license", "") or "not stated"),
        has_chat_template=bool(field("tokenizer.chat_template")),
    )


def _first(value: Any) -> Any:
    """Some architectures store a per-layer list where most store one number."""
    if isinstance(value, list):
        return max(value) if value else 0
    return value


def _file_type_name(file_type: Any, reader: Any) -> str:
    """``general.file_type`` as llama.cpp names it; else the most common tensor type."""
    import gguf

    if file_type is not None:
        try:
            name = gguf.LlamaFileType(int(file_type)).name
            return name.removeprefix("MOSTLY_").removeprefix("ALL_")
        except ValueError:
            pass
    counts: dict[str, int] = {}
    for t in reader.tensors:
        counts[t.tensor_type.name] = counts.get(t.tensor_type.name, 0) + int(t.n_elements)
    return max(counts, key=lambda k: counts[k]) if counts else "unknown"
