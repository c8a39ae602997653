"""ONNX GenAI folders: detected, read without the runtime (config and graph), precision, parameters, size, the
execution provider and why, the fit; a damaged folder gets one line; automatic selection names the backend."""

from __future__ import annotations

import json
import pathlib
import shutil

import pytest

from tests.support.tiny_onnx import write_tiny_onnx_model
from workbench import formats
from workbench.backends import ModelRef, PlatformFacts, select_backend
from workbench.engine import registry
from workbench.errors import ModelNotFound, NotAModelFile, TruncatedModel
from workbench.formats.onnx import (
    OnnxModelInfo,
    check_onnx_folder,
    choose_provider,
    is_variant_name,
    quantization_method,
    read_graph,
)
from workbench.model_info import read_model_info

pytest.importorskip("onnx")

MEMORY = (16 * 10**9, 32 * 10**9)
ONNX_CPU = PlatformFacts("linux", "x86_64", True, True, "CPU", packages=frozenset({"onnxruntime_genai"}),
                         onnx_providers=("cpu",))


@pytest.fixture(scope="module")
def onnx_models(tmp_path_factory: pytest.TempPathFactory, tiny_gguf: pathlib.Path) -> dict[str, pathlib.Path]:
    root = tmp_path_factory.mktemp("onnx") / "Tiny-Llama-onnx"
    return {
        "f32": write_tiny_onnx_model(root / "cpu-fp32", tiny_gguf, precision="f32"),
        "f16": write_tiny_onnx_model(root / "cpu-fp16", tiny_gguf, precision="f16"),
        "int4": write_tiny_onnx_model(root / "cpu_and_mobile" / "cpu-int4-rtn-block-32-acc-level-4", tiny_gguf,
                                      precision="int4", block_size=32),
    }


def test_a_genai_folder_is_detected_and_read_without_the_runtime(
    onnx_models: dict[str, pathlib.Path], tiny_gguf: pathlib.Path
) -> None:
    folder = onnx_models["f32"]
    assert formats.folder_format(sorted(p.name for p in folder.iterdir())) is formats.ONNX
    assert formats.format_of_path(folder) is formats.ONNX
    info = formats.read_info(folder)
    assert isinstance(info, OnnxModelInfo) and formats.format_of(info) is formats.ONNX
    gguf = read_model_info(tiny_gguf)
    assert info.parameters == gguf.parameters  # the same weights, counted from the graph's initializers
    assert (info.architecture, info.layers, info.kv_heads, info.head_dim) == ("llama", 2, 2, 64)
    assert info.quantization == "F32" and formats.nominal_bits(info) == 32.0
    assert formats.bits_per_weight(info) == pytest.approx(32.0, abs=0.01)
    assert info.file_size == sum(p.stat().st_size for p in folder.glob("model.onnx*"))
    assert info.name == "Tiny-Llama-onnx / cpu-fp32" and info.variant == "cpu-fp32"
    embedding = 1024 * 256 * 4
    assert formats.bytes_read_per_token(info) == pytest.approx(info.parameters * 4 - embedding, rel=0.001)


def test_int4_precision_and_block_size_come_from_the_graph(onnx_models: dict[str, pathlib.Path]) -> None:
    info = formats.read_info(onnx_models["int4"])
    assert isinstance(info, OnnxModelInfo)
    assert info.quantization == "INT4 (RTN, blocks of 32)" and info.block_size == 32
    f32 = formats.read_info(onnx_models["f32"])
    assert info.parameters == f32.parameters  # packed 4-bit weights count as the weights they hold
    assert 4.0 < formats.bits_per_weight(info) < 32.0  # scales, and the float32 embedding and output
    assert info.file_size < f32.file_size / 2  # the float32 embedding and output are 2 of its 3 MB
    assert info.name == "Tiny-Llama-onnx / cpu-int4-rtn-block-32-acc-level-4"
    rows = dict(formats.summary_rows(info))
    assert rows["Quantization"] == "INT4 (RTN, blocks of 32)" and rows["Parameters"] == "1.7M"
    assert rows["Execution provider"].startswith("CPU: the model was built for the CPU")
    graph = read_graph(onnx_models["int4"] / "model.onnx")
    assert {q.bits for q in graph.quantized} == {4} and len(graph.quantized) == 14  # 7 matrices × 2 layers


def test_the_fit_counts_weights_and_the_graphs_kv_cache(onnx_models: dict[str, pathlib.Path]) -> None:
    info = formats.read_info(onnx_models["f32"])
    fit = formats.fit(info, 512, memory=MEMORY)
    assert fit.verdict == "fits" and fit.estimate.weights == info.file_size
    assert fit.estimate.cache_type == "f32"  # a float32 graph keeps a float32 cache
    assert fit.estimate.kv_cache == 2 * 512 * 2 * 2 * 64 * 4
    assert formats.fit(info, 512, memory=(10**7, 10**8)).verdict == "does not fit"
    f16 = formats.read_info(onnx_models["f16"])
    assert f16.quantization == "F16" and f16.file_size < info.file_size
    # F16 weights, but the graph takes a float32 cache (its inputs say so): the estimate follows the graph
    assert formats.fit(f16, 512, memory=MEMORY).estimate.kv_cache == fit.estimate.kv_cache


