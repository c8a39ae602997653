"""Load options for one model only: set in the parameters panel, used whenever that model loads, kept across runs."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from workbench.paths import AppPaths

TIMEOUT = 60_000


def _load(window: Any, qtbot: Any, path: Path) -> Any:
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT) as loaded:
        window.session.open_model(path)
    return loaded.args[0]


def test_a_models_own_load_options(make_window: Any, qtbot: Any, home: AppPaths, tiny_gguf: Path) -> None:
    other = home.models_dir / "other.gguf"
    shutil.copyfile(tiny_gguf, other)
    window = make_window()
    panel = window.parameters
    assert not panel.own_box.isVisible()  # nothing loaded: nothing to be "this model"

    first = _load(window, qtbot, tiny_gguf)
    assert first.options.context_length == 4096
    assert panel.own_box.isVisible() and not panel.own_box.isChecked()
    assert panel.own_box.text() == "Only for this model" and "tiny" in panel.own_box.toolTip()
    panel.own_box.setChecked(True)
    panel.fields["context_length"].setValue(512)
    settings = window.live_settings.value
    assert settings.load.context_length == 4096  # the usual options are untouched
    assert settings.load_for(str(tiny_gguf)).context_length == 512

    again = _load(window, qtbot, tiny_gguf)
    assert again.options.context_length == 512 and panel.own_box.isChecked()
    assert panel.fields["context_length"].value() == 512

    another = _load(window, qtbot, other)  # a model without options of its own loads with the usual ones
    assert another.options.context_length == 4096
    assert not panel.own_box.isChecked() and panel.fields["context_length"].value() == 4096
    panel.fields["context_length"].setValue(2048)  # not ticked: this changes the usual options
    assert window.live_settings.value.load.context_length == 2048
    window.close()

    restarted = make_window(home)
    kept = restarted.live_settings.value
    assert kept.load_for(str(tiny_gguf)).context_length == 512 and kept.load.context_length == 2048
    _load(restarted, qtbot, tiny_gguf)
    restarted.parameters.own_box.setChecked(False)  # back to the usual options, and the fields say so
    assert not restarted.live_settings.value.has_own_load(str(tiny_gguf))
    assert restarted.parameters.fields["context_length"].value() == 2048
    assert _load(restarted, qtbot, tiny_gguf).options.context_length == 2048
