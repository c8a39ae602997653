"""The Compare tab: results fill in from the suite's progress, charts, presentation mode, exports,
saved runs, the ways in from the library and the quantization wizard, and a real run on tiny models."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QImage

from ui.compare.chart_grid import REDRAW_MS
from ui.compare.model import COLUMNS, SortRole
from ui.compare.panel import ComparePanel, speed_test_running
from ui.i18n import tr
from ui.jobs import JobRunner
from workbench.compare.export import from_json
from workbench.compare.present import chart_specs
from workbench.compare.results import (
    Answer,
    CompareRun,
    CompareSettings,
    MachineFacts,
    Measurement,
    Quality,
    SuiteProgress,
    VariantResult,
)
from workbench.compare.store import CompareStore
from workbench.engine.options import LoadOptions
from workbench.jobs import CancelToken
from workbench.live_settings import LiveSettings
from workbench.settings import Settings

LADDER = (  # quant, bytes, bits/weight, peak RSS, expected use, pp, tg, ceiling, perplexity, KL, top-1
    ("F16", 270_900_000, 16.0, 330e6, 320e6, [410.0, 420.0], [38.0, 39.0], 45.0, 18.20, 0.0, 1.0),
    ("Q8_0", 144_800_000, 8.5, 200e6, 195e6, [450.0, 440.0], [66.0, 64.0], 84.0, 18.23, 0.002, 0.98),
    ("Q4_K_M", 105_500_000, 5.9, 160e6, 158e6, [380.0, 385.0], [82.0, 80.0], 116.0, 19.05, 0.041, 0.91),
    ("Q4_0", 91_700_000, 5.4, 150e6, 148e6, [470.0, 480.0], [90.0, 91.0], 133.0, 20.31, 0.083, 0.87),
)
PROMPTS = ["What is the capital of France?"]


def measured(path: str, row: tuple[Any, ...]) -> VariantResult:
    quant, size, bpw, rss, est, pp, tg, ceiling, ppl, kl, top1 = row
    return VariantResult(
        path=path,
        label=f"Model {quant}",
        status="done",
        backend="llama.cpp",
        quantization=quant,
        file_bytes=size,
        bits_per_weight=bpw,
        load_seconds=0.2,
        peak_rss_bytes=int(rss),
        expected_bytes=int(est),
        estimated_bytes=int(est * 1.35),  # reserved at most
        prompt_speed=Measurement(pp),
        generation_speed=Measurement(tg),
        bytes_per_token=size,
        ceiling_tokens_per_second=ceiling,
        quality=Quality(ppl, 0.35, 1024, 4, 512, kl, 0.0005, top1, 0.005),
        answers=[Answer(PROMPTS[0], f"Paris, says {quant}.", 5, 0.1)],
    )


def ladder_run(paths: list[str] | None = None) -> CompareRun:
    paths = paths or [f"/models/model-{row[0]}.gguf" for row in LADDER]
    variants = [measured(p, row) for p, row in zip(paths, LADDER, strict=False)]
    machine = MachineFacts("Test CPU", 2, 8_000_000_000, 12e9, "Linux")
    return CompareRun(variants, CompareSettings(baseline=paths[0]), machine, "2026-11-22T21:30:00", title="Ladder")


def scripted_suite(fail: int | None = None, pause: float = 0.0) -> Callable[..., CompareRun]:
    """A suite that reports the ladder's figures as the real one does: speed rounds taking the variants in turn,
    then each variant's turn step by step (variant ``fail`` fails to load in the first round); after each
    variant's turn it waits up to ``pause`` seconds for a cancel, as a slow measurement would."""

    def suite(paths: list[str], settings: CompareSettings, progress: Any, cancel: CancelToken) -> CompareRun:
        run = CompareRun([VariantResult(p, Path(p).name) for p in paths], settings, created="2026-11-22T21:30:00")
        run.title = "Ladder"
        targets = [measured(path, LADDER[i]) for i, path in enumerate(paths)]
        rounds = 2
        for n in range(1, rounds + 1):  # the speed rounds: the first third of the run
            for i, (result, target) in enumerate(zip(run.variants, targets, strict=True)):
                if result.status != "pending" or cancel.cancelled:
                    continue
                overall = (n - 1 + i / len(paths)) / rounds / 3
                result.status = "running"
                progress(SuiteProgress(i, len(paths), "bench", (n - 1) / rounds, f"Speed round {n}: timing {i}",
                                       result, overall, n))
                if i == fail:
                    result.status, result.error = "failed", "the engine stopped while loading: the file is damaged"
                    progress(SuiteProgress(i, len(paths), "bench", 0.0, f"{i} failed", result, overall, n))
                    continue
                for name in ("quantization", "file_bytes", "bits_per_weight", "load_seconds", "peak_rss_bytes"):
                    setattr(result, name, getattr(target, name))
                result.estimated_bytes, result.expected_bytes = target.estimated_bytes, target.expected_bytes
                assert target.prompt_speed and target.generation_speed
                result.prompt_speed = Measurement(target.prompt_speed.samples[:n])
                result.generation_speed = Measurement(target.generation_speed.samples[:n])
                result.status = "pending"
                progress(SuiteProgress(i, len(paths), "bench", n / rounds, f"{i}: generation", result, overall, n))
        for i, (result, target) in enumerate(zip(run.variants, targets, strict=True)):

            def report(step: str, fraction: float, message: str, i: int = i, result: VariantResult = result) -> None:
                overall = 1 / 3 + 2 / 3 * (i + fraction) / len(paths)
                progress(SuiteProgress(i, len(paths), step, fraction, message, result, overall))  # type: ignore[arg-type]

            if cancel.cancelled:
                break
            if result.status == "failed":
                continue
            result.status = "running"
            report("load", 0.0, "Loading")
            result.prompt_speed, result.generation_speed = target.prompt_speed, target.generation_speed
            result.ceiling_tokens_per_second = target.ceiling_tokens_per_second
            result.quality = target.quality
            report("perplexity", 1.0, "Perplexity measured")
            result.answers = target.answers
            result.status = "done"
            report("done", 1.0, "Done")
            result.label = "changed after the report"  # the panel must show the snapshot, not this
            cancel.wait(pause)
        for variant in run.variants:
            if variant.status in ("pending", "running"):
                variant.status = "cancelled"
        return run

    return suite


