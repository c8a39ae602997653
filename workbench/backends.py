"""Which backend runs a model on this machine, and why: one pure decision over platform facts.

:func:`select_backend` knows no machine: it takes :class:`PlatformFacts` (system, processor, installed
packages, the GPU the installed llama.cpp was built for), so every branch is tested anywhere.
:func:`current_platform_facts` gathers the facts of this machine cheaply, without importing llama_cpp or
mlx (the window never loads native model code).
"""

from __future__ import annotations

import importlib.util
import platform
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from workbench import formats
from workbench.engine.registry import BACKENDS, BackendSpec, backend_spec, engine_backends
from workbench.i18n import tr

ModelKind = str
"""The id of a model's format (:mod:`workbench.formats`): ``gguf``, ``mlx``, ``onnx``, ``endpoint``."""

BackendId = str
"""The id of a backend in :mod:`workbench.engine.registry`: ``llama.cpp``, ``mlx``, ``onnx``, ``endpoint``."""

BACKEND_OVERRIDES: tuple[tuple[str, str], ...] = (
    ("auto", "Automatic"),
    *((spec.id, spec.label) for spec in engine_backends()),
)
"""The backend setting's values and their labels. ``auto`` lets :func:`select_backend` decide."""

BACKEND_LABELS: dict[str, str] = {spec.id: spec.label for spec in BACKENDS}

LLAMA_GPUS = ("Metal", "CUDA", "Vulkan", "ROCm", "SYCL")
"""GPU backends a llama.cpp build can have, as the user knows them."""

_LIB_GPU_NAMES = {"metal": "Metal", "cuda": "CUDA", "vulkan": "Vulkan", "hip": "ROCm", "sycl": "SYCL"}
"""ggml's library name suffixes (``libggml-cuda.so``, ``ggml-vulkan.dll``) and the GPU each means."""


@dataclass(frozen=True)
class ModelRef:
    """What is to run: its format's id, where it is, and for an endpoint the name the user gave it."""

    kind: ModelKind
    location: str
    endpoint: str = ""


@dataclass(frozen=True)
class PlatformFacts:
    """What decides the backend on a machine.

    ``llama_gpu`` is the GPU the installed llama.cpp was built for (one of :data:`LLAMA_GPUS`), ``CPU`` for
    a build without one, or ``unknown`` when it could not be told without loading llama.cpp.
    """

    system: str
    """``sys.platform``: ``darwin``, ``linux``, ``win32``."""
    machine: str
    """``platform.machine()``: ``arm64``, ``x86_64``, ``AMD64``, ``aarch64``."""
    has_mlx_lm: bool
    has_llama_cpp: bool
    llama_gpu: str = "unknown"
    packages: frozenset[str] = field(default_factory=frozenset)
    """Other installed packages backends need (their :attr:`BackendSpec.package`), for backends without a rule of
    their own here."""
    onnx_providers: tuple[str, ...] = ()
    """The execution providers the installed onnxruntime-genai build brings (``cuda``, ``dml``, ``cpu``), best
    first; empty when it is not installed."""

    def has_package(self, package: str) -> bool:
        known = {"llama_cpp": self.has_llama_cpp, "mlx_lm": self.has_mlx_lm}
        return known.get(package, package in self.packages)

    @property
    def apple_silicon(self) -> bool:
        return self.system == "darwin" and self.machine == "arm64"


@dataclass(frozen=True)
class BackendChoice:
    """The decision: which backend, on what device, the reason in a person's words, and what to install if
    the backend is missing (``available`` False)."""

    backend: BackendId
    device: str
    reason: str
    available: bool = True
    install_hint: str = ""
    decided_from: tuple[ModelRef, PlatformFacts, str | None] | None = field(default=None, compare=False, repr=False)
    """What the decision was made from, so :meth:`text` can say the reason again in the language installed now."""

    def text(self) -> str:
        """The reason in the language installed now (``reason`` keeps the language it was decided in)."""
        if self.decided_from is None:
            return self.reason
        return _decide(*self.decided_from).reason

    @property
    def label(self) -> str:
        """``MLX``, ``llama.cpp``, or ``MLX (needs mlx-lm)`` when it cannot run here."""
        name = BACKEND_LABELS[self.backend]
        if self.available:
            return name
        if self.install_hint:
            return tr("Backend", "{name} (needs {package})").format(name=name, package=_package_of(self.backend))
        return tr("Backend", "{name} (not available)").format(name=name)

    @property
    def summary(self) -> str:
        """``MLX · Metal``: the library's backend column."""
        return f"{self.label} · {self.device}" if self.available and self.device else self.label

    @property
    def explanation(self) -> str:
        """The reason, then what to install when the backend is missing."""
        if self.available or not self.install_hint:
            return self.text()
        install = tr("Backend", "{reason} Install it with: {command}")
        return install.format(reason=self.text(), command=self.install_hint)


def _package_of(backend: str) -> str:
    try:
        return backend_spec(backend).pip_name
    except KeyError:
        return backend


