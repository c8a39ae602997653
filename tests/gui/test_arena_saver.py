"""Arena sessions are written on a thread of their own: one row per session, the latest copy, failures said."""

from __future__ import annotations

import pathlib
from typing import Any

from ui.arena.saver import SessionSaver
from workbench.arena.session import ArenaColumn, ArenaRound, ArenaSession
from workbench.arena.store import ArenaStore


def _session(text: str) -> ArenaSession:
    return ArenaSession(title="F16 vs Q4_0", created="2026-01-01T10:00:00",
                        rounds=[ArenaRound("Why?", [ArenaColumn("F16", "a.gguf", text=text),
                                                    ArenaColumn("Q4_0", "b.gguf")])])


def test_many_saves_of_one_session_make_one_row_with_the_latest_text(qtbot: Any, tmp_path: pathlib.Path) -> None:
    saver = SessionSaver(tmp_path / "app.sqlite3")
    session = _session("")
    for i in range(200):  # faster than the disk: older copies not yet written are replaced
        session.rounds[0].columns[0].text = "word " * i
        saver.save(1, session)
    other = _session("another session")
    saver.save(2, other)
    assert saver.flush(10.0)
    assert session.id is None  # the window's session is not touched from the writer's thread
    first, second = saver.session_id(1), saver.session_id(2)
    assert first is not None and second is not None and first != second
    assert 2 <= saver.writes <= 201
    session.rounds[0].columns[0].text = "the end"
    saver.save(1, session)  # after a pause the writer starts again, and updates the same row
    assert saver.flush(10.0)
    store = ArenaStore(tmp_path / "app.sqlite3")
    try:
        assert sorted(i for i, _c, _t in store.sessions()) == sorted([first, second])
        assert store.load(first).rounds[0].columns[0].text == "the end"
        assert store.load(second).rounds[0].columns[0].text == "another session"
    finally:
        store.close()


def test_a_save_that_cannot_be_written_says_why(qtbot: Any, tmp_path: pathlib.Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database's folder should be")
    saver = SessionSaver(blocker / "app.sqlite3")
    with qtbot.waitSignal(saver.failed, timeout=10_000) as failed:
        saver.save(1, _session("text"))
    assert saver.flush(10.0)
    reason = failed.args[0]
    assert "Arena sessions cannot be kept" in reason and "Traceback" not in reason
    assert saver.session_id(1) is None