@pytest.fixture
def store(tmp_path: Path) -> Any:
    store = CompareStore(tmp_path / "data" / "db.sqlite3")
    yield store
    store.close()


@pytest.fixture
def panel(qtbot: Any, runner: JobRunner, store: CompareStore) -> ComparePanel:
    panel = ComparePanel(runner, store, suite=scripted_suite(fail=2), standard_prompts=lambda: list(PROMPTS))
    qtbot.addWidget(panel)
    panel.resize(1400, 900)
    panel.show()
    return panel


def display(panel: ComparePanel, row: int, column: str) -> str:
    return str(panel.model.data(panel.model.index(row, COLUMNS.index(column))))


def model_files(folder: Path, count: int = 4) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for row in LADDER[:count]:
        path = folder / f"model-{row[0]}.gguf"
        path.write_bytes(b"GGUF" + bytes(row[1] // 1_000_000))
        paths.append(str(path))
    return paths


def test_table_fills_in_row_by_row_as_progress_arrives(qtbot: Any, panel: ComparePanel, tmp_path: Path) -> None:
    paths = model_files(tmp_path / "models")
    panel.set_variants(paths)
    assert panel.picker.baseline_path() == paths[0]  # the largest file is the default baseline
    changed: list[tuple[int, int]] = []
    panel.model.dataChanged.connect(lambda top, bottom, _roles=(): changed.append((top.row(), bottom.row())))
    with qtbot.waitSignal(panel.run_finished, timeout=10_000) as finished:
        handle = panel.start()
        assert handle is not None and panel.running
        labels: list[str] = []
        handle.progress.connect(lambda report: labels.append(report.result.label))
        shown: list[tuple[int, str, int]] = []  # after the panel took each report: its round, message and bar
        handle.progress.connect(lambda r: shown.append((r.speed_round, panel.status.text(), panel.progress.value())))
        assert not panel.run_button.isEnabled() and panel.cancel_button.isEnabled()
        assert [display(panel, r, "Status") for r in range(4)] == ["waiting"] * 4
    run = finished.args[0]
    assert all(top == bottom for top, bottom in changed), "only the reported variant's row changes"
    assert sorted({top for top, _ in changed}) == [0, 1, 2, 3]
    # Largest file first; the variant that failed before its size was read comes last.
    assert [display(panel, r, "Variant") for r in range(4)] == ["F16 (baseline)", "Q8_0", "Q4_0", "Q4_K_M"]
    assert display(panel, 0, "Generation tok/s (tg)") == "38.5 ± 0.7"
    assert display(panel, 1, "Perplexity") == "18.2 ± 0.3"
    assert display(panel, 2, "Same top token") == "87%"
    assert display(panel, 3, "Status") == "failed: the engine stopped while loading: the file is damaged"
    assert display(panel, 3, "Generation tok/s (tg)") == ""
    sort_index = panel.model.index(2, COLUMNS.index("File size"))
    assert panel.model.data(sort_index, SortRole) == 91_700_000
    # Each report carries the variant as it was when reported, not as the suite changed it afterwards.
    assert labels and set(labels) == {Path(p).name for p in paths}
    # The speed rounds say which round and model they time; the bar only moves forward.
    assert shown[0][1] == "Speed round 1: timing 0" and shown[-1][1].startswith("Model 4 of 4: ")
    assert all(text.startswith("Speed round") or text[0].isdigit() for n, text, _ in shown if n)
    assert [bar for _n, _text, bar in shown] == sorted(bar for _n, _text, bar in shown)
    assert [v.status for v in run.variants] == ["done", "done", "failed", "done"]
    assert panel.saved.ids() == [run.id] and run.id is not None  # kept in the database
    assert panel.status.text() == "Finished: 3 of 4 models measured, saved."
    assert not panel.running and panel.run_button.isEnabled()


def test_cancel_keeps_what_finished(qtbot: Any, runner: JobRunner, store: CompareStore, tmp_path: Path) -> None:
    panel = ComparePanel(runner, store, suite=scripted_suite(pause=30.0), standard_prompts=lambda: list(PROMPTS))
    qtbot.addWidget(panel)
    panel.set_variants(model_files(tmp_path / "models", 3))
    with qtbot.waitSignal(panel.run_finished, timeout=10_000) as finished:
        handle = panel.start()
        assert handle is not None
        # Cancel as soon as the first variant is done, with the button.
        handle.progress.connect(lambda report: panel.cancel_button.click() if report.step == "done" else None)
    run = finished.args[0]
    assert [v.status for v in run.variants] == ["done", "cancelled", "cancelled"]
    assert panel.cancel_button.text() == "Cancel" and not panel.cancel_button.isEnabled()
    assert display(panel, 1, "Status") == "cancelled"
    assert panel.status.text().startswith("Cancelled: 1 of 3 models measured")
    assert store.load(run.id).variants[0].generation_speed is not None


def test_run_needs_two_to_eight_models(panel: ComparePanel, tmp_path: Path) -> None:
    paths = model_files(tmp_path / "models", 1)
    panel.set_variants(paths)
    assert not panel.run_button.isEnabled()
    assert panel.start() is None
    assert panel.status.text() == "Choose 2 to 8 models to compare."
    panel.set_variants([f"/m/model-{i}.gguf" for i in range(10)])
    assert len(panel.picker.paths()) == 8
    assert "Only the first 8 models were added" in panel.status.text()


def test_the_charts_wait_while_a_speed_test_is_timed(qtbot: Any, panel: ComparePanel) -> None:
    """Redrawing the charts takes the window's thread a good part of a second: never while a speed is timed."""
    run = ladder_run()
    variant = run.variants[0]
    variant.status = "running"

    def report(step: str, fraction: float) -> SuiteProgress:
        return SuiteProgress(0, len(run.variants), step, fraction, "", variant)  # type: ignore[arg-type]

    assert speed_test_running(report("bench", 0.0)) and speed_test_running(report("bench", 0.5))
    assert not speed_test_running(report("bench", 1.0)) and not speed_test_running(report("load", 1.0))
    variant.status = "pending"  # between two variants' turns in the speed rounds: still timing
    assert speed_test_running(dataclasses.replace(report("bench", 1.0), speed_round=2))
    grid = panel.charts
    panel.show()
    panel.tabs.setCurrentWidget(grid)
    grid.hold(True)
    grid.show_run(run)
    qtbot.wait(2 * REDRAW_MS)
    assert grid.view("size").bar_item is None  # nothing drawn while held
    grid.hold(False)  # the speed test ended: what came meanwhile is drawn
    qtbot.waitUntil(lambda: grid.view("size").bar_item is not None, timeout=5_000)
    grid.hold(True)
    grid.show_run(run, now=True)  # a run shown whole is drawn at once, and nothing is held after it
    assert not grid.held


def test_charts_out_of_sight_are_drawn_when_they_come_into_sight(qtbot: Any, panel: ComparePanel) -> None:
    panel.show()
    panel.tabs.setCurrentWidget(panel.table)  # as while a comparison runs: the table in sight, the charts not
    grid = panel.charts
    assert grid.isHidden()
    grid.show_run(ladder_run())
    qtbot.wait(2 * REDRAW_MS)
    assert grid.view("size").bar_item is None  # not drawn out of sight
    panel.tabs.setCurrentWidget(grid)
    qtbot.waitUntil(lambda: grid.view("size").bar_item is not None, timeout=5_000)


def test_charts_show_the_runs_figures(qtbot: Any, panel: ComparePanel) -> None:
    run = ladder_run()
    run.variants[2] = VariantResult("/models/broken-Q4_K_M.gguf", "broken", status="failed", error="damaged")
    panel.show_run(run)
    size = panel.charts.view("size")
    assert size.bar_item is not None
    assert list(size.bar_item.opts["x"]) == [0, 1, 2]  # the failed variant has no bar (and comes last) …
    assert np.allclose(size.bar_item.opts["height"], [270.9, 144.8, 91.7])
    assert "failed" in [label.textItem.toPlainText() for label in size.labels]  # … but says why
    generation = panel.charts.view("generation")
    assert generation.mark_item is not None
    marks_x, marks_y = generation.mark_item.getData()
    assert list(marks_y) == [45.0, 45.0, 84.0, 84.0, 133.0, 133.0]  # the bandwidth ceiling over each bar
    assert [item.opts["pen"].style() for item in generation.mark_items] == [Qt.PenStyle.CustomDashLine]
    memory = panel.charts.view("memory")  # the measured peak, its expected use (solid) and reserved at most (dashed)
    dashed, solid = Qt.PenStyle.CustomDashLine, Qt.PenStyle.SolidLine
    assert [item.opts["pen"].style() for item in memory.mark_items] == [dashed, solid]
    assert list(memory.mark_items[0].getData()[1][::2]) == pytest.approx([432.0, 263.25, 199.8])
    assert list(memory.mark_items[1].getData()[1][::2]) == pytest.approx([320.0, 195.0, 148.0])
    legend = [label.text for _sample, label in memory.getPlotItem().legend.items]
    assert legend == ["Reserved at most (estimate)", "Expected use (estimate)"]
    assert [display(panel, row, "Expected use") for row in range(3)] == ["320.0 MB", "195.0 MB", "148.0 MB"]
    assert display(panel, 0, "Reserved at most") == "432.0 MB" and display(panel, 0, "Memory used") == "330.0 MB"
    assert generation.error_item is not None
    assert np.allclose(generation.error_item.opts["top"], [0.7071, 1.4142, 0.7071], atol=1e-3)
    tradeoff = panel.charts.view("tradeoff")
    assert tradeoff.scatter_item is not None and tradeoff.frontier_item is not None
    points = [(round(p.pos().x(), 1), p.pos().y()) for p in tradeoff.scatter_item.points()]
    assert points == [(270.9, 18.2), (144.8, 18.23), (91.7, 20.31)]
    fx, fy = tradeoff.frontier_item.getData()
    assert list(fy) == [20.31, 18.23, 18.2]
    card = panel.charts.cards["perplexity"]
    # 18.23 ± 0.35 against 18.20 ± 0.35: within the spread, so no difference is stated.
    assert card.caption.text() == (
        "Lower is better. Q4_0's perplexity is 12% higher than F16's; Q8_0's is about the same."
    )
    assert panel.summary.text().splitlines()[0] == (
        "Q8_0 is 53% of the F16 file, generates 1.7× faster here, and its perplexity is about the same."
    )
    assert panel.answers.prompt.currentText() == PROMPTS[0]
    assert [box.toPlainText() for box in panel.answers.answer_boxes] == [
        "Paris, says F16.",
        "Paris, says Q8_0.",
        "Paris, says Q4_0.",
        "",
    ]


def test_presentation_mode_moves_with_the_arrow_keys_and_esc_leaves(qtbot: Any, panel: ComparePanel) -> None:
    panel.show_run(ladder_run())
    window = panel.present()
    assert window is not None
    qtbot.waitExposed(window)
    specs = chart_specs(panel.run)  # type: ignore[arg-type]
    assert window.heading.text() == "File size" and window.caption.text() == specs[0].caption
    assert window.caption.font().pointSizeF() >= 1.8 * panel.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.index == 2 and window.view.spec == specs[2]
    assert window.footer.text().startswith("3 / 8")  # seven charts, then the answers
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.index == 1 and window.caption.text() == specs[1].caption
    qtbot.keyClick(window, Qt.Key.Key_End)
    qtbot.keyClick(window, Qt.Key.Key_Right)  # stays on the last slide: the answers
    assert window.index == 7 and window.heading.text() == "Answers"
    assert window.stack.currentWidget() is window.answers
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.heading.text() == "Size against quality" and window.stack.currentWidget() is window.view
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert window.index == 0
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert panel.presentation is None


def test_exports_write_files_that_parse_back(qtbot: Any, panel: ComparePanel, tmp_path: Path) -> None:
    run = ladder_run()
    panel.show_run(run)
    assert panel.export_json(str(tmp_path / "run.json"))
    back = from_json((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert back.variants[3].generation_speed == run.variants[3].generation_speed
    assert back.variants[1].quality == run.variants[1].quality
    assert panel.export_csv(str(tmp_path / "run.csv"))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "run.csv").read_text(encoding="utf-8"))))
    assert len(rows) == 4 and str(run.variants[0].file_bytes) in rows[0].values()
    written = panel.export_pngs(str(tmp_path))
    assert sorted(p.name for p in written) == sorted(
        [
            f"comparison-2026-11-22-2130-{k}.png"
            for k in ("size", "memory", "prompt", "generation", "perplexity", "kl", "tradeoff", "summary")
        ]
    )
    chart = QImage(str(written[0]))
    summary = QImage(str(written[-1]))
    assert (chart.width(), chart.height()) == (1600, 1000)
    assert summary.height() > 2 * summary.width() * 0.6  # four rows of charts
    assert not panel.export_json(str(tmp_path / "missing-folder" / "run.json"))
    assert panel.status.text().startswith("Could not write run.json")
    # An exported run opens again, and a file that is not one says so in one line.
    panel.show_run(ladder_run(["/other/a-F16.gguf", "/other/b-Q8_0.gguf"]))
    assert panel.import_json(str(tmp_path / "run.json")) is not None
    assert panel.model.rowCount() == 4 and panel.picker.paths()[0] == run.variants[0].path
    (tmp_path / "bad.json").write_text(json.dumps({"hello": 1}), encoding="utf-8")
    assert panel.import_json(str(tmp_path / "bad.json")) is None
    assert panel.status.text().startswith("bad.json: Not a comparison file")
    assert panel.model.rowCount() == 4  # what was shown stays


