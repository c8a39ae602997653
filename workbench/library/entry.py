"""What the library lists: one model file (or MLX folder) on this machine, where it came from and whether it fits."""

from __future__ import annotations

import importlib.util
from dataclasses import asdict, dataclass
from typing import Any, Literal

from workbench.backends import BackendChoice
from workbench.memory import FitEstimate
from workbench.model_info import ModelInfo, size_class

Source = Literal["starter", "app", "hf-cache", "folder", "lm-studio", "ollama", "endpoint"]
"""Where an entry was found: the bundled starter, the app's models folder, the Hugging Face cache, a folder the
user added, LM Studio's models folder, Ollama's store, or an OpenAI-compatible endpoint (a server)."""

SOURCE_LABELS: dict[str, str] = {
    "starter": "Bundled starter",
    "app": "App models folder",
    "hf-cache": "Hugging Face cache",
    "folder": "Added folder",
    "lm-studio": "LM Studio",
    "ollama": "Ollama",
    "endpoint": "Endpoint",
}

ModelFormat = Literal["gguf", "mlx"]
EntryFormat = Literal["gguf", "mlx", "remote"]
"""A library row's format: a model file or folder here, or ``remote``: a model an endpoint serves."""

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

    @property
    def file_type(self) -> str:
        """The quantization, under the name :class:`ModelInfo` gives it."""
        return self.quantization

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["format"] = "mlx"
        return data


@dataclass(frozen=True)
class LibraryEntry:
    """One model in the library.

    ``info`` is the GGUF's :class:`ModelInfo` or the MLX folder's :class:`MlxModelInfo`; when the file cannot be
    read, ``info`` is None and ``problem`` says why (``"unreadable: …"``).
    """

    path: str
    source: Source
    format: EntryFormat
    info: ModelInfo | MlxModelInfo | None
    problem: str | None
    fit: FitEstimate | None
    backend: str
    label: str = ""
    """A name given by the source when the file name says little (Ollama's ``name:tag``)."""
    file_size: int = 0
    backend_choice: BackendChoice | None = None
    """Which backend runs this model on this computer and why (None where no decision was made)."""
    endpoint: str = ""
    """For a model served by an endpoint (format ``remote``): the endpoint's name."""
    parts: tuple[str, ...] = ()
    """For a model split into several files: every part on disk (``path`` is the first); else empty."""

    @property
    def readable(self) -> bool:
        """The model can be used: its file was read, or the endpoint serving it answered."""
        return self.info is not None or (self.format == "remote" and not self.problem)

    @property
    def source_label(self) -> str:
        """``Endpoint: <name>`` for an endpoint's model, else the source's label (``Hugging Face cache``)."""
        if self.source == "endpoint":
            return f"Endpoint: {self.endpoint}"
        return SOURCE_LABELS.get(self.source, self.source)

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
        """``fits``, ``tight``, ``does not fit``, ``on the server`` (an endpoint's model), or ``unreadable: reason``."""
        if self.problem:
            return self.problem
        if self.format == "remote":
            return "on the server"
        return self.fit.verdict if self.fit is not None else "unknown"
