"""Downloads into the Hugging Face cache with progress, cancel, resume and SHA-256 verification.

A file is fetched with ranged GETs into ``blobs/<etag>.incomplete`` (the same partial file ``hf_hub_download``
uses, so either can resume the other's), hashed as it arrives, and only after its SHA-256 matches the Hub's is it
moved to ``blobs/<etag>`` and linked from ``snapshots/<commit>/<file>`` — the moment it appears in the library.
A cancelled or interrupted download keeps its partial file for Resume; a mismatch or a full disk deletes it.
The list of downloads is kept in ``downloads.json`` in the data folder, so Resume also works after a restart.

Cancel takes effect at once in every state — waiting for a thread, asking the Hub about the file (also while
it has not answered at all), downloading, checking the partial file — because each request runs on a
:class:`~workbench.hub.connection.CancellableConnection` that Cancel shuts down.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path, PurePosixPath
from typing import IO, Any, Literal
from urllib.parse import urljoin, urlsplit

from workbench.hub.client import HubClient
from workbench.hub.connection import CancellableConnection
from workbench.hub.errors import (
    ChecksumMismatch,
    DiskFull,
    DownloadError,
    DownloadInterrupted,
    HubError,
    plain_line,
)
from workbench.i18n import tr
from workbench.jobs import CancelToken, JobCancelled, ProgressCallback
from workbench.model_info import format_bytes

CHUNK = 256 * 1024
PROGRESS_INTERVAL = 0.2
DISK_MARGIN = 50_000_000
"""Free space to leave on the disk beyond the file itself."""
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_ETAG_RE = re.compile(r"^[0-9A-Za-z_-]{1,128}$")
_COMMIT_RE = re.compile(r"^[0-9a-f]{40}$")

DownloadStatus = Literal["queued", "downloading", "paused", "failed", "done"]
MAX_HUB_REDIRECTS = 5
"""Redirects on the Hub's own host followed when asking about a file (a renamed repository)."""


@dataclass(frozen=True)
class FileMetadata:
    """What the Hub says about a file before it is fetched (from a HEAD request, as ``hf_hub_download`` asks)."""

    commit_hash: str | None
    etag: str | None
    location: str
    """Where the bytes are: a CDN address when the Hub redirects there, else the file's own URL."""
    size: int | None


@dataclass(frozen=True)
class DownloadRequest:
    """Which file to fetch, and what the Hub says it should be (size and LFS SHA-256, when known)."""

    repo_id: str
    filename: str
    revision: str = "main"
    size: int = 0
    sha256: str | None = None

    @property
    def key(self) -> str:
        return f"{self.repo_id}/{self.filename}@{self.revision}"


@dataclass(frozen=True)
class DownloadRecord:
    """A download as the downloads list keeps it (persisted as JSON)."""

    request: DownloadRequest
    status: DownloadStatus = "queued"
    downloaded: int = 0
    message: str = ""
    path: str = ""

    @property
    def key(self) -> str:
        return self.request.key


@dataclass(frozen=True)
class DownloadProgress:
    """How far one download is: bytes so far of total, speed (bytes/s) and seconds left (None when unknown)."""

    key: str
    downloaded: int
    total: int
    speed: float
    seconds_left: float | None

    @property
    def fraction(self) -> float | None:
        return self.downloaded / self.total if self.total else None


