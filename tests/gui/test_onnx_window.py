"""ONNX model folders in the window: the library lists an ONNX variant with its precision, execution provider
and backend, Chat loads it in the engine and streams a reply with its stats, and a missing runtime or a damaged
folder is one line in the banner."""

from __future__ import annotations

import pathlib
import shutil
from typing import Any

import pytest

from tests.support.tiny_onnx import write_tiny_onnx_model
from ui.library.model import COLUMNS
from workbench.backends import PlatformFacts
from workbench.engine.options import LoadOptions
from workbench.paths import AppPaths
from workbench.sampling import SamplingParams
from workbench.settings import Settings, SettingsStore

pytest.importorskip("onnxruntime_genai")
pytest.importorskip("onnx")

TIMEOUT = 60_000
VARIANT = "cpu-int4-rtn-block-32-acc-level-4"


@pytest.fixture(scope="module")
def tiny_onnx(tmp_path_factory: pytest.TempPathFactory, tiny_gguf: pathlib.Path) -> pathlib.Path:
    return write_tiny_onnx_model(tmp_path_factory.mktemp("tiny_onnx") / "Tiny-Llama-onnx" / VARIANT, tiny_gguf,
                                 precision="int4")


def test_library_to_chat_with_an_onnx_variant(
    make_window: Any, qtbot: Any, home: AppPaths, tmp_path: pathlib.Path, tiny_onnx: pathlib.Path,
    tiny_gguf: pathlib.Path,
) -> None:
    folder = tmp_path / "my-models"
    variant = pathlib.Path(shutil.copytree(tiny_onnx, folder / "Tiny-Llama-onnx" / VARIANT))
    shutil.copyfile(tiny_gguf, folder / "tiny-f16.gguf")
    SettingsStore(home.settings_file).save(Settings(
        sampling=SamplingParams(seed=42, max_tokens=16), load=LoadOptions(threads=1), library_folders=(str(folder),),
    ))
    window = make_window(home)
    library = window.library
    qtbot.waitUntil(lambda: library.model.row_of(str(variant)) is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not library.scanning, timeout=TIMEOUT)
    row = library.model.row_of(str(variant))
    assert row is not None

    def cell(column: str) -> str:
        return str(library.model.data(library.model.index(row, COLUMNS.index(column))))

    assert cell("Name") == f"Tiny-Llama-onnx / {VARIANT}" and cell("Backend") == "ONNX Runtime GenAI · CPU"
    assert cell("Quantization") == "INT4 (RTN, blocks of 32)"

    assert library.select_path(str(variant))
    details = library.details
    rows = {details.metadata.itemAt(i, details.metadata.ItemRole.LabelRole).widget().text():
            details.metadata.itemAt(i, details.metadata.ItemRole.FieldRole).widget().text()
            for i in range(details.metadata.rowCount())}
    assert rows["Backend"] == "ONNX Runtime GenAI · CPU" and "runs on ONNX Runtime GenAI" in rows["Why"]
    assert rows["Execution provider"] == "CPU: the model was built for the CPU"
    assert rows["Quantization"] == "INT4 (RTN, blocks of 32)" and rows["Variant"] == VARIANT
    assert details.verdict.text().startswith("Fits") and not details.quantize_button.isEnabled()

    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        details.chat_button.click()
    assert window.tabs.currentWidget() is window.chat
    assert window.status.backend_label.text() == "ONNX Runtime GenAI · CPU · 1 thread"
    assert "An ONNX model folder runs on ONNX Runtime GenAI" in window.status.backend_label.toolTip()
    chat = window.chat
    chat.composer.set_text("Say hello.")
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as finished:
        chat.composer.send_button.click()
    stats = finished.args[0]
    assert stats.stop_reason == "length" and stats.generated_tokens == 16 and stats.tokens_per_second > 0
    user, reply = chat.messages.widgets()
    assert (user.role, reply.role) == ("user", "assistant") and reply.text and "tok/s" in reply.stats_label.text()
    stored = window._store.messages(chat.conversation_id)
    assert [m.role for m in stored] == ["user", "assistant"] and stored[1].stats == stats
    # The runtime has no min-p: said once for this model, not again after every reply.
    note = "ONNX Runtime GenAI has no min-p setting, so min-p 0.05 is not applied to this model's replies."
    assert chat.banner.isVisible() and chat.banner.text == note
    chat.banner.close_button.click()
    chat.composer.set_text("And again.")
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT):
        chat.composer.send_button.click()
    assert not chat.banner.isVisible()


