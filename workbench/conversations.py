"""Conversations and their messages, kept in SQLite so nothing typed or generated is lost.

A user's message is committed before it is sent to the engine. A reply is saved while it
streams (every half second or so, through :class:`ReplyRecorder`), finished with its
:class:`~workbench.engine.protocol.ReplyStats`, or marked interrupted if the engine dies.

A damaged database file is moved aside (``<name>.broken-<timestamp>``, never deleted) and a
fresh one started; a database locked by another program makes the store fall back to memory so
the app still starts. Either way :attr:`ConversationStore.problem` says what happened.

The connection belongs to the thread that opened the store (the UI uses it from the GUI thread).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from workbench.chat.thinking import ThoughtTally, answer_only
from workbench.engine.protocol import ChatMessage, ReplyStats
from workbench.i18n import QT_TRANSLATE_NOOP, format_decimal, format_integer, tr
from workbench.paths import folder_problem
from workbench.settings import move_aside

MessageState = Literal["complete", "interrupted", "streaming"]
DEFAULT_TITLE = "New conversation"
TITLE_LENGTH = 48

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    think INTEGER
);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    content TEXT NOT NULL,
    created REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'complete',
    model TEXT NOT NULL DEFAULT '',
    stats TEXT,
    thinking TEXT,
    variant_group INTEGER,
    active INTEGER NOT NULL DEFAULT 1,
    parent_id INTEGER
);
CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages(conversation_id, id);
"""


@dataclass(frozen=True)
class Conversation:
    """One conversation as listed: its title and when it was started and last changed."""

    id: int
    title: str
    created: float
    updated: float


@dataclass(frozen=True)
class StoredMessage:
    """One message of a conversation, with the stats of a reply."""

    id: int
    conversation_id: int
    role: str
    content: str
    created: float
    state: MessageState
    model: str
    stats: ReplyStats | None
    thinking: ThoughtTally | None = None
    """How long the reply thought, when it had a thinking section."""
    variant: tuple[int, int] = (1, 1)
    """Which version of the reply this is, and how many there are (Regenerate keeps every one)."""

    def to_chat(self) -> ChatMessage:
        """The message as the history sent with the next request: a reply without its thinking section (the
        templates of reasoning models drop earlier thinking themselves; it would only fill the context)."""
        if self.role == "assistant":
            template = self.thinking.template if self.thinking is not None else None
            return ChatMessage(role=self.role, content=answer_only(self.content, template))
        return ChatMessage(role=self.role, content=self.content)