class SpeedMeter:
    """Bytes per second over the last few seconds, so the figure follows the network's changes."""

    def __init__(self, window: float = 3.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._window = window
        self._clock = clock
        self._samples: deque[tuple[float, int]] = deque()

    def add(self, total_bytes: int) -> float:
        now = self._clock()
        self._samples.append((now, total_bytes))
        while len(self._samples) > 2 and now - self._samples[0][0] > self._window:
            self._samples.popleft()
        t0, b0 = self._samples[0]
        return (total_bytes - b0) / (now - t0) if now > t0 else 0.0


class DownloadList:
    """The downloads the person asked for, persisted in ``path`` (JSON). Thread-safe."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._records: dict[str, DownloadRecord] = {}
        self._load()

    def _load(self) -> None:
        try:
            items = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        for item in items if isinstance(items, list) else []:
            try:
                record = DownloadRecord(
                    request=DownloadRequest(**item["request"]),
                    status=item.get("status", "paused"),
                    downloaded=int(item.get("downloaded", 0)),
                    message=str(item.get("message", "")),
                    path=str(item.get("path", "")),
                )
            except (KeyError, TypeError):
                continue
            if record.status in ("downloading", "queued"):
                interrupted = tr("Hub", "Interrupted when the app closed; press Resume.")
                record = replace(record, status="paused", message=interrupted)
            self._records[record.key] = record

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps([asdict(r) for r in self._records.values()], indent=1), encoding="utf-8")
        os.replace(tmp, self.path)

    def records(self) -> list[DownloadRecord]:
        with self._lock:
            return list(self._records.values())

    def get(self, key: str) -> DownloadRecord | None:
        with self._lock:
            return self._records.get(key)

    def put(self, record: DownloadRecord) -> None:
        with self._lock:
            self._records[record.key] = record
            self._save()

    def update(self, key: str, **changes: Any) -> DownloadRecord | None:
        with self._lock:
            record = self._records.get(key)
            if record is None:
                return None
            record = replace(record, **changes)
            self._records[key] = record
            self._save()
            return record

    def remove(self, key: str) -> None:
        with self._lock:
            self._records.pop(key, None)
            self._save()


def repo_cache_folder(cache_dir: Path, repo_id: str) -> Path:
    """``<cache>/models--org--name`` as huggingface_hub names it."""
    from huggingface_hub.file_download import repo_folder_name

    return cache_dir / repo_folder_name(repo_id=repo_id, repo_type="model")


def _open_partial(path: Path, offset: int) -> IO[bytes]:
    """The partial file, positioned at ``offset`` (truncating anything after it). Tests replace this."""
    f = path.open("r+b" if path.exists() else "wb")
    f.truncate(offset)
    f.seek(offset)
    return f


def _hash_existing(path: Path, upto: int, cancel: CancelToken) -> Any:
    digest = hashlib.sha256()
    if upto:
        with path.open("rb") as f:
            remaining = upto
            while remaining:
                block = f.read(min(4 * 1024 * 1024, remaining))
                if not block:
                    break
                digest.update(block)
                remaining -= len(block)
                cancel.raise_if_cancelled()
    return digest


def _link_snapshot(blob: Path, pointer: Path) -> None:
    """Link ``snapshots/<commit>/<file>`` to the blob (relative symlink, as huggingface_hub does).

    Where symlinks are not allowed (Windows without developer mode) the blob is moved there instead, which is
    also what huggingface_hub does.
    """
    pointer.parent.mkdir(parents=True, exist_ok=True)
    if pointer.is_symlink() or pointer.exists():
        pointer.unlink()
    try:
        os.symlink(os.path.relpath(blob, pointer.parent), pointer)
    except OSError:
        shutil.move(str(blob), str(pointer))


def _safe_relative(name: str) -> bool:
    """True for a relative path that stays inside its folder (no ``..``, no absolute path, no backslash)."""
    parts = PurePosixPath(name).parts
    return bool(parts) and "\\" not in name and not name.startswith("/") and not any(p in ("..", ".") for p in parts)


def _is_disk_full(exc: OSError) -> bool:
    return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))


class DownloadJob:
    """One download as a core job: ``job(progress, cancel) -> Path`` of the verified file in the cache.

    Raises :class:`DownloadInterrupted` (partial kept), :class:`ChecksumMismatch` / :class:`DiskFull` (partial
    deleted), the Hub's typed errors (:class:`HubAccessDenied` for gated repositories, :class:`HubNotFound`,
    :class:`HubOffline`), or :class:`JobCancelled` (partial kept).
    """

    def __init__(
        self,
        request: DownloadRequest,
        client: HubClient,
        cache_dir: Path,
        free_space: Callable[[Path], int] | None = None,
    ) -> None:
        self.request = request
        self.client = client
        self.cache_dir = cache_dir
        self._free_space = free_space or (lambda p: shutil.disk_usage(p).free)

    def __call__(self, progress: ProgressCallback, cancel: CancelToken) -> Path:
        cancel.raise_if_cancelled()
        self.client.check_online()
        with CancellableConnection(cancel, self.client.timeout()) as connection:
            return self._run(connection, progress, cancel)

    @contextmanager
    def _network(self, cancel: CancelToken) -> Iterator[None]:
        """Errors of a request, typed; any error after Cancel (the shut connection's) is :class:`JobCancelled`."""
        try:
            with self.client.translate_errors(self.request.repo_id):
                yield
        except JobCancelled:
            raise
        except Exception as exc:
            if cancel.cancelled:
                raise JobCancelled() from exc
            raise

    def _metadata(self, connection: CancellableConnection, url: str, cancel: CancelToken) -> FileMetadata:
        """The file's commit, ETag, size and location, from a HEAD that follows redirects on the Hub's host only
        (a redirect to a CDN carries the metadata itself, and the token must not leave the Hub)."""
        from huggingface_hub.utils import hf_raise_for_status

        headers = dict(self.client.headers())
        headers["Accept-Encoding"] = "identity"
        target = url
        with self._network(cancel):
            for _ in range(MAX_HUB_REDIRECTS):
                response = connection.http.request("HEAD", target, headers=headers, follow_redirects=False)
                hf_raise_for_status(response)
                if not response.has_redirect_location:
                    break
                following = urljoin(target, response.headers["Location"])
                if urlsplit(following).netloc != urlsplit(target).netloc:
                    break
                target = following
        redirected = response.has_redirect_location
        size = response.headers.get("X-Linked-Size") or (None if redirected else response.headers.get("Content-Length"))
        return FileMetadata(
            commit_hash=response.headers.get("X-Repo-Commit"),
            etag=response.headers.get("X-Linked-Etag") or response.headers.get("ETag"),
            location=urljoin(target, response.headers["Location"]) if redirected else target,
            size=int(size) if size and str(size).isdigit() else None,
        )

    def _run(self, connection: CancellableConnection, progress: ProgressCallback, cancel: CancelToken) -> Path:
        from huggingface_hub import hf_hub_url

        req = self.request
        shown = plain_line(req.filename)
        unsafe = DownloadError(
            tr(
                "Hub",
                "The Hub described {name} with names that cannot be used as file names here, so nothing was saved.",
            ).format(name=shown)
        )
        if not (_safe_relative(req.filename) and _safe_relative(req.revision)):
            raise unsafe
        url = hf_hub_url(req.repo_id, req.filename, revision=req.revision, endpoint=self.client.endpoint)
        meta = self._metadata(connection, url, cancel)
        cancel.raise_if_cancelled()
        if not meta.etag or not meta.commit_hash:
            raise DownloadError(
                tr("Hub", "The Hub did not describe {name} (no ETag or commit); try again later.").format(name=shown)
            )
        etag = meta.etag.strip('"').removeprefix("W/").strip('"')
        if not (_ETAG_RE.match(etag) and _COMMIT_RE.match(meta.commit_hash)):
            raise unsafe
        total = int(meta.size or req.size or 0)
        expected = (req.sha256 or (etag if _SHA256_RE.match(etag) else "")).lower()
        folder = repo_cache_folder(self.cache_dir, req.repo_id)
        blob = folder / "blobs" / etag
        pointer = folder / "snapshots" / meta.commit_hash / req.filename
        if not blob.exists():
            blob.parent.mkdir(parents=True, exist_ok=True)
            self._fetch(connection, meta.location or url, blob, total, expected, progress, cancel)
        _link_snapshot(blob, pointer)
        if req.revision != meta.commit_hash:
            (folder / "refs").mkdir(parents=True, exist_ok=True)
            (folder / "refs" / req.revision).write_text(meta.commit_hash, encoding="utf-8")
        return pointer

    def _fetch(
        self, connection: CancellableConnection, url: str, blob: Path, total: int, expected: str,
        progress: ProgressCallback, cancel: CancelToken,
    ) -> None:
        from huggingface_hub.utils import hf_raise_for_status

        partial = blob.with_name(blob.name + ".incomplete")
        offset = partial.stat().st_size if partial.exists() else 0
        if total and offset > total:
            partial.unlink()
            offset = 0
        free = self._free_space(blob.parent)
        if total and free < total - offset + DISK_MARGIN:
            raise DiskFull(
                tr(
                    "Hub",
                    "Not enough disk space for {name}: it needs {needed} more, {free} is free on the disk holding "
                    "{folder}. Free some space and try again.",
                ).format(
                    name=plain_line(self.request.filename),
                    needed=format_bytes(total - offset),
                    free=format_bytes(free),
                    folder=self.cache_dir,
                )
            )
        digest = _hash_existing(partial, offset, cancel)
        downloaded = offset
        if not total or offset < total:
            headers = dict(self.client.headers())
            headers["Accept-Encoding"] = "identity"
            if offset:
                headers["Range"] = f"bytes={offset}-"
            meter = SpeedMeter()
            last = 0.0
            with self.client.translate_errors(self.request.repo_id):
                try:
                    with connection.http.stream("GET", url, headers=headers) as r:
                        if r.status_code == 416 and offset:
                            pass  # the partial file already holds every byte
                        else:
                            hf_raise_for_status(r)
                            if offset and r.status_code != 206:  # the server ignored the range: start over
                                digest, downloaded, offset = hashlib.sha256(), 0, 0
                            with _open_partial(partial, offset) as out:
                                for chunk in r.iter_bytes():
                                    cancel.raise_if_cancelled()
                                    out.write(chunk)
                                    digest.update(chunk)
                                    downloaded += len(chunk)
                                    now = time.monotonic()
                                    if now - last >= PROGRESS_INTERVAL:
                                        last = now
                                        progress(self._progress(downloaded, total, meter.add(downloaded)))
                except OSError as exc:
                    if _is_disk_full(exc):
                        partial.unlink(missing_ok=True)
                        raise DiskFull(
                            tr(
                                "Hub",
                                "The disk filled up while downloading {name}; the partial file was deleted. Free some "
                                "space and try again.",
                            ).format(name=plain_line(self.request.filename))
                        ) from exc
                    if cancel.cancelled:
                        raise JobCancelled() from exc
                    raise
                except HubError:
                    raise
                except Exception as exc:
                    if cancel.cancelled:
                        raise JobCancelled() from exc
                    if type(exc).__name__ in ("RemoteProtocolError", "ReadError", "StreamClosed", "ReadTimeout"):
                        raise DownloadInterrupted(self._interrupted(downloaded, total)) from exc
                    raise
            cancel.raise_if_cancelled()
        progress(self._progress(downloaded, total, 0.0))
        if total and downloaded < total:
            raise DownloadInterrupted(self._interrupted(downloaded, total))
        if expected and digest.hexdigest() != expected:
            partial.unlink(missing_ok=True)
            raise ChecksumMismatch(
                tr(
                    "Hub",
                    "{name} arrived damaged: its SHA-256 does not match the Hub's, so it was deleted and not added to "
                    "the library. Try the download again.",
                ).format(name=plain_line(self.request.filename))
            )
        os.replace(partial, blob)

    def _interrupted(self, downloaded: int, total: int) -> str:
        return tr(
            "Hub",
            "The connection dropped after {downloaded} of {total}. The part already downloaded is kept: press Resume "
            "to continue.",
        ).format(downloaded=format_bytes(downloaded), total=format_bytes(total))

    def _progress(self, downloaded: int, total: int, speed: float) -> DownloadProgress:
        left = (total - downloaded) / speed if speed > 0 and total else None
        return DownloadProgress(self.request.key, downloaded, total, speed, left)


class DownloadService:
    """The downloads list and a job for each download; the UI runs the jobs (several at once).

    The job it returns records the outcome in the list (done / paused / failed, with the reason).
    """

    def __init__(self, client: HubClient, cache_dir: Path, list_file: Path) -> None:
        self.client = client
        self.cache_dir = cache_dir
        self.downloads = DownloadList(list_file)
        self._active: set[str] = set()
        self._lock = threading.Lock()

    def add(self, request: DownloadRequest) -> DownloadRecord:
        """Add (or re-queue) a download; returns its record."""
        existing = self.downloads.get(request.key)
        record = DownloadRecord(request, "queued", existing.downloaded if existing else 0)
        self.downloads.put(record)
        return record

    def partial_bytes(self, request: DownloadRequest) -> int:
        """Bytes already on disk for a paused download (any ``.incomplete`` of this repository's file)."""
        blobs = repo_cache_folder(self.cache_dir, request.repo_id) / "blobs"
        if request.sha256:
            partial = blobs / f"{request.sha256}.incomplete"
            return partial.stat().st_size if partial.exists() else 0
        return 0

    def job(self, key: str) -> Callable[[ProgressCallback, CancelToken], Path]:
        """The job that downloads ``key``; raises ``KeyError`` if it is not in the list."""
        record = self.downloads.get(key)
        if record is None:
            raise KeyError(key)
        inner = DownloadJob(record.request, self.client, self.cache_dir)

        def run(progress: ProgressCallback, cancel: CancelToken) -> Path:
            if cancel.cancelled:  # cancelled while it waited for a free thread
                self.downloads.update(key, status="paused", message=tr("Hub", "Cancelled; press Resume to continue."))
                raise JobCancelled()
            with self._lock:
                if key in self._active:
                    raise DownloadError(tr("Hub", "This file is already downloading."))
                self._active.add(key)
            started = self.downloads.update(key, status="downloading", message="")
            progress(DownloadProgress(key, started.downloaded if started else 0, record.request.size, 0.0, None))

            try:
                path = inner(progress, cancel)
            except JobCancelled:
                self.downloads.update(key, status="paused", message=tr("Hub", "Cancelled; press Resume to continue."),
                                      downloaded=self.partial_bytes(record.request))
                raise
            except DownloadInterrupted as exc:
                self.downloads.update(
                    key, status="paused", message=str(exc), downloaded=self.partial_bytes(record.request)
                )
                raise
            except Exception as exc:
                self.downloads.update(key, status="failed", message=str(exc))
                raise
            finally:
                with self._lock:
                    self._active.discard(key)
            self.downloads.update(
                key, status="done", message=tr("Hub", "Verified and added to the library."), path=str(path),
                downloaded=record.request.size or path.stat().st_size,
            )
            return path

        return run
