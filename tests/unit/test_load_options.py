"""Load options apart from sampling: llama.cpp's defaults, the round trip through settings, the fallbacks a KV-cache
type needs, and the memory estimate following the cache type."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.engine.llama_backend import GGML_TYPES, LlamaAttempt, load_attempts
from workbench.engine.options import LoadOptions
from workbench.memory import MiB, estimate_memory
from workbench.model_info import read_model_info
from workbench.sampling import SamplingParams
from workbench.settings import Settings, SettingsStore, dumps_toml, tomllib
from workbench.starter import starter_model_path


def test_defaults_follow_llama_cpp_tools() -> None:
    options = LoadOptions()
    assert (options.flash_attention, options.batch_size, options.ubatch_size) == ("auto", 2048, 512)
    assert (options.kv_cache_type, options.gpu_layers, options.adapters) == ("f16", -1, ())
    assert options.threads == 0 and options.context_length == 4096  # 0: automatic threads
    assert "Threads: automatic" in options.summary_lines()
    assert "context_length" not in SamplingParams().to_dict()


def test_round_trip_and_bad_values_fall_back() -> None:
    options = LoadOptions(context_length=8192, threads=3, batch_size=1024, ubatch_size=256, gpu_layers=20,
                          flash_attention="on", kv_cache_type="q4_0", adapters=("/a/b.gguf",))
    assert LoadOptions.from_dict(options.to_dict()) == options
    toml = tomllib.loads(dumps_toml({"load": options.to_dict()}))
    assert LoadOptions.from_dict(toml["load"]) == options
    odd = LoadOptions.from_dict({"flash_attention": "sometimes", "kv_cache_type": "q2_k", "threads": "many",
                                 "batch_size": True, "adapters": ["", 3, "x.gguf"], "unknown": 1})
    defaults = LoadOptions()
    assert (odd.flash_attention, odd.kv_cache_type, odd.threads) == ("auto", "f16", defaults.threads)
    assert odd.batch_size == 2048 and odd.adapters == ("x.gguf",)


def test_both_persist_in_settings_and_old_files_keep_their_context_and_threads(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.toml")
    settings = Settings(sampling=SamplingParams(temperature=0.3), load=LoadOptions(threads=2, kv_cache_type="q8_0"))
    store.save(settings)
    assert store.load() == settings
    assert "[load]" in (tmp_path / "settings.toml").read_text(encoding="utf-8")
    old = tmp_path / "old.toml"
    old.write_text("[sampling]\ntemperature = 0.5\ncontext_length = 8192\nthreads = 3\n", encoding="utf-8")
    loaded = SettingsStore(old).load()
    assert loaded.sampling.temperature == 0.5
    assert (loaded.load.context_length, loaded.load.threads, loaded.threads) == (8192, 3, 3)
    assert loaded.load.flash_attention == "auto"


def test_a_quantized_cache_needs_flash_attention_and_falls_back_with_a_message() -> None:
    assert load_attempts(LoadOptions()) == [
        LlamaAttempt(True, "f16"),
        LlamaAttempt(False, "f16", "Flash attention could not be used with this model or build: it is off."),
    ]
    assert load_attempts(LoadOptions(flash_attention="off")) == [LlamaAttempt(False, "f16")]
    (only,) = load_attempts(LoadOptions(flash_attention="off", kv_cache_type="q8_0"))
    assert only.cache_type == "f16" and not only.flash and "Q8_0 KV cache needs flash attention" in only.note
    first, second, third = load_attempts(LoadOptions(kv_cache_type="q4_0"))
    assert (first.flash, first.cache_type, first.note) == (True, "q4_0", "")
    assert (second.cache_type, third.flash) == ("f16", False) and "cannot use a Q4_0 KV cache" in second.note
    assert set(GGML_TYPES) == {"f16", "q8_0", "q4_0"}
    assert LoadOptions(kv_cache_type="q8_0", flash_attention="off").estimate_cache_type == "f16"
    assert LoadOptions(kv_cache_type="q8_0").estimate_cache_type == "q8_0"


def test_the_estimate_follows_the_cache_type() -> None:
    path = starter_model_path()
    assert path is not None
    info = read_model_info(path)
    f16, q8 = estimate_memory(info, 8192), estimate_memory(info, 8192, cache_type="q8_0")
    assert f16.kv_cache == 180 * MiB
    assert q8.kv_cache == int(180 * MiB * 34 / 64)  # "Q8_0 cache: 8k context in about the room F16 needs for 4k"
    assert q8.kv_cache == pytest.approx(estimate_memory(info, 4096).kv_cache, rel=0.07)
    assert estimate_memory(info, 8192, cache_type="q4_0").kv_cache < estimate_memory(info, 4096).kv_cache


def test_summary_lines_name_every_option() -> None:
    lines = LoadOptions(threads=2, kv_cache_type="q8_0", adapters=("/x/style.gguf",)).summary_lines()
    assert lines[:2] == ["Context: 4,096 tokens", "Threads: 2"]
    assert "Flash attention: auto" in lines and "KV cache: Q8_0" in lines and "Adapters: style.gguf" in lines
