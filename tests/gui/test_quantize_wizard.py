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
    wizard.next()  # checked off the GUI thread, then refused: the folder does not exist
    qtbot.waitUntil(lambda: "does not exist" in wizard.options_page.error.text(), timeout=30_000)
    assert wizard.currentId() == QuantizeWizard.OPTIONS
    wizard.options_page.folder_edit.setText(str(tmp_path))
    _shot(wizard, "3_options")

    progress: list[QuantizeProgress] = []
    with qtbot.waitSignal(wizard.quantization_finished, timeout=120_000) as finished:
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == QuantizeWizard.RUN, timeout=30_000)
        wizard.run_page._handle.progress.connect(progress.append)  # observe the live job
    results = finished.args[0]
    assert [r.quant for r in results] == ["Q8_0", "Q4_K_M", "Q4_0"]
    assert any(p.tensor is not None for p in progress)
    assert wizard.currentId() == QuantizeWizard.RESULTS
    assert wizard.results_page.isFinalPage() and wizard.button(wizard.WizardButton.FinishButton).isVisible()
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
    qtbot.waitUntil(lambda: wizard.options_page.keep_both.isVisibleTo(wizard), timeout=30_000)
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
    qtbot.waitUntil(lambda: wizard.currentId() == QuantizeWizard.RUN, timeout=30_000)
    wizard.run_page._handle.progress.connect(  # observe the live job
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


def test_wizard_computes_an_importance_matrix_then_makes_iq2_xs(
    qtbot, runner: JobRunner, tiny_gguf: pathlib.Path, tmp_path
) -> None:
    wizard = QuantizeWizard(runner, str(tiny_gguf))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=30_000)
    wizard.next()
    page, model = wizard.targets_page, wizard.targets_page.model
    names = [model.option(r).qtype.name for r in range(model.rowCount())]
    row = names.index("IQ2_XS")
    assert not model.option(row).enabled
    page.imatrix_box.set_compute("bundled", 1)
    qtbot.waitUntil(lambda: not page.checking, timeout=30_000)
    assert model.option(row).enabled  # will be computed: the types that need one are offered
    assert page.imatrix_box.chunks_spin.isEnabled() and not page.imatrix_box.file_edit.text()
    model.set_checked("Q8_0", False)
    model.set_checked("Q4_K_M", False)
    model.set_checked("IQ2_XS", True)
    page.imatrix_box.set_none()
    qtbot.waitUntil(lambda: not page.checking, timeout=30_000)
    assert not model.option(row).enabled and model.checked_names() == []  # back to none: the tick goes
    page.imatrix_box.set_compute("bundled", 1)
    qtbot.waitUntil(lambda: not page.checking, timeout=30_000)
    model.set_checked("IQ2_XS", True)
    _shot(wizard, "2b_targets_imatrix")
    wizard.next()
    wizard.options_page.folder_edit.setText(str(tmp_path))
    assert "computed first from the bundled evaluation text" in wizard.options_page.summary.text()
    seen: list[QuantizeProgress] = []
    with qtbot.waitSignal(wizard.quantization_finished, timeout=120_000) as finished:
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == QuantizeWizard.RUN, timeout=30_000)
        wizard.run_page._handle.progress.connect(seen.append)  # observe the live job
        assert "Importance matrix" in wizard.run_page._grid.itemAtPosition(0, 0).widget().text()
    assert [r.quant for r in finished.args[0]] == ["IQ2_XS"]
    assert any(p.quant == "imatrix" and p.target_fraction == 1.0 for p in seen)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tiny-IQ2_XS.gguf", "tiny.imatrix.gguf"]
    assert "tiny.imatrix.gguf" in wizard.results_page.note.text()


def test_wizard_refuses_an_unusable_text_and_a_foreign_imatrix(
    qtbot, runner: JobRunner, tiny_gguf: pathlib.Path, tmp_path
) -> None:
    wizard = QuantizeWizard(runner, str(tiny_gguf))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=30_000)
    wizard.next()
    page = wizard.targets_page
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    page.imatrix_box.set_compute(str(empty))
    qtbot.waitUntil(lambda: "empty" in page.error.text(), timeout=30_000)
    assert page.imatrix_box.mode() == "none"
    page.imatrix_box.set_file(str(empty))
    qtbot.waitUntil(lambda: "not an importance matrix" in page.error.text(), timeout=30_000)
    assert page.imatrix_box.mode() == "none"
    qtbot.waitUntil(lambda: not page.checking, timeout=30_000)
    assert wizard.state.imatrix is None and wizard.state.imatrix_text is None


def test_wizard_makes_an_mlx_version_of_a_safetensors_folder(qtbot, runner: JobRunner, tmp_path) -> None:
    pytest.importorskip("mlx_lm")
    from tests.support.tiny_mlx import write_tiny_mlx_model

    source = write_tiny_mlx_model(tmp_path / "tiny-mlx")
    out = tmp_path / "out"
    out.mkdir()
    wizard = QuantizeWizard(runner, str(source))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=30_000)
    assert "MLX model folder" in wizard.source_page.summary.text()
    _shot(wizard, "1b_source_mlx")
    wizard.next()
    assert wizard.currentId() == QuantizeWizard.MLX_TARGETS
    page = wizard.mlx_page
    assert all("of the source" in label.text() for label in page._sizes.values())
    page.set_options(8, 32)
    page.mode_combo.setCurrentIndex(page.mode_combo.findData("mxfp4"))
    assert page.options().bits == 4 and page.options().group_size == 32 and not page.group_combo.isEnabled()
    page.mode_combo.setCurrentIndex(page.mode_combo.findData("affine"))
    page.set_options(4, 64)
    _shot(wizard, "2c_targets_mlx")
    wizard.next()
    assert wizard.currentId() == QuantizeWizard.OPTIONS
    assert not wizard.options_page.threads.isVisibleTo(wizard)
    wizard.options_page.folder_edit.setText(str(out))
    with qtbot.waitSignal(wizard.quantization_finished, timeout=180_000) as finished:
        wizard.next()
    (result,) = finished.args[0]
    assert result.quant == "MLX 4bit" and result.path == str(out / "tiny-mlx-4bit-g64")
    assert wizard.results_page.table.item(0, 0).text() == "MLX 4bit"


def test_wizard_shows_a_hostile_model_name_as_text(qtbot, runner: JobRunner, tmp_path) -> None:
    from tests.support.hostile_text import HOSTILE_NAME, write_hostile_gguf

    hostile = write_hostile_gguf(tmp_path / "in", license_size=1_000)
    wizard = QuantizeWizard(runner, str(hostile))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=30_000)
    summary = wizard.source_page.summary
    # Our own layout is rich text; the model's name inside it is escaped, so the person reads it literally.
    assert "&lt;b&gt;" in summary.text() and "<b><b>" not in summary.text()
    assert HOSTILE_NAME[:10] not in summary.text()
    assert wizard.source_page.error.textFormat() == Qt.TextFormat.PlainText
    wizard.reject()
