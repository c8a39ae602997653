"""The backends the engine can run, by id: adding a backend is one engine module and one entry in :data:`BACKENDS`.

An entry names its implementation as ``module:Class`` so that looking a backend up imports nothing native: the
engine process imports the module when a model is loaded with it, and the window never does.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from workbench.engine.protocol import EngineBackend


@dataclass(frozen=True)
class BackendSpec:
    """One backend: its id (what formats, settings and load requests name), its label, the package whose presence
    makes it available and how to install it, and where its engine-process implementation lives."""

    id: str
    label: str
    package: str
    """The top-level import name that must be installed (``llama_cpp``)."""
    pip_name: str
    """What to ``pip install`` (``llama-cpp-python``)."""
    factory: str = ""
    """``module:Class`` of the :class:`EngineBackend` run in the engine process; empty for a backend that runs in
    the caller's process (an endpoint: HTTP only, no native code)."""

    @property
    def in_engine(self) -> bool:
        """Runs in the engine child process (native model code)."""
        return bool(self.factory)


BACKENDS: tuple[BackendSpec, ...] = (
    BackendSpec(
        "llama.cpp", "llama.cpp", "llama_cpp", "llama-cpp-python", "workbench.engine.llama_backend:LlamaBackend"
    ),
    BackendSpec("mlx", "MLX", "mlx_lm", "mlx-lm", "workbench.engine.mlx_backend:MlxBackend"),
    BackendSpec("onnx", "ONNX Runtime GenAI", "onnxruntime_genai", "onnxruntime-genai",
                "workbench.engine.onnx_backend:OnnxBackend"),
    BackendSpec("endpoint", "Endpoint", "openai", "openai"),
)


class UnknownBackend(KeyError):
    """No backend has this id."""


def backend_spec(backend_id: str) -> BackendSpec:
    for spec in BACKENDS:
        if spec.id == backend_id:
            return spec
    raise UnknownBackend(backend_id)


def engine_backends() -> tuple[BackendSpec, ...]:
    """The backends that run models on this computer, in the engine process."""
    return tuple(spec for spec in BACKENDS if spec.in_engine)


def create_backend(backend_id: str, cancel_event: Any | None = None) -> EngineBackend:
    """A new, empty instance of the engine backend ``backend_id`` (its module is imported; native code is not,
    until its first load)."""
    spec = backend_spec(backend_id)
    if not spec.in_engine:
        raise UnknownBackend(f"{backend_id} does not run in the engine process")
    module_name, _, class_name = spec.factory.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    backend: EngineBackend = cls(cancel_event)
    return backend
