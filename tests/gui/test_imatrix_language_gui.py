"""The quantize wizard's importance-matrix step with a language: computed from the Danish evaluation text."""

from __future__ import annotations

import pathlib

from ui.jobs import JobRunner
from ui.quantize.wizard import QuantizeWizard


def test_wizard_computes_the_importance_matrix_from_the_danish_text(
    qtbot, runner: JobRunner, tiny_gguf: pathlib.Path, tmp_path
) -> None:
    from workbench.quantize.imatrix import load_imatrix

    wizard = QuantizeWizard(runner, str(tiny_gguf))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=30_000)
    wizard.next()
    page, model = wizard.targets_page, wizard.targets_page.model
    box = page.imatrix_box
    box.compute_radio.setChecked(True)
    qtbot.waitUntil(lambda: not page.checking, timeout=30_000)
    assert box.text_source() == "bundled"  # English unless another text is chosen
    assert [box.text_combo.itemData(i) for i in range(box.text_combo.count())] == ["bundled", "da", "nb", "sv"]
    box.chunks_spin.setValue(1)
    with qtbot.waitSignal(box.changed):
        box.text_combo.setCurrentIndex(box.text_combo.findData("da"))
    qtbot.waitUntil(lambda: not page.checking, timeout=30_000)
    assert box.text_source() == "da" and wizard.state.imatrix_text == "da"
    for name in ("Q8_0", "Q4_K_M"):
        model.set_checked(name, False)
    model.set_checked("IQ2_XS", True)
    wizard.next()
    wizard.options_page.folder_edit.setText(str(tmp_path))
    assert "computed first from the Danish evaluation text" in wizard.options_page.summary.text()
    with qtbot.waitSignal(wizard.quantization_finished, timeout=120_000) as finished:
        wizard.next()
    assert [r.quant for r in finished.args[0]] == ["IQ2_XS"]
    assert load_imatrix(tmp_path / "tiny.imatrix.gguf").datasets == ("da",)
