"""Read an MLX-format folder (config.json + *.safetensors) without loading it: shape, size, quantization."""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

from workbench.library.entry import MlxModelInfo

DTYPE_BITS = {"F32": 32, "F16": 16, "BF16": 16, "F64": 64, "I8": 8, "U8": 8, "I32": 32, "U32": 32, "I64": 64}


def is_mlx_folder(names: list[str]) -> bool:
    """A folder whose file names include config.json and at least one ``.safetensors``."""
    return "config.json" in names and any(n.endswith(".safetensors") for n in names)


def _safetensors_header(path: Path) -> dict[str, Any]:
    with path.open("rb") as f:
        raw = f.read(8)
        if len(raw) != 8:
            raise ValueError(f"{path.name} is too short to be a safetensors file")
        (length,) = struct.unpack("<Q", raw)
        if length > 100_000_000:
            raise ValueError(f"{path.name} has an implausible header length")
        header = json.loads(f.read(length))
    if not isinstance(header, dict):
        raise ValueError(f"{path.name} has no tensor table")
    return header


def read_mlx_folder(folder: str | Path) -> MlxModelInfo:
    """Describe the MLX folder; raises ``ValueError`` (or ``OSError``) with a readable reason if it is damaged.

    Parameters are counted from the safetensors headers. In a quantized MLX model each packed uint32 holds
    ``32 / bits`` weights, and ``.scales`` / ``.biases`` tensors are bookkeeping, not weights.
    """
    folder = Path(folder)
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"config.json is not valid JSON ({exc.msg})") from exc
    quant = config.get("quantization") or config.get("quantization_config") or {}
    bits = int(quant.get("bits", 0)) if isinstance(quant, dict) else 0
    parameters = 0
    dtype_bits = 16
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
                dtype_bits = DTYPE_BITS.get(str(tensor.get("dtype")), 16)
            parameters += count
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
