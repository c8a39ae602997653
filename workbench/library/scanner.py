"""The library scan: every candidate read into a :class:`LibraryEntry`, incrementally, cancellably and cached.

A rescan re-reads only files whose (size, mtime) changed, so it costs a ``stat`` per file.
"""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from workbench import formats
from workbench.backends import ModelRef, PlatformFacts, platform_facts, select_backend
from workbench.errors import ImportanceMatrixFile, ModelFileError
from workbench.formats import ModelDescription
from workbench.i18n import tr
from workbench.jobs import CancelToken, JobCancelled, ProgressCallback
from workbench.library.entry import LibraryEntry, row_problem
from workbench.library.sources import Candidate, LibrarySources
from workbench.library.splits import SplitIncomplete, read_split_model, split_fingerprint, split_model_of


@dataclass(frozen=True)
class ScanProgress:
    """A batch of new entries found by a running scan, and how many candidates were looked at so far."""

    entries: tuple[LibraryEntry, ...]
    scanned: int


@dataclass(frozen=True)
class ScanResult:
    """The finished scan: every entry, in the order found."""

    entries: tuple[LibraryEntry, ...]
    read: int
    """How many files were actually read (not answered from the cache)."""


def _fingerprint(path: Path) -> tuple[int, int]:
    """(size, mtime_ns) of a file, or of a model folder's files taken together."""
    if path.is_dir():
        size, mtime = 0, 0
        for child in os.scandir(path):
            if child.is_file() and not child.name.startswith("."):
                st = child.stat()
                size += st.st_size
                mtime = max(mtime, st.st_mtime_ns)
        return size, mtime
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def split_parts(path: Path) -> tuple[str, ...]:
    """Every part on disk of the split model ``path`` belongs to (empty for an ordinary file)."""
    split = split_model_of(path)
    return tuple(str(p) for p in split.present()) if split is not None else ()


NOT_LISTED = "not listed"
"""What is recorded for a file the library leaves out: an importance matrix, which quantizing writes next to its
outputs (a problem of a row is always "kind: details")."""