def test_an_onnx_folder_without_the_runtime_says_what_to_install(
    make_window: Any, qtbot: Any, tiny_onnx: pathlib.Path
) -> None:
    window = make_window()
    window.session.engine.facts = PlatformFacts("linux", "x86_64", has_mlx_lm=False, has_llama_cpp=True)
    with qtbot.waitSignal(window.session.load_failed, timeout=TIMEOUT) as failed:
        window.chat_with(str(tiny_onnx))
    reason = failed.args[0]
    assert reason.startswith(f"Tiny-Llama-onnx / {VARIANT} cannot be loaded here.")
    assert reason.endswith('Install it with: pip install "slm-workbench[onnx]" (or onnxruntime-genai)')
    assert window.chat.banner.isVisible() and "onnxruntime-genai" in window.chat.banner.text
    assert window.session.engine.pid is None


def test_a_damaged_onnx_folder_is_one_line_in_the_banner(
    make_window: Any, qtbot: Any, tiny_onnx: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    folder = pathlib.Path(shutil.copytree(tiny_onnx, tmp_path / "Half-onnx"))
    (folder / "model.onnx.data").unlink()
    window = make_window()
    with qtbot.waitSignal(window.session.load_failed, timeout=TIMEOUT) as failed:
        window.chat_with(str(folder))
    assert failed.args[0] == f"{folder}: is not a complete ONNX model folder: the weights file model.onnx.data is " \
        "missing"
    assert window.session.engine.pid is None


def test_library_to_compare_an_onnx_variant_against_its_gguf(
    make_window: Any, qtbot: Any, home: AppPaths, tmp_path: pathlib.Path, tiny_gguf_f32: pathlib.Path
) -> None:
    """The same F32 weights as GGUF and as ONNX, picked in the library and compared in the window: both run,
    the ONNX one on ONNX Runtime GenAI, with KL divergence about 0 against the GGUF."""
    from PySide6.QtCore import QItemSelectionModel

    folder = tmp_path / "my-models"
    folder.mkdir()
    gguf = folder / "Tiny-Llama-F32.gguf"
    shutil.copyfile(tiny_gguf_f32, gguf)
    onnx = write_tiny_onnx_model(folder / "Tiny-Llama-onnx" / "cpu-fp32", tiny_gguf_f32)
    SettingsStore(home.settings_file).save(Settings(
        sampling=SamplingParams(seed=42, max_tokens=16), load=LoadOptions(threads=1), library_folders=(str(folder),),
    ))
    window = make_window(home)
    library = window.library
    ours = [str(gguf), str(onnx)]
    qtbot.waitUntil(lambda: all(library.model.row_of(p) is not None for p in ours), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not library.scanning, timeout=TIMEOUT)
    window.tabs.setCurrentWidget(library)
    library.select_path(ours[0])
    second = library.proxy.mapFromSource(library.model.index(library.model.row_of(ours[1]), 0))
    library.view.selectionModel().select(
        second, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    library.details.compare_button.click()
    panel = window.compare
    assert window.tabs.currentWidget() is panel and sorted(panel.picker.paths()) == sorted(ours)
    panel.picker.set_baseline(str(gguf))
    form = panel.form
    form.n_prompt.setValue(32)
    form.n_gen.setValue(8)
    form.repetitions.setValue(1)
    form.chunks.setValue(2)
    form.chunk_tokens.setValue(64)
    with qtbot.waitSignal(panel.run_finished, timeout=240_000) as finished:
        assert panel.start() is not None
    run = finished.args[0]
    assert [v.status for v in run.variants] == ["done", "done"], [v.error for v in run.variants]
    by_path = {v.path: v for v in run.variants}
    assert by_path[str(gguf)].backend == "llama.cpp" and by_path[str(onnx)].backend == "ONNX Runtime GenAI"
    assert run.settings.baseline == str(gguf)
    other = by_path[str(onnx)]
    assert other.quality is not None and other.quality.kl_mean is not None and abs(other.quality.kl_mean) < 1e-5
    assert other.quality.top1_agreement == 1.0
