"""Compare setup with a model on a server: "From a server…" lists a configured endpoint's models (the app's own
server on loopback, serving the tiny model), one is added next to the local file, it is never offered as the
baseline, and a real run shows its figures in the server's own words."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.support.own_server import serving
from ui.compare.model import COLUMNS
from ui.compare.panel import ComparePanel
from ui.compare.remote_setup import ServerModelChooser
from ui.jobs import JobRunner
from workbench.compare.present import chart_specs
from workbench.endpoints.config import EndpointConfig
from workbench.endpoints.directory import EndpointDirectory
from workbench.endpoints.keys import EndpointKeyStore
from workbench.endpoints.paths import remote_path
from workbench.engine.options import LoadOptions
from workbench.live_settings import LiveSettings
from workbench.server.local import LocalServer
from workbench.server.models import served_name
from workbench.settings import Settings

TIMEOUT = 240_000


@pytest.fixture
def served(tiny_gguf: pathlib.Path) -> Iterator[LocalServer]:
    with serving(tiny_gguf) as server:
        yield server


@pytest.fixture
def runner(qtbot: Any) -> Iterator[JobRunner]:
    jobs = JobRunner()
    yield jobs
    jobs.shutdown(30_000)


def _cell(panel: ComparePanel, row: int, column: str) -> str:
    return str(panel.model.data(panel.model.index(row, COLUMNS.index(column), QModelIndex())))


def test_add_a_model_on_a_server_and_compare_it(qtbot: Any, runner: JobRunner, served: LocalServer,
                                                 tiny_gguf: pathlib.Path) -> None:
    directory = EndpointDirectory([EndpointConfig("Workbench", served.base_url)], EndpointKeyStore(use_keyring=False))
    settings = LiveSettings(Settings(load=LoadOptions(threads=1)))
    panel = ComparePanel(runner, None, standard_prompts=lambda: ["Say hello."], settings=settings,
                         endpoints=directory)
    qtbot.addWidget(panel)
    panel.set_variants([str(tiny_gguf)])
    assert panel.picker.server_button.isVisible() or not panel.isVisible()
    assert panel.picker.server_button.isEnabled()

    seen: list[str] = []

    def choose() -> None:  # the dialog is modal: pick in it from a timer, as a person would
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ServerModelChooser) and w.isVisible()]
        dialog = shown[0] if shown else None
        if dialog is None:
            QTimer.singleShot(50, choose)
            return
        try:
            qtbot.waitUntil(lambda: dialog.models.count() > 0, timeout=30_000)
        except Exception:
            dialog.reject()  # the test goes on, to fail on what it saw
            raise
        seen.append(dialog.status.text())
        dialog.models.item(0).setSelected(True)
        dialog.accept()

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(panel.picker.server_button, Qt.MouseButton.LeftButton)
    wanted = remote_path("Workbench", served_name(str(tiny_gguf)))
    assert panel.picker.paths() == [str(tiny_gguf), wanted]
    assert seen == ["1 model: select it to compare."]
    assert panel.picker.list.item(1).text() == f"{served_name(str(tiny_gguf))} on Workbench  ·  on a server"
    offered = [panel.picker.baseline.itemData(i) for i in range(panel.picker.baseline.count())]
    assert wanted not in offered and panel.picker.baseline_path() == str(tiny_gguf)

    form = panel.form
    form.n_prompt.setValue(32)
    form.n_gen.setValue(8)
    form.repetitions.setValue(2)
    form.chunks.setValue(2)
    form.chunk_tokens.setValue(64)
    with qtbot.waitSignal(panel.run_finished, timeout=TIMEOUT) as finished:
        assert panel.start() is not None
    run = finished.args[0]
    assert [v.status for v in run.variants] == ["done", "done"], [v.error for v in run.variants]
    assert _cell(panel, 1, "Memory used") == "on the server"
    assert _cell(panel, 1, "Generation tok/s (tg)").endswith("(server)")
    assert _cell(panel, 1, "Prompt tok/s (pp)").startswith("first token ")
    assert _cell(panel, 1, "KL divergence").startswith("≈ ")
    generation = next(spec for spec in chart_specs(run) if spec.key == "generation")
    assert "on the server" in generation.caption and "not ranked" in generation.caption


def test_without_servers_set_up_the_chooser_says_where_to_add_one(qtbot: Any, runner: JobRunner) -> None:
    dialog = ServerModelChooser(EndpointDirectory([], EndpointKeyStore(use_keyring=False)), runner)
    qtbot.addWidget(dialog)
    assert "No servers are set up yet" in dialog.status.text() and not dialog.list_button.isEnabled()
