"""The Arena tab with real tiny models: streaming columns in turn and at once, blind mode, a vote, Reveal and the
tally, an engine that dies in one column, Stop, bad input, saved sessions, the divergence map, Present, and the way
in from the library and the main window."""

from __future__ import annotations

import csv
import pathlib
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ui.arena import ArenaPanel
from ui.jobs import JobRunner
from workbench.arena.runner import ColumnUpdate
from workbench.arena.store import ArenaStore
from workbench.compare.results import CompareSettings
from workbench.compare.store import CompareStore
from workbench.compare.suite import run_suite
from workbench.engine.options import LoadOptions
from workbench.jobs import CancelToken
from workbench.quantize import QuantizationJob, plan_quantization

OPTIONS = LoadOptions(context_length=512, threads=1)


@pytest.fixture(scope="module")
def ladder(tiny_gguf: pathlib.Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    out = tmp_path_factory.mktemp("arena_gui_ladder")
    plan = plan_quantization(tiny_gguf, ["q8_0", "q4_0", "q2_k"], out, threads=1)
    return [str(tiny_gguf), *[r.path for r in QuantizationJob(plan)(lambda _: None, CancelToken())]]


@pytest.fixture
def panel(qtbot: Any, runner: JobRunner, tmp_path: pathlib.Path) -> ArenaPanel:
    store = ArenaStore(tmp_path / "app.sqlite3")
    panel = ArenaPanel(runner, store, load_options=lambda: OPTIONS)
    qtbot.addWidget(panel)
    panel.resize(1280, 720)
    panel.show()
    panel.max_tokens.setValue(24)
    yield panel
    panel.shutdown()
    runner.wait(30_000)
    store.close()


def _ask(qtbot: Any, panel: ArenaPanel, question: str = "Why is the sky blue?", timeout: int = 120_000) -> Any:
    with qtbot.waitSignal(panel.round_finished, timeout=timeout) as blocker:
        assert panel.ask(question)
    return blocker.args[0]


def test_two_columns_in_turn_stream_and_are_saved(qtbot: Any, panel: ArenaPanel, ladder: list[str],
                                                  tmp_path: pathlib.Path) -> None:
    panel.set_models([ladder[0], ladder[2]])
    round_ = _ask(qtbot, panel)
    assert [c.state for c in round_.columns] == ["done", "done"], [c.error for c in round_.columns]
    assert [c.label for c in round_.columns] == ["F16", "Q4_0"]  # one model's variants: named by quantization
    for view, column in zip(panel.views, round_.columns, strict=False):
        assert view.reply.toPlainText() == column.text and column.text
        assert "tokens/s" in view.stats.text() and "first token" in view.stats.text()
        assert view.header.text().startswith(column.label)
    assert "need about" in panel.memory.text() and "one after another" in panel.memory.text()
    xs, ys = panel.chart.curve_data(0)
    assert xs and all(y > 0 for y in ys)

    assert panel.wait_saved()  # saves are written on a thread of their own
    store = ArenaStore(tmp_path / "app.sqlite3")
    try:
        (session_id, _created, title), = store.sessions()
        assert title == "F16 vs Q4_0"
        saved = store.load(session_id).rounds[0]
        assert [c.text for c in saved.columns] == [c.text for c in round_.columns]
        assert saved.columns[1].stats == round_.columns[1].stats
    finally:
        store.close()
    panel.new_session()
    assert panel.open_session(session_id)
    assert panel.views[1].reply.toPlainText() == round_.columns[1].text
    assert panel.picker.paths() == [ladder[0], ladder[2]]


def test_blind_mode_vote_reveal_tally_and_export(qtbot: Any, panel: ArenaPanel, ladder: list[str],
                                                 tmp_path: pathlib.Path) -> None:
    panel.set_models(ladder[:3])
    panel.blind_box.setChecked(True)
    panel.mode.setCurrentIndex(panel.mode.findData("at once"))
    round_ = _ask(qtbot, panel)
    assert sorted(round_.order) == [0, 1, 2] and round_.order != [0, 1, 2]
    headers = [v.header.text() for v in panel.views[:3]]
    assert headers == ["Answer A", "Answer B", "Answer C"]
    assert not any(label in " ".join(headers) for label in ("F16", "Q8_0", "Q4_0"))
    assert all(not v.note.text() for v in panel.views[:3])  # no divergence note gives the baseline away …
    assert not any(v.marked for v in panel.views[:3])  # … nor a highlight
    assert [b.isVisible() for b in panel.vote_buttons] == [True, True, True, False]
    assert panel.vote_buttons[1].isEnabled() and panel.reveal_button.isEnabled()
    qtbot.mouseClick(panel.vote_buttons[1], Qt.MouseButton.LeftButton)
    chosen = round_.columns[round_.order[1]]
    assert panel.round is not None and panel.round.winner == round_.order[1]
    assert panel.tally.text().startswith(f"Tally: {chosen.label} won 1 of 1 against")
    assert not panel.vote_buttons[0].isEnabled()  # one vote per question
    qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    assert panel.views[1].header.text() == f"Answer B: {chosen.label} — chosen by the class"
    assert all(panel.views[i].header.text().startswith(f"Answer {'ABC'[i]}: ") for i in range(3))

    out = tmp_path / "votes.csv"
    assert panel.export(str(out))
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["shown as"], r["model"], r["chosen"]) for r in rows if r["chosen"] == "yes"] == [
        ("B", chosen.label, "yes")
    ]
    picture = tmp_path / "columns.png"
    assert panel.export(str(picture), picture=True) and picture.stat().st_size > 1000


