"""What a projector shows: the answers slide, labels that never cover each other at 1280×720, a busy computer said
in the table, and variants largest first."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.test_compare_panel import ladder_run
from ui.compare.model import BUSY_NOTE, CompareTableModel
from ui.compare.presentation import PresentationWindow
from workbench.compare.present import AnswersSlide, presentation_slides
from workbench.compare.results import Answer, MachineLoad


def _five_step_ladder() -> Any:
    run = ladder_run()
    names = ["Q4_1", "Q4_0", "Q3_K_M", "Q2_K", "IQ2_XS"]
    for variant, name in zip(run.variants, names, strict=False):
        variant.quantization = name
    extra = ladder_run().variants[3]
    extra.path, extra.quantization, extra.file_bytes = "/models/model-IQ2_XS.gguf", "IQ2_XS", 60_000_000
    run.variants.append(extra)
    run.variants.reverse()  # given smallest first: shown largest first all the same
    for v in run.variants:
        text = f"{v.quantization} says: " + "Paris is a city. " * 30
        v.answers = [Answer("What is the capital of France?", text, 96)]
    return run


def test_present_mode_ends_with_every_answer_side_by_side(qtbot: Any) -> None:
    run = _five_step_ladder()
    window = PresentationWindow(presentation_slides(run), run.title)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.show_slide(len(window.specs) - 1)
    slide = window.specs[-1]
    assert isinstance(slide, AnswersSlide)
    assert window.stack.currentWidget() is window.answers
    labels = [h.text().splitlines()[0] for h in window.answers.headers]
    sizes = {v.quantization: v.file_bytes for v in run.variants}
    assert [sizes[name] for name in labels] == sorted(sizes.values(), reverse=True)
    assert all(t.text() for t in window.answers.texts)


@pytest.mark.parametrize("index", range(7))
def test_no_chart_label_covers_another_at_1280_by_720(qtbot: Any, index: int) -> None:
    run = _five_step_ladder()
    window = PresentationWindow(presentation_slides(run), run.title)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.show_slide(index)
    qtbot.wait(50)
    window.view.fit_labels()
    rects = window.view.label_rects()
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b), f"{window.heading.text()}: labels overlap"
    if window.view.spec is not None and window.view.spec.bars:
        slot = window.view.width() / (len(window.view.spec.bars) + 0.5)
        assert all(r.width() <= slot for r in rects), f"{window.heading.text()}: a label is wider than its bar"


def test_the_table_lists_largest_first_and_says_when_the_computer_was_busy(qtbot: Any) -> None:
    run = _five_step_ladder()
    run.variants[2].machine_load.append(MachineLoad("bench", 0.1, 0.8, 2))
    model = CompareTableModel()
    model.set_variants(run.variants, run.settings.baseline)
    sizes = [model.variants()[row].file_bytes for row in range(model.rowCount())]
    assert sizes == sorted(sizes, reverse=True)
    row = model.variants().index(run.variants[2])
    assert BUSY_NOTE in model.index(row, 1).data()
    quiet = model.variants().index(run.variants[0])
    assert BUSY_NOTE not in model.index(quiet, 1).data()
