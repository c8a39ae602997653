"""Settings round-trip through TOML; a damaged file is moved aside; paths honour SLM_WORKBENCH_HOME."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.paths import HOME_ENV, AppPaths, app_paths
from workbench.sampling import SamplingParams
from workbench.settings import Settings, SettingsStore, dumps_toml, tomllib


def test_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "config" / "settings.toml")
    assert store.load() == Settings()
    settings = Settings(
        theme="dark",
        sampling=SamplingParams(temperature=0.2, top_k=7, seed=42, threads=3),
        system_prompt='Say "hi"\nand\tthen \\ stop. ünïcødé 😀',
        models_folder="/models",
        library_folders=("/data/models", 'C:\\My "models"'),
    )
    store.save(settings)
    loaded = store.load()
    assert loaded == settings
    assert loaded.threads == 3
    assert store.problem is None


def test_unknown_and_mistyped_keys_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('theme = "purple"\nfuture = 1\n[sampling]\ntemperature = 1\ntop_k = "many"\nnew_knob = 3\n')
    loaded = SettingsStore(path).load()
    assert loaded.theme == "system"
    assert loaded.sampling.temperature == 1.0
    assert loaded.sampling.top_k == SamplingParams().top_k


def test_damaged_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("theme = = broken")
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert store.problem is not None and "moved" in store.problem
    assert not path.exists()
    [aside] = tmp_path.glob("settings.toml.broken-*")
    assert aside.read_text() == "theme = = broken"


def test_writer_output_is_valid_toml() -> None:
    data = {"a": True, "b": 1.5, "c": -3, "weird key": "\x00\x7f", "t": {"x": "y"}}
    assert tomllib.loads(dumps_toml(data)) == data


def test_paths_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    paths = app_paths().ensure()
    assert paths == AppPaths.for_root(tmp_path)
    assert paths.settings_file == tmp_path / "config" / "settings.toml"
    assert paths.database_file.parent == tmp_path / "data"
    assert paths.models_dir.is_dir()


def test_paths_default_to_platform_dirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(HOME_ENV, raising=False)
    paths = app_paths()
    assert "slm-workbench" in str(paths.config_dir)
    assert "slm-workbench" in str(paths.data_dir)
