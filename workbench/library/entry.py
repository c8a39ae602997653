"""What the library lists: one model file (or MLX folder) on this machine, where it came from and whether it fits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from workbench import formats
from workbench.backends import BackendChoice
from workbench.formats import DEFAULT_CONTEXT, ModelDescription, ModelFormat
from workbench.formats.mlx import MlxModelInfo, mlx_lm_installed
from workbench.i18n import QT_TRANSLATE_NOOP, tr
from workbench.memory import FitEstimate
from workbench.model_info import size_class

Source = Literal["starter", "app", "hf-cache", "folder", "lm-studio", "ollama", "foundry-local", "endpoint"]
"""Where an entry was found: the bundled starter, the app's models folder, the Hugging Face cache, a folder the
user added, LM Studio's models folder, Ollama's store, Foundry Local's model cache, or an OpenAI-compatible
endpoint (a server)."""

SOURCE_LABELS: dict[str, str] = {
    "starter": QT_TRANSLATE_NOOP("Library", "Bundled starter"),
    "app": QT_TRANSLATE_NOOP("Library", "App models folder"),
    "hf-cache": QT_TRANSLATE_NOOP("Library", "Hugging Face cache"),
    "folder": QT_TRANSLATE_NOOP("Library", "Added folder"),
    "lm-studio": "LM Studio",
    "ollama": "Ollama",
    "foundry-local": "Foundry Local",
    "endpoint": QT_TRANSLATE_NOOP("Library", "Endpoint"),
}
"""In English; :attr:`LibraryEntry.source_label` gives them in the active language."""

PROBLEM_KINDS: dict[str, str] = {
    "unreadable": QT_TRANSLATE_NOOP("Library", "unreadable"),
    "incomplete": QT_TRANSLATE_NOOP("Library", "incomplete"),
    "unreachable": QT_TRANSLATE_NOOP("Library", "unreachable"),
    "no models": QT_TRANSLATE_NOOP("Library", "no models"),
}
"""What can be wrong with a row, as :attr:`LibraryEntry.problem` begins (``incomplete: part 2 of 3 missing``): a
fixed word the code can test, put in the active language where it is shown (:func:`problem_kind_in_words`)."""


ENDPOINT_STATES: dict[str, str] = {
    "unreachable": QT_TRANSLATE_NOOP("Library", "not reachable"),
    "no models": QT_TRANSLATE_NOOP("Library", "no models"),
}
"""What an endpoint's row that stands for no model says after the endpoint's name, by its problem's kind."""


def row_problem(kind: str, detail: str) -> str:
    """A row's problem: ``kind`` (one of :data:`PROBLEM_KINDS`) and what is wrong, in the active language."""
    return f"{kind}: {detail}"


def problem_kind_in_words(text: str) -> str:
    """The kind a problem begins with, in the active language (``incomplete`` → ``ufuldstændig``)."""
    kind = text.split(":", 1)[0]
    return tr("Library", PROBLEM_KINDS[kind]) if kind in PROBLEM_KINDS else kind


def problem_in_words(text: str) -> str:
    """A row's problem as shown: its kind in the active language, then what is wrong."""
    kind, joined, detail = text.partition(": ")
    if not joined or kind not in PROBLEM_KINDS:
        return text
    return tr("Library", "{kind}: {detail}").format(kind=problem_kind_in_words(text), detail=detail)


EntryFormat = str
"""A library row's format: the id of a :class:`~workbench.formats.ModelFormat` (``gguf``, ``mlx``), or ``remote``:
a model an endpoint serves."""

LLAMA_CPP = "llama.cpp"
MLX = "MLX"
MLX_MISSING = "MLX (needs mlx-lm)"


def mlx_backend_name() -> str:
    """``MLX`` when mlx-lm is importable here, else ``MLX (needs mlx-lm)``; never imports mlx itself."""
    return MLX if mlx_lm_installed() else MLX_MISSING


@dataclass(frozen=True)
class LibraryEntry:
    """One model in the library.

    ``info`` is what the model's format read (:class:`~workbench.formats.ModelDescription`); when the file cannot
    be read, ``info`` is None and ``problem`` says why (``"unreadable: …"``).
    """

    path: str
    source: Source
    format: EntryFormat
    info: ModelDescription | None
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
    def model_format(self) -> ModelFormat:
        """The format of this entry's model (what decides how it is read, estimated and run)."""
        return formats.format_named(self.format)

    @property
    def local(self) -> bool:
        """The model is on this computer (a file or folder here), not served by an endpoint."""
        return self.model_format.local

    @property
    def readable(self) -> bool:
        """The model can be used: its file was read, or the endpoint serving it answered."""
        return self.info is not None or (not self.local and not self.problem)

    @property
    def source_label(self) -> str:
        """``Endpoint: <name>`` for an endpoint's model, else the source's label (``Hugging Face cache``)."""
        if self.source == "endpoint":
            return tr("Library", "Endpoint: {name}").format(name=self.endpoint)
        return tr("Library", SOURCE_LABELS[self.source]) if self.source in SOURCE_LABELS else self.source

    @property
    def name(self) -> str:
        kind = self.problem.split(":", 1)[0] if self.problem else ""
        if self.source == "endpoint" and kind in ENDPOINT_STATES:  # a row for an endpoint without models
            return tr("Library", "{endpoint} ({state})").format(
                endpoint=self.endpoint, state=tr("Library", ENDPOINT_STATES[kind])
            )
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
        return self.info.file_type if self.info is not None else ""

    @property
    def bits_per_weight(self) -> float:
        """As the format tells it without reading the weights' tables again."""
        return formats.nominal_bits(self.info) if self.info is not None else 0.0

    @property
    def can_quantize(self) -> bool:
        """Readable, and this app can make smaller versions of its format here."""
        return self.info is not None and self.model_format.can_quantize()

    def fit_at(self, context_length: int, cache_type: str = "f16") -> FitEstimate | None:
        """The fit at another context length (and KV-cache type); None when there is nothing here to estimate."""
        return formats.fit(self.info, context_length, cache_type=cache_type) if self.info is not None else None

    @property
    def context_length(self) -> int:
        return self.info.context_length if self.info is not None else 0

    @property
    def verdict(self) -> str:
        """``fits``, ``tight``, ``does not fit``, ``on the server`` (an endpoint's model), or ``unreadable: reason``."""
        if self.problem:
            return self.problem
        if not self.local:
            return "on the server"
        return self.fit.verdict if self.fit is not None else "unknown"


__all__ = [
    "DEFAULT_CONTEXT",
    "LLAMA_CPP",
    "MLX",
    "MLX_MISSING",
    "SOURCE_LABELS",
    "EntryFormat",
    "LibraryEntry",
    "MlxModelInfo",
    "Source",
    "mlx_backend_name",
]