def test_a_dying_engine_fails_its_column_only(qtbot: Any, panel: ArenaPanel, ladder: list[str]) -> None:
    panel.set_models(ladder[:3])
    panel.mode.setCurrentIndex(panel.mode.findData("at once"))
    panel.max_tokens.setValue(300)
    killed: list[bool] = []

    def kill(update: object) -> None:
        run = panel._run
        if (isinstance(update, ColumnUpdate) and update.column == 2 and update.tokens >= 3 and not killed
                and run is not None):
            killed.append(True)
            run.backends[2].kill()  # type: ignore[attr-defined]

    # on the column's own thread, as the update is made: a tiny model could finish before the window hears of it
    panel.round_started.connect(
        lambda _round: panel._handle.progress.connect(kill, Qt.ConnectionType.DirectConnection)  # type: ignore[union-attr]
    )
    with qtbot.waitSignal(panel.round_finished, timeout=120_000) as blocker:
        assert panel.ask("Tell me a story.")
    round_ = blocker.args[0]
    assert killed
    assert [c.state for c in round_.columns] == ["done", "done", "failed"]
    dead = panel.views[2]
    assert dead.state.text().startswith("Failed: The engine stopped in the middle of the reply")
    assert dead.reply.toPlainText() == round_.columns[2].text and round_.columns[2].text  # the text so far stays
    assert "could not answer" in panel.message.text()
    assert "Traceback" not in dead.state.text()


def test_stop_stops_every_column_and_keeps_their_text(qtbot: Any, panel: ArenaPanel, ladder: list[str]) -> None:
    panel.set_models(ladder[:2])
    panel.mode.setCurrentIndex(panel.mode.findData("at once"))
    panel.max_tokens.setValue(400)
    with qtbot.waitSignal(panel.round_finished, timeout=120_000) as blocker:
        assert panel.ask("Tell me a long story.")
        qtbot.waitUntil(lambda: any(v.reply.toPlainText() for v in panel.views), timeout=60_000)
        assert panel.stop_button.isEnabled()
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    round_ = blocker.args[0]
    assert {c.state for c in round_.columns} <= {"stopped", "done"} and "stopped" in {c.state for c in round_.columns}
    assert any(c.text for c in round_.columns)
    assert all(v.reply.toPlainText() == c.text for v, c in zip(panel.views, round_.columns, strict=False))