def test_saved_runs_reopen_and_delete(qtbot: Any, panel: ComparePanel, store: CompareStore) -> None:
    first, second = ladder_run(), ladder_run(["/x/one-F16.gguf", "/x/two-Q4_0.gguf"])
    second.title = "Two"
    store.save(first)
    store.save(second)
    panel.refresh_saved()
    assert panel.saved.ids() == [second.id, first.id]
    assert panel.saved.list.item(0).text().startswith("Two")
    panel.open_saved(first.id)  # type: ignore[arg-type]
    assert panel.run is not None and panel.run.id == first.id
    assert panel.title.text() == "Ladder" and panel.model.rowCount() == 4
    assert panel.picker.paths() == [v.path for v in first.variants]
    assert panel.form.repetitions.value() == first.settings.repetitions
    panel.confirm = lambda title, text: False  # type: ignore[method-assign]
    panel.saved.list.setCurrentRow(1)
    panel.saved.delete_button.click()
    assert panel.saved.ids() == [second.id, first.id]
    panel.confirm = lambda title, text: True  # type: ignore[method-assign]
    panel.saved.delete_button.click()
    assert panel.saved.ids() == [second.id] and store.runs()[0][0] == second.id
    panel.open_saved(first.id)  # type: ignore[arg-type]
    assert "cannot be opened" in panel.status.text()