def normalize_override(value: str | None) -> str | None:
    """The override a setting names (a local backend's id: ``llama.cpp``, ``mlx``), or None for automatic or an
    unknown value."""
    if value is None:
        return None
    value = value.strip().lower()
    return value if value in {spec.id for spec in engine_backends()} else None


def _runs(backend: str) -> str:
    """``GGUF files``: the formats a backend runs, in a person's words."""
    return " and ".join(f.plural for f in formats.FORMATS if f.backend == backend) or "other models"


def select_backend(model: ModelRef, facts: PlatformFacts, override: str | None = None) -> BackendChoice:
    """Decide which backend runs ``model`` on the machine ``facts`` describes.

    The model's format names its backend: GGUF files run on llama.cpp, on the GPU its build supports; MLX-format
    folders on MLX, on the GPU (Metal) on Apple Silicon and on the CPU elsewhere (Linux with ``mlx-lm[cpu]``);
    without the backend's package the choice is unavailable and says what to install. A remote model runs on its
    endpoint. ``override`` (a local backend's id, from the settings) is honoured when that backend can run the
    model's format, else the reason says why it was not. The choice remembers what it was decided from, so its
    :meth:`BackendChoice.text` follows a language switch.
    """
    return replace(_decide(model, facts, override), decided_from=(model, facts, override))


def _decide(model: ModelRef, facts: PlatformFacts, override: str | None) -> BackendChoice:
    wanted = normalize_override(override)
    fmt = formats.format_named(model.kind)
    if not fmt.local:
        name = model.endpoint or model.location
        reason = tr("Backend", "This model runs on the server {name} ({location}); replies stream from there.").format(
            name=name, location=model.location
        )
        if wanted:
            reason += " " + tr("Backend", "(The backend setting applies to models on this computer only.)")
        return BackendChoice(fmt.backend, name, reason)
    note = ""
    if wanted is not None and wanted != fmt.backend:
        label = BACKEND_LABELS[wanted]
        chosen = tr("Backend", "{backend} was chosen in the settings, but {backend} runs {formats}, not {format}.")
        note = chosen.format(backend=label, formats=_runs(wanted), format=fmt.plural) + " "
    chooser = _CHOOSERS.get(fmt.backend)
    if chooser is not None:
        return chooser(facts, note, wanted == fmt.backend)
    return _plain_choice(backend_spec(fmt.backend), fmt, facts, note, chosen=wanted == fmt.backend)


def _plain_choice(
    spec: BackendSpec, fmt: formats.ModelFormat, facts: PlatformFacts, note: str, *, chosen: bool
) -> BackendChoice:
    """A backend with no rule of its own here: available when its package is installed; on the CPU."""
    if chosen:
        lead = note + tr("Backend", "{backend}, as chosen in the settings: ").format(backend=spec.label)
    else:
        lead = note + tr("Backend", "A {format} runs on {backend}; ").format(format=fmt.label, backend=spec.label)
    if not facts.has_package(spec.package):
        reason = lead + tr("Backend", "{backend} ({package}) is not installed.").format(
            backend=spec.label, package=spec.pip_name
        )
        return BackendChoice(spec.id, "", reason, False, f"pip install {spec.pip_name}")
    return BackendChoice(spec.id, "CPU", lead + tr("Backend", "it runs on the CPU."))


def _llama_choice(facts: PlatformFacts, note: str, chosen: bool) -> BackendChoice:
    if chosen:
        lead = note + tr("Backend", "llama.cpp, as chosen in the settings: ")
    else:
        lead = note + tr("Backend", "A GGUF file runs on llama.cpp; ")
    if not facts.has_llama_cpp:
        reason = lead + tr("Backend", "llama.cpp (llama-cpp-python) is not installed.")
        return BackendChoice("llama.cpp", "", reason, False, "pip install llama-cpp-python")
    gpu = facts.llama_gpu
    if gpu in LLAMA_GPUS:
        on_gpu = tr("Backend", "the installed build runs it on the GPU ({gpu}).").format(gpu=gpu)
        return BackendChoice("llama.cpp", gpu, lead + on_gpu)
    if gpu == "unknown" and facts.apple_silicon:
        metal = tr("Backend", "on Apple Silicon its builds use the GPU (Metal).")
        return BackendChoice("llama.cpp", "Metal", lead + metal)
    if gpu == "unknown":
        return BackendChoice(
            "llama.cpp", "CPU", lead + tr("Backend", "no GPU support was found in the installed build: the CPU.")
        )
    return BackendChoice(
        "llama.cpp", "CPU", lead + tr("Backend", "the installed build has no GPU support, so it runs on the CPU.")
    )


