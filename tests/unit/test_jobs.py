"""The cancel token: thread-safe, callbacks run once."""

from __future__ import annotations

import threading

import pytest

from workbench.jobs import CancelToken, JobCancelled


def test_cancel_runs_callbacks_once_and_raises() -> None:
    token = CancelToken()
    calls: list[str] = []
    token.on_cancel(lambda: calls.append("a"))
    token.raise_if_cancelled()
    assert not token.cancelled
    token.cancel()
    token.cancel()
    assert token.cancelled and calls == ["a"]
    token.on_cancel(lambda: calls.append("late"))
    assert calls == ["a", "late"]
    with pytest.raises(JobCancelled):
        token.raise_if_cancelled()


def test_cancel_from_another_thread_wakes_a_waiter() -> None:
    token = CancelToken()
    thread = threading.Thread(target=token.cancel)
    thread.start()
    assert token.wait(10)
    thread.join()
