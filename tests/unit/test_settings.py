"""Settings round-trip through TOML; a damaged file is moved aside; paths honour SLM_WORKBENCH_HOME."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.engine.options import LoadOptions
from workbench.paths import HOME_ENV, AppPaths, app_paths
from workbench.sampling import SamplingParams
from workbench.settings import (
    LOAD_LIMITS,
    MAX_SETTINGS_FILE,
    SAMPLING_LIMITS,
    Settings,
    SettingsStore,
    dumps_toml,
    tomllib,
)


def test_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "config" / "settings.toml")
    assert store.load() == Settings()
    settings = Settings(
        theme="dark",
        sampling=SamplingParams(temperature=0.2, top_k=7, seed=42),
        load=LoadOptions(
            context_length=8192, threads=3, batch_size=1024, ubatch_size=256, gpu_layers=12,
            flash_attention="off", kv_cache_type="q8_0", weights="map", adapters=("/adapters/style.gguf",),
        ),
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


# -- values out of range, of the wrong type, not numbers ---------------------------------------------


def test_numbers_out_of_range_are_clamped_and_named(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        "[sampling]\nmax_tokens = 4294967296\nseed = 9223372036854775807\nthreads = -3\n"
        "context_length = 99999999999\ntemperature = 1e300\ntop_p = 0.5\n"
    )
    store = SettingsStore(path)
    loaded = store.load()
    assert loaded.sampling.max_tokens == SAMPLING_LIMITS["max_tokens"][1]
    assert loaded.sampling.seed == 2**31 - 1
    assert loaded.load.threads == 0  # automatic; settings of an older version kept these under [sampling]
    assert loaded.load.context_length == LOAD_LIMITS["context_length"][1]
    assert loaded.sampling.temperature == SAMPLING_LIMITS["temperature"][1]
    assert loaded.sampling.top_p == 0.5
    [notice] = store.notices
    assert "max tokens (was 4,294,967,296, now 32,768)" in notice
    for name in ("seed", "threads", "context length", "temperature"):
        assert name in notice
    assert "top-p" not in notice
    assert "\n" not in notice


def test_wrong_types_and_not_a_number_are_reset_and_named(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'theme = 3\nbackend = "gpu-please"\nsystem_prompt = ["a", "list"]\nmodels_folder = "a\\u0000b"\n'
        'library_folders = "/not/a/list"\n'
        '[sampling]\ntemperature = nan\nmin_p = inf\ntop_k = 1.5\nrepeat_penalty = "high"\nseed = true\n'
    )
    store = SettingsStore(path)
    loaded = store.load()
    defaults = Settings()
    assert loaded.theme == defaults.theme and loaded.backend == defaults.backend
    assert loaded.system_prompt == defaults.system_prompt and loaded.models_folder == ""
    assert loaded.library_folders == ()
    assert loaded.sampling == defaults.sampling
    [notice] = store.notices
    for phrase in ("theme (was 3", "backend (was “gpu-please”", "temperature (was not a number", "min-p (was infinite",
                   "top-k (was 1.5", "repeat penalty (was “high”", "seed (was true", "system prompt", "models folder",
                   "library folders"):
        assert phrase in notice, phrase


def test_a_good_file_has_nothing_to_say(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.toml")
    store.save(Settings(sampling=SamplingParams(max_tokens=32768, seed=-1), load=LoadOptions(threads=2)))
    store.load()
    assert store.notices == [] and store.fixes == []


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b'theme = "dark"\nsystem_prompt = "caf\xe9"\n', "not text in UTF-8"),
        (b"\xff\xfe" + "theme = 'dark'".encode("utf-16-le"), "not text in UTF-8"),
        (b"a = " + b"[" * 100_000 + b"]" * 100_000, ""),
    ],
)
def test_unreadable_bytes_are_moved_aside(tmp_path: Path, content: bytes, why: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(content)
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert store.problem is not None and "moved" in store.problem and why in store.problem
    assert "\n" not in store.problem and "Error" not in store.problem
    assert not path.exists()
    [aside] = tmp_path.glob("settings.toml.broken-*")
    assert aside.read_bytes() == content


def test_a_huge_file_is_moved_aside_unread(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    with path.open("wb") as f:
        f.truncate(MAX_SETTINGS_FILE + 1)
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert store.problem is not None and "larger than a settings file" in store.problem
    assert not path.exists()


# -- folders that cannot be written ------------------------------------------------------------------


def test_unwritable_config_folder_keeps_settings_in_memory(tmp_path: Path) -> None:
    """A regular file where the config folder should be: nothing can be written there (even as root)."""
    blocker = tmp_path / "config"
    blocker.write_text("not a folder")
    store = SettingsStore(blocker / "settings.toml")
    assert store.load() == Settings()
    assert store.unsaved is not None and "will not be saved" in store.unsaved and str(blocker) in store.unsaved
    assert store.notices == [store.unsaved]
    changed = Settings(theme="dark")
    store.save(changed)  # kept for this session, no error
    assert store.load() == changed
    assert blocker.read_text() == "not a folder"


def test_paths_ensure_never_fails_and_names_an_unwritable_models_folder(tmp_path: Path) -> None:
    (tmp_path / "root").write_text("a file where the app's home should be")
    paths = AppPaths.for_root(tmp_path / "root").ensure()
    problem = paths.models_problem()
    assert problem is not None and str(paths.models_dir) in problem and "\n" not in problem
    assert AppPaths.for_root(tmp_path / "fine").ensure().models_problem() is None


def test_a_models_own_load_options_round_trip_and_apply_to_it_alone(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.toml")
    small = LoadOptions(context_length=512, threads=1, kv_cache_type="q8_0", adapters=("/a/b.gguf",))
    path = 'C:\\models\\Q4 "tiny".gguf'
    settings = Settings().with_model_load(path, small).with_model_load("/models/other.gguf", LoadOptions(threads=2))
    assert settings.load_for(path) == small and settings.has_own_load(path)
    assert settings.load_for("/models/third.gguf") == settings.load and not settings.has_own_load("/models/third.gguf")
    store.save(settings)
    loaded = store.load()
    assert loaded == settings and store.fixes == []
    again = loaded.with_model_load(path, None)
    assert again.load_for(path) == again.load and [p for p, _ in again.model_load] == ["/models/other.gguf"]
    moved = settings.with_model_load(path, small.with_changes(threads=4))
    assert [p for p, _ in moved.model_load] == ["/models/other.gguf", path]  # the latest set comes last


def test_models_own_load_options_are_checked_and_bounded(tmp_path: Path) -> None:
    from workbench.settings import MAX_MODEL_LOAD

    path = tmp_path / "settings.toml"
    path.write_text(
        "[model_load]\n"
        '"/m/a.gguf" = { context_length = 99999999999, threads = 9000, kv_cache_type = "q2", weights = "swap" }\n'
        '"/m/b.gguf" = "not a table"\n'
        '"" = { threads = 1 }\n',
        encoding="utf-8",
    )
    store = SettingsStore(path)
    settings = store.load()
    own = settings.load_for("/m/a.gguf")
    assert own.context_length == LOAD_LIMITS["context_length"][1] and own.threads == LOAD_LIMITS["threads"][1]
    assert own.kv_cache_type == "f16" and own.weights == "auto"
    assert [p for p, _ in settings.model_load] == ["/m/a.gguf"]
    notice = " ".join(store.notices)
    assert "context length (was 99,999,999,999, now 1,048,576)" in notice and "threads (was 9,000, now 256)" in notice
    assert "where the weights are kept (was “swap”, now “auto”)" in notice
    assert "models' own load options (3 kept as 1)" in notice

    many = Settings()
    for i in range(MAX_MODEL_LOAD + 5):
        many = many.with_model_load(f"/m/{i}.gguf", LoadOptions(threads=1))
    assert len(many.model_load) == MAX_MODEL_LOAD and many.model_load[0][0] == "/m/5.gguf"  # the oldest forgotten