def _mlx_choice(facts: PlatformFacts, note: str, chosen: bool) -> BackendChoice:
    if chosen:
        lead = note + tr("Backend", "MLX, as chosen in the settings: ")
    else:
        lead = note + tr("Backend", "An MLX-format model runs on MLX; ")
    supported = facts.apple_silicon or facts.system.startswith("linux")
    if not facts.has_mlx_lm:
        if not supported:
            if facts.system == "darwin":
                where = tr(
                    "Backend", "MLX runs on Apple Silicon and Linux, not on an Intel Mac. Use a GGUF of this model."
                )
            else:
                where = tr(
                    "Backend", "MLX runs on Apple Silicon and Linux, not on this system. Use a GGUF of this model."
                )
            return BackendChoice("mlx", "", lead + where, False)
        hint = "pip install mlx-lm" if facts.apple_silicon else 'pip install "mlx-lm[cpu]"'
        return BackendChoice("mlx", "", lead + tr("Backend", "mlx-lm is not installed."), False, hint)
    if facts.apple_silicon:
        return BackendChoice("mlx", "Metal", lead + tr("Backend", "on Apple Silicon it runs on the GPU (Metal)."))
    return BackendChoice(
        "mlx",
        "CPU",
        lead + tr("Backend", "off Apple Silicon MLX runs on the CPU (a GGUF on llama.cpp is usually faster here)."),
    )


def _onnx_choice(facts: PlatformFacts, note: str, chosen: bool) -> BackendChoice:
    from workbench.formats.onnx import provider_label

    if chosen:
        lead = note + tr("Backend", "ONNX Runtime GenAI, as chosen in the settings: ")
    else:
        lead = note + tr("Backend", "An ONNX model folder runs on ONNX Runtime GenAI; ")
    if not facts.has_package("onnxruntime_genai"):
        reason = lead + tr("Backend", "ONNX Runtime GenAI (onnxruntime-genai) is not installed.")
        return BackendChoice("onnx", "", reason, False, 'pip install "slm-workbench[onnx]" (or onnxruntime-genai)')
    best = next((p for p in facts.onnx_providers if p != "cpu"), "cpu")
    if best == "cpu":
        return BackendChoice("onnx", "CPU", lead + tr("Backend", "the installed build runs it on the CPU."))
    label = provider_label(best)
    built = tr("Backend", "the installed build has {provider}, used when the model was built for it (else the CPU).")
    return BackendChoice("onnx", label, lead + built.format(provider=label))


_CHOOSERS: dict[str, Callable[[PlatformFacts, str, bool], BackendChoice]] = {
    "llama.cpp": _llama_choice,
    "mlx": _mlx_choice,
    "onnx": _onnx_choice,
}
"""Backends whose device depends on more than their package being installed (GPU builds, Apple Silicon)."""


# -- facts of this machine -----------------------------------------------------------------------------


def llama_gpu_from_lib_names(names: Iterable[str]) -> str:
    """The GPU a llama.cpp build has, from the ggml libraries it ships (``libggml-cuda.so`` → ``CUDA``).

    ``CPU`` when only the CPU library is there; ``unknown`` when the build has no separate ggml libraries
    (a static build) or none were found.
    """
    seen_cpu = False
    for name in names:
        stem = name.lower().split(".", 1)[0].removeprefix("lib")
        if not stem.startswith("ggml-"):
            continue
        suffix = stem.removeprefix("ggml-")
        if suffix in _LIB_GPU_NAMES:
            return _LIB_GPU_NAMES[suffix]
        seen_cpu = seen_cpu or suffix.startswith("cpu")
    return "CPU" if seen_cpu else "unknown"


def llama_gpu_from_system_info(text: str, supports_gpu_offload: bool) -> str:
    """The GPU named in ``llama_print_system_info()``'s text (``Metal : EMBED_LIBRARY = 1 | …``), when
    ``llama_supports_gpu_offload()`` is true; ``CPU`` when it is false."""
    if not supports_gpu_offload:
        return "CPU"
    sections = {part.split(":", 1)[0].strip().upper() for part in text.split("|") if ":" in part}
    words = {w.upper() for w in text.replace(":", " ").replace("=", " ").split()}
    for gpu in LLAMA_GPUS:
        if gpu.upper() in sections or gpu.upper() in words:
            return gpu
    if "HIP" in sections or "HIP" in words:
        return "ROCm"
    return "GPU"


def _package_dir(name: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    locations = list(spec.submodule_search_locations or [])
    return Path(locations[0]) if locations else None


def installed(name: str) -> bool:
    """Whether a top-level package can be imported, without importing it."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def current_platform_facts() -> PlatformFacts:
    """This machine's facts, in a millisecond or so: no native library is loaded."""
    from workbench.formats.onnx import installed_providers

    llama_dir = _package_dir("llama_cpp")
    gpu = "unknown"
    if llama_dir is not None:
        try:
            gpu = llama_gpu_from_lib_names(p.name for p in (llama_dir / "lib").iterdir())
        except OSError:
            gpu = "unknown"
    return PlatformFacts(
        system=sys.platform,
        machine=platform.machine(),
        has_mlx_lm=installed("mlx_lm"),
        has_llama_cpp=llama_dir is not None,
        llama_gpu=gpu,
        packages=frozenset(spec.package for spec in BACKENDS if installed(spec.package)),
        onnx_providers=installed_providers(),
    )


_FACTS: PlatformFacts | None = None


def platform_facts() -> PlatformFacts:
    """:func:`current_platform_facts`, gathered once per process."""
    global _FACTS
    if _FACTS is None:
        _FACTS = current_platform_facts()
    return _FACTS
