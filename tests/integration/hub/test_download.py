"""Downloads into the HF cache: progress, cancel, resume, verification, gated, errors, disk full."""

from __future__ import annotations

import errno
import hashlib
import pathlib
from typing import Any

import pytest

from tests.support.fake_hub import FakeHub, FakeRepo
from tests.support.unanswering import unanswering_url
from workbench.hub import download as download_module
from workbench.hub.client import HubClient
from workbench.hub.download import DownloadJob, DownloadList, DownloadProgress, DownloadRequest, DownloadService
from workbench.hub.errors import (
    ChecksumMismatch,
    DiskFull,
    DownloadError,
    DownloadInterrupted,
    HubAccessDenied,
    HubNotFound,
    HubOffline,
    HubOfflineMode,
    HubServerError,
    HubSignInNeeded,
)
from workbench.jobs import CancelToken, JobCancelled
from workbench.library import LibraryScanner, LibrarySources

REPO = "tiny/Tiny-Llama-1.7B-GGUF"
FILE = "tiny-f16.gguf"


def request(hub: FakeHub, name: str = FILE, repo: str = REPO) -> DownloadRequest:
    content = hub.repos[repo].files[name]
    return DownloadRequest(repo, name, size=len(content), sha256=hashlib.sha256(content).hexdigest())


def library_paths(cache: pathlib.Path) -> list[str]:
    scanner = LibraryScanner(LibrarySources(hf_cache=cache))
    return [e.path for e in scanner.iter_entries(memory=(10**10, 10**10)) if e.readable]


def partials(cache: pathlib.Path) -> list[pathlib.Path]:
    return list(cache.rglob("*.incomplete"))


def test_download_lands_verified_in_the_cache_and_the_library(fake_hub: FakeHub, hf_env: pathlib.Path) -> None:
    events: list[Any] = []
    path = DownloadJob(request(fake_hub), HubClient(), hf_env)(events.append, CancelToken())
    assert path.read_bytes() == fake_hub.repos[REPO].files[FILE]
    assert path.is_symlink() and path.parent.parent.name == "snapshots"
    assert (hf_env / "models--tiny--Tiny-Llama-1.7B-GGUF" / "refs" / "main").read_text() == path.parent.name
    last = events[-1]
    assert isinstance(last, DownloadProgress) and last.downloaded == last.total == path.stat().st_size
    assert library_paths(hf_env) == [str(path)]
    # huggingface_hub itself now finds the file offline: the cache is shared with other tools
    from huggingface_hub import hf_hub_download

    assert pathlib.Path(hf_hub_download(REPO, FILE, cache_dir=hf_env, local_files_only=True)).samefile(path)


def test_cancel_keeps_the_partial_and_resume_finishes_it(fake_hub: FakeHub, hf_env: pathlib.Path) -> None:
    token = CancelToken()

    def cancel_after_first_report(event: Any) -> None:
        if isinstance(event, DownloadProgress) and event.downloaded:
            token.cancel()

    job = DownloadJob(request(fake_hub), HubClient(), hf_env)
    with pytest.raises(JobCancelled):
        job(cancel_after_first_report, token)
    assert len(partials(hf_env)) == 1 and library_paths(hf_env) == []
    path = job(lambda e: None, CancelToken())
    assert path.read_bytes() == fake_hub.repos[REPO].files[FILE] and partials(hf_env) == []


def test_server_cut_mid_file_then_resume_with_range(fake_hub: FakeHub, hf_env: pathlib.Path) -> None:
    size = len(fake_hub.repos[REPO].files[FILE])
    fake_hub.cut_after[FILE] = size // 3
    job = DownloadJob(request(fake_hub), HubClient(), hf_env)
    with pytest.raises(DownloadInterrupted, match="press Resume"):
        job(lambda e: None, CancelToken())
    kept = partials(hf_env)[0].stat().st_size
    assert 0 < kept <= size // 3
    assert library_paths(hf_env) == []
    path = job(lambda e: None, CancelToken())
    assert path.read_bytes() == fake_hub.repos[REPO].files[FILE]
    assert ("GET", f"/{REPO}/resolve/main/{FILE}", f"bytes={kept}-") in fake_hub.requests


