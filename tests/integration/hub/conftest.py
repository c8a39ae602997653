"""A loopback Hub per test, with the real huggingface_hub client pointed at it and a private HF cache."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator

import pytest

from tests.support.fake_hub import FakeHub, standard_hub


@pytest.fixture
def hf_env(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    """A private HF_HOME / HF_HUB_CACHE; no token from the environment. Returns the cache folder."""
    cache = tmp_path / "hf" / "hub"
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.setenv("HF_HUB_DISABLE_IMPLICIT_TOKEN", "1")
    return cache


@pytest.fixture
def fake_hub(tiny_gguf: pathlib.Path, hf_env: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    """A running fake Hub (see ``standard_hub``) at ``HF_ENDPOINT``; stopped after the test."""
    hub = standard_hub(tiny_gguf.read_bytes()).start()
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    yield hub
    hub.stop()