class ConversationStore:
    """The SQLite store of conversations. ``path`` None keeps everything in memory.

    Attributes:
        path: the database file in use, or None when the store is in memory.
        problem: a one-line message for the user when the file was damaged or locked, else None.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        timeout: float = 2.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._clock = clock
        self.problem: str | None = None
        self.path: Path | None = Path(path) if path is not None else None
        self._conn = self._open(timeout)

    # -- opening -------------------------------------------------------------------------------

    def _open(self, timeout: float) -> sqlite3.Connection:
        if self.path is None:
            return self._connect(":memory:", timeout)
        unsaved = tr("Conversations", "This session's conversations are kept in memory only and will not be saved.")
        reason = folder_problem(self.path.parent)
        if reason is not None:
            self.problem = tr(
                "Conversations", "The data folder {folder} cannot be written ({reason}). {unsaved}"
            ).format(folder=self.path.parent, reason=reason, unsaved=unsaved)
            self.path = None
            return self._connect(":memory:", timeout)
        try:
            return self._connect(str(self.path), timeout)
        except sqlite3.OperationalError as exc:
            if _is_locked(exc):
                self.problem = tr(
                    "Conversations",
                    "The conversation database {path} is in use by another program (is SLM Workbench already "
                    "open?). {unsaved}",
                ).format(path=self.path, unsaved=unsaved)
            else:  # a read-only file or folder, a full disk
                self.problem = tr(
                    "Conversations", "The conversation database {path} cannot be written ({reason}). {unsaved}"
                ).format(path=self.path, reason=exc, unsaved=unsaved)
        except sqlite3.DatabaseError as exc:
            try:
                aside = self._move_aside()
            except OSError as move_exc:
                self.problem = tr(
                    "Conversations",
                    "The conversation database was damaged ({reason}) and cannot be moved aside ({why}). {unsaved}",
                ).format(reason=exc, why=move_exc.strerror or tr("Conversations", "the system refused"),
                         unsaved=unsaved)
            else:
                self.problem = tr(
                    "Conversations",
                    "The conversation database was damaged ({reason}). It was moved to {name} and a new one was "
                    "started.",
                ).format(reason=exc, name=aside.name)
                try:
                    return self._connect(str(self.path), timeout)
                except sqlite3.DatabaseError as again:
                    self.problem += f" The new one cannot be opened either ({again}); conversations are kept in memory."
        self.path = None
        return self._connect(":memory:", timeout)

    def _move_aside(self) -> Path:
        assert self.path is not None
        aside = move_aside(self.path)
        for suffix in ("-journal", "-wal", "-shm"):
            extra = self.path.with_name(self.path.name + suffix)
            if extra.exists():
                extra.rename(aside.with_name(aside.name + suffix))
        return aside

    def _connect(self, target: str, timeout: float) -> sqlite3.Connection:
        conn = sqlite3.connect(target, timeout=timeout)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            if target != ":memory:":
                # A streaming reply is saved twice a second from the window's thread: in write-ahead mode a save
                # waits for no disk flush (one took 20 ms and more on a busy disk, a visible stutter), and an
                # app that dies still loses nothing it saved.
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            check = conn.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {check[0] if check else 'no answer'}")
            with conn:
                conn.executescript(_SCHEMA)
                columns = {row[1] for row in conn.execute("PRAGMA table_info(messages)")}
                if "thinking" not in columns:  # a database from before thinking sections were told apart
                    conn.execute("ALTER TABLE messages ADD COLUMN thinking TEXT")
                if "active" not in columns:  # … and from before Regenerate kept the replies it replaced
                    conn.execute("ALTER TABLE messages ADD COLUMN variant_group INTEGER")
                    conn.execute("ALTER TABLE messages ADD COLUMN active INTEGER NOT NULL DEFAULT 1")
                if "parent_id" not in columns:  # … and from before an edited message started a branch
                    conn.execute("ALTER TABLE messages ADD COLUMN parent_id INTEGER")
                    _link_linear_messages(conn)
                conversation_columns = {row[1] for row in conn.execute("PRAGMA table_info(conversations)")}
                if "think" not in conversation_columns:  # … and from before the Think switch
                    conn.execute("ALTER TABLE conversations ADD COLUMN think INTEGER")
                # A reply still "streaming" belongs to a session that ended without finishing it.
                conn.execute("UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'")
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        self._conn.close()

    # -- conversations -------------------------------------------------------------------------

    def create(self, title: str = DEFAULT_TITLE) -> Conversation:
        now = self._clock()
        with self._conn:
            cur = self._conn.execute(
                "INSERT INTO conversations (title, created, updated) VALUES (?, ?, ?)", (title, now, now)
            )
        assert cur.lastrowid is not None
        return Conversation(cur.lastrowid, title, now, now)

    def get(self, conversation_id: int) -> Conversation:
        row = self._conn.execute(
            "SELECT id, title, created, updated FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
        if row is None:
            raise KeyError(f"no conversation {conversation_id}")
        return Conversation(*row)

    def conversations(self) -> list[Conversation]:
        """All conversations, the most recently changed first."""
        rows = self._conn.execute(
            "SELECT id, title, created, updated FROM conversations ORDER BY updated DESC, id DESC"
        ).fetchall()
        return [Conversation(*row) for row in rows]

    def rename(self, conversation_id: int, title: str) -> None:
        with self._conn:
            self._conn.execute(
                "UPDATE conversations SET title = ? WHERE id = ?", (title.strip() or DEFAULT_TITLE, conversation_id)
            )

    def delete(self, conversation_id: int) -> None:
        with self._conn:
            self._conn.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    def _touch(self, conversation_id: int) -> None:
        self._conn.execute("UPDATE conversations SET updated = ? WHERE id = ?", (self._clock(), conversation_id))

    def think(self, conversation_id: int) -> bool | None:
        """The conversation's Think switch: True (think first), False (answer at once), None (never set: the
        model's own default)."""
        row = self._conn.execute("SELECT think FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        return None if row is None or row[0] is None else bool(row[0])

    def set_think(self, conversation_id: int, think: bool | None) -> None:
        """Keep the conversation's Think switch (None: the model's default)."""
        with self._conn:
            self._conn.execute(
                "UPDATE conversations SET think = ? WHERE id = ?",
                (None if think is None else int(think), conversation_id),
            )

    # -- messages ------------------------------------------------------------------------------
    #
    # A conversation is a tree: each message follows its parent (the first follows none). Messages that follow the
    # same one in the same role are versions of each other — replies drawn again by Regenerate, a user message
    # edited and sent again — and each version keeps what followed it. Of each set of versions one is chosen
    # (``active``); the conversation shown is the path through the chosen ones.

    def messages(self, conversation_id: int) -> list[StoredMessage]:
        """The conversation as shown: from the first message on, the chosen version at each step."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS}, parent_id, active FROM messages WHERE conversation_id = ? ORDER BY id",
            (conversation_id,),
        ).fetchall()
        children: dict[int | None, list[tuple[Any, ...]]] = {}
        for row in rows:
            children.setdefault(row[-2], []).append(row)
        shown: list[StoredMessage] = []
        parent: int | None = None
        while parent in children:
            chosen = next((row for row in reversed(children[parent]) if row[-1]), None)
            if chosen is None:
                break
            versions = [row[0] for row in children[parent] if row[2] == chosen[2]]
            shown.append(replace(_message(chosen[:-2]), variant=(versions.index(chosen[0]) + 1, len(versions))))
            parent = int(chosen[0])
        return shown

    def alternatives(self, message_id: int) -> list[int]:
        """The ids of every version of this message, oldest first (just it, when there is one)."""
        row = self._conn.execute(
            "SELECT conversation_id, parent_id, role FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        if row is None:
            return [message_id]
        return [int(r[0]) for r in self._conn.execute(
            "SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS ? AND role = ? ORDER BY id", row
        )]

    def keep_as_alternative(self, message_id: int) -> int:
        """Set a message aside as an earlier version (for Regenerate): it is kept, with what followed it, but no
        longer shown; the next message added in its place becomes its newer version. Returns ``message_id``."""
        with self._conn:
            cur = self._conn.execute("UPDATE messages SET active = 0 WHERE id = ?", (message_id,))
        if cur.rowcount == 0:
            raise KeyError(f"no message {message_id}")
        return message_id

    def choose_alternative(self, message_id: int) -> None:
        """Show this version of its message (and use it, and what followed it, in the history) instead of the
        others."""
        versions = self.alternatives(message_id)
        with self._conn:
            self._conn.executemany(
                "UPDATE messages SET active = ? WHERE id = ?", [(int(v == message_id), v) for v in versions]
            )

    def message(self, message_id: int) -> StoredMessage:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM messages WHERE id = ?", (message_id,)).fetchone()
        if row is None:
            raise KeyError(f"no message {message_id}")
        versions = self.alternatives(message_id)
        return replace(_message(row), variant=(versions.index(message_id) + 1, len(versions)))

    def add_message(
        self,
        conversation_id: int,
        role: str,
        content: str,
        *,
        state: MessageState = "complete",
        model: str = "",
        stats: ReplyStats | None = None,
    ) -> StoredMessage:
        """Append a message after the last one shown and commit it. The first user message also titles an
        untitled conversation."""
        shown = self.messages(conversation_id)
        return self._insert(conversation_id, shown[-1].id if shown else None, role, content, state, model, stats)

    def edit_message(self, message_id: int, content: str) -> StoredMessage:
        """A new version of a user message, in its place: the conversation goes on from it, while the earlier
        version and everything that followed it are kept (``‹ ›`` switch between them)."""
        row = self._conn.execute(
            "SELECT conversation_id, parent_id, role FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        if row is None:
            raise KeyError(f"no message {message_id}")
        conversation_id, parent, role = int(row[0]), row[1], str(row[2])
        message = self._insert(conversation_id, parent, role, content, "complete", "", None)
        versions = self.alternatives(message.id)
        return replace(message, variant=(len(versions), len(versions)))

    def _insert(
        self, conversation_id: int, parent: int | None, role: str, content: str, state: MessageState, model: str,
        stats: ReplyStats | None,
    ) -> StoredMessage:
        """Insert a message after ``parent`` as the chosen version there (any other versions are set aside)."""
        now = self._clock()
        stats_json = json.dumps(stats.to_dict()) if stats is not None else None
        with self._conn:
            self._conn.execute(
                "UPDATE messages SET active = 0 WHERE conversation_id = ? AND parent_id IS ? AND role = ?",
                (conversation_id, parent, role),
            )
            cur = self._conn.execute(
                "INSERT INTO messages (conversation_id, role, content, created, state, model, stats, parent_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, role, content, now, state, model, stats_json, parent),
            )
            if role == "user":
                self._conn.execute(
                    "UPDATE conversations SET title = ? WHERE id = ? AND title = ?",
                    (title_from(content), conversation_id, DEFAULT_TITLE),
                )
            self._touch(conversation_id)
        assert cur.lastrowid is not None
        return StoredMessage(cur.lastrowid, conversation_id, role, content, now, state, model, stats)

    def start_reply(self, conversation_id: int, model: str = "", variant_group: int | None = None) -> StoredMessage:
        """An empty assistant message in the "streaming" state after the last message shown, to be filled as the
        reply arrives. Replies already there (set aside by :meth:`keep_as_alternative`) become its earlier
        versions; ``variant_group`` is accepted for callers of an earlier version and not needed."""
        message = self.add_message(conversation_id, "assistant", "", state="streaming", model=model)
        versions = self.alternatives(message.id)
        return replace(message, variant=(len(versions), len(versions)))

    def update_reply(self, message_id: int, text: str) -> None:
        """Save the text a streaming reply has so far."""
        with self._conn:
            self._conn.execute("UPDATE messages SET content = ? WHERE id = ?", (text, message_id))

    def set_thinking(self, message_id: int, tally: ThoughtTally | None) -> None:
        """Save how long a reply thought (None: it had no thinking section)."""
        with self._conn:
            self._conn.execute(
                "UPDATE messages SET thinking = ? WHERE id = ?",
                (json.dumps(tally.to_dict()) if tally is not None else None, message_id),
            )

    def finish_reply(self, message_id: int, text: str, stats: ReplyStats) -> None:
        """Save a reply's whole text and its stats; it is then complete."""
        self._set_final(message_id, text, "complete", stats)

    def mark_interrupted(self, message_id: int, text: str | None = None, stats: ReplyStats | None = None) -> None:
        """The reply stopped abnormally (the engine died): keep its text, mark it interrupted."""
        self._set_final(message_id, text, "interrupted", stats)

    def _set_final(self, message_id: int, text: str | None, state: MessageState, stats: ReplyStats | None) -> None:
        stats_json = json.dumps(stats.to_dict()) if stats is not None else None
        with self._conn:
            if text is not None:
                self._conn.execute("UPDATE messages SET content = ? WHERE id = ?", (text, message_id))
            self._conn.execute(
                "UPDATE messages SET state = ?, stats = COALESCE(?, stats) WHERE id = ?",
                (state, stats_json, message_id),
            )
            self._conn.execute(
                "UPDATE conversations SET updated = ? WHERE id = (SELECT conversation_id FROM messages WHERE id = ?)",
                (self._clock(), message_id),
            )

    def truncate_after(self, message_id: int, keep_versions: bool = False) -> int:
        """Delete what follows ``message_id`` (every version and branch after it); returns how many.
        ``keep_versions`` deletes only what is shown after it, keeping the versions set aside."""
        return self._delete_below(message_id, keep_versions, include=False)

    def delete_from(self, message_id: int) -> int:
        """Delete ``message_id`` and everything that follows it; returns how many."""
        return self._delete_below(message_id, False, include=True)

    def clear(self, conversation_id: int) -> None:
        """Delete every message of a conversation; the conversation stays."""
        with self._conn:
            self._conn.execute("DELETE FROM messages WHERE conversation_id = ?", (conversation_id,))
            self._touch(conversation_id)

    def _delete_below(self, message_id: int, chosen_only: bool, include: bool) -> int:
        conversation_id = self.message(message_id).conversation_id
        chosen = "AND m.active = 1" if chosen_only else ""
        below = [int(row[0]) for row in self._conn.execute(
            "WITH RECURSIVE below(id) AS (SELECT ? UNION ALL SELECT m.id FROM messages m JOIN below b "
            f"ON m.parent_id = b.id WHERE m.conversation_id = ? {chosen}) SELECT id FROM below",
            (message_id, conversation_id),
        )]
        doomed = below if include else [mid for mid in below if mid != message_id]
        with self._conn:
            self._conn.executemany("DELETE FROM messages WHERE id = ?", [(mid,) for mid in doomed])
            self._touch(conversation_id)
        return len(doomed)

    # -- export --------------------------------------------------------------------------------

    def export_markdown(self, conversation_id: int) -> str:
        """The conversation as a Markdown document, each reply followed by its stats."""
        conversation = self.get(conversation_id)
        created = time.strftime("%Y-%m-%d %H:%M", time.localtime(conversation.created))
        parts = [f"# {conversation.title}", "", f"_Started {created}._", ""]
        for message in self.messages(conversation_id):
            heading = {"user": "You", "assistant": "Assistant", "system": "System prompt"}.get(
                message.role, message.role.capitalize()
            )
            if message.role == "assistant" and message.model:
                heading += f" ({message.model})"
            parts += [f"## {heading}", "", message.content.rstrip() or "_(empty)_", ""]
            if message.state == "interrupted":
                parts += ["_This reply was interrupted._", ""]
            if message.stats is not None:
                parts += [f"_{describe_stats(message.stats)}_", ""]
        return "\n".join(parts)


STOP_REASONS = {
    "eos": QT_TRANSLATE_NOOP("Chat", "the model finished"),
    "length": QT_TRANSLATE_NOOP("Chat", "reached the token limit"),
    "context": QT_TRANSLATE_NOOP("Chat", "the context was full"),
    "cancelled": QT_TRANSLATE_NOOP("Chat", "stopped by you"),
    "error": QT_TRANSLATE_NOOP("Chat", "an error"),
}
"""Why a reply ended, in English; shown through ``tr("Chat", …)``."""


def describe_stats(stats: ReplyStats, thinking_tokens: int = 0) -> str:
    """``42 tokens · 95.1 tok/s · first token 0.12 s · the model finished``; with ``thinking_tokens``, the tokens
    are split: ``340 thinking + 42 answer tokens · …`` (in the active language)."""
    if thinking_tokens:
        answer = max(0, stats.generated_tokens - thinking_tokens)
        tokens = tr("Chat", "{thinking} thinking + {answer} answer tokens").format(
            thinking=format_integer(min(thinking_tokens, stats.generated_tokens)), answer=format_integer(answer)
        )
    else:
        tokens = tr("Chat", "{count} tokens").format(count=format_integer(stats.generated_tokens))
    reason = STOP_REASONS.get(stats.stop_reason)
    return tr("Chat", "{tokens} · {rate} tok/s · first token {seconds} s · {reason}").format(
        tokens=tokens,
        rate=format_decimal(stats.tokens_per_second, 1),
        seconds=format_decimal(stats.time_to_first_token, 2),
        reason=tr("Chat", reason) if reason else stats.stop_reason,
    )


def title_from(text: str) -> str:
    """A conversation title from its first message: the first line, shortened."""
    line = " ".join(text.split())
    if len(line) <= TITLE_LENGTH:
        return line or DEFAULT_TITLE
    return line[: TITLE_LENGTH - 1].rstrip() + "…"


_COLUMNS = "id, conversation_id, role, content, created, state, model, stats, thinking"
"""The columns :func:`_message` reads, in its order."""


def _link_linear_messages(conn: sqlite3.Connection) -> None:
    """Give the messages of a database from before branches their parents: each follows the last message
    chosen before it, and the versions of a regenerated reply follow what the first of them followed."""
    rows = conn.execute("SELECT id, conversation_id, variant_group, active FROM messages ORDER BY id").fetchall()
    last: dict[int, int] = {}
    group_parent: dict[int, int | None] = {}
    links: list[tuple[int | None, int]] = []
    for mid, cid, group, active in rows:
        if group is not None and group in group_parent:
            parent = group_parent[group]
        else:
            parent = last.get(cid)
            if group is not None:
                group_parent[group] = parent
        links.append((parent, mid))
        if active:
            last[cid] = mid
    conn.executemany("UPDATE messages SET parent_id = ? WHERE id = ?", links)


def _message(row: tuple[Any, ...]) -> StoredMessage:
    mid, cid, role, content, created, state, model, stats, thinking = row
    parsed = ReplyStats.from_dict(json.loads(stats)) if stats else None
    if state not in ("complete", "interrupted", "streaming"):
        state = "complete"
    tally = None
    if thinking:
        try:
            data = json.loads(thinking)
        except ValueError:
            data = None
        tally = ThoughtTally.from_dict(data) if isinstance(data, dict) else None
    return StoredMessage(
        int(mid), int(cid), str(role), str(content), float(created), state, str(model), parsed, tally
    )


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)  # SQLITE_BUSY 5, SQLITE_LOCKED 6
    return code in (5, 6) or "locked" in str(exc)


