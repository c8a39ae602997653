"""Shared pytest fixtures."""

from __future__ import annotations

import pathlib
import threading
import time
from collections.abc import Iterator

import pytest

from tests.support.tiny_gguf import write_tiny_llama_gguf
from workbench.hugepages import offer_huge_pages_to_children

offer_huge_pages_to_children()  # as the app's entry point does, before any thread: engine processes inherit it


@pytest.fixture(scope="session")
def tiny_gguf(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """Path of a default tiny random-weight llama GGUF (F16), written once per session."""
    return write_tiny_llama_gguf(tmp_path_factory.mktemp("tiny_gguf") / "tiny-f16.gguf")


@pytest.fixture(scope="session")
def tiny_gguf_f32(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """Path of a tiny random-weight llama GGUF with F32 matrices, written once per session."""
    return write_tiny_llama_gguf(tmp_path_factory.mktemp("tiny_gguf_f32") / "tiny-f32.gguf", dtype="f32")


# -- nothing left behind -----------------------------------------------------------------------

LEFTOVER_GRACE_SECONDS = 5.0


def _engine_children() -> set[int]:
    """Child processes of this test process, except multiprocessing's own resource tracker."""
    import psutil

    found = set()
    for child in psutil.Process().children(recursive=True):
        try:
            if any("resource_tracker" in part for part in child.cmdline()):
                continue
            if child.status() == psutil.STATUS_ZOMBIE:
                continue
        except psutil.Error:
            continue
        found.add(child.pid)
    return found


def _started_by_python(thread: threading.Thread) -> bool:
    """A live thread Python started. A thread Qt started (a pool worker) gets a placeholder entry the
    first time Python code on it asks for its thread, which Python 3.11 never removes; the job runner's
    own shutdown check covers those threads."""
    return thread.is_alive() and not isinstance(thread, threading._DummyThread)


@pytest.fixture(autouse=True)
def no_leftover_threads_or_processes() -> Iterator[None]:
    """Fail a test that leaves Python threads or engine processes running after it ends."""
    threads_before = set(threading.enumerate())
    children_before = _engine_children()
    yield
    deadline = time.monotonic() + LEFTOVER_GRACE_SECONDS
    while True:
        threads = [t for t in threading.enumerate() if t not in threads_before and _started_by_python(t)]
        children = _engine_children() - children_before
        if not threads and not children:
            return
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)
    names = ", ".join(t.name for t in threads)
    pytest.fail(f"test left behind threads [{names}] and processes {sorted(children)}")
