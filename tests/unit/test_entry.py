"""The ``slm-workbench`` entry point: --version, the dispatch, and the display check (no Qt here)."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

from ui import entry, selftest


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    """Replace the three destinations of ``main`` by recorders; run_app's module is faked (no Qt)."""
    seen: list[tuple[str, list[str]]] = []
    from workbench import cli

    monkeypatch.setattr(cli, "main", lambda args: seen.append(("cli", list(args))) or 0)
    monkeypatch.setattr(selftest, "main", lambda args: seen.append(("self-test", list(args))) or 0)
    monkeypatch.setattr(selftest, "display_problem", lambda: None)
    fake_app = types.ModuleType("ui.app")
    fake_app.run_app = lambda args: seen.append(("window", list(args))) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.app", fake_app)
    return seen


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.main(["--version"]) == 0
    assert capsys.readouterr().out == f"slm-workbench {importlib.metadata.version('slm-workbench')}\n"


def test_version_inside_a_frozen_bundle_reads_the_recorded_one(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def not_installed(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert entry.version() == "unknown"
    (tmp_path / "VERSION").write_text("1.2.3\n", encoding="utf-8")
    assert entry.version() == "1.2.3"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["inspect", "model.gguf"], "cli"),
        (["chat"], "cli"),
        (["--help"], "cli"),
        ([], "window"),
        (["-style", "fusion"], "window"),
        (["--self-test"], "self-test"),
        (["--self-test", "--self-test-screenshot", "x.png"], "self-test"),
    ],
)
def test_main_dispatches(calls: list[tuple[str, list[str]]], args: list[str], expected: str) -> None:
    assert entry.main(args) == 0
    assert calls == [(expected, args)]


def test_no_window_when_the_display_cannot_work(
    calls: list[tuple[str, list[str]]], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selftest, "display_problem", lambda: "SLM Workbench cannot open its window: reason")
    assert entry.main([]) == entry.EXIT_NO_DISPLAY
    assert calls == []
    assert "cannot open its window: reason" in capsys.readouterr().err


def test_entry_and_display_check_do_not_import_qt() -> None:
    code = "import sys, ui.entry, ui.selftest; print(sorted(m for m in sys.modules if 'PySide6' in m))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# -- the display check ----------------------------------------------------------------------------


def test_missing_libraries_are_named_with_their_apt_package() -> None:
    message = selftest.describe_missing(["libxcb-cursor.so.0", "libfoo.so.9"], "xcb")
    assert "libxcb-cursor.so.0  (package libxcb-cursor0)" in message
    assert "sudo apt install libxcb-cursor0" in message
    assert "libfoo.so.9" in message and "Other distributions" in message


def test_offscreen_needs_no_display() -> None:
    assert selftest.display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux display plugins")
def test_no_display_is_reported() -> None:
    problem = selftest.display_problem({})
    assert problem is not None and "no display was found" in problem


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux display plugins")
def test_a_plugin_that_cannot_load_names_what_is_missing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # A copy of Qt's xcb plugin away from Qt's libraries fails to load exactly as on a machine without them.
    real = selftest._qt_plugin("xcb")
    assert real is not None
    lonely = tmp_path / real.name
    shutil.copy(real, lonely)
    missing = selftest.missing_libraries(lonely)
    assert "libQt6XcbQpa.so.6" in missing
    monkeypatch.setattr(selftest, "_qt_plugin", lambda name: lonely if name == "xcb" else None)
    problem = selftest.display_problem({"DISPLAY": ":99"})
    assert problem is not None
    assert "Qt's 'xcb' display plugin needs system libraries" in problem and "libQt6XcbQpa.so.6" in problem
