"""What every model format answers: one protocol, so nothing outside :mod:`workbench.formats` switches on a format.

A format is a way a model sits on disk (a GGUF file, an MLX-format folder, an ONNX GenAI folder) or
elsewhere (a model an endpoint serves). Each answers the same questions: is this path one of mine (*detect*), what is
it (*read*), how much memory does it need at a context length (*memory*), how many bits does a weight take, how many
bytes are read per generated token, and which backend runs it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, Protocol

from workbench.errors import NotAModelFile
from workbench.i18n import tr
from workbench.memory import MemoryEstimate


class IncompleteFile(ValueError):
    """A file of a model folder is shorter than its own table says (an interrupted download)."""


class ModelDescription(Protocol):
    """What any format's reader reports about a model, without loading it."""

    @property
    def path(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def architecture(self) -> str: ...

    @property
    def parameters(self) -> int: ...

    @property
    def file_size(self) -> int: ...

    @property
    def file_type(self) -> str:
        """The quantization in the format's own words (``Q4_1``, ``4-bit``, ``F16``)."""
        ...

    @property
    def context_length(self) -> int: ...

    def to_dict(self) -> dict[str, Any]: ...


class ModelFormat:
    """One model format. Subclasses set the class attributes and override what applies to them.

    ``id`` is what the library stores (``gguf``); ``backend`` the id of the engine backend that runs it
    (see :mod:`workbench.engine.registry`); ``local`` is False for a model that runs elsewhere (an endpoint's).
    """

    id: str = ""
    aliases: tuple[str, ...] = ()
    label: str = ""
    """``GGUF file``: one model of this format, in a person's words."""
    plural: str = ""
    """``GGUF files``."""
    backend: str = ""
    folder: bool = False
    """A folder of files (MLX, ONNX GenAI) rather than one file."""
    local: bool = True

    # -- detect --------------------------------------------------------------------------------

    def detect_file(self, name: str) -> bool:
        """A file of this name is a model of this format (by its name only: it is checked when read)."""
        return False

    def detect_folder(self, names: Sequence[str]) -> bool:
        """A folder holding files of these names is a model of this format."""
        return False

    def detect_path(self, path: str) -> bool:
        """``path`` (a file, a folder, or a URL-like path) is a model of this format."""
        return False

    def describes(self, info: object) -> bool:
        """``info`` is what this format's :meth:`read` returns."""
        return False

    # -- read ----------------------------------------------------------------------------------

    def read(self, path: str | os.PathLike[str]) -> ModelDescription:
        """Describe the model after checking it is complete; typed :class:`~workbench.errors.ModelFileError` s."""
        raise NotAModelFile(str(path), tr("Model file", "is not a {format} on this computer").format(format=self.label))

    def describe(self, path: str | os.PathLike[str]) -> ModelDescription:
        """What the model is, for a list (the library): may skip checks :meth:`read` makes before a load (an MLX
        folder's tokenizer). ``ValueError`` / ``OSError`` or the typed errors when it cannot be read at all."""
        return self.read(path)

    # -- estimates -----------------------------------------------------------------------------

    def memory(
        self, info: ModelDescription, context_length: int, cache_type: str = "f16", weights: str = "auto"
    ) -> MemoryEstimate:
        """Weights, KV cache (of ``cache_type`` where the backend honours it), buffers and runtime; ``weights``: the
        load option saying where llama.cpp keeps them (:data:`workbench.engine.pages.WEIGHTS_MODES`), which
        formats run elsewhere ignore."""
        raise NotImplementedError(f"{self.label}: no memory estimate")

    def bits_per_weight(self, info: ModelDescription) -> float:
        """Measured: the bits every tensor takes over the number of weights."""
        return 0.0

    def nominal_bits(self, info: ModelDescription) -> float:
        """Bits per weight as the description tells it (cheap: for lists); :meth:`bits_per_weight` may read more."""
        return self.bits_per_weight(info)

    def bytes_read_per_token(self, info: ModelDescription) -> int:
        """Bytes of weights read to generate one token (the memory-bandwidth ceiling's denominator)."""
        return 0

    def summary_rows(self, info: ModelDescription) -> list[tuple[str, str]]:
        """The description as (label, value) rows in a person's words."""
        return [
            (tr("Model file", "Architecture"), info.architecture),
            (tr("Model file", "Quantization"), info.file_type),
        ]

    def cache_types(self) -> tuple[str, ...]:
        """The KV-cache types the backend of this format can use (the first is its default)."""
        return ("f16",)

    def can_quantize(self) -> bool:
        """This app can make smaller versions of a model of this format here."""
        return False
