"""The quantization wizard, page by page, with a real quantization of the tiny model and a cancel."""

from __future__ import annotations

import os
import pathlib

import pytest
from PySide6.QtCore import Qt

from ui.jobs import JobRunner
from ui.quantize import QuantizeWizard
from workbench.quantize.job import QuantizeProgress
from workbench.starter import starter_model_path

SHOTS = os.environ.get("QUANTIZE_SCREENSHOTS")  # a folder: save a picture of each page there


def _shot(wizard: QuantizeWizard, name: str) -> None:
    if SHOTS:
        wizard.grab().save(str(pathlib.Path(SHOTS) / f"q_{name}.png"))


def test_wizard_quantizes_the_tiny_model(qtbot, runner: JobRunner, tiny_gguf: pathlib.Path, tmp_path) -> None:
    wizard = QuantizeWizard(runner, str(tiny_gguf))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=30_000)
    assert "Tiny Llama" in wizard.source_page.summary.text()
    assert not wizard.source_page.confirm.isVisible()  # an F16 source needs no confirmation
    _shot(wizard, "1_source")

    wizard.next()
    model = wizard.targets_page.model
    names = [model.option(r).qtype.name for r in range(model.rowCount())]
    assert {"Q8_0", "Q4_K_M", "Q4_0", "IQ2_XS", "F16"} <= set(names)
    iq2 = model.option(names.index("IQ2_XS"))
    assert not iq2.enabled and "importance matrix" in (iq2.disabled_reason or "")
    assert model.flags(model.index(names.index("IQ2_XS"), 0)) == Qt.ItemFlag.NoItemFlags
    assert model.checked_names() == ["Q8_0", "Q4_K_M"]  # the usual pair, ticked for a start
    model.set_checked("Q4_0", True)
    model.set_checked("IQ2_XS", True)  # disabled: refused
    assert model.checked_names() == ["Q8_0", "Q4_K_M", "Q4_0"]
    assert "MB" in model.data(model.index(names.index("Q8_0"), 2))
    _shot(wizard, "2_targets")

    wizard.next()
    assert wizard.currentId() == QuantizeWizard.OPTIONS
    wizard.options_page.folder_edit.setText(str(tmp_path / "missing"))
    wizard.next()  # refused: the folder does not exist
    assert wizard.currentId() == QuantizeWizard.OPTIONS
    assert "does not exist" in wizard.options_page.error.text()
    wizard.options_page.folder_edit.setText(str(tmp_path))
    _shot(wizard, "3_options")

    progress: list[QuantizeProgress] = []
    with qtbot.waitSignal(wizard.quantization_finished, timeout=120_000) as finished:
        wizard.next()
        assert wizard.currentId() == QuantizeWizard.RUN
        wizard.run_page._handle.progress.connect(progress.append)  # noqa: SLF001 - observe the live job
    results = finished.args[0]
    assert [r.quant for r in results] == ["Q8_0", "Q4_K_M", "Q4_0"]
    assert any(p.tensor is not None for p in progress)
    assert wizard.currentId() == QuantizeWizard.RESULTS
    table = wizard.results_page.table
    assert table.rowCount() == 3 and table.item(0, 0).text() == "Q8_0"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tiny-Q4_0.gguf", "tiny-Q4_K_M.gguf", "tiny-Q8_0.gguf"]
    _shot(wizard, "5_results")

    with qtbot.waitSignal(wizard.chat_requested) as chat:
        wizard.results_page.chat_button.click()
    assert chat.args == [str(tmp_path / "tiny-Q8_0.gguf")]
    with qtbot.waitSignal(wizard.compare_requested) as compare:
        wizard.results_page.compare_button.click()
    assert len(compare.args[0]) == 3
    with qtbot.waitSignal(wizard.show_in_library_requested):
        wizard.results_page.library_button.click()


def test_wizard_asks_before_replacing(qtbot, runner: JobRunner, tiny_gguf: pathlib.Path, tmp_path) -> None:
    (tmp_path / "tiny-Q8_0.gguf").write_bytes(b"older")
    wizard = QuantizeWizard(runner, str(tiny_gguf))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=30_000)
    wizard.next()
    wizard.targets_page.model.set_checked("Q4_K_M", False)
    wizard.next()
    wizard.options_page.folder_edit.setText(str(tmp_path))
    wizard.next()
    assert wizard.currentId() == QuantizeWizard.OPTIONS
    assert wizard.options_page.keep_both.isVisibleTo(wizard) and wizard.options_page.replace.isVisibleTo(wizard)
    wizard.options_page.keep_both.setChecked(True)
    with qtbot.waitSignal(wizard.quantization_finished, timeout=120_000) as finished:
        wizard.next()
    assert finished.args[0][0].path == str(tmp_path / "tiny-Q8_0-2.gguf")
    assert (tmp_path / "tiny-Q8_0.gguf").read_bytes() == b"older"


@pytest.mark.skipif(starter_model_path() is None, reason="the starter model package is not installed")
def test_wizard_cancel_terminates_and_keeps_nothing(qtbot, runner: JobRunner, tmp_path) -> None:
    wizard = QuantizeWizard(runner, str(starter_model_path()))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.source_page.confirm.isVisible(), timeout=30_000)
    assert not wizard.source_page.isComplete()  # a Q4_1 source: requantizing needs a yes
    assert "already quantized" in wizard.source_page.warning.text()
    wizard.source_page.confirm.setChecked(True)
    assert wizard.source_page.isComplete()
    wizard.next()
    model = wizard.targets_page.model
    model.set_checked("Q4_K_M", False)
    model.set_checked("F16", True)
    wizard.next()
    wizard.options_page.folder_edit.setText(str(tmp_path))
    tensors: list[QuantizeProgress] = []
    wizard.next()
    assert wizard.currentId() == QuantizeWizard.RUN
    wizard.run_page._handle.progress.connect(  # noqa: SLF001 - observe the live job
        lambda p: tensors.append(p) if isinstance(p, QuantizeProgress) and p.tensor else None
    )
    qtbot.waitUntil(lambda: len(tensors) >= 3, timeout=60_000)
    _shot(wizard, "4_run")
    assert "tensor" in wizard.run_page.current.text()
    with qtbot.waitSignal(wizard.run_page.run_ended, timeout=30_000) as ended:
        wizard.run_page.cancel_button.click()
    assert ended.args == ["cancelled"]
    assert list(tmp_path.iterdir()) == []
    assert "Cancelled" in wizard.run_page.status.text()
