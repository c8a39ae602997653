"""The status bar's tooltip says how many threads run prompts and generation, and how they were chosen."""

from __future__ import annotations

from ui.model.status_bar import loaded_tooltip
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import LoadedModel


def test_the_tooltip_shows_the_measured_threads() -> None:
    loaded = LoadedModel(
        path="m.gguf", backend="llama.cpp", device="CPU", threads=1, context_length=4096, load_seconds=0.2,
        has_chat_template=True, options=LoadOptions(),
        threads_detail="2 for prompts, 1 for generation (measured 2026-11-30)",
    )
    lines = loaded_tooltip(loaded, None).splitlines()
    assert "  Threads: automatic" in lines
    assert "  Threads in use: 2 for prompts, 1 for generation (measured 2026-11-30)" in lines


def test_no_threads_line_where_the_backend_does_not_choose_them() -> None:
    loaded = LoadedModel(path="m", backend="MLX", device="CPU", threads=0, context_length=4096, load_seconds=0.2,
                         has_chat_template=True, options=LoadOptions())
    assert "Threads in use" not in loaded_tooltip(loaded, None)
