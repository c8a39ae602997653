"""Streams one reply from the engine on a worker thread, saving it as it arrives.

Tokens cross to the GUI thread one signal each; the text shown and the signals for the charts
are batched by a ~40 ms timer, so a fast model never makes the window re-render per token.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ui.errors import error_line
from ui.i18n import tr
from ui.jobs import JobHandle, JobRunner
from workbench.chat.thinking import TemplateThinking, ThoughtTally, split_thinking
from workbench.conversations import ConversationStore, ReplyRecorder
from workbench.endpoints.runner import ActiveRunner
from workbench.engine.client import EngineClient
from workbench.engine.protocol import ChatMessage, ReplyDone, TokenEvent
from workbench.errors import EngineCrashed, EngineError
from workbench.jobs import CancelToken, ProgressCallback
from workbench.sampling import SamplingParams

BATCH_MS = 66
"""How often a streaming reply's text is shown again: 15 times a second reads as smooth, and each time lays the text
out and paints it on the window's thread, which on a small computer shares the cores with the model (see
:data:`ui.charts.panel.REFRESH_HZ`)."""


class ReplyStream(QObject):
    """One reply at a time: the worker, the recorder that saves it, and the batching timer.

    Signals (all on the GUI thread):
        reply_started(int): a reply began; the argument is its message id in the store.
        text_updated(int, str): the reply's whole text so far (batched, about every 40 ms).
        tokens_received(int, float, float): a batch arrived: how many tokens, seconds since the
            request reached the engine (time of the batch's last token), and the batch's rate in
            tokens per second (0.0 for the first batch). For the live charts.
        reply_finished(int, object): the reply is complete; its
            :class:`~workbench.engine.protocol.ReplyStats` (``stop_reason`` "cancelled" after Stop).
        reply_failed(int, str, bool): the reply broke off: message id, the one-line reason, and
            whether the engine process died (then the model must be reloaded).
        reply_noted(str): the engine said something about a finished reply (one line, plain text; a chat
            template that failed and was replaced by a plain prompt).
        thought(int, object): the reply's thinking section ended (or the reply ended inside it): message id and
            its :class:`~workbench.chat.thinking.ThoughtTally` (saved with the message).
    """

    reply_started = Signal(int)
    """A reply began (its message id)."""
    text_updated = Signal(int, str)
    """The reply's text so far (message id, text); batched."""
    tokens_received = Signal(int, float, float)
    """A batch of tokens: count, seconds since the request, tokens/s over this batch."""
    reply_finished = Signal(int, object)
    """The reply is complete: message id and its ReplyStats."""
    reply_failed = Signal(int, str, bool)
    """The reply broke off: message id, reason, whether the engine died."""
    reply_noted = Signal(str)
    """A note about the finished reply, one line (GUI thread)."""
    thought = Signal(int, object)
    """The reply's thinking section ended: message id and its ThoughtTally."""

    def __init__(
        self,
        engine: EngineClient | ActiveRunner,
        jobs: JobRunner,
        store: ConversationStore,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._jobs = jobs
        self._store = store
        self._handle: JobHandle | None = None
        self._recorder: ReplyRecorder | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(BATCH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._batch_count = 0
        self._batch_time = 0.0
        self._last_batch_time: float | None = None
        self.conversation_id: int | None = None
        self.template: TemplateThinking | None = None
        """What the loaded model's chat template does about thinking (set by the chat when a model loads)."""
        self.reply_template: TemplateThinking | None = None
        """What it does for the reply being written: its Think switch applied."""
        self._thinking = _ThinkingWatch(None)

    @property
    def running(self) -> bool:
        return self._handle is not None

    @property
    def message_id(self) -> int | None:
        return self._recorder.message_id if self._recorder is not None else None

    def start(
        self,
        conversation_id: int,
        messages: list[ChatMessage],
        params: SamplingParams,
        model: str,
        variant_group: int | None = None,
        thinking: bool | None = None,
    ) -> int:
        """Start a reply to ``messages`` in ``conversation_id``; returns the new reply's message id. A reply kept
        aside there before (``ConversationStore.keep_as_alternative``) becomes its earlier version (``variant_group``
        is no longer needed). ``thinking``: the chat template's Think switch (None: the template's default)."""
        if self._handle is not None:
            raise RuntimeError(tr("Chat", "a reply is already streaming"))
        engine = self._engine
        reply = self._store.start_reply(conversation_id, model, variant_group)
        self._recorder = ReplyRecorder(self._store, reply.id)
        self.conversation_id = conversation_id
        self._batch_count, self._last_batch_time = 0, None
        self.reply_template = self.template.switched(thinking) if self.template is not None else None
        self._thinking = _ThinkingWatch(self.reply_template)

        def stream(progress: ProgressCallback, cancel: CancelToken) -> ReplyDone:
            cancel.on_cancel(engine.cancel)
            for event in engine.generate(messages, params, thinking):
                if cancel.cancelled:
                    engine.cancel()  # a Stop that came before the engine started listening
                if isinstance(event, ReplyDone):
                    return event
                progress(event)
            raise EngineError(tr("Chat", "The reply ended without its statistics."))

        handle = self._jobs.start(stream, "reply")
        handle.progress.connect(self._on_job_progress)
        handle.finished.connect(self._on_job_finished)
        handle.failed.connect(self._on_job_failed)
        handle.cancelled.connect(self._on_job_cancelled)
        self._handle = handle
        self._timer.start()
        self.reply_started.emit(reply.id)
        return reply.id

    def stop(self) -> None:
        """Stop the reply at its next token; it finishes with stop reason "cancelled"."""
        if self._handle is not None:
            self._handle.cancel()
        self._engine.cancel()

    def close(self) -> None:
        """The window is closing: stop the reply and keep what arrived, marked interrupted (its job's last
        signals will not be delivered any more)."""
        self.stop()
        recorder = self._end()
        if recorder is not None:
            recorder.interrupt()

    @Slot(object)
    def _on_job_progress(self, event: Any) -> None:
        if isinstance(event, TokenEvent) and self._recorder is not None:
            self._recorder.append(event.text)
            self._batch_count += 1
            self._batch_time = event.time

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self._batch_count or self._recorder is None:
            return
        previous = self._last_batch_time
        elapsed = self._batch_time - previous if previous is not None else 0.0
        rate = self._batch_count / elapsed if elapsed > 0 else 0.0
        self.tokens_received.emit(self._batch_count, self._batch_time, rate)
        text = self._recorder.text
        tally = self._thinking.batch(text, self._batch_count, self._batch_time)
        self._batch_count, self._last_batch_time = 0, self._batch_time
        self.text_updated.emit(self._recorder.message_id, text)
        if tally is not None:
            self._store.set_thinking(self._recorder.message_id, tally)
            self.thought.emit(self._recorder.message_id, tally)

    @Slot(object)
    def _on_job_finished(self, done: Any) -> None:
        recorder = self._end()
        if recorder is None:
            return
        assert isinstance(done, ReplyDone)
        recorder.finish(done.stats, done.text)
        self.text_updated.emit(recorder.message_id, done.text)
        self.reply_finished.emit(recorder.message_id, done.stats)
        for note in done.notes:
            self.reply_noted.emit(note)

    @Slot(object)
    def _on_job_failed(self, exc: Any) -> None:
        recorder = self._end()
        if recorder is None:
            return
        died = isinstance(exc, EngineCrashed)
        text = exc.partial_text or recorder.text if isinstance(exc, EngineCrashed) else recorder.text
        recorder.interrupt(text)
        self.text_updated.emit(recorder.message_id, text)
        self.reply_failed.emit(recorder.message_id, error_line(exc), died)

    @Slot()
    def _on_job_cancelled(self) -> None:
        recorder = self._end()
        if recorder is not None:  # stopped before the engine was even asked
            recorder.interrupt()
            self.reply_failed.emit(recorder.message_id, tr("Chat", "The reply was stopped before it began."), False)

    def _end(self) -> ReplyRecorder | None:
        """Flush the last batch and forget the finished job."""
        self._on_timer_timeout()
        self._timer.stop()
        recorder, self._recorder, self._handle = self._recorder, None, None
        if recorder is not None:
            tally = self._thinking.ended()
            if tally is not None:
                self._store.set_thinking(recorder.message_id, tally)
                self.thought.emit(recorder.message_id, tally)
        return recorder


class _ThinkingWatch:
    """Counts a streaming reply's thinking tokens and times its thinking section, batch by batch."""

    def __init__(self, template: TemplateThinking | None) -> None:
        self.template = template
        self.tokens = 0
        self.seconds = 0.0
        self.state = "none"
        self.closed = False

    def batch(self, text: str, count: int, seconds: float) -> ThoughtTally | None:
        """A batch of ``count`` tokens arrived, the last at ``seconds``; the tally when thinking just ended."""
        if self.closed:
            return None
        self.state = split_thinking(text, self.template, streaming=True).state
        if self.state == "none":
            return None
        self.tokens += count  # the batch that closes the section counts as thinking: a token or two at most
        self.seconds = seconds
        if self.state == "closed":
            self.closed = True
            return self._tally(cut_off=False)
        return None

    def ended(self) -> ThoughtTally | None:
        """The reply ended: the tally of a section it ended inside (cut off), else None (already reported)."""
        if self.closed or self.state != "open":
            return None
        self.closed = True
        return self._tally(cut_off=True)

    def _tally(self, cut_off: bool) -> ThoughtTally:
        opened = self.template is not None and self.template.opens
        return ThoughtTally(self.tokens, self.seconds, opened=opened, cut_off=cut_off)
