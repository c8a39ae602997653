"""Backends in the window: an MLX folder chats through the engine, and the library, the status bar and the
Backend setting say which backend runs a model and why."""

from __future__ import annotations

import pathlib
import shutil
from typing import Any

import pytest

from tests.support.tiny_mlx import write_tiny_mlx_model
from ui.library.model import COLUMNS
from workbench.backends import PlatformFacts
from workbench.engine.options import LoadOptions
from workbench.paths import AppPaths
from workbench.sampling import SamplingParams
from workbench.settings import Settings, SettingsStore

pytest.importorskip("mlx_lm")

TIMEOUT = 60_000
BACKEND = COLUMNS.index("Backend")


@pytest.fixture(scope="module")
def tiny_mlx(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    return write_tiny_mlx_model(tmp_path_factory.mktemp("tiny_mlx") / "Tiny-MLX")


@pytest.fixture
def models_folder(tmp_path: pathlib.Path, tiny_mlx: pathlib.Path, tiny_gguf: pathlib.Path) -> pathlib.Path:
    """A folder the person added to the library, with an MLX folder and a GGUF in it."""
    folder = tmp_path / "my-models"
    shutil.copytree(tiny_mlx, folder / "Tiny-MLX")
    shutil.copyfile(tiny_gguf, folder / "tiny-f16.gguf")
    return folder


def test_chat_with_an_mlx_folder(make_window: Any, qtbot: Any, tiny_mlx: pathlib.Path) -> None:
    window = make_window(max_tokens=16)
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        window.chat_with(str(tiny_mlx))
    assert window.status.backend_label.text() == "MLX · CPU"
    assert "An MLX-format model runs on MLX" in window.status.backend_label.toolTip()
    assert window.status.model_label.text() == "Model: Tiny-MLX"

    chat = window.chat
    chat.composer.set_text("Say hello.")
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as finished:
        chat.composer.send_button.click()
    stats = finished.args[0]
    assert stats.stop_reason == "length" and stats.generated_tokens == 16 and stats.peak_memory > 0
    user, reply = chat.messages.widgets()
    assert (user.role, reply.role) == ("user", "assistant") and reply.text
    assert "tok/s" in reply.stats_label.text()
    stored = window._store.messages(chat.conversation_id)
    assert [m.role for m in stored] == ["user", "assistant"] and stored[1].stats == stats


def test_library_shows_each_backend_and_why_and_follows_the_setting(
    make_window: Any, qtbot: Any, home: AppPaths, models_folder: pathlib.Path
) -> None:
    SettingsStore(home.settings_file).save(
        Settings(
            sampling=SamplingParams(seed=42, max_tokens=16), load=LoadOptions(threads=1),
            library_folders=(str(models_folder),),
        )
    )
    window = make_window(home)
    library = window.library
    qtbot.waitUntil(lambda: library.model.row_of(str(models_folder / "Tiny-MLX")) is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not library.scanning, timeout=TIMEOUT)

    def cell(name: str, role: Any = None) -> str:
        row = library.model.row_of(str(models_folder / name))
        assert row is not None
        index = library.model.index(row, BACKEND)
        return str(library.model.data(index) if role is None else library.model.data(index, role))

    from PySide6.QtCore import Qt

    assert cell("Tiny-MLX") == "MLX · CPU" and cell("tiny-f16.gguf") == "llama.cpp · CPU"
    assert "off Apple Silicon MLX runs on the CPU" in cell("Tiny-MLX", Qt.ItemDataRole.ToolTipRole)
    assert "A GGUF file runs on llama.cpp" in cell("tiny-f16.gguf", Qt.ItemDataRole.ToolTipRole)

    assert library.select_path(str(models_folder / "Tiny-MLX"))
    details = library.details
    rows = {details.metadata.itemAt(i, details.metadata.ItemRole.LabelRole).widget().text():
            details.metadata.itemAt(i, details.metadata.ItemRole.FieldRole).widget().text()
            for i in range(details.metadata.rowCount())}
    assert rows["Backend"] == "MLX · CPU" and "MLX-format model runs on MLX" in rows["Why"]
    assert rows["Parameters"] and rows["Quantization"] == "F16"
    assert details.chat_button.isEnabled() and details.quantize_button.isEnabled()  # MLX quantization

    # The setting: llama.cpp preferred. The MLX folder still needs MLX, and the library says why.
    with qtbot.waitSignal(library.scan_finished, timeout=TIMEOUT):
        window.backend_actions["llama.cpp"].trigger()
    assert window.backend_actions["llama.cpp"].isChecked()
    assert SettingsStore(home.settings_file).load().backend == "llama.cpp"
    assert "llama.cpp was chosen in the settings" in cell("Tiny-MLX", Qt.ItemDataRole.ToolTipRole)
    assert "as chosen in the settings" in cell("tiny-f16.gguf", Qt.ItemDataRole.ToolTipRole)

    # Chat from the library with the MLX folder: the status bar tooltip carries the same reason.
    assert library.select_path(str(models_folder / "Tiny-MLX"))
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        details.chat_button.click()
    assert window.tabs.currentWidget() is window.chat
    assert window.status.backend_label.text() == "MLX · CPU"
    assert "llama.cpp was chosen in the settings" in window.status.backend_label.toolTip()


def test_an_mlx_folder_without_mlx_lm_is_explained(make_window: Any, qtbot: Any, tiny_mlx: pathlib.Path) -> None:
    window = make_window()
    window.session.engine.facts = PlatformFacts("linux", "x86_64", has_mlx_lm=False, has_llama_cpp=True)
    with qtbot.waitSignal(window.session.load_failed, timeout=TIMEOUT) as failed:
        window.chat_with(str(tiny_mlx))
    reason = failed.args[0]
    assert reason.startswith("Tiny-MLX cannot be loaded here.")
    assert reason.endswith('Install it with: pip install "mlx-lm[cpu]"')
    assert window.chat.banner.isVisible() and 'pip install "mlx-lm[cpu]"' in window.chat.banner.text
    assert not window.session.is_loaded and window.session.engine.pid is None


def test_a_broken_mlx_folder_is_one_line_in_the_banner(
    make_window: Any, qtbot: Any, tiny_mlx: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    folder = pathlib.Path(shutil.copytree(tiny_mlx, tmp_path / "Half-MLX"))
    (folder / "tokenizer.json").unlink()
    window = make_window()
    with qtbot.waitSignal(window.session.load_failed, timeout=TIMEOUT) as failed:
        window.chat_with(str(folder))
    assert failed.args[0] == f"{folder}: is not a complete MLX model folder: no tokenizer (tokenizer.json or " \
        "tokenizer.model)"
    assert window.session.engine.pid is None
