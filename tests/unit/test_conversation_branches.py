"""Versions and branches in the conversation store: Regenerate keeps every reply, an edited message starts a branch
that keeps the old continuation, both survive a restart, and databases from before branches still read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.conversations import ConversationStore


def _contents(store: ConversationStore, cid: int) -> list[str]:
    return [m.content for m in store.messages(cid)]


def test_an_edited_message_branches_and_the_old_continuation_stays_reachable(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite3"
    store = ConversationStore(path)
    cid = store.create().id
    first = store.add_message(cid, "user", "Name a fruit.")
    store.add_message(cid, "assistant", "Apple.")
    asked = store.add_message(cid, "user", "And a colour?")
    store.add_message(cid, "assistant", "Red.")
    store.add_message(cid, "user", "Thanks.")
    store.add_message(cid, "assistant", "You are welcome.")

    edited = store.edit_message(asked.id, "And a vegetable?")
    assert edited.variant == (2, 2)
    assert _contents(store, cid) == ["Name a fruit.", "Apple.", "And a vegetable?"]
    reply = store.start_reply(cid)
    store.finish_reply(reply.id, "Carrot.", store.message(reply.id).stats or _stats())
    assert _contents(store, cid) == ["Name a fruit.", "Apple.", "And a vegetable?", "Carrot."]
    assert [m.variant for m in store.messages(cid)] == [(1, 1), (1, 1), (2, 2), (1, 1)]
    assert store.alternatives(edited.id) == [asked.id, edited.id]
    assert store.messages(cid)[0].id == first.id

    store.close()
    store = ConversationStore(path)  # after a restart: the branch shown is the one chosen
    assert _contents(store, cid) == ["Name a fruit.", "Apple.", "And a vegetable?", "Carrot."]
    store.choose_alternative(asked.id)  # back to the first version: its whole continuation is there
    assert _contents(store, cid) == [
        "Name a fruit.", "Apple.", "And a colour?", "Red.", "Thanks.", "You are welcome."
    ]
    assert store.messages(cid)[2].variant == (1, 2)
    store.close()
    store = ConversationStore(path)
    assert _contents(store, cid)[2:4] == ["And a colour?", "Red."]

    # The first message can be edited too; each branch keeps its own versions of replies.
    store.edit_message(first.id, "Name a tree.")
    assert _contents(store, cid) == ["Name a tree."]
    store.add_message(cid, "assistant", "Oak.")
    store.keep_as_alternative(store.messages(cid)[-1].id)
    store.add_message(cid, "assistant", "Birch.")
    assert [(m.content, m.variant) for m in store.messages(cid)] == [("Name a tree.", (2, 2)), ("Birch.", (2, 2))]
    store.choose_alternative(first.id)
    assert _contents(store, cid)[:2] == ["Name a fruit.", "Apple."]


def test_deleting_after_a_message_takes_every_branch_after_it() -> None:
    store = ConversationStore(None)
    cid = store.create().id
    question = store.add_message(cid, "user", "1")
    store.add_message(cid, "assistant", "2")
    follow = store.add_message(cid, "user", "3")
    store.add_message(cid, "assistant", "4")
    store.edit_message(follow.id, "3b")
    store.add_message(cid, "assistant", "4b")
    assert store.truncate_after(question.id) == 5
    assert _contents(store, cid) == ["1"]


def test_a_database_from_before_branches_reads_as_it_did(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE conversations (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, created REAL NOT NULL,
            updated REAL NOT NULL);
        CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id INTEGER NOT NULL
            REFERENCES conversations(id) ON DELETE CASCADE, role TEXT NOT NULL, content TEXT NOT NULL,
            created REAL NOT NULL, state TEXT NOT NULL DEFAULT 'complete', model TEXT NOT NULL DEFAULT '',
            stats TEXT, thinking TEXT, variant_group INTEGER, active INTEGER NOT NULL DEFAULT 1);
        INSERT INTO conversations VALUES (1, 'Old', 0, 0), (2, 'Older', 0, 0);
        INSERT INTO messages (id, conversation_id, role, content, created, variant_group, active) VALUES
            (1, 1, 'user', 'Hi', 0, NULL, 1),
            (2, 1, 'assistant', 'Hello (first try)', 0, 2, 0),
            (3, 1, 'assistant', 'Hello (second try)', 0, 2, 1),
            (4, 2, 'user', 'Other', 0, NULL, 1),
            (5, 1, 'user', 'How are you?', 0, NULL, 1),
            (6, 1, 'assistant', 'Well.', 0, NULL, 1),
            (7, 2, 'assistant', 'Reply', 0, NULL, 1);
        """
    )
    conn.commit()
    conn.close()

    store = ConversationStore(path)
    assert store.problem is None
    assert _contents(store, 1) == ["Hi", "Hello (second try)", "How are you?", "Well."]
    assert [m.variant for m in store.messages(1)] == [(1, 1), (2, 2), (1, 1), (1, 1)]
    assert _contents(store, 2) == ["Other", "Reply"]
    assert store.think(1) is None
    store.choose_alternative(2)
    assert _contents(store, 1) == ["Hi", "Hello (first try)"]  # the later turns followed the second try


def test_the_think_switch_is_kept_per_conversation(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite3"
    store = ConversationStore(path)
    a, b = store.create().id, store.create().id
    store.set_think(a, False)
    store.set_think(b, True)
    store.close()
    store = ConversationStore(path)
    assert (store.think(a), store.think(b)) == (False, True)
    store.set_think(a, None)
    assert store.think(a) is None


def _stats():  # type: ignore[no-untyped-def]
    from workbench.engine.protocol import ReplyStats

    return ReplyStats(1, 0.1, 1, 0.1, 0.1, "eos")
