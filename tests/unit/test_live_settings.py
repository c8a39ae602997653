"""The observable settings: features read the value and hear of changes; nothing is copied by hand."""

from __future__ import annotations

from pathlib import Path

from workbench.engine.options import LoadOptions
from workbench.live_settings import LiveSettings
from workbench.sampling import SamplingParams
from workbench.settings import Settings, SettingsStore


def test_listeners_hear_what_changed_and_only_when_it_did(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.toml")
    live = LiveSettings(Settings(), store)
    heard: list[frozenset[str]] = []
    unsubscribe = live.subscribe(lambda settings, changed: heard.append(changed))
    assert live.update(sampling=SamplingParams(temperature=0.1), theme="system") == frozenset({"sampling"})
    assert live.value.sampling.temperature == 0.1
    assert live.update(theme="system") == frozenset()  # unchanged: nobody is told
    live.update(load=LoadOptions(threads=1))
    assert heard == [frozenset({"sampling"}), frozenset({"load"})]
    unsubscribe()
    live.update(theme="dark")
    assert len(heard) == 2
    live.save()
    assert store.load() == live.value


def test_a_listener_sees_the_new_value_in_place() -> None:
    live = LiveSettings()
    seen: list[int] = []
    live.subscribe(lambda settings, _changed: seen.append(live.value.load.context_length))
    live.update(load=live.value.load.with_changes(context_length=2048))
    assert seen == [2048]
