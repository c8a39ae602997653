"""One engine, shared fairly: the chat and the local server queue for it, first come first served.

A reply holds the engine for as long as it streams; whoever comes next waits its turn (with a deadline) and can
see who holds it. :class:`SharedRunner` is the model runner the window and ``slm-workbench serve`` use: the
:class:`~workbench.endpoints.runner.ActiveRunner` whose replies take turns.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from workbench.endpoints.runner import ActiveRunner
from workbench.engine.client import EngineClient
from workbench.engine.protocol import ChatMessage, PromptScores, ReplyEvent
from workbench.errors import PlainTextUnsupported, WorkbenchError
from workbench.sampling import SamplingParams

CHAT = "the chat"
"""Who asks when no one is named: the window's chat."""
SERVER = "the server"
TURN_WAIT_SECONDS = 600.0
"""The longest a reply waits for the engine before it gives up (a long reply of the other side's)."""


class TurnNotGiven(WorkbenchError):
    """A reply waited too long for the engine, or was stopped while it waited."""


@dataclass(eq=False)
class Turn:
    """One reply's place in the queue for the engine."""

    user: str
    """Who asked: :data:`CHAT`, :data:`SERVER`, …"""
    cancelled: threading.Event = field(default_factory=threading.Event)
    """Set to leave the queue (or, once holding, to stop the reply)."""


class EngineTurns:
    """A first-come, first-served queue for one engine.

    :meth:`take` waits until every earlier turn has been released; listeners hear of every change (on the thread
    that made it; a listener must not block).
    """

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._queue: deque[Turn] = deque()
        self._holder: Turn | None = None
        self._listeners: list[Callable[[], None]] = []

    @property
    def holder(self) -> str | None:
        """Who uses the engine now (None: no one)."""
        holder = self._holder
        return holder.user if holder is not None else None

    @property
    def waiting(self) -> list[str]:
        """Who waits for the engine, in order."""
        with self._changed:
            return [turn.user for turn in self._queue]

    def listen(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` after every change of holder or queue; returns what undoes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def take(self, turn: Turn, timeout: float = TURN_WAIT_SECONDS) -> None:
        """Wait until ``turn`` holds the engine: :class:`TurnNotGiven` after ``timeout`` seconds or when
        ``turn.cancelled`` is set while it waits."""
        deadline = time.monotonic() + timeout
        with self._changed:
            self._queue.append(turn)
        self._notify()
        try:
            with self._changed:
                while self._holder is not None or self._queue[0] is not turn:
                    left = deadline - time.monotonic()
                    if turn.cancelled.is_set():
                        raise TurnNotGiven("The reply was stopped while it waited for the model.")
                    if left <= 0:
                        raise TurnNotGiven(
                            f"The model stayed busy (used by {self.holder or 'another reply'}) for "
                            f"{timeout:g} seconds; try again later."
                        )
                    self._changed.wait(min(left, 0.05))  # a cancel sets no condition: look again soon
                self._queue.popleft()
                self._holder = turn
        except BaseException:
            with self._changed:
                if turn in self._queue:
                    self._queue.remove(turn)
                self._changed.notify_all()
            self._notify()
            raise
        self._notify()

    def release(self, turn: Turn) -> None:
        """``turn`` no longer needs the engine; the next in the queue gets it."""
        with self._changed:
            if self._holder is turn:
                self._holder = None
            elif turn in self._queue:
                self._queue.remove(turn)
            self._changed.notify_all()
        self._notify()

    def is_holding(self, turn: Turn) -> bool:
        return self._holder is turn

    def cancel_user(self, user: str) -> bool:
        """Stop every turn of ``user`` (waiting or holding); True if one of them holds the engine."""
        with self._changed:
            turns = [t for t in self._queue if t.user == user]
            holder = self._holder
            if holder is not None and holder.user == user:
                turns.append(holder)
            for turn in turns:
                turn.cancelled.set()
            self._changed.notify_all()
        return holder is not None and holder.user == user

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()


class SharedRunner(ActiveRunner):
    """The model runner whose replies take turns (see :class:`EngineTurns`).

    :meth:`generate` waits for the engine first; :meth:`cancel` with no user stops the chat's reply only, so the
    chat's Stop never cuts a reply the server is sending (and :meth:`cancel_turn` stops one given turn).
    """

    def __init__(self, local: EngineClient) -> None:
        super().__init__(local)
        self.turns = EngineTurns()

    def generate(
        self,
        messages: list[ChatMessage],
        params: SamplingParams | None = None,
        thinking: bool | None = None,
        *,
        user: str = CHAT,
        turn: Turn | None = None,
    ) -> Iterator[ReplyEvent]:
        """Wait for the engine (as ``turn``, or a new turn of ``user``), then stream the reply (``thinking``: the
        chat template's Think switch, None for its default)."""
        return self._in_turn(
            lambda: super(SharedRunner, self).generate(messages, params, thinking), turn or Turn(user)
        )

    def generate_text(self, text: str, params: SamplingParams | None = None, *, turn: Turn) -> Iterator[ReplyEvent]:
        """Wait for the engine, then continue a plain text (a model on this computer only)."""
        return self._in_turn(lambda: self._local_only().generate_text(text, params), turn)

    def score_text(self, text: str, top: int, *, turn: Turn) -> PromptScores:
        """Wait for the engine, then score each token of ``text`` (a model on this computer only)."""
        self.turns.take(turn)
        try:
            if turn.cancelled.is_set():
                raise TurnNotGiven("The request was stopped while it waited for the model.")
            return self._local_only().score_text(text, top)
        finally:
            self.turns.release(turn)

    def _local_only(self) -> EngineClient:
        if self.remote is not None:
            raise PlainTextUnsupported(
                "The model chosen runs on another server: it cannot continue or score plain text here."
            )
        return self.local

    def _in_turn(self, reply: Callable[[], Iterator[ReplyEvent]], turn: Turn) -> Iterator[ReplyEvent]:
        self.turns.take(turn)
        try:
            if turn.cancelled.is_set():
                return
            for event in reply():
                if turn.cancelled.is_set():
                    super().cancel()  # a stop that came before the engine started listening
                yield event
        finally:
            self.turns.release(turn)

    def cancel(self, user: str = CHAT) -> None:
        """Stop ``user``'s replies: the one streaming now, and any waiting for the engine."""
        if self.turns.cancel_user(user):
            super().cancel()

    def cancel_turn(self, turn: Turn) -> None:
        """Stop one reply, waiting or streaming. Any thread."""
        turn.cancelled.set()
        if self.turns.is_holding(turn):
            super().cancel()


def engine_use(holder: str | None, waiting: list[str], seen_by: str) -> str:
    """One line for ``seen_by`` (the chat, the server): who else uses the engine now, and who waits; "" when no
    one else does."""
    others_waiting = [user for user in waiting if user != seen_by]
    own_waiting = len(waiting) - len(others_waiting)
    if holder is None or (holder == seen_by and not others_waiting):
        return ""
    if holder == seen_by:
        return f"{others_waiting[0].capitalize()} waits for the model."
    line = f"The model is answering {holder}"
    if own_waiting == 1:
        line += "; a reply here waits its turn"
    elif own_waiting > 1:
        line += f"; {own_waiting} replies here wait their turn"
    return line + "."
