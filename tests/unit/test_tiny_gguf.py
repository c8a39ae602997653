"""The tiny GGUF writer produces a well-formed llama GGUF with a real vocabulary."""

from __future__ import annotations

import pathlib
from typing import Any

import gguf
import pytest

from tests.support.tiny_gguf import IM_END, IM_START, train_tiny_vocab, write_tiny_llama_gguf

N_LAYER = 2
TENSORS_PER_LAYER = 9


def _value(reader: gguf.GGUFReader, key: str) -> Any:
    return reader.fields[key].contents()


def test_metadata_and_tensors(tmp_path: pathlib.Path) -> None:
    path = write_tiny_llama_gguf(tmp_path / "tiny.gguf")
    assert path == tmp_path / "tiny.gguf"
    assert path.stat().st_size < 5 * 1024 * 1024

    reader = gguf.GGUFReader(path)
    assert _value(reader, "general.architecture") == "llama"
    assert _value(reader, "general.name") == "Tiny Llama"
    assert _value(reader, "general.license") == "apache-2.0"
    assert _value(reader, "general.file_type") == 1
    assert _value(reader, "llama.block_count") == N_LAYER
    assert _value(reader, "llama.embedding_length") == 256
    assert _value(reader, "llama.vocab_size") == 1024
    assert len(reader.tensors) == 3 + N_LAYER * TENSORS_PER_LAYER

    tokens = _value(reader, "tokenizer.ggml.tokens")
    assert isinstance(tokens, list)
    assert len(tokens) == 1024
    assert _value(reader, "tokenizer.ggml.model") == "gpt2"
    assert tokens[_value(reader, "tokenizer.ggml.eos_token_id")] == IM_END
    assert _value(reader, "tokenizer.ggml.add_bos_token") is False
    template = _value(reader, "tokenizer.chat_template")
    assert isinstance(template, str)
    assert IM_START in template and IM_END in template

    tensors = {t.name: t for t in reader.tensors}
    assert list(tensors["token_embd.weight"].shape) == [256, 1024]
    assert list(tensors["blk.0.attn_k.weight"].shape) == [256, 128]
    assert list(tensors["blk.1.ffn_down.weight"].shape) == [512, 256]
    assert tensors["output.weight"].tensor_type == gguf.GGMLQuantizationType.F16
    assert tensors["output_norm.weight"].tensor_type == gguf.GGMLQuantizationType.F32


def test_vocabulary_is_trained_bpe() -> None:
    vocab = train_tiny_vocab(1024)
    assert len(vocab.tokens) == len(vocab.token_types) == 1024
    assert len(vocab.merges) > 500
    assert "Ġthe" in vocab.tokens
    assert "Ċ" in vocab.tokens  # llama.cpp needs the newline byte token
    for special in ("<|endoftext|>", IM_START, IM_END):
        assert vocab.token_types[vocab.token_id(special)] == gguf.TokenType.CONTROL


def test_deterministic_and_f32(tmp_path: pathlib.Path) -> None:
    a = write_tiny_llama_gguf(tmp_path / "a.gguf", seed=3)
    b = write_tiny_llama_gguf(tmp_path / "b.gguf", seed=3)
    c = write_tiny_llama_gguf(tmp_path / "c.gguf", seed=4)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()

    f32 = write_tiny_llama_gguf(tmp_path / "f32.gguf", dtype="f32")
    reader = gguf.GGUFReader(f32)
    assert _value(reader, "general.file_type") == 0
    assert all(t.tensor_type == gguf.GGMLQuantizationType.F32 for t in reader.tensors)


def test_rejects_bad_arguments(tmp_path: pathlib.Path) -> None:
    with pytest.raises(ValueError):
        write_tiny_llama_gguf(tmp_path / "x.gguf", dtype="q4_0")
    with pytest.raises(ValueError):
        write_tiny_llama_gguf(tmp_path / "x.gguf", n_embd=250)
