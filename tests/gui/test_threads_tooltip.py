"""The status bar's tooltip says how many threads run prompts and generation, and how they were chosen."""

from __future__ import annotations

from ui.model.status_bar import loaded_tooltip
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import LoadedModel
from workbench.engine.thread_sweep import Lowered, ThreadsInForce
from workbench.i18n import speaking


def _loaded(in_force: ThreadsInForce) -> LoadedModel:
    return LoadedModel(
        path="m.gguf", backend="llama.cpp", device="CPU", threads=1, context_length=4096, load_seconds=0.2,
        has_chat_template=True, options=LoadOptions(), threads_in_force=in_force,
    )


def test_the_tooltip_shows_the_measured_threads() -> None:
    lines = loaded_tooltip(_loaded(ThreadsInForce(2, 1, "measured", "2026-11-30")), None).splitlines()
    assert "  Threads: automatic" in lines
    assert "  Threads in use: 2 for prompts, 1 for generation (measured 2026-11-30)" in lines


def test_the_threads_line_follows_a_language_switch() -> None:
    """The engine reports the threads as facts; the words are made where they are shown, so a switch of language
    after the load changes them at once."""
    loaded = _loaded(ThreadsInForce(2, 1, "measured", "2026-11-30", lowered=Lowered(1, 1, 1.2, 2)))
    with speaking("da"):
        danish = loaded_tooltip(loaded, None)
    english = loaded_tooltip(loaded, None)
    assert "2 til prompter, 1 til generering (målt 2026-11-30); færre nu (1 til prompter" in danish
    assert "andre programmer brugte cirka 1,2 af 2 kerner" in danish
    assert "2 for prompts, 1 for generation (measured 2026-11-30); fewer now (1 for prompts" in english


def test_each_way_of_choosing_has_its_words() -> None:
    assert ThreadsInForce(2, 2, "asked").in_words() == "2 for prompts and generation (as you set them)"
    assert ThreadsInForce(2, 2, "unmeasured").in_words() == "2 for prompts and generation (automatic; not measured)"
    assert "not measured yet, the computer was busy" in ThreadsInForce(2, 2, "unmeasured_busy").in_words()
    busy = ThreadsInForce(2, 1, "measured", "2026-11-30", measured_busy=True)
    assert busy.in_words() == "2 for prompts, 1 for generation (measured 2026-11-30 while the computer was busy)"
    assert busy.measured and not ThreadsInForce(2, 2, "asked").measured


def test_no_threads_line_where_the_backend_does_not_choose_them() -> None:
    loaded = LoadedModel(path="m", backend="MLX", device="CPU", threads=0, context_length=4096, load_seconds=0.2,
                         has_chat_template=True, options=LoadOptions())
    assert "Threads in use" not in loaded_tooltip(loaded, None)


def test_the_weights_and_their_pages_are_said_in_the_language_of_the_moment() -> None:
    loaded = _loaded(ThreadsInForce(2, 2, "asked"))
    loaded = LoadedModel(**{**loaded.__dict__, "options": LoadOptions(weights="read"), "huge_pages": True})
    english = loaded_tooltip(loaded, None).splitlines()
    assert "  Weights: read into memory" in english
    assert "  Memory pages: 2 MB (the processor finds the weights faster)" in english
    with speaking("da"):
        danish = loaded_tooltip(loaded, None)
    assert "Vægte: læst ind i hukommelsen" in danish  # the core's words (the window's own follow its translator)
    mapped = LoadedModel(**{**loaded.__dict__, "options": LoadOptions(weights="map"), "huge_pages": False})
    assert "Memory pages" not in loaded_tooltip(mapped, None)