def test_bad_input_gets_one_clear_line(qtbot: Any, panel: ArenaPanel, ladder: list[str]) -> None:
    panel.set_models([ladder[0]])
    assert not panel.ask_button.isEnabled()
    assert not panel.ask("Hello?")
    assert panel.message.text() == "Pick two to four models first (1 picked)."
    panel.set_models(ladder[:2])
    assert not panel.ask("   ")
    assert panel.message.text() == "Type a question for the models first."
    panel.set_models([*ladder, ladder[0]])
    assert panel.picker.paths() == ladder  # at most four, no repeats


def test_different_tokenizers_are_not_marked_and_say_why(qtbot: Any, panel: ArenaPanel, ladder: list[str],
                                                        tmp_path: pathlib.Path) -> None:
    from tests.support.tiny_gguf import write_tiny_llama_gguf

    other = write_tiny_llama_gguf(tmp_path / "other-vocab-F16.gguf", vocab_size=768, name="Other")
    panel.set_models([ladder[0], str(other)])
    round_ = _ask(qtbot, panel)
    assert round_.columns[1].divergence is None
    assert "different tokenizer" in panel.views[1].note.text()


def test_divergence_map_from_a_saved_comparison(qtbot: Any, runner: JobRunner, ladder: list[str],
                                                tmp_path: pathlib.Path) -> None:
    settings = CompareSettings(n_prompt=0, n_gen=0, chunk_tokens=128, max_chunks=2, threads=1, prompts=[],
                               baseline=ladder[0])
    run = run_suite([ladder[0], ladder[1], ladder[3]], settings, lambda _: None, CancelToken())
    compare_store = CompareStore(tmp_path / "app.sqlite3")
    compare_store.save(run)
    panel = ArenaPanel(runner, None, load_options=lambda: OPTIONS, compare_store=compare_store)
    qtbot.addWidget(panel)
    panel.resize(1280, 720)
    panel.show()
    try:
        panel._open_compare_run(run.id)  # type: ignore[arg-type]
        qtbot.waitUntil(panel.map_view.isVisible, timeout=60_000)
        assert panel.map_view.isVisible() and not panel.columns_widget.isVisible()
        assert [lab.text().split(":")[0] for lab in panel.map_view.row_labels] == ["tiny Q8_0", "tiny Q2_K"]
        texts = [t.toPlainText() for t in panel.map_view.row_texts]
        assert texts[0] == texts[1] and len(texts[0]) > 100
        assert "less sure of the same next word" in panel.map_view.legend_words.text()
        panel.set_present(True)
        assert panel.map_view.title.font().pointSizeF() > 2 * panel.font().pointSizeF()
        qtbot.mouseClick(panel.map_back_button, Qt.MouseButton.LeftButton)
        assert panel.columns_widget.isVisible()
    finally:
        panel.shutdown()
        runner.wait(30_000)
        compare_store.close()


def test_present_mode_makes_the_type_large(qtbot: Any, panel: ArenaPanel, ladder: list[str]) -> None:
    panel.set_models(ladder[:2])
    _ask(qtbot, panel)
    before = panel.views[0].reply.font().pointSizeF()
    qtbot.mouseClick(panel.present_button, Qt.MouseButton.LeftButton)
    assert panel.present and not panel.setup.isVisible()
    assert panel.views[0].reply.font().pointSizeF() > 1.7 * before
    qtbot.keyClick(panel.views[0].reply, Qt.Key.Key_Escape)
    assert not panel.present and panel.setup.isVisible()


def test_the_window_has_an_arena_tab_on_ctrl_5_and_the_library_opens_it(make_window: Any, ladder: list[str]) -> None:
    window = make_window()
    action = next(a for a in window.menuBar().actions()[2].menu().actions() if a.text() == "&Arena")
    assert action.shortcut().toString() == "Ctrl+5"
    action.trigger()
    assert window.tabs.currentWidget() is window.arena
    window.tabs.setCurrentWidget(window.library)
    window.library.arena_requested.emit(ladder[:3])
    assert window.tabs.currentWidget() is window.arena and window.arena.picker.paths() == ladder[:3]
    assert not window.charts_dock.isVisible()  # a wide tab: the chat's side panels step aside


