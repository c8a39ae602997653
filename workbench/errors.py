"""Typed errors of the core: each carries a one-line reason a person can read."""

from __future__ import annotations


class WorkbenchError(Exception):
    """Base of every error the core raises on purpose. ``str(err)`` is the one-line reason."""


class ModelFileError(WorkbenchError):
    """A model file cannot be used: missing, a directory, not GGUF, truncated, or unsupported."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelNotFound(ModelFileError):
    """The path does not exist."""


class NotAModelFile(ModelFileError):
    """The path is a directory, or a file that is not GGUF."""


class ImportanceMatrixFile(NotAModelFile):
    """A GGUF importance matrix (llama-imatrix's format, which quantizing here also writes): it guides
    quantization and holds no model."""


class DamagedModel(ModelFileError):
    """The file's header breaks the format's rules (a flipped bit, a bad writer): llama.cpp would refuse it."""


class TruncatedModel(DamagedModel):
    """The GGUF header promises more data than the file holds (an interrupted download)."""


class UnsupportedArchitecture(ModelFileError):
    """The GGUF names an architecture this llama.cpp cannot run."""


class ModelDoesNotFit(WorkbenchError):
    """The memory estimate exceeds what this machine has available; load with ``force`` to try anyway."""


class ContextOverflow(WorkbenchError):
    """The conversation is longer than the model's context window."""


class EngineError(WorkbenchError):
    """The engine process reported an error (for example a model that llama.cpp refuses to load)."""


class EngineCrashed(EngineError):
    """The engine process died. ``partial_text`` keeps what the reply had received so far."""

    def __init__(self, reason: str, partial_text: str = "", exit_code: int | None = None) -> None:
        super().__init__(reason)
        self.partial_text = partial_text
        self.exit_code = exit_code


class EngineNotLoaded(EngineError):
    """A request needs a loaded model and none is loaded."""


class PlainTextUnsupported(EngineError):
    """The loaded model cannot continue or score a plain text (only llama.cpp's backend does; not MLX, ONNX or a
    model on another server): a request the client can change, not a fault of the server."""


class EngineHung(EngineCrashed):
    """The engine did not answer Stop, Unload, loading another model or closing within the deadline, so it
    was ended. ``partial_text`` keeps what the reply had received so far."""
