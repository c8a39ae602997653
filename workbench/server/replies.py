"""One reply for the server: generated on a worker thread (the engine's calls block), handed to the server's event
loop piece by piece, cut at a client's stop strings, and stopped the moment the client goes away.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from workbench.engine.protocol import ChatMessage, PromptScores, ReplyDone, ReplyEvent, ReplyStats, TokenEvent
from workbench.errors import WorkbenchError
from workbench.sampling import SamplingParams
from workbench.server.turns import SERVER, SharedRunner, Turn


@dataclass(frozen=True)
class Piece:
    """Text of the reply to send now (never part of a stop string)."""

    text: str


@dataclass(frozen=True)
class Finished:
    """The reply's end: why, its token counts, and the engine's figures."""

    finish_reason: str
    """``stop`` (the model finished, or a stop string came) or ``length`` (max tokens or a full context)."""
    prompt_tokens: int
    completion_tokens: int
    stats: ReplyStats | None


@dataclass(frozen=True)
class Failed:
    error: WorkbenchError


Item = Piece | Finished | Failed


def held_back(text: str, stops: tuple[str, ...]) -> int:
    """How many characters at the end of ``text`` could be the start of a stop string (so are not sent yet)."""
    longest = 0
    for stop in stops:
        for size in range(min(len(stop) - 1, len(text)), longest, -1):
            if text.endswith(stop[:size]):
                longest = size
                break
    return longest


def first_stop(text: str, stops: tuple[str, ...], start: int) -> int:
    """Where the earliest stop string begins in ``text`` at or after ``start``; -1 if none does."""
    found = [i for i in (text.find(stop, start) for stop in stops) if i >= 0]
    return min(found) if found else -1


class ServerReply:
    """Streams a reply to ``messages``; read its items from :attr:`items` on the event loop.

    :meth:`stop` (from the event loop, when the client went away) stops it at the next token, waiting or not.
    """

    def __init__(self, runner: SharedRunner, produce: Callable[[Turn], Iterator[ReplyEvent]],
                 stops: tuple[str, ...], loop: asyncio.AbstractEventLoop, kind: str = "chat") -> None:
        """``produce`` starts the reply once given its turn (see :meth:`chat` and :meth:`text`)."""
        self.kind = kind
        self.prepare: Callable[[], None] | None = None
        """Run first on the reply's thread (loading the model a request names)."""
        self.runner = runner
        self.produce = produce
        self.stops = stops
        self.turn = Turn(SERVER)
        self.items: asyncio.Queue[Item] = asyncio.Queue()
        self._loop = loop
        self.done = False

    @classmethod
    def chat(cls, runner: SharedRunner, messages: list[ChatMessage], params: SamplingParams,
             stops: tuple[str, ...], loop: asyncio.AbstractEventLoop) -> ServerReply:
        """A reply to a conversation."""
        return cls(runner, lambda turn: runner.generate(messages, params, user=SERVER, turn=turn), stops, loop,
                   "chat")

    @classmethod
    def text(cls, runner: SharedRunner, text: str, params: SamplingParams, stops: tuple[str, ...],
             loop: asyncio.AbstractEventLoop) -> ServerReply:
        """A continuation of a plain text."""
        return cls(runner, lambda turn: runner.generate_text(text, params, turn=turn), stops, loop, "text")

    def stop(self) -> None:
        if not self.done:
            self.runner.cancel_turn(self.turn)

    def _put(self, item: Item) -> None:
        with contextlib.suppress(RuntimeError):  # the loop has closed: the server is gone, nobody reads
            self._loop.call_soon_threadsafe(self.items.put_nowait, item)

    def run(self) -> None:
        """Generate the reply (on the :class:`ReplyWorker`'s thread)."""
        text, sent, tokens = "", 0, 0
        stopped_at: int | None = None
        item: Item | None = None
        try:
            if self.prepare is not None:
                self.prepare()
            for event in self.produce(self.turn):
                if isinstance(event, TokenEvent):
                    if stopped_at is not None:
                        continue  # the engine was asked to stop: its last tokens are not part of the reply
                    tokens = max(tokens, event.index + 1)
                    text += event.text
                    if self.stops:
                        at = first_stop(text, self.stops, max(0, sent - max(map(len, self.stops))))
                        if at >= 0:
                            stopped_at = tokens
                            if at > sent:
                                self._put(Piece(text[sent:at]))
                            sent = at
                            self.runner.cancel_turn(self.turn)
                            continue
                    safe = len(text) - held_back(text, self.stops)
                    if safe > sent:
                        self._put(Piece(text[sent:safe]))
                        sent = safe
                elif isinstance(event, ReplyDone):
                    item = self._finish(event, text, sent, stopped_at)
            if item is None:
                item = Finished("stop", 0, tokens, None)
        except WorkbenchError as exc:
            item = Failed(exc)
        except Exception as exc:  # noqa: BLE001 - a reply that breaks must still end for its client
            item = Failed(WorkbenchError(f"The reply broke off: {str(exc)[:200] or 'no details'}"))
        finally:
            self.done = True
            self._put(item if item is not None else Failed(WorkbenchError("The reply was stopped.")))

    def _finish(self, done: ReplyDone, text: str, sent: int, stopped_at: int | None) -> Finished:
        stats = done.stats
        if stopped_at is not None:
            return Finished("stop", stats.prompt_tokens, stopped_at, stats)
        rest = done.text[sent:] if done.text.startswith(text[:sent]) else text[sent:]
        if rest:
            self._put(Piece(rest))
        reason = "length" if stats.stop_reason in ("length", "context") else "stop"
        return Finished(reason, stats.prompt_tokens, stats.generated_tokens, stats)


