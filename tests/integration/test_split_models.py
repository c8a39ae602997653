"""A model split into several GGUF files is listed once and loads from the part the library lists."""

from __future__ import annotations

import pathlib

from tests.support.tiny_gguf import write_tiny_llama_gguf
from workbench.library import LibraryScanner, LibrarySources


def test_the_listed_part_of_a_split_model_loads_and_generates(tmp_path: pathlib.Path) -> None:
    import llama_cpp

    write_tiny_llama_gguf(tmp_path / "Tiny-F16.gguf", split_max_tensors=8)
    (entry,) = LibraryScanner(LibrarySources(user_folders=[tmp_path])).iter_entries(memory=(16 * 10**9, 32 * 10**9))
    assert len(entry.parts) == 3 and entry.readable
    llm = llama_cpp.Llama(entry.path, n_ctx=64, n_threads=1, verbose=False, seed=1)
    try:
        out = llm.create_completion("The", max_tokens=3, temperature=0.0)
        assert out["usage"]["completion_tokens"] > 0
    finally:
        llm.close()
