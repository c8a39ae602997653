"""The teaching ladder from the welcome page: one click makes the smaller versions and starts Compare."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.gui.conftest import MakeWindow
from workbench.compare.teaching import TEACHING
from workbench.paths import AppPaths
from workbench.provenance import provenance_of


def test_one_click_on_the_welcome_page_makes_the_ladder_and_compares_it(
    qtbot: Any, make_window: MakeWindow, home: AppPaths, tiny_gguf: Path
) -> None:
    window = make_window()
    form = window.compare.form
    form.n_prompt.setValue(1024)  # the person's own amounts, which an ordinary comparison keeps measuring
    window.ladder.source = str(tiny_gguf)  # the tiny model stands in for the starter: seconds, not minutes
    welcome = window.chat.welcome
    assert welcome.ladder_button.isEnabled() or not welcome.isVisible()
    with qtbot.waitSignal(window.ladder.compare_started, timeout=180_000) as started:
        welcome.ladder_button.click()
        assert not welcome.ladder_button.isEnabled()  # busy: it cannot be started twice
    paths = started.args[0]
    assert paths[0] == str(tiny_gguf) and len(paths) == 5
    for made in paths[1:]:
        assert Path(made).parent == home.models_dir  # the app's models folder, never the source's
        record = provenance_of(made)
        assert record is not None and record.source.name == tiny_gguf.name
    assert window.tabs.currentWidget() is window.compare
    assert window.compare.running
    assert window.compare.picker.baseline_path() == str(tiny_gguf)  # the original, not the most bits
    run = window.compare.run
    assert run is not None and run.settings.profile == TEACHING  # the quick comparison, and it says so
    assert (run.settings.n_prompt, run.settings.n_gen, run.settings.max_chunks) == (256, 64, 4)
    assert (form.n_prompt.value(), form.n_gen.value(), form.chunks.value()) == (256, 64, 4)  # what it measures
    assert window.compare.summary.text().startswith("A quick comparison for the teaching ladder: speed over 256")
    window.compare.cancel()
    qtbot.waitUntil(lambda: not window.compare.running, timeout=60_000)
    qtbot.waitUntil(lambda: form.profile == "", timeout=10_000)
    assert (form.n_prompt.value(), form.n_gen.value(), form.chunks.value()) == (1024, 128, 8)
    ordinary = form.settings(None, ["a question"])
    assert ordinary.profile == "" and ordinary.n_prompt == 1024 and ordinary.max_chunks == 8
    assert welcome.ladder_button.isEnabled() or not welcome.isVisible()

