"""What the library lists: one model file (or MLX folder) on this machine, where it came from and whether it fits."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from typing import Literal

from workbench.memory import FitEstimate
from workbench.model_info import ModelInfo, size_class

Source = Literal["starter", "app", "hf-cache", "folder", "lm-studio", "ollama"]
"""Where an entry was found: the bundled starter, the app's models folder, the Hugging Face cache, a folder the
user added, LM Studio's models folder or Ollama's store."""

SOURCE_LABELS: dict[str, str] = {
    "starter": "Bundled starter",
    "app": "App models folder",
    "hf-cache": "Hugging Face cache",
    "folder": "Added folder",
    "lm-studio": "LM Studio",
    "ollama": "Ollama",
}

ModelFormat = Literal["gguf", "mlx"]

LLAMA_CPP = "llama.cpp"
MLX = "MLX"
MLX_MISSING = "MLX (needs mlx-lm)"

DEFAULT_CONTEXT = 4096
"""The context length at which the library judges fit (capped by the model's own context length)."""


def mlx_backend_name() -> str:
    """``MLX`` when mlx-lm is importable here, else ``MLX (needs mlx-lm)``; never imports mlx itself."""
    try:
        found = importlib.util.find_spec("mlx_lm") is not None
    except (ImportError, ValueError):
        found = False
    return MLX if found else MLX_MISSING


@dataclass(frozen=True)
class MlxModelInfo:
    """What the library can tell about an MLX-format folder from its config.json and safetensors headers."""

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


@dataclass(frozen=True)
class LibraryEntry:
    """One model in the library.

    ``info`` is the GGUF's :class:`ModelInfo` or the MLX folder's :class:`MlxModelInfo`; when the file cannot be
    read, ``info`` is None and ``problem`` says why (``"unreadable: …"``).
    """

    path: str
    source: Source
    format: ModelFormat
    info: ModelInfo | MlxModelInfo | None
    problem: str | None
    fit: FitEstimate | None
    backend: str
    label: str = ""
    """A name given by the source when the file name says little (Ollama's ``name:tag``)."""
    file_size: int = 0

    @property
    def readable(self) -> bool:
        return self.info is not None

    @property
    def name(self) -> str:
        if self.label:
            return self.label
        if self.info is not None and self.info.name:
            return self.info.name
        return self.path.rsplit("/", 1)[-1]

    @property
    def architecture(self) -> str:
        return self.info.architecture if self.info is not None else ""

    @property
    def parameters(self) -> int:
        return self.info.parameters if self.info is not None else 0

    @property
    def size_class(self) -> str:
        return size_class(self.parameters) if self.parameters else ""

    @property
    def quantization(self) -> str:
        if isinstance(self.info, ModelInfo):
            return self.info.file_type
        if isinstance(self.info, MlxModelInfo):
            return self.info.quantization
        return ""

    @property
    def bits_per_weight(self) -> float:
        if isinstance(self.info, ModelInfo):
            return self.info.bits_per_weight
        if isinstance(self.info, MlxModelInfo):
            return self.info.bits
        return 0.0

    @property
    def context_length(self) -> int:
        return self.info.context_length if self.info is not None else 0

    @property
    def verdict(self) -> str:
        """``fits``, ``tight``, ``does not fit``, or ``unreadable: reason``."""
        if self.problem:
            return self.problem
        return self.fit.verdict if self.fit is not None else "unknown"
