"""How long Cancel takes to end a download, in each state, and Stop to end an endpoint's reply.

Not part of the default run (``python -m pytest tests/perf/test_cancel_latency.py -s``). A download runs against
the loopback Hub (``tests.support.fake_hub``) through the real ``huggingface_hub`` client, with a read timeout
of 600 s so that only Cancel can end a stall; it is cancelled while the Hub has not answered the first request
(HEAD) or the file request (GET), in the middle of the file (paced at 1 MB/s), and while connecting to a host
that never answers (connect timeout 60 s). An endpoint reply from the
misbehaving loopback server is stopped while the server is silent. Prints the median and worst time from Cancel to
the job's end over a few runs (the target is under 1 s). Nothing is asserted about time.
"""

from __future__ import annotations

import hashlib
import pathlib
import statistics
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.bad_endpoint import MODEL_ID, MisbehavingServer
from tests.support.fake_hub import FakeHub, FakeRepo
from tests.support.unanswering import unanswering_url
from workbench.endpoints.backend import EndpointBackend
from workbench.endpoints.config import EndpointConfig
from workbench.hub.client import HubClient
from workbench.hub.download import DownloadJob, DownloadRequest
from workbench.jobs import CancelToken, JobCancelled

RUNS = 5
REPO, FILE = "perf/Cancel-GGUF", "cancel-Q4_0.gguf"
CONTENT = bytes(range(256)) * 32_768  # 8 MB


def _cancel_latency(start: Callable[[CancelToken], None], ready: Callable[[], bool]) -> float:
    """Seconds from ``token.cancel()`` to ``start(token)`` returning, once ``ready()`` said the state is reached."""
    token = CancelToken()
    ended: list[float] = []
    worker = threading.Thread(target=lambda: (start(token), ended.append(time.monotonic())), name="cancel-latency")
    worker.start()
    deadline = time.monotonic() + 30
    while not ready() and time.monotonic() < deadline:
        time.sleep(0.005)
    cancelled = time.monotonic()
    token.cancel()
    worker.join(60)
    return ended[0] - cancelled if ended else float("inf")


def _download(tmp: pathlib.Path, hub: FakeHub) -> Callable[[CancelToken], None]:
    request = DownloadRequest(REPO, FILE, size=len(CONTENT), sha256=hashlib.sha256(CONTENT).hexdigest())
    job = DownloadJob(request, HubClient(endpoint=hub.url, read_timeout=600), tmp)

    def run(token: CancelToken) -> None:
        with pytest.raises(JobCancelled):
            job(lambda e: None, token)

    return run


def _report(name: str, seconds: list[float]) -> None:
    print(f"{name:<44} median {statistics.median(seconds) * 1000:7.1f} ms   worst {max(seconds) * 1000:7.1f} ms")


@pytest.mark.parametrize("state", ["first request (HEAD) unanswered", "file request (GET) unanswered", "mid-file"])
def test_download_cancel_latency(tmp_path: pathlib.Path, state: str, monkeypatch: Any) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    seconds = []
    for run in range(RUNS):
        hub = FakeHub([FakeRepo(REPO, {FILE: CONTENT})]).start()
        cache = tmp_path / f"run{run}"
        try:
            if state.startswith("first"):
                hub.stall.add(("HEAD", f"/{REPO}/"))
                ready = hub.stalled.is_set
            elif state.startswith("file"):
                hub.stall.add(("GET", f"/{REPO}/"))
                ready = hub.stalled.is_set
            else:
                hub.bytes_per_second = 1_000_000
                ready = lambda c=cache: any(p.stat().st_size > 100_000 for p in c.rglob("*.incomplete"))  # noqa: E731
            seconds.append(_cancel_latency(_download(cache, hub), ready))
        finally:
            hub.stop()
    _report(f"download cancel, {state}", seconds)


def test_endpoint_stop_latency_while_the_server_is_silent() -> None:
    seconds = []
    with MisbehavingServer("ok") as server:
        backend = EndpointBackend(EndpointConfig("Perf", server.base_url, read_timeout=600))
        backend.load(MODEL_ID)
        server.mode = "silent"
        for _ in range(RUNS):
            before = server.server.requests

            def reply(token: CancelToken) -> None:
                token.on_cancel(backend.cancel)
                list(backend.generate([{"role": "user", "content": "hi"}]))

            seconds.append(_cancel_latency(reply, lambda b=before: server.server.requests > b))
        backend.unload()
    _report("endpoint stop, server silent", seconds)


def test_download_cancel_latency_while_connecting(tmp_path: pathlib.Path, monkeypatch: Any) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    seconds = []
    request = DownloadRequest(REPO, FILE, size=len(CONTENT), sha256=hashlib.sha256(CONTENT).hexdigest())
    for run in range(RUNS):
        with unanswering_url() as url:
            client = HubClient(endpoint=url, connect_timeout=60, read_timeout=600)
            job = DownloadJob(request, client, tmp_path / f"{run}")

            def start(token: CancelToken, job: DownloadJob = job) -> None:
                with pytest.raises(JobCancelled):
                    job(lambda e: None, token)

            began = time.monotonic()
            seconds.append(_cancel_latency(start, lambda b=began: time.monotonic() - b > 0.5))
    _report("download cancel, connecting (no answer)", seconds)
