"""Shared pytest fixtures."""

from __future__ import annotations

import pathlib

import pytest

from workbench.testing.tiny_gguf import write_tiny_llama_gguf


@pytest.fixture(scope="session")
def tiny_gguf(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """Path of a default tiny random-weight llama GGUF (F16), written once per session."""
    return write_tiny_llama_gguf(tmp_path_factory.mktemp("tiny_gguf") / "tiny-f16.gguf")


@pytest.fixture(scope="session")
def tiny_gguf_f32(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """Path of a tiny random-weight llama GGUF with F32 matrices, written once per session."""
    return write_tiny_llama_gguf(tmp_path_factory.mktemp("tiny_gguf_f32") / "tiny-f32.gguf", dtype="f32")
