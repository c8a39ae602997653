"""The window's language is a setting: remembered, and checked like every other value."""

from __future__ import annotations

from pathlib import Path

from workbench.settings import LANGUAGE_SETTINGS, Settings, SettingsStore, checked_settings


def test_the_language_follows_the_system_until_one_is_chosen() -> None:
    assert Settings().language == ""
    assert LANGUAGE_SETTINGS == ("", "en", "da", "nb", "sv")


def test_a_chosen_language_is_remembered(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.toml")
    assert store.save(Settings(language="nb"))
    assert SettingsStore(tmp_path / "settings.toml").load().language == "nb"


def test_an_unknown_language_falls_back_to_the_systems_and_says_so() -> None:
    settings, fixes = checked_settings({"language": "klingon"})
    assert settings.language == ""
    assert len(fixes) == 1 and fixes[0].startswith("language (was “klingon”")
    settings, fixes = checked_settings({"language": 3})
    assert settings.language == "" and fixes
    assert checked_settings({"language": "sv"}) == (Settings(language="sv"), [])
