"""Backend selection as a pure function over platform facts: every branch, on any machine."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

from workbench.backends import (
    BackendChoice,
    ModelRef,
    PlatformFacts,
    llama_gpu_from_lib_names,
    llama_gpu_from_system_info,
    normalize_override,
    select_backend,
)
from workbench.formats import format_of_path

MAC = PlatformFacts("darwin", "arm64", has_mlx_lm=True, has_llama_cpp=True, llama_gpu="Metal")
MAC_NO_MLX = PlatformFacts("darwin", "arm64", has_mlx_lm=False, has_llama_cpp=True, llama_gpu="Metal")
MAC_UNKNOWN_GPU = PlatformFacts("darwin", "arm64", has_mlx_lm=True, has_llama_cpp=True, llama_gpu="unknown")
INTEL_MAC = PlatformFacts("darwin", "x86_64", has_mlx_lm=False, has_llama_cpp=True, llama_gpu="CPU")
LINUX_CPU = PlatformFacts("linux", "x86_64", has_mlx_lm=True, has_llama_cpp=True, llama_gpu="CPU")
LINUX_NO_MLX = PlatformFacts("linux", "x86_64", has_mlx_lm=False, has_llama_cpp=True, llama_gpu="CPU")
LINUX_CUDA = PlatformFacts("linux", "x86_64", has_mlx_lm=False, has_llama_cpp=True, llama_gpu="CUDA")
LINUX_UNKNOWN = PlatformFacts("linux", "aarch64", has_mlx_lm=False, has_llama_cpp=True, llama_gpu="unknown")
WINDOWS_VULKAN = PlatformFacts("win32", "AMD64", has_mlx_lm=False, has_llama_cpp=True, llama_gpu="Vulkan")
NO_LLAMA = PlatformFacts("linux", "x86_64", has_mlx_lm=True, has_llama_cpp=False, llama_gpu="unknown")

GGUF = ModelRef("gguf", "/models/smol.Q4_K_M.gguf")
MLX = ModelRef("mlx", "/models/Smol-MLX-4bit")
REMOTE = ModelRef("endpoint", "http://localhost:11434/v1", endpoint="Ollama")

# (model, facts, override) -> (backend, device, available, install hint, words the reason must hold)
TABLE = [
    # MLX-format models
    (MLX, MAC, None, "mlx", "Metal", True, "", ["Apple Silicon", "Metal"]),
    (MLX, LINUX_CPU, None, "mlx", "CPU", True, "", ["CPU"]),
    (MLX, MAC_NO_MLX, None, "mlx", "", False, "pip install mlx-lm", ["mlx-lm is not installed"]),
    (MLX, LINUX_NO_MLX, None, "mlx", "", False, 'pip install "mlx-lm[cpu]"', ["mlx-lm is not installed"]),
    (MLX, WINDOWS_VULKAN, None, "mlx", "", False, "", ["not on this system", "GGUF"]),
    (MLX, INTEL_MAC, None, "mlx", "", False, "", ["Intel Mac"]),
    (MLX, MAC, "mlx", "mlx", "Metal", True, "", ["as chosen in the settings"]),
    (MLX, MAC, "llama.cpp", "mlx", "Metal", True, "", ["llama.cpp was chosen in the settings", "GGUF files"]),
    (MLX, LINUX_NO_MLX, "llama.cpp", "mlx", "", False, 'pip install "mlx-lm[cpu]"', ["llama.cpp was chosen"]),
    # GGUF files
    (GGUF, MAC, None, "llama.cpp", "Metal", True, "", ["GPU (Metal)"]),
    (GGUF, MAC_UNKNOWN_GPU, None, "llama.cpp", "Metal", True, "", ["Apple Silicon"]),
    (GGUF, LINUX_CUDA, None, "llama.cpp", "CUDA", True, "", ["GPU (CUDA)"]),
    (GGUF, WINDOWS_VULKAN, None, "llama.cpp", "Vulkan", True, "", ["GPU (Vulkan)"]),
    (GGUF, LINUX_CPU, None, "llama.cpp", "CPU", True, "", ["no GPU support"]),
    (GGUF, LINUX_UNKNOWN, None, "llama.cpp", "CPU", True, "", ["no GPU support was found"]),
    (GGUF, NO_LLAMA, None, "llama.cpp", "", False, "pip install llama-cpp-python", ["not installed"]),
    (GGUF, MAC, "llama.cpp", "llama.cpp", "Metal", True, "", ["as chosen in the settings"]),
    (GGUF, MAC, "mlx", "llama.cpp", "Metal", True, "", ["MLX was chosen in the settings", "not GGUF files"]),
    (GGUF, LINUX_CPU, "nonsense", "llama.cpp", "CPU", True, "", ["A GGUF file runs on llama.cpp"]),
    # remote models
    (REMOTE, LINUX_CPU, None, "endpoint", "Ollama", True, "", ["server Ollama", "localhost:11434"]),
    (REMOTE, MAC, "mlx", "endpoint", "Ollama", True, "", ["applies to models on this computer only"]),
]


@pytest.mark.parametrize(("model", "facts", "override", "backend", "device", "available", "hint", "words"), TABLE)
def test_selection_table(
    model: ModelRef,
    facts: PlatformFacts,
    override: str | None,
    backend: str,
    device: str,
    available: bool,
    hint: str,
    words: list[str],
) -> None:
    choice = select_backend(model, facts, override)
    assert (choice.backend, choice.device, choice.available, choice.install_hint) == (backend, device, available, hint)
    for word in words:
        assert word in choice.reason, choice.reason
    assert "\n" not in choice.reason and choice.reason.endswith((".", ")"))


def test_the_choice_reads_well_where_it_is_shown() -> None:
    missing = select_backend(MLX, LINUX_NO_MLX)
    assert missing.label == "MLX (needs mlx-lm)" and missing.summary == "MLX (needs mlx-lm)"
    assert missing.explanation.endswith('Install it with: pip install "mlx-lm[cpu]"')
    unsupported = select_backend(MLX, WINDOWS_VULKAN)
    assert unsupported.label == "MLX (not available)" and unsupported.explanation == unsupported.reason
    metal = select_backend(MLX, MAC)
    assert (metal.label, metal.summary, metal.explanation) == ("MLX", "MLX · Metal", metal.reason)
    assert select_backend(GGUF, LINUX_CUDA).summary == "llama.cpp · CUDA"
    assert BackendChoice("endpoint", "vLLM", "r").summary == "Endpoint · vLLM"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), ("auto", None), ("", None), ("MLX", "mlx"), (" llama.cpp ", "llama.cpp"), ("cuda", None)],
)
def test_override_values(value: str | None, expected: str | None) -> None:
    assert normalize_override(value) == expected


@pytest.mark.parametrize(
    ("names", "gpu"),
    [
        (["libggml-base.so", "libggml-cpu.so", "libggml.so", "libllama.so"], "CPU"),  # this machine's wheel
        (["libggml-base.dylib", "libggml-cpu.dylib", "libggml-metal.dylib", "libllama.dylib"], "Metal"),
        (["libggml-cuda.so", "libggml-cpu-haswell.so", "libggml-cpu-skylakex.so"], "CUDA"),
        (["ggml-base.dll", "ggml-cpu.dll", "ggml-vulkan.dll", "llama.dll"], "Vulkan"),
        (["libggml-hip.so", "libggml-cpu.so"], "ROCm"),
        (["libggml-sycl.so"], "SYCL"),
        (["libggml-blas.so", "libggml-cpu.so"], "CPU"),
        (["libllama.so"], "unknown"),  # a static build: nothing to tell from the names
        ([], "unknown"),
    ],
)
def test_gpu_from_library_names(names: list[str], gpu: str) -> None:
    assert llama_gpu_from_lib_names(names) == gpu


SYSTEM_INFO_CPU = (
    "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX_VNNI = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | AVX512 = 1 | "
    "LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 | "
)
"""``llama_print_system_info()`` of the CPU-only wheel of llama-cpp-python 0.3.36 (this machine)."""


@pytest.mark.parametrize(
    ("text", "offload", "gpu"),
    [
        (SYSTEM_INFO_CPU, False, "CPU"),
        ("Metal : EMBED_LIBRARY = 1 | CPU : NEON = 1 | ARM_FMA = 1 | FP16_VA = 1 | DOTPROD = 1 | ACCELERATE = 1 | ",
         True, "Metal"),
        ("CUDA : ARCHS = 860,890 | USE_GRAPHS = 1 | PEER_MAX_BATCH_SIZE = 128 | CPU : SSE3 = 1 | AVX2 = 1 | ",
         True, "CUDA"),
        ("Vulkan : | CPU : SSE3 = 1 | AVX = 1 | ", True, "Vulkan"),
        ("ROCm : NO_VMM = 1 | CPU : AVX2 = 1 | ", True, "ROCm"),
        ("HIP : NO_VMM = 1 | CPU : AVX2 = 1 | ", True, "ROCm"),
        ("CPU : AVX2 = 1 | ", True, "GPU"),
    ],
)
def test_gpu_from_system_info(text: str, offload: bool, gpu: str) -> None:
    assert llama_gpu_from_system_info(text, offload) == gpu


def test_this_machine_facts_need_no_native_import() -> None:
    code = (
        "import sys; from workbench.backends import current_platform_facts as f; facts = f(); "
        "print(facts.system, facts.has_llama_cpp, facts.llama_gpu, "
        "any(m in sys.modules for m in ('llama_cpp', 'mlx', 'mlx.core', 'mlx_lm')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    system, has_llama, gpu, imported_native = out
    assert system == sys.platform and has_llama == "True" and imported_native == "False"
    assert gpu in ("CPU", "Metal", "CUDA", "Vulkan", "ROCm", "SYCL", "unknown")


def test_the_format_is_told_by_the_path(tmp_path: pathlib.Path) -> None:
    folder = tmp_path / "Tiny-MLX"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({}))
    assert format_of_path(folder).id == "mlx"  # a folder is read as MLX, which then says what is missing
    assert format_of_path(tmp_path / "tiny.gguf").id == "gguf"
    assert format_of_path("endpoint://Ollama/llama3").id == "endpoint"


def test_the_backend_setting_is_kept_and_a_bad_value_means_automatic(tmp_path: pathlib.Path) -> None:
    from workbench.settings import Settings, SettingsStore

    store = SettingsStore(tmp_path / "settings.toml")
    assert Settings().backend == "auto"
    store.save(Settings(backend="mlx"))
    assert store.load().backend == "mlx"
    (tmp_path / "settings.toml").write_text('backend = "cuda"\n')
    assert store.load().backend == "auto"
    (tmp_path / "settings.toml").write_text("backend = 3\n")
    assert store.load().backend == "auto"


def test_the_reason_is_said_again_in_the_language_installed_now() -> None:
    from workbench import i18n

    choice = select_backend(ModelRef("gguf", "/models/m.gguf"), LINUX_CPU)
    assert "no GPU support" in choice.text()
    i18n.install(lambda context, text: f"[{text}]")
    try:
        assert "[the installed build has no GPU support, so it runs on the CPU.]" in choice.text()
        assert "[A GGUF file runs on llama.cpp; ]" in choice.explanation
        assert "[" not in choice.reason  # the text as decided stays as it was
    finally:
        i18n.install(None)
    assert choice.text() == choice.reason
