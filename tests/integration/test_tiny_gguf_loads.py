"""The tiny GGUF loads and generates in llama-cpp-python, plainly and through its chat template."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

llama_cpp = pytest.importorskip("llama_cpp")


def _load(path: pathlib.Path) -> Any:
    return llama_cpp.Llama(str(path), n_ctx=256, n_threads=2, verbose=False)


def _greedy_tokens(llm: Any, prompt: str, n: int) -> list[int]:
    tokens = llm.tokenize(prompt.encode(), add_bos=False, special=True)
    llm.reset()
    out: list[int] = []
    for token in llm.generate(tokens, temp=0.0, reset=True):
        out.append(token)
        if len(out) == n:
            break
    return out


@pytest.mark.parametrize("fixture", ["tiny_gguf", "tiny_gguf_f32"])
def test_generates_deterministically(fixture: str, request: pytest.FixtureRequest) -> None:
    llm = _load(request.getfixturevalue(fixture))
    first = _greedy_tokens(llm, "Hello", 8)
    second = _greedy_tokens(llm, "Hello", 8)
    assert len(first) == 8
    assert first == second

    a = llm.create_completion("Hello", max_tokens=8, temperature=0.0)
    b = llm.create_completion("Hello", max_tokens=8, temperature=0.0)
    assert a["choices"][0]["text"]
    assert a["choices"][0]["text"] == b["choices"][0]["text"]
    assert a["usage"]["completion_tokens"] > 0


def test_chat_completion(tiny_gguf: pathlib.Path) -> None:
    llm = _load(tiny_gguf)
    result = llm.create_chat_completion(
        messages=[{"role": "user", "content": "Hi there"}], max_tokens=8, temperature=0.0
    )
    message = result["choices"][0]["message"]
    assert message["role"] == "assistant"
    assert isinstance(message["content"], str) and message["content"]
    assert result["usage"]["prompt_tokens"] > 5  # the template wrapped the message
