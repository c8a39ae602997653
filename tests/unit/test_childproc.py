"""The child-process helper with real child processes: ready, talk, cancel, a hang ended, a crash reported."""

from __future__ import annotations

import sys
import time

import psutil
import pytest

from tests.support import children
from workbench.childproc import ChildDied, ChildNotReady, ChildProcess


def test_ready_talk_and_stop() -> None:
    child = ChildProcess(children.echo, name="echo")
    try:
        assert child.wait_ready(timeout=60)
        pid = child.pid
        assert pid is not None and psutil.pid_exists(pid)
        child.send({"n": 1})
        message = None
        while message is None:
            message = child.poll(1.0)
        assert message == {"n": 1}
        assert child.poll(0.01) is None  # nothing more to say
    finally:
        child.stop()
    assert child.pid is None and not child.is_alive()
    assert child.exit_code is None  # released


def test_cancelled_while_starting() -> None:
    with ChildProcess(children.never_ready, name="slow starter") as child:
        assert child.wait_ready(timeout=60, cancelled=lambda: True) is False


def test_not_ready_within_the_deadline() -> None:
    with ChildProcess(children.never_ready, name="slow starter") as child, pytest.raises(
        ChildNotReady, match="did not start within"
    ):
        child.wait_ready(timeout=0.5)


def test_cooperative_cancel_reaches_the_child() -> None:
    with ChildProcess(children.count_until_cancelled, name="counter", cancel_event=True) as child:
        assert child.wait_ready(timeout=60)
        child.send("go")
        assert child.poll(0.2) is None  # still counting
        child.request_cancel()
        count = None
        deadline = time.monotonic() + 30
        while count is None and time.monotonic() < deadline:
            count = child.poll(0.5)
        assert isinstance(count, int) and count > 0
        child.clear_cancel()
        child.send("again")
        assert child.poll(0.2) is None  # cleared: counting again


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no SIGTERM to ignore")
def test_a_child_that_hangs_is_killed_within_the_deadline() -> None:
    child = ChildProcess(children.hang, name="hang")
    assert child.wait_ready(timeout=60)
    pid = child.pid
    assert pid is not None
    started = time.monotonic()
    child.terminate(grace=0.5)
    elapsed = time.monotonic() - started
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    # SIGTERM is ignored; after the grace SIGKILL ends it. Bounded by two graces (slack for a busy machine).
    assert elapsed < 2 * 0.5 + 3.0, elapsed


def test_a_crash_is_reported_after_the_last_message() -> None:
    with ChildProcess(children.crash_after_reply, args=(7,), name="crasher") as child:
        assert child.wait_ready(timeout=60)
        child.send("bye")
        message = None
        while message is None:
            message = child.poll(1.0)
        assert message == ("last words", "bye")  # what it sent before dying still arrives
        with pytest.raises(ChildDied, match=r"The crasher process stopped unexpectedly \(exit code 7\)") as died:
            while True:
                child.poll(1.0)
        assert died.value.exit_code == 7
        with pytest.raises(ChildDied):
            child.send("anyone?")


def test_a_killed_child_is_reported_with_its_signal() -> None:
    with ChildProcess(children.echo, name="echo") as child:
        assert child.wait_ready(timeout=60)
        child.kill()
        with pytest.raises(ChildDied) as died:
            child.poll(30)
        if sys.platform != "win32":
            assert died.value.exit_code == -9 and "ended by signal 9" in str(died.value)
