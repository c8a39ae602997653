"""The conversation store: messages survive, replies stream to disk, broken files are moved aside."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench.conversations import DEFAULT_TITLE, ConversationStore, ReplyRecorder, describe_stats
from workbench.engine.protocol import ReplyStats

STATS = ReplyStats(
    prompt_tokens=12,
    prompt_seconds=0.1,
    generated_tokens=11,
    generation_seconds=0.5,
    time_to_first_token=0.15,
    stop_reason="eos",
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "conversations.sqlite3"


def test_messages_persist_across_reopen(db_path: Path) -> None:
    store = ConversationStore(db_path)
    conv = store.create()
    user = store.add_message(conv.id, "user", "What is a small language model?")
    reply = store.start_reply(conv.id, model="SmolLM2-135M")
    store.finish_reply(reply.id, "A model with few parameters.", STATS)
    store.close()

    again = ConversationStore(db_path)
    assert again.problem is None
    [listed] = again.conversations()
    assert listed.title == "What is a small language model?"
    messages = again.messages(conv.id)
    assert [m.id for m in messages] == [user.id, reply.id]
    assert messages[1].content == "A model with few parameters."
    assert messages[1].state == "complete"
    assert messages[1].model == "SmolLM2-135M"
    assert messages[1].stats == STATS
    again.close()


def test_only_the_first_user_message_titles_the_conversation(tmp_path: Path) -> None:
    store = ConversationStore(None)
    conv = store.create()
    assert store.get(conv.id).title == DEFAULT_TITLE
    store.add_message(conv.id, "user", "first   line\nsecond " + "x" * 100)
    store.add_message(conv.id, "user", "another")
    title = store.get(conv.id).title
    assert title.startswith("first line second")
    assert title.endswith("…") and len(title) <= 48
    store.rename(conv.id, "Renamed")
    assert store.get(conv.id).title == "Renamed"


def test_list_orders_by_last_change_and_delete_removes_messages() -> None:
    times = iter(range(100))
    store = ConversationStore(None, clock=lambda: float(next(times)))
    a = store.create("a")
    store.create("b")
    assert [c.title for c in store.conversations()] == ["b", "a"]
    store.add_message(a.id, "user", "hi")
    assert [c.title for c in store.conversations()] == ["a", "b"]
    store.delete(a.id)
    assert [c.title for c in store.conversations()] == ["b"]
    with pytest.raises(KeyError):
        store.get(a.id)
    assert store.messages(a.id) == []


def test_truncate_after_and_delete_from() -> None:
    store = ConversationStore(None)
    conv = store.create()
    ids = [
        store.add_message(conv.id, role, text).id
        for role, text in [("user", "1"), ("assistant", "2"), ("user", "3"), ("assistant", "4")]
    ]
    assert store.truncate_after(ids[2]) == 1
    assert [m.content for m in store.messages(conv.id)] == ["1", "2", "3"]
    assert store.delete_from(ids[2]) == 1
    assert [m.content for m in store.messages(conv.id)] == ["1", "2"]
    store.clear(conv.id)
    assert store.messages(conv.id) == []


def test_reply_recorder_saves_while_streaming_but_not_per_token(db_path: Path) -> None:
    now = [0.0]
    store = ConversationStore(db_path)
    conv = store.create()
    reply = store.start_reply(conv.id)
    recorder = ReplyRecorder(store, reply.id, interval=0.5, every_tokens=1000, clock=lambda: now[0])
    for i in range(100):
        now[0] = i * 0.01  # 100 tokens in one second
        recorder.append(f"t{i} ")
    assert 1 <= recorder.writes <= 3
    saved = store.message(reply.id)
    assert saved.state == "streaming"
    assert saved.content and recorder.text.startswith(saved.content)

    recorder.interrupt()
    interrupted = store.message(reply.id)
    assert interrupted.state == "interrupted"
    assert interrupted.content == recorder.text


def test_streaming_reply_left_behind_is_marked_interrupted_on_open(db_path: Path) -> None:
    store = ConversationStore(db_path)
    conv = store.create()
    reply = store.start_reply(conv.id)
    store.update_reply(reply.id, "half a repl")
    store.close()  # the app died without finishing the reply

    again = ConversationStore(db_path)
    message = again.message(reply.id)
    assert message.state == "interrupted"
    assert message.content == "half a repl"
    again.close()


def test_corrupt_database_is_moved_aside_and_a_new_one_started(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database at all" * 100)
    store = ConversationStore(db_path)
    assert store.problem is not None and "moved" in store.problem
    assert store.path == db_path
    aside = list(db_path.parent.glob("conversations.sqlite3.broken-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes().startswith(b"this is not a database")
    conv = store.create()
    assert store.get(conv.id).title == DEFAULT_TITLE
    store.close()


def test_locked_database_falls_back_to_memory(db_path: Path) -> None:
    ConversationStore(db_path).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store = ConversationStore(db_path, timeout=0.1)
        assert store.path is None
        assert store.problem is not None and "in use" in store.problem
        conv = store.create()
        store.add_message(conv.id, "user", "still works")
        assert len(store.messages(conv.id)) == 1
        store.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(db_path.parent.glob("*.broken-*"))


def test_export_markdown_has_messages_stats_and_interruptions() -> None:
    store = ConversationStore(None)
    conv = store.create("Code talk")
    store.add_message(conv.id, "user", "Show code")
    done = store.start_reply(conv.id, model="Tiny")
    store.finish_reply(done.id, "```python\nprint(1)\n```", STATS)
    cut = store.start_reply(conv.id)
    store.mark_interrupted(cut.id, "partial")
    text = store.export_markdown(conv.id)
    assert text.startswith("# Code talk")
    assert "## You" in text and "## Assistant (Tiny)" in text
    assert "```python\nprint(1)\n```" in text
    assert describe_stats(STATS) in text
    assert "interrupted" in text


def test_describe_stats_reads_plainly() -> None:
    assert describe_stats(STATS) == "11 tokens · 20.0 tok/s · first token 0.15 s · the model finished"


def test_unwritable_data_folder_keeps_conversations_in_memory(tmp_path: Path) -> None:
    """A regular file where the data folder should be (nothing can be written there, even as root)."""
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    store = ConversationStore(blocker / "conversations.sqlite3")
    assert store.path is None
    assert store.problem is not None and "will not be saved" in store.problem and str(blocker) in store.problem
    assert "\n" not in store.problem
    conversation = store.create()
    store.add_message(conversation.id, "user", "still works")
    assert [m.content for m in store.messages(conversation.id)] == ["still works"]
    store.close()


def test_a_database_path_that_is_a_folder_keeps_conversations_in_memory(tmp_path: Path) -> None:
    (tmp_path / "conversations.sqlite3").mkdir()
    store = ConversationStore(tmp_path / "conversations.sqlite3")
    assert store.path is None and store.problem is not None and "will not be saved" in store.problem
    store.create()
    store.close()