class ReplyRecorder:
    """Saves a streaming reply without writing on every token.

    Text is written when ``interval`` seconds have passed or ``every_tokens`` pieces arrived since
    the last write, and always on :meth:`finish` / :meth:`interrupt`.
    """

    def __init__(
        self,
        store: ConversationStore,
        message_id: int,
        *,
        interval: float = 0.5,
        every_tokens: int = 64,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self.message_id = message_id
        self._interval = interval
        self._every = every_tokens
        self._clock = clock
        self._pieces: list[str] = []
        self._unsaved = 0
        self._last_save = clock()
        self.writes = 0
        """How many times the text was written (tests check the throttling)."""

    @property
    def text(self) -> str:
        return "".join(self._pieces)

    def append(self, piece: str) -> None:
        self._pieces.append(piece)
        self._unsaved += 1
        if self._unsaved >= self._every or self._clock() - self._last_save >= self._interval:
            self.flush()

    def flush(self) -> None:
        if self._unsaved:
            self._store.update_reply(self.message_id, self.text)
            self.writes += 1
        self._unsaved = 0
        self._last_save = self._clock()

    def finish(self, stats: ReplyStats, text: str | None = None) -> None:
        self._store.finish_reply(self.message_id, self.text if text is None else text, stats)

    def interrupt(self, text: str | None = None, stats: ReplyStats | None = None) -> None:
        self._store.mark_interrupted(self.message_id, self.text if text is None else text, stats)
