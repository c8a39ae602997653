"""Comparison runs kept in the app's database (its own table beside the conversations), to reopen later.

Each run is one row: its id, when it started, its title, and the whole run as JSON (the same
document :func:`workbench.compare.export.to_json` writes). The connection belongs to the thread
that opened the store.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from workbench.compare.export import from_json, to_json
from workbench.compare.results import CompareRun
from workbench.errors import WorkbenchError
from workbench.i18n import tr

_SCHEMA = """
CREATE TABLE IF NOT EXISTS compare_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    title TEXT NOT NULL,
    data TEXT NOT NULL
);
"""


class CompareStoreError(WorkbenchError):
    """The database cannot be opened or written, or a run is not in it."""


class CompareStore:
    """Saved comparison runs in the SQLite file ``path`` (the app's ``AppPaths.database_file``)."""

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = 2.0) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(self.path), timeout=timeout)
            with self._conn:
                self._conn.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise CompareStoreError(
                tr("Compare", "The comparison runs cannot be kept in {path}: {detail}.").format(
                    path=self.path, detail=exc
                )
            ) from exc

    def save(self, run: CompareRun) -> int:
        """Add ``run`` as a new row; sets and returns ``run.id``."""
        with self._write():
            cur = self._conn.execute(
                "INSERT INTO compare_runs (created, title, data) VALUES (?, ?, '')", (run.created, run.title)
            )
            assert cur.lastrowid is not None
            run.id = cur.lastrowid
            self._conn.execute("UPDATE compare_runs SET data = ? WHERE id = ?", (to_json(run), run.id))
        return run.id

    def update(self, run: CompareRun) -> None:
        """Write ``run`` over its saved row (saving it first if it has no id)."""
        if run.id is None:
            self.save(run)
            return
        with self._write():
            cur = self._conn.execute(
                "UPDATE compare_runs SET created = ?, title = ?, data = ? WHERE id = ?",
                (run.created, run.title, to_json(run), run.id),
            )
        if cur.rowcount == 0:
            raise CompareStoreError(tr("Compare", "There is no saved comparison {id} to update.").format(id=run.id))

    def runs(self) -> list[tuple[int, str, str]]:
        """``(id, created, title)`` of every saved run, the newest first."""
        rows = self._conn.execute("SELECT id, created, title FROM compare_runs ORDER BY id DESC").fetchall()
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    def load(self, run_id: int) -> CompareRun:
        row = self._conn.execute("SELECT data FROM compare_runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise CompareStoreError(tr("Compare", "There is no saved comparison {id}.").format(id=run_id))
        run = from_json(row[0])
        run.id = run_id
        return run

    def delete(self, run_id: int) -> None:
        with self._write():
            self._conn.execute("DELETE FROM compare_runs WHERE id = ?", (run_id,))

    def close(self) -> None:
        self._conn.close()

    def _write(self) -> _Transaction:
        return _Transaction(self._conn, self.path)


class _Transaction:
    """``with``: commit, or roll back and raise :class:`CompareStoreError` with the reason."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn, self._path = conn, path

    def __enter__(self) -> None:
        self._conn.__enter__()

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        self._conn.__exit__(kind, exc, tb)  # type: ignore[arg-type]
        if isinstance(exc, sqlite3.Error):
            raise CompareStoreError(
                tr("Compare", "The comparison could not be saved in {file}: {detail}.").format(
                    file=self._path.name, detail=exc
                )
            ) from exc
