"""Build a folder tree like a real machine's model collection, for library tests and screenshots."""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
from dataclasses import dataclass
from pathlib import Path


def write_mlx_folder(folder: Path, bits: int = 4, hidden: int = 64, layers: int = 2) -> Path:
    """A tiny MLX-format folder: config.json and one safetensors file with a real header (packed 4-bit weights)."""
    folder.mkdir(parents=True, exist_ok=True)
    config = {
        "model_type": "llama", "hidden_size": hidden, "num_hidden_layers": layers, "num_attention_heads": 4,
        "num_key_value_heads": 2, "max_position_embeddings": 2048, "vocab_size": 256,
        "quantization": {"group_size": 64, "bits": bits},
    }
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    packed = hidden * hidden * bits // 32
    a, b, c = packed * 4, packed * 4 + hidden * 2, packed * 4 + hidden * 4
    header = {
        "model.layers.0.mlp.weight": {"dtype": "U32", "shape": [hidden, hidden * bits // 32], "data_offsets": [0, a]},
        "model.layers.0.mlp.scales": {"dtype": "F16", "shape": [hidden, 1], "data_offsets": [a, b]},
        "model.norm.weight": {"dtype": "F16", "shape": [hidden], "data_offsets": [b, c]},
    }
    raw = json.dumps(header).encode()
    with (folder / "model.safetensors").open("wb") as f:
        f.write(struct.pack("<Q", len(raw)))
        f.write(raw)
        f.write(b"\0" * (packed * 4 + hidden * 4))
    return folder


def write_ollama_store(store: Path, gguf: Path, name: str = "tinyllama", tag: str = "latest") -> Path:
    """An Ollama store holding ``gguf`` as the model layer of ``library/<name>:<tag>``; returns the blob."""
    digest = hashlib.sha256(gguf.read_bytes()).hexdigest()
    blob = store / "blobs" / f"sha256-{digest}"
    blob.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(gguf, blob)
    (store / "blobs" / ("sha256-" + "0" * 64)).write_text('{"stop": []}')
    manifest = store / "manifests" / "registry.ollama.ai" / "library" / name / tag
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(json.dumps({
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "digest": "sha256:" + "1" * 64},
        "layers": [
            {"mediaType": "application/vnd.ollama.image.model", "digest": f"sha256:{digest}",
             "size": blob.stat().st_size},
            {"mediaType": "application/vnd.ollama.image.params", "digest": "sha256:" + "0" * 64, "size": 12},
        ],
    }))
    return blob


@dataclass(frozen=True)
class ModelTree:
    """Where each kind of file went."""

    root: Path
    app_models: Path
    user_folder: Path
    lmstudio: Path
    ollama: Path
    truncated: Path
    text_as_gguf: Path
    mlx: Path


def build_model_tree(root: Path, gguf: Path) -> ModelTree:
    """App folder with a GGUF; a user folder with a nested GGUF, an MLX folder and junk; LM Studio; Ollama."""
    app = root / "app" / "models"
    user = root / "user"
    lms = root / "home" / ".lmstudio" / "models"
    for folder in (app, user / "nested" / "deeper", lms / "publisher" / "repo"):
        folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(gguf, app / "tiny-app.gguf")
    shutil.copyfile(gguf, user / "nested" / "deeper" / "tiny-copy.GGUF")
    truncated = user / "broken-download.gguf"
    truncated.write_bytes(gguf.read_bytes()[: gguf.stat().st_size // 2])
    text = user / "notes.gguf"
    text.write_text("this is not a model\n")
    (user / "readme.txt").write_text("junk")
    (user / ".hidden").mkdir()
    shutil.copyfile(gguf, user / ".hidden" / "ignored.gguf")
    mlx = write_mlx_folder(user / "Tiny-MLX-4bit")
    shutil.copyfile(gguf, lms / "publisher" / "repo" / "tiny-lms.gguf")
    ollama = root / "home" / ".ollama" / "models"
    write_ollama_store(ollama, gguf)
    return ModelTree(root, app, user, lms, ollama, truncated, text, mlx)
