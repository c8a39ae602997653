"""MLX-format folders (config.json + *.safetensors + a tokenizer), run by mlx-lm: read without loading them."""

from __future__ import annotations

import collections
import importlib.util
import json
import os
import struct
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from workbench.errors import ModelNotFound, NotAModelFile, TruncatedModel
from workbench.formats.base import IncompleteFile, ModelDescription, ModelFormat
from workbench.i18n import format_integer, tr
from workbench.memory import RUNTIME_BYTES, MemoryEstimate, kv_cache_bytes
from workbench.model_info import format_bytes, format_count

DTYPE_BITS = {"F32": 32, "F16": 16, "BF16": 16, "F64": 64, "I8": 8, "U8": 8, "I32": 32, "U32": 32, "I64": 64}


@dataclass(frozen=True)
class MlxModelInfo:
    """What an MLX-format folder's config.json and safetensors headers tell."""

    path: str
    name: str
    architecture: str
    parameters: int
    bits: float
    """Bits per weight: the quantization's bits if the config names one, else the tensors' dtype width."""
    quantization: str
    context_length: int
    file_size: int
    layers: int
    kv_heads: int
    head_dim: int

    @property
    def file_type(self) -> str:
        """The quantization, under the name :class:`~workbench.model_info.ModelInfo` gives it."""
        return self.quantization

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["format"] = "mlx"
        return data


def is_mlx_folder(names: Sequence[str]) -> bool:
    """A folder whose file names include config.json and at least one ``.safetensors``."""
    return "config.json" in names and any(n.endswith(".safetensors") for n in names)


def _safetensors_header(path: Path) -> dict[str, Any]:
    """The tensor table of a safetensors file; ``ValueError`` if it is damaged, :class:`IncompleteFile` if it is
    shorter than its table says."""
    with path.open("rb") as f:
        raw = f.read(8)
        if len(raw) != 8:
            raise ValueError(tr("Model file", "{file} is too short to be a safetensors file").format(file=path.name))
        (length,) = struct.unpack("<Q", raw)
        if length > 100_000_000:
            raise ValueError(tr("Model file", "{file} has an implausible header length").format(file=path.name))
        text = f.read(length)
    if len(text) != length:
        raise IncompleteFile(
            tr("Model file", "{file} is incomplete: its tensor table is cut off (an interrupted download?)").format(
                file=path.name
            )
        )
    try:
        header = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(tr("Model file", "{file} has a damaged tensor table").format(file=path.name)) from exc
    if not isinstance(header, dict):
        raise ValueError(tr("Model file", "{file} has no tensor table").format(file=path.name))
    end = max((int(t["data_offsets"][1]) for n, t in header.items() if n != "__metadata__" and isinstance(t, dict)
               and isinstance(t.get("data_offsets"), list) and len(t["data_offsets"]) == 2), default=0)
    size = path.stat().st_size
    if 8 + length + end > size:
        raise IncompleteFile(
            tr("Model file", "{file} is incomplete: {size} on disk, {expected} expected (an interrupted download?)")
            .format(file=path.name, size=format_bytes(size), expected=format_bytes(8 + length + end))
        )
    return header


TOKENIZER_FILES = ("tokenizer.json", "tokenizer.model", "vocab.json")
"""Any of these makes a tokenizer mlx-lm can load (``vocab.json`` with ``merges.txt``)."""


def mlx_folder_problems(folder: str | os.PathLike[str]) -> list[str]:
    """What keeps ``folder`` from loading as an MLX model, each in a few words; empty when nothing does.

    Checks the pieces mlx-lm needs: a readable config.json, weights (every shard the index names, each
    complete), and a tokenizer.
    """
    return _folder_problems(Path(folder))[0]