def test_resume_after_restart_from_the_persisted_list(fake_hub: FakeHub, hf_env: pathlib.Path,
                                                      tmp_path: pathlib.Path) -> None:
    fake_hub.cut_after[FILE] = 100_000
    list_file = tmp_path / "data" / "downloads.json"
    service = DownloadService(HubClient(), hf_env, list_file)
    key = service.add(request(fake_hub)).key
    with pytest.raises(DownloadInterrupted):
        service.job(key)(lambda e: None, CancelToken())
    assert service.downloads.get(key).status == "paused"  # type: ignore[union-attr]
    restarted = DownloadService(HubClient(), hf_env, list_file)
    record = restarted.downloads.get(key)
    assert record is not None and record.status == "paused" and 0 < record.downloaded <= 100_000
    path = restarted.job(key)(lambda e: None, CancelToken())
    assert restarted.downloads.get(key).status == "done"  # type: ignore[union-attr]
    assert path.read_bytes() == fake_hub.repos[REPO].files[FILE]


def test_app_closing_mid_download_is_listed_as_paused(tmp_path: pathlib.Path) -> None:
    listing = DownloadList(tmp_path / "downloads.json")
    listing.put(download_module.DownloadRecord(DownloadRequest("a/b", "c.gguf"), "downloading", 10))
    again = DownloadList(tmp_path / "downloads.json").get("a/b/c.gguf@main")
    assert again is not None and again.status == "paused" and "Resume" in again.message


def test_sha256_mismatch_deletes_and_says_so(fake_hub: FakeHub, hf_env: pathlib.Path) -> None:
    fake_hub.corrupt.add(FILE)
    with pytest.raises(ChecksumMismatch, match="SHA-256 does not match"):
        DownloadJob(request(fake_hub), HubClient(), hf_env)(lambda e: None, CancelToken())
    assert partials(hf_env) == [] and library_paths(hf_env) == []
    assert not any(p.is_file() for p in (hf_env / "models--tiny--Tiny-Llama-1.7B-GGUF" / "blobs").iterdir())


def test_gated_download_needs_a_token(fake_hub: FakeHub, hf_env: pathlib.Path) -> None:
    req = request(fake_hub, "gated-Q4_K_M.gguf", "acme/Gated-3B-GGUF")
    with pytest.raises(HubAccessDenied, match="accept the license"):
        DownloadJob(req, HubClient(), hf_env)(lambda e: None, CancelToken())
    with pytest.raises(HubAccessDenied) as refused:
        DownloadJob(req, HubClient(token=lambda: "hf_nope"), hf_env)(lambda e: None, CancelToken())
    assert refused.value.status == 403
    path = DownloadJob(req, HubClient(token=lambda: fake_hub.token), hf_env)(lambda e: None, CancelToken())
    assert path.stat().st_size == req.size


def test_missing_file_and_server_errors(fake_hub: FakeHub, hf_env: pathlib.Path) -> None:
    with pytest.raises(HubNotFound):
        DownloadJob(DownloadRequest(REPO, "nope.gguf"), HubClient(), hf_env)(lambda e: None, CancelToken())
    fake_hub.fail_status[f"/{REPO}/resolve"] = 500
    with pytest.raises(HubServerError, match="HTTP 500"):
        DownloadJob(request(fake_hub), HubClient(), hf_env)(lambda e: None, CancelToken())


def test_slow_server_times_out(fake_hub: FakeHub, hf_env: pathlib.Path) -> None:
    fake_hub.delay = 10.0
    with pytest.raises(HubOffline, match="did not answer"):
        DownloadJob(request(fake_hub), HubClient(read_timeout=0.5), hf_env)(lambda e: None, CancelToken())


def test_not_enough_space_before_starting(fake_hub: FakeHub, hf_env: pathlib.Path) -> None:
    job = DownloadJob(request(fake_hub), HubClient(), hf_env, free_space=lambda p: 1000)
    with pytest.raises(DiskFull, match="Not enough disk space"):
        job(lambda e: None, CancelToken())


