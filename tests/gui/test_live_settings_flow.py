"""One settings object: the parameters panel edits it, every feature reads it, and the status bar shows the load
options a model was loaded with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.sampling import SamplingParams

TIMEOUT = 60_000


def test_the_panel_edits_the_live_settings_and_shows_changes_made_elsewhere(make_window: Any) -> None:
    window = make_window()
    panel, live = window.parameters, window.live_settings
    panel.fields["temperature"].setValue(0.25)
    assert live.value.sampling.temperature == 0.25 and window.settings is live.value
    panel.kv_box.setCurrentIndex(panel.kv_box.findData("q8_0"))
    panel.fields["context_length"].setValue(8192)
    assert (live.value.load.kv_cache_type, live.value.load.context_length) == ("q8_0", 8192)
    assert window.library.details.cache_type == "q8_0"  # the library's estimate follows the cache type
    live.update(sampling=SamplingParams(temperature=1.5, seed=3))
    assert panel.fields["temperature"].value() == 1.5 and panel.fields["seed"].value() == 3
    assert panel.preset_box.currentText() == "Custom"


def test_a_load_uses_the_options_in_force_and_the_status_bar_says_which(
    make_window: Any, qtbot: Any, tiny_gguf: Path
) -> None:
    window = make_window()
    panel = window.parameters
    panel.kv_box.setCurrentIndex(panel.kv_box.findData("q8_0"))
    panel.fields["context_length"].setValue(1024)
    with (
        qtbot.waitSignal(window.session.inspected, timeout=TIMEOUT) as inspected,
        qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT) as loaded,
    ):
        window.chat.open_model(tiny_gguf)
    assert inspected.args[0].fit.estimate.cache_type == "q8_0"
    model = loaded.args[0]
    assert model.options is not None and model.options.kv_cache_type == "q8_0"
    assert model.options.flash_attention == "on"  # auto: on, as llama.cpp's tools have it on a CPU
    tip = window.status.backend_label.toolTip()
    assert "Context: 1,024 tokens" in tip and "KV cache: Q8_0" in tip and "Flash attention: on" in tip
    assert "Batch: 2048 · micro-batch 512" in tip


def test_a_quantized_cache_without_flash_attention_falls_back_with_a_message(
    make_window: Any, qtbot: Any, tiny_gguf: Path
) -> None:
    window = make_window()
    panel = window.parameters
    panel.kv_box.setCurrentIndex(panel.kv_box.findData("q4_0"))
    panel.flash_box.setCurrentIndex(panel.flash_box.findData("off"))
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT) as loaded:
        window.chat.open_model(tiny_gguf)
    model = loaded.args[0]
    assert model.options.kv_cache_type == "f16" and model.options.flash_attention == "off"
    assert any("needs flash attention" in note for note in model.notes)
    assert "needs flash attention" in window.chat.banner.text and "needs flash attention" in (
        window.status.backend_label.toolTip()
    )


def test_where_the_weights_are_kept_reaches_the_engine_and_the_status_bar(
    make_window: Any, qtbot: Any, tiny_gguf: Path
) -> None:
    window = make_window()
    panel = window.parameters
    assert panel.weights_box.currentData() == "auto" and panel.weights_box.currentText() == "Automatic"
    assert "large memory pages" in panel.weights_box.toolTip() and "next loaded" in panel.weights_box.toolTip()
    for choice, words in (("map", "Weights: mapped from the file"), ("read", "Weights: read into memory")):
        panel.weights_box.setCurrentIndex(panel.weights_box.findData(choice))
        assert window.live_settings.value.load.weights == choice
        with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT) as loaded:
            window.chat.open_model(tiny_gguf)
        model = loaded.args[0]
        assert model.options.weights == choice
        tip = window.status.backend_label.toolTip()
        assert words in tip
        assert ("Memory pages: 2 MB" in tip) == model.huge_pages
        assert not (choice == "map" and model.huge_pages)
