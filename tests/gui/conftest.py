"""GUI test fixtures: offscreen Qt, a throwaway app home, and windows that clean up after themselves."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from workbench.conversations import ConversationStore
from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.paths import AppPaths
from workbench.sampling import SamplingParams
from workbench.settings import Settings, SettingsStore

if TYPE_CHECKING:
    from ui.jobs import JobRunner
    from ui.main_window import MainWindow

MakeWindow = Callable[..., "MainWindow"]


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window scans the user's model folders and keyring: point them at an empty home for tests."""
    user_home = tmp_path_factory.mktemp("user-home")
    monkeypatch.setenv("HOME", str(user_home))
    monkeypatch.setenv("HF_HOME", str(user_home / ".cache" / "huggingface"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    """A job runner for a panel under test; waits for its jobs at teardown."""
    from ui.jobs import JobRunner

    runner = JobRunner()
    yield runner
    assert runner.shutdown(30_000)


@pytest.fixture
def home(tmp_path: Path) -> AppPaths:
    """An empty app home (config, data, models) for one test."""
    return AppPaths.for_root(tmp_path / "home").ensure()


@pytest.fixture
def make_window(qtbot: Any, home: AppPaths) -> Iterator[MakeWindow]:
    """Build a MainWindow over ``home`` (or given paths); closes it, ends its engine and store at teardown.

    Settings start deterministic: a fixed seed, one thread (robust on a busy machine), and ``params`` overrides.
    """
    from ui.main_window import MainWindow

    created: list[tuple[MainWindow, EngineClient, ConversationStore]] = []

    def make(paths: AppPaths = home, **params: object) -> MainWindow:
        settings_store = SettingsStore(paths.settings_file)
        if not paths.settings_file.exists():
            load_keys = set(LoadOptions.__dataclass_fields__)
            sampling = SamplingParams(seed=42, max_tokens=48).with_changes(
                **{k: v for k, v in params.items() if k not in load_keys}
            )
            load = LoadOptions(threads=1).with_changes(**{k: v for k, v in params.items() if k in load_keys})
            settings_store.save(Settings(sampling=sampling, load=load))
        store = ConversationStore(paths.database_file)
        engine = EngineClient()
        window = MainWindow(engine, store, settings_store, paths)
        window.session.confirm_fit = lambda inspection: True
        qtbot.addWidget(window)
        window.show()
        created.append((window, engine, store))
        return window

    yield make
    for window, engine, store in created:
        window.close()
        engine.unload()
        store.close()
        assert not engine.is_alive()
        assert not window.jobs.active