def _folder_problems(folder: Path) -> tuple[list[str], bool]:
    """:func:`mlx_folder_problems`, and whether one of them is an incomplete file (an interrupted download)."""
    problems: list[str] = []
    incomplete = False
    config = folder / "config.json"
    if not config.is_file():
        problems.append(tr("Model file", "no config.json"))
    else:
        try:
            if not isinstance(json.loads(config.read_text(encoding="utf-8")), dict):
                problems.append(tr("Model file", "config.json holds no settings"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(
                tr("Model file", "config.json cannot be read ({detail})").format(
                    detail=getattr(exc, "msg", None) or exc
                )
            )
    shards = sorted(folder.glob("*.safetensors"))
    index = folder / "model.safetensors.index.json"
    if index.is_file():
        try:
            weight_map = json.loads(index.read_text(encoding="utf-8")).get("weight_map", {})
            missing = sorted({str(f) for f in weight_map.values()} - {p.name for p in shards})
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError):
            missing = []
            problems.append(tr("Model file", "model.safetensors.index.json cannot be read"))
        if len(missing) == 1:
            problems.append(tr("Model file", "missing weight file {file}").format(file=missing[0]))
        elif missing:
            problems.append(tr("Model file", "missing weight files {files}").format(files=", ".join(missing)))
    if not shards:
        problems.append(tr("Model file", "no .safetensors weights"))
    for shard in shards:
        try:
            _safetensors_header(shard)
        except IncompleteFile as exc:
            problems.append(str(exc))
            incomplete = True
        except (OSError, ValueError) as exc:
            problems.append(str(exc))
    if not any((folder / name).is_file() for name in TOKENIZER_FILES):
        problems.append(tr("Model file", "no tokenizer (tokenizer.json or tokenizer.model)"))
    return problems, incomplete


def check_mlx_folder(folder: str | os.PathLike[str]) -> MlxModelInfo:
    """Describe ``folder`` after checking it has everything mlx-lm needs to load it.

    Raises :class:`~workbench.errors.ModelNotFound`, or :class:`~workbench.errors.NotAModelFile` /
    :class:`~workbench.errors.TruncatedModel` whose reason lists every problem on one line.
    """
    path = Path(folder)
    if not path.exists():
        raise ModelNotFound(str(path), tr("Model file", "no such folder"))
    if not path.is_dir():
        raise NotAModelFile(str(path), tr("Model file", "is a file, not an MLX model folder"))
    if not (path / "config.json").exists() and not any(path.glob("*.safetensors")):
        raise NotAModelFile(
            str(path), tr("Model file", "is a folder, but not an MLX model folder (no config.json, no .safetensors)")
        )
    problems, incomplete = _folder_problems(path)
    if problems:
        cls = TruncatedModel if incomplete else NotAModelFile
        raise cls(
            str(path),
            tr("Model file", "is not a complete MLX model folder: {problems}").format(problems="; ".join(problems)),
        )
    try:
        return read_mlx_folder(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise NotAModelFile(
            str(path), tr("Model file", "is not a usable MLX model folder: {detail}").format(detail=exc)
        ) from exc


def read_mlx_folder(folder: str | os.PathLike[str]) -> MlxModelInfo:
    """Describe the MLX folder; raises ``ValueError`` (or ``OSError``) with a readable reason if it is damaged.

    Parameters are counted from the safetensors headers. In a quantized MLX model each packed uint32 holds
    ``32 / bits`` weights, and ``.scales`` / ``.biases`` tensors are bookkeeping, not weights.
    """
    folder = Path(folder)
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(tr("Model file", "config.json is not valid JSON ({detail})").format(detail=exc.msg)) from exc
    quant = config.get("quantization") or config.get("quantization_config") or {}
    bits = int(quant.get("bits", 0)) if isinstance(quant, dict) else 0
    parameters = 0
    weights_by_bits: collections.Counter[int] = collections.Counter()
    size = 0
    for file in sorted(folder.glob("*.safetensors")):
        size += file.stat().st_size
        for name, tensor in _safetensors_header(file).items():
            if name == "__metadata__" or name.endswith((".scales", ".biases")):
                continue
            count = 1
            for dim in tensor.get("shape", []):
                count *= int(dim)
            if bits and tensor.get("dtype") == "U32":
                count = count * 32 // bits
            else:
                weights_by_bits[DTYPE_BITS.get(str(tensor.get("dtype")), 16)] += count
            parameters += count
    # The precision most weights have (a BF16 model's F32 norms are not its precision).
    dtype_bits = weights_by_bits.most_common(1)[0][0] if weights_by_bits else 16
    text = config.get("text_config") if isinstance(config.get("text_config"), dict) else config
    heads = int(text.get("num_attention_heads", 0) or 0)
    hidden = int(text.get("hidden_size", 0) or 0)
    return MlxModelInfo(
        path=str(folder),
        name=folder.name if folder.name not in {"", "."} else str(folder),
        architecture=str(config.get("model_type", "unknown")),
        parameters=parameters,
        bits=float(bits or dtype_bits),
        quantization=f"{bits}-bit" if bits else ("F16" if dtype_bits == 16 else f"{dtype_bits}-bit"),
        context_length=int(text.get("max_position_embeddings", 0) or 0),
        file_size=size,
        layers=int(text.get("num_hidden_layers", 0) or 0),
        kv_heads=int(text.get("num_key_value_heads", heads) or 0),
        head_dim=int(text.get("head_dim", 0) or (hidden // heads if heads else 0)),
    )


def _tensor_sizes(folder: str | Path) -> dict[str, int]:
    """Bytes of each tensor in the folder's safetensors files, by name."""
    sizes: dict[str, int] = {}
    for file in sorted(Path(folder).glob("*.safetensors")):
        for name, tensor in _safetensors_header(file).items():
            if name != "__metadata__" and isinstance(tensor, dict):
                start, end = tensor.get("data_offsets", (0, 0))
                sizes[name] = int(end) - int(start)
    return sizes


def mlx_bits_per_weight(info: MlxModelInfo) -> float:
    """Measured, as :attr:`ModelInfo.bits_per_weight` for a GGUF: the bits every tensor takes (quantization's
    scales and biases included: 4-bit in groups of 64 is about 4.5) over the number of weights."""
    return sum(_tensor_sizes(info.path).values()) * 8 / info.parameters if info.parameters else 0.0


def mlx_bytes_read_per_token(folder: str | Path) -> int:
    """Bytes of weights read to generate one token, from the safetensors tables (as for a GGUF: every tensor,
    less the token-embedding table when a separate ``lm_head`` projects the output; quantization's scales and
    biases count, they are read too)."""
    sizes = _tensor_sizes(folder)
    total = sum(sizes.values())
    if any(n.startswith("lm_head.") for n in sizes):
        total -= sum(v for n, v in sizes.items() if ".embed_tokens." in n)
    return total


def mlx_memory_estimate(info: MlxModelInfo, context_length: int) -> MemoryEstimate:
    """Weights as on disk, an F16 KV cache from the config's shape (mlx-lm's default cache), and a compute buffer
    of a tenth of the weights."""
    return MemoryEstimate(
        context_length=context_length,
        weights=info.file_size,
        kv_cache=kv_cache_bytes(info.layers, context_length, info.kv_heads, 2 * info.head_dim, "f16"),
        compute=info.file_size // 10,
        runtime=RUNTIME_BYTES,
        cache_type="f16",
    )


def mlx_lm_installed() -> bool:
    """Whether mlx-lm can be imported here, without importing it (nor mlx)."""
    try:
        return importlib.util.find_spec("mlx_lm") is not None
    except (ImportError, ValueError):
        return False


class MlxFormat(ModelFormat):
    """A folder with config.json, safetensors weights and a tokenizer; runs on MLX (mlx-lm)."""

    id = "mlx"
    label = "MLX-format folder"
    plural = "MLX-format folders"
    backend = "mlx"
    folder = True

    def detect_folder(self, names: Sequence[str]) -> bool:
        return is_mlx_folder(names)

    def detect_path(self, path: str) -> bool:
        try:
            return os.path.isdir(path) and is_mlx_folder(os.listdir(path))
        except OSError:
            return False

    def describes(self, info: object) -> bool:
        return isinstance(info, MlxModelInfo)

    def read(self, path: str | os.PathLike[str]) -> MlxModelInfo:
        return check_mlx_folder(path)

    def describe(self, path: str | os.PathLike[str]) -> MlxModelInfo:
        return read_mlx_folder(path)

    def memory(
        self, info: ModelDescription, context_length: int, cache_type: str = "f16", weights: str = "auto"
    ) -> MemoryEstimate:
        return mlx_memory_estimate(_mlx(info), context_length)

    def bits_per_weight(self, info: ModelDescription) -> float:
        return mlx_bits_per_weight(_mlx(info))

    def nominal_bits(self, info: ModelDescription) -> float:
        return _mlx(info).bits

    def bytes_read_per_token(self, info: ModelDescription) -> int:
        return mlx_bytes_read_per_token(info.path)

    def summary_rows(self, info: ModelDescription) -> list[tuple[str, str]]:
        mlx = _mlx(info)
        return [
            (tr("Model file", "Architecture"), mlx.architecture),
            (tr("Model file", "Parameters"), format_count(mlx.parameters)),
            (tr("Model file", "Quantization"), mlx.quantization),
            (
                tr("Model file", "Context length"),
                tr("Model file", "{count} tokens").format(count=format_integer(mlx.context_length)),
            ),
            (tr("Model file", "Layers"), str(mlx.layers)),
        ]

    def can_quantize(self) -> bool:
        return mlx_lm_installed()


def _mlx(info: ModelDescription) -> MlxModelInfo:
    if not isinstance(info, MlxModelInfo):
        raise TypeError(f"not an MLX description: {type(info).__name__}")
    return info
