"""Puts each endpoint's models into the library table, asking the servers on workers (never the GUI thread)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal

from ui.jobs import JobHandle, JobRunner
from workbench.endpoints.directory import EndpointDirectory
from workbench.endpoints.library import endpoint_listing_job
from workbench.library.entry import LibraryEntry


class LibraryTable(Protocol):
    """What the feed needs of the library's table (``ui.library.model.LibraryTableModel``)."""

    def entries(self) -> list[LibraryEntry]: ...

    def add_entries(self, entries: list[LibraryEntry] | tuple[LibraryEntry, ...]) -> None: ...

    def remove_path(self, path: str) -> None: ...


class EndpointModelsFeed(QObject):
    """Lists every endpoint's models in ``table``: one job per endpoint, so a slow one delays no other.

    An endpoint that does not answer shows as one "not reachable" row with the reason; its timeouts bound the
    wait. Rows of removed endpoints, and models a server no longer offers, go away on :meth:`refresh`.

    Signals (GUI thread):
        listed(str, int): endpoint ``name`` was asked; the number of rows it now has in the table.
    """

    listed = Signal(str, int)
    """An endpoint's listing finished: its name and how many rows it has (an unreachable one has 1)."""

    def __init__(self, directory: EndpointDirectory, jobs: JobRunner, table: LibraryTable,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._directory = directory
        self._jobs = jobs
        self._table = table
        self._running: dict[str, JobHandle] = {}

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def refresh(self) -> None:
        """Ask every endpoint for its models again; drop rows of endpoints that are gone."""
        names = set(self._directory.names())
        for entry in self._endpoint_rows():
            if entry.endpoint not in names:
                self._table.remove_path(entry.path)
        for name in sorted(names):
            old = self._running.pop(name, None)
            if old is not None:
                old.cancel()
            handle = self._jobs.start(endpoint_listing_job(self._directory, name), f"list models of {name}")
            handle.finished.connect(lambda entries, n=name, h=handle: self._on_listing_finished(n, h, entries))
            handle.done.connect(lambda n=name, h=handle: self._on_listing_done(n, h))
            self._running[name] = handle

    def _endpoint_rows(self, name: str | None = None) -> list[LibraryEntry]:
        return [e for e in self._table.entries() if e.source == "endpoint" and (name is None or e.endpoint == name)]

    def _on_listing_finished(self, name: str, handle: JobHandle, entries: object) -> None:
        if self._running.get(name) is not handle or not isinstance(entries, tuple):
            return
        if name not in self._directory.names():
            return
        paths = {e.path for e in entries}
        for old in self._endpoint_rows(name):
            if old.path not in paths:
                self._table.remove_path(old.path)
        self._table.add_entries(entries)
        self.listed.emit(name, len(entries))

    def _on_listing_done(self, name: str, handle: JobHandle) -> None:
        if self._running.get(name) is handle:
            del self._running[name]
