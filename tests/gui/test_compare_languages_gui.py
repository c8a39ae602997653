"""Compare's evaluation texts in the window: choosing English and Danish in the setup, a real run on tiny models,
the loss per language in the table, the charts, the summary and Present mode."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt

from ui.compare.model import COLUMNS, LANGUAGE_COLUMN
from ui.compare.panel import ComparePanel
from ui.compare.presentation import PresentationWindow
from ui.compare.setup import TextChooser
from ui.jobs import JobRunner
from workbench.compare.present import presentation_slides
from workbench.compare.results import CompareSettings
from workbench.compare.store import CompareStore
from workbench.engine.options import LoadOptions
from workbench.jobs import CancelToken
from workbench.live_settings import LiveSettings
from workbench.settings import Settings


def test_the_chooser_starts_with_english_and_always_keeps_one(qtbot: Any) -> None:
    chooser = TextChooser()
    qtbot.addWidget(chooser)
    assert [box.text() for box in chooser.boxes.values()] == ["English", "Danish", "Norwegian (Bokmål)", "Swedish"]
    assert chooser.texts() == ["bundled"]
    chooser.boxes["bundled"].setChecked(False)  # the last one chosen cannot be left out
    assert chooser.texts() == ["bundled"] and chooser.boxes["bundled"].isChecked()
    with qtbot.waitSignal(chooser.changed):
        chooser.boxes["sv"].setChecked(True)
    chooser.boxes["bundled"].setChecked(False)
    assert chooser.texts() == ["sv"]
    chooser.set_texts(["da", "/somewhere/own.txt"])  # a file given on the command line has no box: left out
    assert chooser.texts() == ["da"]


def test_one_text_keeps_the_old_settings_and_several_are_listed(qtbot: Any, runner: JobRunner,
                                                                tmp_path: Path) -> None:
    store = CompareStore(tmp_path / "db.sqlite3")
    try:
        panel = ComparePanel(runner, store, standard_prompts=lambda: [])
        qtbot.addWidget(panel)
        settings = panel.form.settings(None, [])
        assert settings.evaluation_text == "bundled" and settings.evaluation_texts == []
        panel.form.texts.boxes["nb"].setChecked(True)
        settings = panel.form.settings(None, [])
        assert settings.texts() == ["bundled", "nb"] and settings.evaluation_text == "bundled"
        panel.form.show_settings(CompareSettings(evaluation_texts=["da", "sv"]), [])
        assert panel.form.texts.texts() == ["da", "sv"]
    finally:
        store.close()


def test_a_real_comparison_in_english_and_danish(
    qtbot: Any, runner: JobRunner, tiny_gguf: Path, tmp_path: Path
) -> None:
    from workbench.quantize import QuantizationJob, plan_quantization

    (q4,) = QuantizationJob(plan_quantization(tiny_gguf, ["q4_0"], tmp_path, threads=1))(lambda _: None, CancelToken())
    store = CompareStore(tmp_path / "data" / "db.sqlite3")
    try:
        settings = LiveSettings(Settings(load=LoadOptions(threads=1)))
        panel = ComparePanel(runner, store, standard_prompts=lambda: ["Say hello."], settings=settings)
        qtbot.addWidget(panel)
        panel.resize(1280, 720)
        panel.show()
        panel.set_variants([str(tiny_gguf), q4.path])
        form = panel.form
        for spin, value in ((form.n_prompt, 32), (form.n_gen, 8), (form.repetitions, 1), (form.chunks, 2),
                            (form.chunk_tokens, 128)):
            spin.setValue(value)
        danish = form.texts.boxes["da"]
        on_its_box = QPoint(danish.iconSize().width() // 2 + 2, danish.height() // 2)  # the box, not the space after it
        qtbot.mouseClick(danish, Qt.MouseButton.LeftButton, pos=on_its_box)
        assert form.texts.texts() == ["bundled", "da"]
        assert panel.table.isColumnHidden(LANGUAGE_COLUMN)  # nothing run yet: no losses to show
        with qtbot.waitSignal(panel.run_finished, timeout=300_000) as finished:
            assert panel.start() is not None
        run = finished.args[0]
        assert [v.status for v in run.variants] == ["done", "done"], [v.error for v in run.variants]
        assert run.settings.texts() == ["bundled", "da"]
        for v in run.variants:
            assert set(v.text_quality) == {"bundled", "da"}
        assert not panel.table.isColumnHidden(LANGUAGE_COLUMN)
        cells = [str(panel.model.data(panel.model.index(r, COLUMNS.index("Loss by language")))) for r in range(2)]
        assert all("English" in c and "Danish" in c for c in cells), cells
        tip = panel.model.data(panel.model.index(1, LANGUAGE_COLUMN), Qt.ItemDataRole.ToolTipRole)
        assert "Danish: perplexity" in tip and "KL divergence" in tip
        card = panel.charts.cards["languages"]
        assert not card.isHidden() and card.view.bar_item is not None
        assert "English" in card.caption.text() and "Danish" in card.caption.text()
        assert "English" in panel.summary.text() and "Danish" in panel.summary.text()
        assert store.load(run.id).variants[1].text_quality["da"].perplexity > 1  # saved with its texts

        slides = presentation_slides(run)
        keys = [getattr(s, "key", "") for s in slides]
        assert "languages" in keys
        window = PresentationWindow(slides, run.title)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        window.show_slide(keys.index("languages"))
        assert "Danish" in window.caption.text()
    finally:
        store.close()