class LibraryScanner:
    """Scans :class:`LibrarySources`; thread-safe, one scan at a time; keeps a cache across scans."""

    def __init__(
        self,
        sources: LibrarySources,
        facts: PlatformFacts | None = None,
        backend_override: str | None = None,
        cache_type: str = "f16",
    ) -> None:
        self.sources = sources
        self.facts = facts or platform_facts()
        """The machine's facts the backend of each entry is chosen over."""
        self.backend_override = backend_override
        self.cache_type = cache_type
        """The KV-cache type of the load options: each entry's fit follows it (from the next scan)."""
        """The backend setting (``llama.cpp``, ``mlx``; None for automatic); takes effect at the next scan."""
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[tuple[int, int], ModelDescription | None, str | None]] = {}
        self.files_read = 0
        """Files actually read over the scanner's life (cache misses); tests use it to see the cache work."""

    def iter_entries(
        self, cancel: CancelToken | None = None, memory: tuple[int, int] | None = None
    ) -> Iterator[LibraryEntry]:
        """Yield each model as it is found; raises :class:`JobCancelled` between files once ``cancel`` is set.

        ``memory`` is (available, total) bytes for fit verdicts; read once from the system when None.
        """
        if memory is None:
            import psutil

            vm = psutil.virtual_memory()
            memory = (vm.available, vm.total)
        seen: set[str] = set()
        splits: set[tuple[str, str, int]] = set()
        with self._lock:
            for candidate in self.sources.candidates():
                if cancel is not None:
                    cancel.raise_if_cancelled()
                try:
                    real = os.path.realpath(candidate.path)
                except OSError:
                    real = str(candidate.path)
                if real in seen:
                    continue
                seen.add(real)
                split = split_model_of(candidate.path)
                if split is not None:  # one entry for all its parts, listed at the first one
                    if split.key in splits:
                        continue
                    splits.add(split.key)
                    candidate = dataclasses.replace(candidate, path=split.main_path())
                entry = self._entry(candidate, memory)
                if entry is not None:
                    yield entry

    def _entry(self, candidate: Candidate, memory: tuple[int, int]) -> LibraryEntry | None:
        """The candidate's row; None for a file that is no model to list (:data:`NOT_LISTED`)."""
        key = str(candidate.path)
        split = split_model_of(candidate.path)
        try:
            fingerprint = split_fingerprint(split) if split is not None else _fingerprint(candidate.path)
        except OSError as exc:
            return self._make(candidate, None, row_problem("unreadable", exc.strerror or str(exc)), memory, 0)
        cached = self._cache.get(key)
        if cached is not None and cached[0] == fingerprint:
            _, info, problem = cached
        else:
            info, problem = self._read(candidate)
            self._cache[key] = (fingerprint, info, problem)
        if problem == NOT_LISTED:
            return None
        return self._make(candidate, info, problem, memory, fingerprint[0])

    def _read(self, candidate: Candidate) -> tuple[ModelDescription | None, str | None]:
        self.files_read += 1
        split = split_model_of(candidate.path)
        try:
            if split is not None:
                return read_split_model(split), None
            return formats.format_named(candidate.format).describe(candidate.path), None
        except SplitIncomplete as exc:
            return None, str(exc)
        except ImportanceMatrixFile:
            return None, NOT_LISTED
        except ModelFileError as exc:
            return None, row_problem("unreadable", exc.reason)
        except OSError as exc:
            return None, row_problem("unreadable", exc.strerror or tr("Library", "the system refused to read it"))
        except Exception:  # noqa: BLE001 - a damaged file is listed, never crashes the scan
            return None, row_problem(
                "unreadable", tr("Library", "the file is damaged in a way this version cannot describe")
            )

    def _make(
        self,
        candidate: Candidate,
        info: ModelDescription | None,
        problem: str | None,
        memory: tuple[int, int],
        size: int,
    ) -> LibraryEntry:
        choice = select_backend(ModelRef(candidate.format, str(candidate.path)), self.facts, self.backend_override)
        return LibraryEntry(
            path=str(candidate.path),
            source=candidate.source,
            format=candidate.format,
            info=info,
            problem=problem,
            fit=formats.fit(info, cache_type=self.cache_type, memory=memory) if info is not None else None,
            backend=choice.label,
            label=candidate.label,
            file_size=size,
            backend_choice=choice,
            parts=split_parts(candidate.path),
        )

    def scan(self, progress: ProgressCallback, cancel: CancelToken, batch_seconds: float = 0.1) -> ScanResult:
        """The scan as a job: reports :class:`ScanProgress` batches at most every ``batch_seconds``."""
        found: list[LibraryEntry] = []
        pending: list[LibraryEntry] = []
        read_before = self.files_read
        last = time.monotonic()
        scanned = 0
        for entry in self.iter_entries(cancel):
            scanned += 1
            found.append(entry)
            pending.append(entry)
            now = time.monotonic()
            if now - last >= batch_seconds:
                progress(ScanProgress(tuple(pending), scanned))
                pending, last = [], now
        if pending:
            progress(ScanProgress(tuple(pending), scanned))
        return ScanResult(tuple(found), self.files_read - read_before)

    def forget(self, path: str) -> None:
        """Drop a path from the cache (after a delete)."""
        self._cache.pop(path, None)

    def forget_problems(self) -> None:
        """Read again, at the next scan, the files whose problem was described: the words are in the language of
        the scan that read them (after a switch of language). Safe while a scan runs."""
        self._cache = {k: v for k, v in list(self._cache.items()) if v[2] is None}


def scan_job(scanner: LibraryScanner) -> Callable[[ProgressCallback, CancelToken], ScanResult]:
    """A job (progress, cancel) -> ScanResult for the UI's job runner."""

    def job(progress: ProgressCallback, cancel: CancelToken) -> ScanResult:
        return scanner.scan(progress, cancel)

    return job


__all__ = ["JobCancelled", "LibraryScanner", "ScanProgress", "ScanResult", "scan_job"]
