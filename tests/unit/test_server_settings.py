"""The Server tab's remembered form: checked and clamped like every other setting, and never its API key."""

from __future__ import annotations

import pathlib

from workbench.settings import ServerSettings, Settings, SettingsStore, checked_settings


def test_the_server_form_round_trips_through_the_settings_file(tmp_path: pathlib.Path) -> None:
    store = SettingsStore(tmp_path / "settings.toml")
    chosen = ServerSettings(host="0.0.0.0", port=9123, cors=True, cors_origins="http://localhost:3000, https://a.b")
    assert store.save(Settings().with_changes(server=chosen))
    assert store.load().server == chosen
    text = (tmp_path / "settings.toml").read_text()
    assert "[server]" in text and "key" not in text.split("[server]")[1].split("[")[0]


def test_bad_server_values_are_fixed_and_named() -> None:
    settings, fixes = checked_settings({"server": {"host": "10.0.0.7", "port": 80, "cors": "yes",
                                                   "cors_origins": "x" * 5000}})
    assert settings.server == ServerSettings(port=1024)
    assert any(f.startswith("server address (was “10.0.0.7”") for f in fixes)
    assert "server port (was 80, now 1,024)" in fixes
    assert any(f.startswith("server CORS choice") for f in fixes)
    assert any(f.startswith("server CORS addresses") for f in fixes)
    assert checked_settings({"server": {"port": 70000}})[0].server.port == 65535
    assert checked_settings({"server": {"port": True}})[0].server.port == 8080
    assert checked_settings({"server": "loud"})[0].server == ServerSettings()
    assert checked_settings({})[0].server == ServerSettings()
