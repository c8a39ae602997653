"""Arena sessions kept in the app's database, beside the conversations and the comparison runs, to reopen later.

One row per session: its id, when it started, its title and the whole session as JSON (every column's reply,
stats and the vote). The connection belongs to the thread that opened the store.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from workbench.arena.session import ArenaSession
from workbench.errors import WorkbenchError
from workbench.i18n import tr

_SCHEMA = """
CREATE TABLE IF NOT EXISTS arena_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    title TEXT NOT NULL,
    data TEXT NOT NULL
);
"""


class ArenaStoreError(WorkbenchError):
    """The database cannot be opened or written, or a session is not in it."""


class ArenaStore:
    """Saved Arena sessions in the SQLite file ``path`` (the app's ``AppPaths.database_file``)."""

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = 2.0) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(self.path), timeout=timeout)
            with self._conn:
                self._conn.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise ArenaStoreError(
                tr("Arena", "Arena sessions cannot be kept in {path}: {detail}.").format(path=self.path, detail=exc)
            ) from exc

    def save(self, session: ArenaSession) -> int:
        """Write ``session`` (a new row the first time, its own row after that); returns its id."""
        session.id = self.save_dict(session.to_dict())
        return session.id

    def save_dict(self, session: dict[str, Any]) -> int:
        """Write a session as :meth:`ArenaSession.to_dict` gives it (a new row when its ``id`` is None or not in
        the database, else its own row); returns its id."""
        session_id, title = session.get("id"), str(session.get("title", "Arena"))
        data = json.dumps(session, ensure_ascii=False)
        try:
            with self._conn:
                if session_id is not None:
                    cur = self._conn.execute(
                        "UPDATE arena_sessions SET title = ?, data = ? WHERE id = ?", (title, data, session_id)
                    )
                    if cur.rowcount:
                        return int(session_id)
                cur = self._conn.execute(
                    "INSERT INTO arena_sessions (created, title, data) VALUES (?, ?, ?)",
                    (str(session.get("created", "")), title, data),
                )
                assert cur.lastrowid is not None
                return cur.lastrowid
        except sqlite3.Error as exc:
            raise ArenaStoreError(
                tr("Arena", "The Arena session could not be saved in {file}: {detail}.").format(
                    file=self.path.name, detail=exc
                )
            ) from exc

    def sessions(self) -> list[tuple[int, str, str]]:
        """``(id, created, title)`` of every saved session, the newest first."""
        rows = self._conn.execute("SELECT id, created, title FROM arena_sessions ORDER BY id DESC").fetchall()
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    def load(self, session_id: int) -> ArenaSession:
        row = self._conn.execute("SELECT data FROM arena_sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise ArenaStoreError(tr("Arena", "There is no saved Arena session {id}.").format(id=session_id))
        try:
            session = ArenaSession.from_dict(json.loads(row[0]))
        except (ValueError, TypeError, KeyError) as exc:
            raise ArenaStoreError(
                tr("Arena", "The saved Arena session {id} is damaged and cannot be opened.").format(id=session_id)
            ) from exc
        session.id = session_id
        return session

    def delete(self, session_id: int) -> None:
        with self._conn:
            self._conn.execute("DELETE FROM arena_sessions WHERE id = ?", (session_id,))

    def close(self) -> None:
        self._conn.close()