# -- in the window -------------------------------------------------------------------------------


def test_library_selection_opens_the_compare_tab_with_those_models(
    qtbot: Any, make_window: Any, home: Any, tiny_gguf: Path
) -> None:
    for name in ("tiny-a-F16.gguf", "tiny-b-F16.gguf"):
        shutil.copy(tiny_gguf, home.models_dir / name)
    window = make_window()
    library = window.library
    ours = [str(home.models_dir / name) for name in ("tiny-a-F16.gguf", "tiny-b-F16.gguf")]
    qtbot.waitUntil(lambda: all(library.model.row_of(p) is not None for p in ours), timeout=20_000)
    qtbot.waitUntil(lambda: not library.scanning, timeout=20_000)
    window.tabs.setCurrentWidget(library)
    library.select_path(ours[0])
    second = library.proxy.mapFromSource(library.model.index(library.model.row_of(ours[1]), 0))
    library.view.selectionModel().select(
        second, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    assert library.details.compare_button.isVisibleTo(window) and library.details.compare_button.isEnabled()
    library.details.compare_button.click()
    assert window.tabs.currentWidget() is window.compare
    assert sorted(Path(p).name for p in window.compare.picker.paths()) == ["tiny-a-F16.gguf", "tiny-b-F16.gguf"]
    assert window.compare.run_button.isEnabled()
    assert not window.charts_dock.isVisible() and not window.conversations_dock.isVisible()  # full width
    window.tabs.setCurrentIndex(0)
    assert window.charts_dock.isVisible() and window.conversations_dock.isVisible()  # back for the chat
    compare_actions = [a for a in window.findChildren(type(window.open_action)) if a.text() == "C&ompare"]
    assert compare_actions and compare_actions[0].shortcut().toString() == "Ctrl+4"
    compare_actions[0].trigger()
    assert window.tabs.currentWidget() is window.compare


def test_quantization_results_compare_these_includes_the_source(
    qtbot: Any, make_window: Any, tiny_gguf: Path, tmp_path: Path
) -> None:
    from workbench.quantize.job import QuantizeResult

    window = make_window()
    wizard = window.open_quantize_wizard(str(tiny_gguf))
    qtbot.waitUntil(lambda: wizard.state.source is not None, timeout=10_000)
    outputs = [QuantizeResult(q, str(tmp_path / f"tiny-{q}.gguf"), 1, 1, 2, 4.5, 0.1) for q in ("Q8_0", "Q4_0")]
    wizard.results_page.set_results(outputs)
    assert not wizard.results_page.compare_button.isHidden()
    wizard.results_page.compare_button.click()
    assert window.tabs.currentWidget() is window.compare
    assert window.compare.picker.paths() == [str(tiny_gguf), *(r.path for r in outputs)]


# -- for real --------------------------------------------------------------------------------------


def test_a_real_comparison_of_two_tiny_variants(
    qtbot: Any, runner: JobRunner, store: CompareStore, tiny_gguf: Path, tmp_path: Path
) -> None:
    from workbench.quantize import QuantizationJob, plan_quantization

    (q8,) = QuantizationJob(plan_quantization(tiny_gguf, ["q8_0"], tmp_path, threads=1))(lambda _: None, CancelToken())
    settings = LiveSettings(Settings(load=LoadOptions(threads=1)))
    panel = ComparePanel(runner, store, standard_prompts=lambda: ["Say hello."], settings=settings)
    qtbot.addWidget(panel)
    panel.set_variants([str(tiny_gguf), q8.path])
    assert panel.picker.baseline_path() == str(tiny_gguf)
    form = panel.form
    form.n_prompt.setValue(32)
    form.n_gen.setValue(8)
    form.repetitions.setValue(1)
    form.chunks.setValue(2)
    form.chunk_tokens.setValue(128)
    steps: list[str] = []
    with qtbot.waitSignal(panel.run_finished, timeout=240_000) as finished:
        handle = panel.start()
        assert handle is not None
        handle.progress.connect(lambda report: steps.append(report.step))
    run = finished.args[0]
    assert [v.status for v in run.variants] == ["done", "done"], [v.error for v in run.variants]
    assert {"load", "bench", "perplexity", "answers"} <= set(steps)
    f16, q8_0 = run.variants
    assert f16.file_bytes > q8_0.file_bytes > 0
    assert f16.quality is not None and q8_0.quality is not None and q8_0.quality.kl_mean is not None
    assert f16.quality.kl_mean == pytest.approx(0.0, abs=1e-6)
    assert display(panel, 1, "Variant") == "Q8_0"
    assert display(panel, 1, "Generation tok/s (tg)") != ""
    assert panel.charts.view("perplexity").bar_item is not None
    assert panel.saved.ids() == [run.id]
    assert store.load(run.id).variants[1].quality is not None


def test_results_model_passes_the_model_tester(qtmodeltester: Any, panel: ComparePanel) -> None:
    panel.show_run(ladder_run())
    qtmodeltester.check(panel.model, force_py=True)


def test_settings_the_suite_refuses_get_one_line_and_lose_nothing(
    qtbot: Any, runner: JobRunner, store: CompareStore, tmp_path: Path
) -> None:
    from workbench.compare.suite import CompareError

    def refusing_suite(paths: list[str], settings: CompareSettings, progress: Any, cancel: CancelToken) -> CompareRun:
        raise CompareError("The baseline x.gguf is not one of the variants compared.")

    panel = ComparePanel(runner, store, suite=refusing_suite, standard_prompts=lambda: list(PROMPTS))
    qtbot.addWidget(panel)
    shown = ladder_run()
    panel.show_run(shown)
    panel.set_variants(model_files(tmp_path / "models", 2))
    handle = panel.start()
    assert handle is not None
    with qtbot.waitSignal(handle.done, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: not panel.running)
    assert (
        panel.status.text() == "The comparison could not run: The baseline x.gguf is not one of the variants compared."
    )
    assert panel.run is shown and panel.model.rowCount() == 4  # the run shown before is back
    assert panel.run_button.isEnabled() and store.runs() == []


def test_axes_keep_their_scale_from_chart_to_chart(qtbot: Any, panel: ComparePanel) -> None:
    panel.show_run(ladder_run())
    window = panel.present()
    assert window is not None
    for index in range(len(window.specs)):  # the KL chart (values near 0.01) comes before the scatter
        window.show_slide(index)
    axis = window.view.getPlotItem().getAxis("left")
    assert axis.autoSIPrefixScale == 1.0
    window.close()


def test_how_the_run_ended_is_said_again_after_a_language_switch(qtbot: Any, panel: ComparePanel,
                                                                  tmp_path: Path) -> None:
    from ui import language

    panel.set_variants(model_files(tmp_path / "models"))
    with qtbot.waitSignal(panel.run_finished, timeout=10_000):
        panel.start()
    assert panel.status.text() == "Finished: 3 of 4 models measured, saved."
    try:
        language.switch_language("da", [panel])
        assert panel.status.text() == tr("Compare", "Finished: {done} of {count} models measured, saved.").format(
            done=3, count=4)
        assert panel.status.text().startswith("Færdig"), panel.status.text()
        panel.show_message("Something else")  # a later message is not overwritten by the next switch
        language.switch_language("en", [panel])
        assert panel.status.text() == "Something else"
    finally:
        language.install_language("en")
