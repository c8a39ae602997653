"""The sampler chain with the penalty window's top-k first gives the very same replies as llama-cpp-python's own."""

from __future__ import annotations

import pathlib

import pytest

from workbench.engine.llama_sampler import install_fast_sampler, reorders
from workbench.starter import starter_model_path


def test_only_settings_whose_candidates_cannot_change_are_reordered() -> None:
    assert reorders(40, 0.7, 1.1, 0.0, 0.0)
    assert reorders(0, 0.0, 1.1, 0.0, 0.0)  # greedy: the best after the penalties is among the window's best
    assert not reorders(0, 0.7, 1.1, 0.0, 0.0)  # no top-k: every token stays a candidate
    assert not reorders(40, 0.7, 1.0, 0.0, 0.0)  # no penalty: nothing to save
    assert not reorders(40, 0.7, 0.9, 0.0, 0.0)  # a "penalty" that raises scores
    assert not reorders(40, -1.0, 1.1, 0.0, 0.0)
    assert not reorders(40, 0.7, 1.1, 0.0, 0.0, mirostat_mode=2)
    assert not reorders(40, 0.7, 1.1, 0.0, 0.0, grammar=object())


@pytest.mark.parametrize(
    "settings",
    [
        dict(top_k=40, top_p=0.95, min_p=0.05, temp=0.7, repeat_penalty=1.1),
        dict(top_k=20, top_p=0.9, min_p=0.1, temp=0.2, repeat_penalty=1.3),
        dict(top_k=100, top_p=0.98, min_p=0.02, temp=1.0, repeat_penalty=1.05, presence_penalty=0.5),
        dict(top_k=40, temp=0.0, repeat_penalty=1.5),
    ],
)
def test_the_same_reply_for_the_same_seed(settings: dict[str, float], tiny_gguf: pathlib.Path) -> None:
    import llama_cpp

    starter = starter_model_path()
    path = str(starter) if starter is not None else str(tiny_gguf)
    llm = llama_cpp.Llama(path, n_ctx=256, n_threads=1, verbose=False)
    try:
        prompt = llm.tokenize(b"The lighthouse keeper said that the the the sea", add_bos=True)

        def reply() -> list[int]:
            llm.set_seed(7)
            out: list[int] = []
            for token in llm.generate(prompt, **settings):  # type: ignore[arg-type]
                out.append(token)
                if len(out) == 48:
                    break
            return out

        theirs = reply()
        install_fast_sampler(llm)
        assert reply() == theirs
    finally:
        llm.close()