def test_a_reply_cut_off_by_closing_reopens_as_interrupted_with_its_text(qtbot: Any, runner: JobRunner,
                                                                         tmp_path: pathlib.Path) -> None:
    from workbench.arena.session import ArenaColumn, ArenaRound, ArenaSession

    store = ArenaStore(tmp_path / "app.sqlite3")
    session = ArenaSession(title="F16 vs Q4_0", created="2026-11-30T12:00:00")
    done = ArenaColumn("F16", "/gone/f16.gguf", text="The sky is blue.", pieces=["The sky is blue."], state="done")
    cut = ArenaColumn("Q4_0", "/gone/q4.gguf", text="The sky", pieces=["The", " sky"], state="streaming")
    session.rounds.append(ArenaRound("Why is the sky blue?", [done, cut]))
    session_id = store.save(session)
    panel = ArenaPanel(runner, store)
    qtbot.addWidget(panel)
    try:
        assert panel.open_session(session_id)
        assert panel.views[1].reply.toPlainText() == "The sky"
        assert panel.views[1].state.text() == "Stopped: Interrupted: the app closed before this reply finished."
        assert panel.views[0].state.text() == "Done"
        assert panel.picker.paths() == []  # the files are gone: nothing to ask again with
    finally:
        panel.shutdown()
        store.close()


