"""Model formats: detection, reading, the one fit function, and what a format tells (bits, bytes per token,
backend); the backend registry the engine looks backends up in."""

from __future__ import annotations

import ast
import pathlib

import pytest

from tests.support.model_tree import write_mlx_folder
from workbench import formats
from workbench.backends import PlatformFacts
from workbench.engine import registry
from workbench.engine.inspect import inspect_model
from workbench.engine.options import LoadOptions
from workbench.errors import ModelNotFound, NotAModelFile
from workbench.formats.mlx import MlxModelInfo
from workbench.model_info import ModelInfo

MEMORY = (16 * 10**9, 32 * 10**9)
LINUX = PlatformFacts("linux", "x86_64", has_mlx_lm=True, has_llama_cpp=True, llama_gpu="CPU")
WORKBENCH = pathlib.Path(formats.__file__).parent.parent


def test_files_and_folders_are_detected_by_their_format() -> None:
    assert formats.file_format("Model.Q4_K_M.gguf") is formats.GGUF
    assert formats.file_format("MODEL.GGUF") is formats.GGUF
    assert formats.file_format("notes.txt") is None
    assert formats.folder_format(["config.json", "model.safetensors", "tokenizer.json"]) is formats.MLX
    assert formats.folder_format(["config.json"]) is None  # no weights: not a model folder
    assert formats.folder_format(["a.gguf"]) is None


def test_a_path_is_given_to_its_format(tmp_path: pathlib.Path, tiny_gguf: pathlib.Path) -> None:
    mlx = write_mlx_folder(tmp_path / "Tiny-MLX")
    assert formats.format_of_path(tiny_gguf) is formats.GGUF
    assert formats.format_of_path(mlx) is formats.MLX
    assert formats.format_of_path("endpoint://Ollama/llama3:8b") is formats.ENDPOINT
    assert formats.format_named("remote") is formats.ENDPOINT  # what the library stores for a server's model
    empty = tmp_path / "empty"
    empty.mkdir()
    assert formats.format_of_path(empty).folder  # a folder is read as a folder format, which says what is missing
    assert formats.format_of_path(tmp_path / "blob-without-suffix") is formats.GGUF  # Ollama's blobs
    with pytest.raises(formats.UnknownFormat):
        formats.format_named("pytorch")


def test_read_info_is_strict_and_describe_is_lenient(tmp_path: pathlib.Path, tiny_gguf: pathlib.Path) -> None:
    info = formats.read_info(tiny_gguf)
    assert isinstance(info, ModelInfo) and formats.format_of(info) is formats.GGUF
    mlx = write_mlx_folder(tmp_path / "Tiny-MLX")  # config and weights, no tokenizer
    listed = formats.MLX.describe(mlx)
    assert isinstance(listed, MlxModelInfo) and formats.format_of(listed) is formats.MLX
    with pytest.raises(NotAModelFile, match="no tokenizer"):
        formats.read_info(mlx)
    with pytest.raises(ModelNotFound):
        formats.read_info(tmp_path / "missing.gguf")
    with pytest.raises(NotAModelFile):
        formats.ENDPOINT.read("endpoint://Ollama/x")


def test_one_fit_for_every_format_follows_context_and_cache_type(
    tmp_path: pathlib.Path, tiny_gguf: pathlib.Path
) -> None:
    gguf = formats.read_info(tiny_gguf)
    f16 = formats.fit(gguf, 512, memory=MEMORY)
    q8 = formats.fit(gguf, 512, cache_type="q8_0", memory=MEMORY)
    q4 = formats.fit(gguf, 512, cache_type="q4_0", memory=MEMORY)
    assert f16.estimate.kv_cache > q8.estimate.kv_cache > q4.estimate.kv_cache
    assert q8.estimate.kv_cache == pytest.approx(f16.estimate.kv_cache * 34 / 64, rel=1e-6)
    assert "KV cache (Q8_0)" in q8.explanation and "(F16)" not in f16.explanation
    assert formats.fit(gguf, 1024, memory=MEMORY).estimate.kv_cache == 2 * f16.estimate.kv_cache
    assert formats.fit(gguf, memory=MEMORY).estimate.context_length == formats.default_context(gguf) == 512

    mlx = formats.MLX.describe(write_mlx_folder(tmp_path / "Tiny-MLX"))
    mlx_f16 = formats.fit(mlx, 1024, memory=MEMORY)
    mlx_q8 = formats.fit(mlx, 1024, cache_type="q8_0", memory=MEMORY)
    assert mlx_q8.estimate == mlx_f16.estimate  # MLX keeps an F16 cache: the estimate says what will happen
    assert mlx_f16.estimate.cache_type == "f16" and mlx_f16.verdict == "fits"
    assert formats.fit(mlx, 1024, memory=(1000, 2000)).verdict == "does not fit"


def test_bits_and_bytes_per_token_come_from_the_format(tmp_path: pathlib.Path, tiny_gguf: pathlib.Path) -> None:
    gguf = formats.read_info(tiny_gguf)
    assert isinstance(gguf, ModelInfo)
    assert formats.bits_per_weight(gguf) == pytest.approx(gguf.bits_per_weight) == pytest.approx(16.0, abs=0.5)
    assert 0 < formats.bytes_read_per_token(gguf) <= gguf.tensor_bytes
    mlx = formats.MLX.describe(write_mlx_folder(tmp_path / "Tiny-MLX"))
    assert formats.nominal_bits(mlx) == 4.0  # as the config says; the measured figure counts the scales too
    assert formats.bits_per_weight(mlx) > 4.0
    assert formats.summary_rows(mlx)[0] == ("Architecture", "llama")
    assert dict(formats.summary_rows(gguf))["Quantization"].startswith("F16 · 16.0")


def test_each_format_names_a_registered_backend() -> None:
    ids = {spec.id for spec in registry.BACKENDS}
    assert {fmt.backend for fmt in formats.FORMATS} <= ids
    assert [spec.id for spec in registry.engine_backends()] == ["llama.cpp", "mlx", "onnx"]
    assert registry.backend_spec("mlx").pip_name == "mlx-lm"
    with pytest.raises(registry.UnknownBackend):
        registry.backend_spec("pytorch")
    with pytest.raises(registry.UnknownBackend):
        registry.create_backend("endpoint")  # runs in the window's process, not the engine's


def test_inspection_reads_once_and_follows_the_load_options(tiny_gguf: pathlib.Path) -> None:
    options = LoadOptions(context_length=512, threads=1, kv_cache_type="q8_0")
    inspection = inspect_model(tiny_gguf, options, LINUX)
    assert inspection.format is formats.GGUF and inspection.choice.backend == "llama.cpp"
    assert inspection.fit.estimate.cache_type == "q8_0" and inspection.matches(str(tiny_gguf), options)
    assert not inspection.matches(str(tiny_gguf), options.with_changes(context_length=1024))
    off = inspect_model(tiny_gguf, options.with_changes(flash_attention="off"), LINUX, info=inspection.info)
    assert off.fit.estimate.cache_type == "f16"  # a quantized cache needs flash attention: the engine falls back
    assert off.info is inspection.info


def _imports(path: pathlib.Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_engine_and_the_formats_import_nothing_above_them() -> None:
    above = ("workbench.library", "workbench.compare", "workbench.hub", "workbench.quantize", "workbench.endpoints")
    for folder, forbidden in (("engine", above), ("formats", (*above, "workbench.engine", "workbench.backends"))):
        for module in (WORKBENCH / folder).glob("*.py"):
            bad = sorted(m for m in _imports(module) if m.startswith(forbidden))
            assert not bad, f"{folder}/{module.name} imports {bad}"
