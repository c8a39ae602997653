"""Typed errors of quantization; each ``str(err)`` is one line a person can act on."""

from __future__ import annotations

from workbench.errors import WorkbenchError
from workbench.i18n import tr


class QuantizeError(WorkbenchError):
    """Base of the errors quantization raises on purpose."""


class SourceNotUsable(QuantizeError):
    """The source is not a model this quantizer can read."""


class RequantizeNotConfirmed(QuantizeError):
    """The source is already quantized; going on needs ``allow_requantize`` (the person's explicit yes)."""

    def __init__(self, path: str, file_type: str) -> None:
        super().__init__(
            tr(
                "Quantize",
                "{path} is already quantized ({type}). Quantizing it again stacks a second rounding error on the "
                "first, so the result is worse than quantizing the original F16/BF16/F32 model would be. Confirm to "
                "go on anyway (--allow-requantize).",
            ).format(path=path, type=file_type)
        )
        self.path = path
        self.file_type = file_type


class OutputNotWritable(QuantizeError):
    """The output folder does not exist or cannot be written."""


class OutputExists(QuantizeError):
    """An output name is taken and no ``on_exists`` policy says what to do."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} already exists: choose to replace it or to keep both")
        self.path = path


class NotEnoughDiskSpace(QuantizeError):
    """The predicted outputs do not fit in the free space of the output folder, or a write ran out of space."""


class ImatrixMismatch(QuantizeError):
    """The importance matrix file is unreadable, or was made for another model."""


class ImatrixRequired(QuantizeError):
    """A chosen type needs an importance matrix and none was given."""


class UnsupportedQuantType(QuantizeError):
    """The type cannot be applied to this model (its tensor shapes or architecture do not allow it)."""


class QuantizationFailed(QuantizeError):
    """llama.cpp (or mlx-lm) reported a failure, or its process died; nothing was written."""