@dataclass(frozen=True)
class Scored:
    scores: PromptScores


class ServerScore:
    """Scores a text for the server (``echo`` with ``logprobs``): one answer, read from :attr:`items`."""

    def __init__(self, runner: SharedRunner, text: str, top: int, loop: asyncio.AbstractEventLoop) -> None:
        self.runner, self.text, self.top = runner, text, top
        self.turn = Turn(SERVER)
        self.prepare: Callable[[], None] | None = None
        self.items: asyncio.Queue[Scored | Failed] = asyncio.Queue()
        self._loop = loop
        self.done = False

    def stop(self) -> None:
        if not self.done:
            self.runner.cancel_turn(self.turn)

    def run(self) -> None:
        try:
            if self.prepare is not None:
                self.prepare()
            item: Scored | Failed = Scored(self.runner.score_text(self.text, self.top, turn=self.turn))
        except WorkbenchError as exc:
            item = Failed(exc)
        except Exception as exc:  # noqa: BLE001 - the client must get an answer
            item = Failed(WorkbenchError(f"Scoring broke off: {str(exc)[:200] or 'no details'}"))
        self.done = True
        with contextlib.suppress(RuntimeError):
            self._loop.call_soon_threadsafe(self.items.put_nowait, item)


class ReplyWorker:
    """The server's thread that generates replies, one after another in the order they came (the engine runs one
    reply at a time anyway; one thread that waits for work answers sooner than a new thread per request)."""

    def __init__(self, on_idle: Callable[[], object] | None = None, idle_check: float = 1.0) -> None:
        """``on_idle`` is called on this thread about every ``idle_check`` seconds while no reply comes."""
        self._on_idle = on_idle
        self._idle_check = idle_check
        self._queue: queue.Queue[ServerReply | ServerScore | None] = queue.Queue()
        self._thread = threading.Thread(target=self._work, name="server-replies", daemon=True)
        self._thread.start()

    @property
    def backlog(self) -> int:
        """Replies waiting for this thread."""
        return self._queue.qsize()

    def submit(self, reply: ServerReply | ServerScore) -> None:
        self._queue.put(reply)

    def stop(self, timeout: float) -> None:
        """End the thread after the replies already given (stop them first); waits at most ``timeout`` seconds."""
        self._queue.put(None)
        self._thread.join(timeout)

    def _work(self) -> None:
        while True:
            try:
                reply = self._queue.get(timeout=self._idle_check)
            except queue.Empty:
                if self._on_idle is not None:
                    with contextlib.suppress(Exception):
                        self._on_idle()
                continue
            if reply is None:
                return
            reply.run()


async def next_item(reply: ServerReply, disconnected: Any, poll: float = 0.1) -> Item | None:
    """The reply's next item, or None once ``disconnected()`` says the client went away (the reply is stopped)."""
    while True:
        try:
            return await asyncio.wait_for(reply.items.get(), poll)
        except asyncio.TimeoutError:
            if await disconnected():
                reply.stop()
                return None


def clock() -> float:
    return time.perf_counter()
