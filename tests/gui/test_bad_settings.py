"""The window starts whatever the settings file and the app's folders are like, and says what it fixed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.paths import AppPaths
from workbench.settings import SAMPLING_LIMITS


def test_out_of_range_and_mistyped_settings_are_fixed_and_named(make_window: Any, home: AppPaths) -> None:
    home.settings_file.write_text(
        'theme = 7\n[sampling]\nmax_tokens = 4294967296\nseed = 99999999999999\ntemperature = nan\nthreads = 1\n'
    )
    window = make_window()
    assert window.isVisible()
    assert window.parameters.fields["max_tokens"].value() == SAMPLING_LIMITS["max_tokens"][1]
    assert window.parameters.fields["seed"].value() == 2**31 - 1
    banner = window.chat.banner
    assert banner.isVisible() and banner.kind == "warning"
    for name in ("max tokens", "seed", "temperature", "theme"):
        assert name in banner.text
    assert "\n" not in banner.text


def test_a_non_utf8_settings_file_is_moved_aside(make_window: Any, home: AppPaths) -> None:
    home.settings_file.write_bytes(b'system_prompt = "caf\xe9"\n')
    window = make_window()
    assert window.isVisible()
    assert "moved to settings.toml.broken-" in window.chat.banner.text
    assert list(home.config_dir.glob("settings.toml.broken-*"))


def test_unwritable_folders_start_the_window_in_memory(make_window: Any, tmp_path: Path, qtbot: Any) -> None:
    """Regular files where the config and data folders should be: nothing can be written there (even as root)."""
    root = tmp_path / "blocked"
    root.mkdir()
    (root / "config").write_text("a file, not a folder")
    (root / "data").write_text("a file, not a folder")
    paths = AppPaths.for_root(root).ensure()
    window = make_window(paths)
    assert window.isVisible()
    text = window.chat.banner.text
    assert f"Settings will not be saved: the folder {root / 'config'} cannot be written" in text
    assert f"The data folder {root / 'data'} cannot be written" in text
    assert "conversations are kept in memory only and will not be saved" in text
    assert window._store.path is None
    conversation = window.conversations.new_conversation()
    window._store.add_message(conversation, "user", "kept for this session")
    assert [m.content for m in window._store.messages(conversation)] == ["kept for this session"]
    window.close()  # saving settings at close keeps them in memory, no error
    assert (root / "config").read_text() == "a file, not a folder"