def test_the_execution_provider_and_why() -> None:
    assert choose_provider((), ("cpu",)).reason == "the model was built for the CPU"
    cuda = choose_provider(("cuda",), ("cuda", "cpu"))
    assert (cuda.provider, cuda.label, cuda.fallback) == ("cuda", "CUDA", False)
    missing = choose_provider(("dml",), ("cpu",))
    assert missing.provider == "cpu" and missing.fallback
    assert missing.reason == ("the model was built for DirectML, which this installation of ONNX Runtime GenAI "
                              "lacks, so it runs on the CPU")
    assert choose_provider(("qnn", "cuda"), ("cuda", "cpu")).provider == "cuda"


def test_automatic_selection_names_onnx_runtime_genai() -> None:
    spec = registry.backend_spec("onnx")
    assert spec.in_engine and spec.package == "onnxruntime_genai"
    ref = ModelRef("onnx", "/models/phi-onnx")
    chosen = select_backend(ref, ONNX_CPU)
    assert (chosen.backend, chosen.device, chosen.available) == ("onnx", "CPU", True)
    assert chosen.reason == "An ONNX model folder runs on ONNX Runtime GenAI; the installed build runs it on the CPU."
    cuda = select_backend(ref, PlatformFacts("win32", "AMD64", False, True, "CUDA",
                                             packages=frozenset({"onnxruntime_genai"}), onnx_providers=("cuda", "cpu")))
    assert cuda.device == "CUDA"
    missing = select_backend(ref, PlatformFacts("linux", "x86_64", True, True, "CPU"))
    assert not missing.available and missing.label == "ONNX Runtime GenAI (needs onnxruntime-genai)"
    assert missing.explanation.endswith('Install it with: pip install "slm-workbench[onnx]" (or onnxruntime-genai)')
    other = select_backend(ref, ONNX_CPU, override="llama.cpp")
    assert other.backend == "onnx" and other.reason.startswith(
        "llama.cpp was chosen in the settings, but llama.cpp runs GGUF files, not ONNX model folders.")


def test_variant_names_and_methods() -> None:
    assert is_variant_name("cpu-int4-rtn-block-32-acc-level-4") and is_variant_name("cuda-fp16")
    assert not is_variant_name("Phi-3-mini-4k-instruct-onnx") and not is_variant_name("my-int4-model")
    assert quantization_method("gpu-int4-awq-block-128") == "AWQ"
    assert quantization_method("cpu-int4-rtn-block-32") == "RTN" and quantization_method("fp16") == ""


def _copy(folder: pathlib.Path, tmp_path: pathlib.Path) -> pathlib.Path:
    return pathlib.Path(shutil.copytree(folder, tmp_path / "Broken-onnx"))


def _damaged_config(folder: pathlib.Path) -> None:
    (folder / "genai_config.json").write_text('{"model": {"decoder": ')


def _no_decoder(folder: pathlib.Path) -> None:
    (folder / "genai_config.json").write_text(json.dumps({"model": {"type": "llama"}}))


def _outside(folder: pathlib.Path) -> None:
    config = json.loads((folder / "genai_config.json").read_text())
    config["model"]["decoder"]["filename"] = "../elsewhere/model.onnx"
    (folder / "genai_config.json").write_text(json.dumps(config))


def _no_graph(folder: pathlib.Path) -> None:
    (folder / "model.onnx").unlink()


def _no_weights(folder: pathlib.Path) -> None:
    (folder / "model.onnx.data").unlink()


def _short_weights(folder: pathlib.Path) -> None:
    data = folder / "model.onnx.data"
    data.write_bytes(data.read_bytes()[: data.stat().st_size // 2])


def _garbage_graph(folder: pathlib.Path) -> None:
    (folder / "model.onnx").write_bytes(b"\xff" * 64)


def _no_tokenizer(folder: pathlib.Path) -> None:
    (folder / "tokenizer.json").unlink()


@pytest.mark.parametrize(
    ("damage", "error", "words"),
    [
        (_damaged_config, NotAModelFile, ["genai_config.json is damaged"]),
        (_no_decoder, NotAModelFile, ["genai_config.json describes no decoder model"]),
        (_outside, NotAModelFile, ["names a model file outside its folder"]),
        (_no_graph, NotAModelFile, ["the model file model.onnx is missing"]),
        (_no_weights, NotAModelFile, ["the weights file model.onnx.data is missing"]),
        (_short_weights, TruncatedModel, ["model.onnx.data is incomplete", "interrupted download"]),
        (_garbage_graph, NotAModelFile, ["model.onnx: the graph file"]),
        (_no_tokenizer, NotAModelFile, ["no tokenizer (tokenizer.json)"]),
    ],
)
def test_a_broken_folder_gets_one_clear_line(
    onnx_models: dict[str, pathlib.Path], tmp_path: pathlib.Path, damage: object, error: type, words: list[str]
) -> None:
    folder = _copy(onnx_models["f32"], tmp_path)
    damage(folder)  # type: ignore[operator]
    with pytest.raises(error) as caught:
        check_onnx_folder(folder)
    message = str(caught.value)
    assert message.startswith(f"{folder}: is not a complete ONNX model folder: ") and "\n" not in message
    assert "Error" not in message and "Traceback" not in message
    for word in words:
        assert word in message


def test_missing_folder_and_a_file_are_refused(tmp_path: pathlib.Path) -> None:
    with pytest.raises(ModelNotFound, match="no such folder"):
        check_onnx_folder(tmp_path / "nowhere")
    (tmp_path / "model.onnx").write_bytes(b"")
    with pytest.raises(NotAModelFile, match="is a file, not an ONNX model folder"):
        check_onnx_folder(tmp_path / "model.onnx")