def test_disk_filling_up_midway_cleans_up(fake_hub: FakeHub, hf_env: pathlib.Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = download_module._open_partial

    class FillsUp:
        def __init__(self, f: Any) -> None:
            self.f, self.written = f, 0

        def write(self, data: bytes) -> int:
            self.written += len(data)
            if self.written > 200_000:
                raise OSError(errno.ENOSPC, "No space left on device")
            return int(self.f.write(data))

        def __enter__(self) -> FillsUp:
            return self

        def __exit__(self, *exc: object) -> None:
            self.f.close()

    monkeypatch.setattr(download_module, "_open_partial", lambda p, o: FillsUp(real_open(p, o)))
    with pytest.raises(DiskFull, match="disk filled up"):
        DownloadJob(request(fake_hub), HubClient(), hf_env)(lambda e: None, CancelToken())
    assert partials(hf_env) == [] and library_paths(hf_env) == []


def test_several_downloads_at_once(fake_hub: FakeHub, hf_env: pathlib.Path, tmp_path: pathlib.Path) -> None:
    import threading

    service = DownloadService(HubClient(), hf_env, tmp_path / "downloads.json")
    names = ("tiny-f16.gguf", "tiny-Q8_0.gguf", "tiny-Q4_K_M.gguf")
    keys = [service.add(request(fake_hub, name)).key for name in names]
    results: dict[str, pathlib.Path] = {}

    def run(key: str) -> None:
        results[key] = service.job(key)(lambda e: None, CancelToken())

    threads = [threading.Thread(target=run, args=(k,)) for k in keys]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == sorted(keys)
    assert all(r.status == "done" for r in service.downloads.records())


# -- Cancel in every state ----------------------------------------------------------------------------


def _cancelled_while(hub: FakeHub, job: DownloadJob, ready: Any) -> BaseException | None:
    """Run ``job`` on a thread, cancel it once ``ready()`` is true, and return what it raised; fail if only
    stopping the Hub (which drops every connection) ended it."""
    import threading

    token = CancelToken()
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            job(lambda e: None, token)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    worker = threading.Thread(target=run, name="download-under-test")
    worker.start()
    try:
        assert _wait_until(ready), "the download never reached the state to cancel in"
        token.cancel()
        worker.join(30)  # far less than the read timeout of these tests
        assert not worker.is_alive(), "Cancel did not end the download"
    finally:
        hub.stop()  # releases a stalled request even if the cancel failed
        worker.join(30)
    return outcome[0] if outcome else None


def _wait_until(condition: Any, seconds: float = 30.0) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


@pytest.mark.parametrize("method", ["HEAD", "GET"])
def test_cancel_while_the_hub_has_not_answered(fake_hub: FakeHub, hf_env: pathlib.Path, method: str) -> None:
    """The Hub takes the request and sends nothing, not even headers: Cancel must not wait for the read timeout
    (600 s here)."""
    fake_hub.stall.add((method, f"/{REPO}/resolve/"))
    job = DownloadJob(request(fake_hub), HubClient(read_timeout=600), hf_env)
    raised = _cancelled_while(fake_hub, job, fake_hub.stalled.is_set)
    assert isinstance(raised, JobCancelled), raised
    assert library_paths(hf_env) == []


def test_cancel_while_connecting_to_a_hub_that_never_answers(hf_env: pathlib.Path) -> None:
    """The Hub's host is down or drops packets: Cancel must not wait out the connect timeout (60 s here)."""
    import threading
    import time

    content = b"x" * 1000
    with unanswering_url() as url:
        job = DownloadJob(DownloadRequest(REPO, FILE, size=len(content), sha256=hashlib.sha256(content).hexdigest()),
                          HubClient(endpoint=url, connect_timeout=60, read_timeout=600), hf_env)
        token = CancelToken()
        threading.Timer(0.3, token.cancel).start()
        started = time.monotonic()
        with pytest.raises(JobCancelled):
            job(lambda e: None, token)
        assert time.monotonic() - started < 1.3  # Cancel within 1 s
    assert library_paths(hf_env) == []


def test_cancel_mid_file_keeps_the_partial(fake_hub: FakeHub, hf_env: pathlib.Path) -> None:
    fake_hub.bytes_per_second = 200_000
    job = DownloadJob(request(fake_hub), HubClient(read_timeout=600), hf_env)
    raised = _cancelled_while(fake_hub, job, lambda: any(p.stat().st_size for p in partials(hf_env)))
    assert isinstance(raised, JobCancelled), raised
    assert len(partials(hf_env)) == 1 and library_paths(hf_env) == []


def test_a_download_cancelled_before_it_started_asks_nothing(fake_hub: FakeHub, hf_env: pathlib.Path,
                                                             tmp_path: pathlib.Path) -> None:
    service = DownloadService(HubClient(), hf_env, tmp_path / "downloads.json")
    key = service.add(request(fake_hub)).key
    token = CancelToken()
    token.cancel()
    with pytest.raises(JobCancelled):
        service.job(key)(lambda e: None, token)
    assert fake_hub.requests == []
    assert service.downloads.get(key).status == "paused"  # type: ignore[union-attr]


# -- who may download: gated, private, refused token; offline mode ------------------------------------


def test_a_private_repository_says_sign_in_not_gated(fake_hub: FakeHub, hf_env: pathlib.Path) -> None:
    fake_hub.add(FakeRepo("someone/Private-GGUF", {"private-Q4_0.gguf": b"GGUF" + bytes(1000)}, private=True))
    req = request(fake_hub, "private-Q4_0.gguf", "someone/Private-GGUF")
    with pytest.raises(HubSignInNeeded, match="someone/Private-GGUF needs you to sign in") as refused:
        DownloadJob(req, HubClient(), hf_env)(lambda e: None, CancelToken())
    assert "gated" not in str(refused.value) and refused.value.status == 401 and not refused.value.gated
    path = DownloadJob(req, HubClient(token=lambda: fake_hub.token), hf_env)(lambda e: None, CancelToken())
    assert path.stat().st_size == req.size


def test_an_invalid_token_is_named_as_such(fake_hub: FakeHub, hf_env: pathlib.Path) -> None:
    fake_hub.reject_bad_tokens = True
    with pytest.raises(HubSignInNeeded, match="refused your access token: it is invalid or has expired") as refused:
        DownloadJob(request(fake_hub), HubClient(token=lambda: "hf_expired"), hf_env)(lambda e: None, CancelToken())
    assert "gated" not in str(refused.value)


def test_offline_mode_is_named_and_nothing_is_asked(fake_hub: FakeHub, hf_env: pathlib.Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(HubOfflineMode, match=r"Offline mode is on \(HF_HUB_OFFLINE\)") as offline:
        DownloadJob(request(fake_hub), HubClient(), hf_env)(lambda e: None, CancelToken())
    assert "cannot reach" not in str(offline.value)
    assert fake_hub.requests == []


@pytest.mark.parametrize("header", [{"X-Repo-Commit": "../../../escaped"}, {"X-Linked-Etag": '"../../escaped"'}])
def test_names_from_a_hostile_hub_never_become_paths(fake_hub: FakeHub, hf_env: pathlib.Path,
                                                      header: dict[str, str]) -> None:
    fake_hub.resolve_headers.update(header)
    with pytest.raises(DownloadError, match="names that cannot be used as file names here, so nothing was saved"):
        DownloadJob(request(fake_hub), HubClient(), hf_env)(lambda e: None, CancelToken())
    assert not (hf_env / "escaped").exists() and not (hf_env.parent / "escaped").exists()
    assert library_paths(hf_env) == []


def test_a_file_name_that_climbs_out_of_the_cache_is_refused(fake_hub: FakeHub, hf_env: pathlib.Path) -> None:
    fake_hub.repos[REPO].files["../../escaped.gguf"] = b"GGUF" + bytes(100)
    with pytest.raises(DownloadError, match="cannot be used as file names"):
        DownloadJob(DownloadRequest(REPO, "../../escaped.gguf"), HubClient(), hf_env)(lambda e: None, CancelToken())
    assert list(hf_env.parent.rglob("escaped.gguf")) == []