def test_new_versions_open_in_the_arena_beside_their_original(qtbot: Any, make_window: Any, tiny_gguf: pathlib.Path,
                                                              tmp_path: pathlib.Path) -> None:
    (tmp_path / "new").mkdir()
    plan = plan_quantization(tiny_gguf, ["q4_0", "q8_0"], tmp_path / "new", threads=1)
    results = QuantizationJob(plan)(lambda _: None, CancelToken())
    window = make_window()
    wizard = window.open_quantize_wizard(str(tiny_gguf))
    qtbot.waitUntil(lambda: wizard.state.source is not None, timeout=30_000)
    wizard.results_page.set_results(results)
    assert wizard.results_page.arena_button.isEnabled()
    qtbot.mouseClick(wizard.results_page.arena_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.arena
    assert window.arena.picker.paths() == [str(tiny_gguf), *[r.path for r in results]]


def test_a_hostile_model_name_is_shown_as_text(qtbot: Any, panel: ArenaPanel, ladder: list[str],
                                               tmp_path: pathlib.Path) -> None:
    from tests.support.hostile_text import HOSTILE_NAME
    from tests.support.tiny_gguf import write_tiny_llama_gguf

    hostile = write_tiny_llama_gguf(tmp_path / "model.gguf", name=HOSTILE_NAME)  # named by its metadata
    panel.set_models([ladder[0], str(hostile)])
    panel.max_tokens.setValue(8)
    round_ = _ask(qtbot, panel)
    view = panel.views[1]
    assert round_.columns[1].label == f"{HOSTILE_NAME} F16"  # the name as written …
    assert view.header.textFormat() == Qt.TextFormat.PlainText and "<b>Bold</b>" in view.header.text()  # … as text
    assert panel.memory.textFormat() == Qt.TextFormat.PlainText
    assert view.reply.document().toPlainText() == round_.columns[1].text


def test_a_model_on_a_server_answers_in_a_column(qtbot: Any, runner: JobRunner, ladder: list[str],
                                                  tmp_path: pathlib.Path) -> None:
    from tests.support.llama_server import LlamaServer
    from workbench.endpoints.config import EndpointConfig
    from workbench.endpoints.directory import EndpointDirectory
    from workbench.endpoints.paths import remote_path

    with LlamaServer(ladder[0], alias="tiny", log=tmp_path / "server.log") as server:
        endpoints = EndpointDirectory([EndpointConfig("Local llama.cpp", server.base_url, read_timeout=60)])
        panel = ArenaPanel(runner, None, load_options=lambda: OPTIONS, endpoints=endpoints)
        qtbot.addWidget(panel)
        panel.max_tokens.setValue(12)
        try:
            panel.set_models([ladder[0], remote_path("Local llama.cpp", "tiny")])
            round_ = _ask(qtbot, panel)
            local, remote = round_.columns
            assert (local.state, remote.state) == ("done", "done"), (local.error, remote.error)
            assert remote.label == "tiny on Local llama.cpp" and remote.text
            assert panel.views[1].reply.toPlainText() == remote.text
            assert "server" in panel.views[1].note.text()  # no divergence mark, and why
        finally:
            panel.shutdown()
            runner.wait(30_000)


def test_blind_columns_chart_by_letter_and_load_with_their_own_options(qtbot: Any, make_window: Any,
                                                                       ladder: list[str]) -> None:
    window = make_window(context_length=512)
    own = LoadOptions(context_length=256, threads=1)
    window.live_settings.update(model_load=window.live_settings.value.with_model_load(ladder[1], own).model_load)
    arena = window.arena
    window.open_in_arena(ladder[:3])
    arena.blind_box.setChecked(True)
    arena.mode.setCurrentIndex(arena.mode.findData("at once"))
    arena.max_tokens.setValue(16)
    options: list[Any] = []
    arena.round_started.connect(lambda _r: options.extend(c.options for c in arena._run.contenders))
    tokens: list[int] = []
    arena.column_tokens.connect(lambda _i, count, _when: tokens.append(count))
    with qtbot.waitSignal(arena.round_finished, timeout=120_000) as blocker:
        assert arena.ask("Why is the sky blue?")
    round_ = blocker.args[0]
    assert [c.state for c in round_.columns] == ["done"] * 3, [c.error for c in round_.columns]
    assert options == [window.live_settings.value.load, own, window.live_settings.value.load]  # "only for this model"

    charts = window.charts
    assert charts.column_names() == ["A", "B", "C"]  # the main charts never learn a hidden column's model
    legend = " ".join(label.text for _sample, label in charts._rate_legend.items)
    assert "A: " in legend and not any(c.label in legend for c in round_.columns)
    assert sum(tokens) == sum(len(c.pieces) for c in round_.columns)
    times, _rates = charts.column_data(0)
    assert len(times) > 0  # sampled with the chart's other curves
    arena.reveal()
    assert charts.column_names() == [f"{letter}: {round_.columns[i].label}"
                                     for letter, i in zip("ABC", round_.order, strict=True)]


def test_compare_opens_its_selected_variants_and_their_divergence_map_in_the_arena(
    qtbot: Any, make_window: Any, ladder: list[str]
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    settings = CompareSettings(n_prompt=0, n_gen=0, chunk_tokens=128, max_chunks=2, threads=1, prompts=[],
                               baseline=ladder[0])
    run = run_suite(ladder, settings, lambda _: None, CancelToken())
    window = make_window()
    compare = window.compare
    compare.show_run(run)
    window.tabs.setCurrentWidget(compare)
    rows = compare.table.selectionModel()
    for row in (3, 0):
        rows.select(compare.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert compare.arena_action in compare.table.actions()  # the table's context menu
    compare.arena_action.trigger()
    assert window.tabs.currentWidget() is window.arena
    assert window.arena.picker.paths() == [ladder[0], ladder[3]]  # the baseline first

    window.tabs.setCurrentWidget(compare)
    rows.clearSelection()
    compare.arena_action.trigger()  # nothing selected: the run's models, four at most
    assert window.arena.picker.paths() == ladder[:4]

    window.tabs.setCurrentWidget(compare)
    assert compare.map_action.isEnabled()
    compare.map_action.trigger()
    assert window.tabs.currentWidget() is window.arena
    qtbot.waitUntil(window.arena.map_view.isVisible, timeout=60_000)
    assert len(window.arena.map_view.row_labels) == 3
