"""The teaching ladder from the welcome page: one click makes the smaller versions and starts Compare."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.gui.conftest import MakeWindow
from workbench.paths import AppPaths
from workbench.provenance import provenance_of


def test_one_click_on_the_welcome_page_makes_the_ladder_and_compares_it(
    qtbot: Any, make_window: MakeWindow, home: AppPaths, tiny_gguf: Path
) -> None:
    window = make_window()
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
    window.compare.cancel()
    qtbot.waitUntil(lambda: not window.compare.running, timeout=60_000)
    assert welcome.ladder_button.isEnabled() or not welcome.isVisible()

