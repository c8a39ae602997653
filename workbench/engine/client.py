"""The parent's side of the engine process: the backend protocol, over a pipe.

A model runs in its own child process so that a bad file or a native abort ends that
process, not the caller; unload ends the process and returns its memory to the system.
"""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from collections.abc import Iterator

from workbench import errors
from workbench.backends import PlatformFacts, platform_facts
from workbench.childproc import ChildDied, ChildProcess
from workbench.engine.inspect import Inspection, inspect_model
from workbench.engine.messages import (
    BenchRequest,
    EvaluateChunksRequest,
    EvaluateRequest,
    Events,
    Failed,
    GenerateRequest,
    GenerateTextRequest,
    LoadRequest,
    MeasureThreadsRequest,
    Reply,
    Request,
    Result,
    ScoreTextRequest,
    ShutdownRequest,
    TokenizeRequest,
    TokenizeTextRequest,
    VocabularyRequest,
)
from workbench.engine.options import LoadOptions
from workbench.engine.process import engine_main
from workbench.engine.protocol import (
    BenchResult,
    ChatMessage,
    Evaluation,
    LoadedModel,
    PromptScores,
    ReplyDone,
    ReplyEvent,
    TokenEvent,
    Vocabulary,
)
from workbench.engine.thread_sweep import ThreadSweep
from workbench.formats import ModelDescription
from workbench.i18n import format_decimal, tr
from workbench.memory import FitEstimate
from workbench.sampling import SamplingParams

STOP_DEADLINE_SECONDS = 2.0
"""Stop, Unload, loading another model and closing end an engine that has not answered within this long:
a stopped process, a chat template that loops or a native call that never returns cannot hold the window."""
STOP_ANSWER_SECONDS = STOP_DEADLINE_SECONDS - 0.5
"""How long an engine gets to answer Stop before it is ended: the rest of the deadline is for ending it (a kill
and reaping the process take 0.1–0.3 s on a busy machine), so the whole stop stays within the deadline."""
SHUTDOWN_GRACE_SECONDS = STOP_DEADLINE_SECONDS / 3
"""How long a healthy engine gets to exit by itself after the shutdown request, then each step of ending it
(terminate, kill) gets as long: never more than the deadline in all."""
_POLL_SECONDS = 0.1


class EngineClient:
    """Runs models in an engine child process and talks to it with typed messages.

    One request runs at a time (a lock serialises them). :meth:`cancel` and :meth:`rss`
    may be called from any thread at any time.
    """

    def __init__(self, facts: PlatformFacts | None = None, threads_cache: str | os.PathLike[str] | None = None) -> None:
        self.facts = facts or platform_facts()
        """The machine's facts: which backends are installed (an MLX model needs mlx-lm)."""
        self.threads_cache = str(threads_cache) if threads_cache is not None else None
        """Where the engine keeps its thread sweeps (:class:`~workbench.engine.thread_sweep.ThreadsCache`); with
        None it keeps none and sweeps only when asked (:meth:`measure_threads`)."""
        self._lock = threading.RLock()
        self._child: ChildProcess | None = None
        self.loaded: LoadedModel | None = None
        self.model_info: ModelDescription | None = None
        self.fit: FitEstimate | None = None
        self._stop_requested: float | None = None
        """When Stop (or Unload, or loading another model) asked the running request to end; the engine must
        answer within :data:`STOP_DEADLINE_SECONDS` of it."""

    # -- process lifetime ----------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        child = self._child
        return child.pid if child is not None else None

    def is_alive(self) -> bool:
        child = self._child
        return child is not None and child.is_alive()

    def rss(self) -> int | None:
        """Resident memory of the engine process in bytes, or None when no engine runs."""
        import psutil

        pid = self.pid
        if pid is None:
            return None
        try:
            return int(psutil.Process(pid).memory_info().rss)
        except psutil.Error:
            return None

    def _start(self) -> None:
        self._child = ChildProcess(engine_main, name="engine", cancel_event=True)
        self._stop_requested = None
        try:
            self._receive()  # the engine says it is ready
        except errors.EngineCrashed as exc:
            self._stop()
            raise errors.EngineCrashed(
                tr(
                    "Engine", "The engine process could not start (exit code {code}); its error is in the terminal."
                ).format(code=exc.exit_code),
                exit_code=exc.exit_code,
            ) from exc

    def _stop(self) -> None:
        child, self._child = self._child, None
        self.loaded = None
        if child is not None:
            child.stop(ShutdownRequest(), grace=SHUTDOWN_GRACE_SECONDS)

    def _take(self) -> None:
        """Take the request lock for a step that replaces or ends the engine (load, unload). A request still
        running is asked to stop; if the engine has not let go within the deadline it is ended, which frees
        the thread that waits on it. Never waits much longer than twice the deadline."""
        if self._lock.acquire(timeout=0.01):
            return
        self.cancel()
        if self._lock.acquire(timeout=STOP_DEADLINE_SECONDS + 0.5):  # the waiting thread ends it at the deadline
            return
        child = self._child
        if child is not None:
            child.kill()  # the thread waiting on it sees it end and lets go
        if not self._lock.acquire(timeout=STOP_DEADLINE_SECONDS):
            raise errors.EngineHung(tr("Engine", "The engine did not stop in time; try again in a moment."))

    def kill(self) -> None:
        """End the engine abruptly (what a native crash looks like to the parent)."""
        child = self._child
        if child is not None:
            child.kill()

    # -- the protocol ----------------------------------------------------------------------

    def load(
        self,
        path: str,
        options: LoadOptions | None = None,
        *,
        force: bool = False,
        inspection: Inspection | None = None,
    ) -> LoadedModel:
        """Inspect, check the fit, then load ``path`` with ``options`` in a fresh engine process.

        The backend is the one the model's format names (a GGUF file on llama.cpp, an MLX-format folder on MLX).
        ``inspection``, made by :func:`~workbench.engine.inspect.inspect_model` for this path and these options,
        spares reading the model again. Raises a typed :class:`workbench.errors.WorkbenchError`: a bad file or
        folder, or a backend that is not installed, before any process starts;
        :class:`~workbench.errors.ModelDoesNotFit` unless ``force``; and :class:`~workbench.errors.EngineCrashed`
        if the backend aborts on the file.
        """
        options = options or LoadOptions()
        if inspection is None or not inspection.matches(path, options):
            inspection = inspect_model(path, options, self.facts)
        inspection.check_runnable()
        info, fit, choice = inspection.info, inspection.fit, inspection.choice
        if fit.verdict == "does not fit" and not force:
            raise errors.ModelDoesNotFit(
                tr("Engine", "{name} does not fit in memory. {explanation}").format(
                    name=info.name, explanation=fit.explanation
                )
            )
        self._take()
        try:
            self._stop()
            self._start()
            try:
                reply = self._request(LoadRequest(str(path), options, choice.backend, self.threads_cache))
            except errors.EngineCrashed as exc:
                self._stop()
                raise errors.EngineCrashed(
                    tr(
                        "Engine",
                        "The engine stopped while loading {name}: the file may be damaged or not supported by this "
                        "{backend} (exit code {code}).",
                    ).format(name=info.name, backend=choice.label, code=exc.exit_code),
                    exit_code=exc.exit_code,
                ) from exc
            except errors.WorkbenchError:
                self._stop()
                raise
            assert isinstance(reply, Result) and isinstance(reply.value, LoadedModel)
            self.loaded, self.model_info, self.fit = reply.value, info, fit
            return reply.value
        finally:
            self._lock.release()

    def generate(
        self, messages: list[ChatMessage], params: SamplingParams | None = None, thinking: bool | None = None
    ) -> Iterator[ReplyEvent]:
        """Stream a reply: :class:`TokenEvent` s, then one :class:`ReplyDone`. ``thinking`` True or False is the
        chat template's ``enable_thinking`` switch (None: the template's default).

        If the engine dies mid-reply, raises :class:`~workbench.errors.EngineCrashed` whose
        ``partial_text`` holds the text received so far.
        """
        return self._reply(GenerateRequest(list(messages), params or SamplingParams(), thinking))

    def generate_text(self, text: str, params: SamplingParams | None = None) -> Iterator[ReplyEvent]:
        """Continue a plain text, without the chat template (the OpenAI completions API), as :meth:`generate`
        streams a reply. The llama.cpp backend does; another answers with an :class:`~workbench.errors.EngineError`."""
        return self._reply(GenerateTextRequest(text, params or SamplingParams()))

    def score_text(self, text: str, top: int = 0) -> PromptScores:
        """Each token of ``text`` with its log-probability, and the ``top`` most likely tokens at each position
        (see :meth:`workbench.engine.llama_backend.LlamaBackend.score_text`)."""
        with self._lock:
            self._require_loaded()
            self._clear_cancel()
            reply = self._request(ScoreTextRequest(text, top))
            assert isinstance(reply, Result) and isinstance(reply.value, PromptScores)
            return reply.value

    def _reply(self, request: GenerateRequest | GenerateTextRequest) -> Iterator[ReplyEvent]:
        with self._lock:
            self._require_loaded()
            self._clear_cancel()
            received: list[str] = []
            finished = False
            self._send(request)
            try:
                while not finished:
                    try:
                        reply = self._receive()
                    except errors.EngineHung as exc:
                        self.loaded = None
                        raise errors.EngineHung(str(exc), partial_text="".join(received)) from exc
                    except errors.EngineCrashed as exc:
                        self.loaded = None
                        raise errors.EngineCrashed(
                            tr(
                                "Engine",
                                "The engine stopped in the middle of the reply (exit code {code}). The text so far "
                                "is kept; reload the model to go on.",
                            ).format(code=exc.exit_code),
                            partial_text="".join(received),
                            exit_code=exc.exit_code,
                        ) from exc
                    if isinstance(reply, Failed):
                        finished = True
                        raise _error_from(reply)
                    assert isinstance(reply, Events)
                    for event in reply.events:
                        if isinstance(event, TokenEvent):
                            received.append(event.text)
                        elif isinstance(event, ReplyDone):
                            finished = True
                        yield event
            finally:
                if not finished and self.is_alive():
                    self._drain_after_abandon()

    def _drain_after_abandon(self) -> None:
        """The caller stopped reading mid-reply: cancel, and read up to the reply's end."""
        self.cancel()
        try:
            while True:
                reply = self._receive()
                if isinstance(reply, Failed):
                    return
                if isinstance(reply, Events) and any(isinstance(e, ReplyDone) for e in reply.events):
                    return
        except errors.EngineCrashed:
            self.loaded = None

    def count_tokens(self, messages: list[ChatMessage], thinking: bool | None = None) -> int:
        """How many tokens ``messages`` take with the loaded model's chat template (``thinking``: its
        ``enable_thinking`` switch, None for the template's default)."""
        with self._lock:
            self._require_loaded()
            reply = self._request(TokenizeRequest(list(messages), thinking))
            assert isinstance(reply, Result) and isinstance(reply.value, int)
            return reply.value

    def bench(self, n_prompt: int = 512, n_gen: int = 128, repetitions: int = 3) -> BenchResult:
        with self._lock:
            self._require_loaded()
            self._clear_cancel()
            reply = self._request(BenchRequest(n_prompt, n_gen, repetitions))
            assert isinstance(reply, Result) and isinstance(reply.value, BenchResult)
            return reply.value

    def tokenize_text(self, text: str) -> list[int]:
        """Plain text as the loaded model's token ids (no template, no beginning-of-text token)."""
        with self._lock:
            self._require_loaded()
            reply = self._request(TokenizeTextRequest(text))
            assert isinstance(reply, Result) and isinstance(reply.value, list)
            return reply.value

    def vocabulary(self) -> Vocabulary:
        with self._lock:
            self._require_loaded()
            reply = self._request(VocabularyRequest())
            assert isinstance(reply, Result) and isinstance(reply.value, Vocabulary)
            return reply.value

    def evaluate(self, tokens: list[int], first_scored: int, distributions: bool = False) -> Evaluation:
        """One chunk's predictions (see :meth:`workbench.engine.protocol.Backend.evaluate`); :meth:`cancel`
        stops it between batches with an :class:`~workbench.errors.EngineError`."""
        with self._lock:
            self._require_loaded()
            self._clear_cancel()
            reply = self._request(EvaluateRequest(list(tokens), first_scored, distributions))
            assert isinstance(reply, Result) and isinstance(reply.value, Evaluation)
            return reply.value

    def evaluate_chunks(
        self, chunks: list[list[int]], first_scored: int, distributions: bool = False
    ) -> list[Evaluation]:
        """Several chunks' predictions, in order (see :meth:`workbench.engine.protocol.EngineBackend.evaluate_chunks`);
        the engine runs them side by side where it can. :meth:`cancel` stops it with an
        :class:`~workbench.errors.EngineError`."""
        with self._lock:
            self._require_loaded()
            self._clear_cancel()
            reply = self._request(EvaluateChunksRequest([list(c) for c in chunks], first_scored, distributions))
            assert isinstance(reply, Result) and isinstance(reply.value, tuple)
            return list(reply.value)

    def measure_threads(self) -> ThreadSweep:
        """Time the loaded model at each thread count now (a few seconds, llama-bench style), keep the result for
        this computer and size class, and use it from the next step on (automatic threads only)."""
        with self._lock:
            self._require_loaded()
            self._clear_cancel()
            reply = self._request(MeasureThreadsRequest())
            assert isinstance(reply, Result) and isinstance(reply.value, ThreadSweep)
            sweep, loaded = reply.value, self.loaded
            if loaded is not None and loaded.options is not None and loaded.options.threads <= 0:
                self.loaded = dataclasses.replace(loaded, threads_in_force=sweep.in_force())
            return sweep

    def cancel(self) -> None:
        """Stop the running request at its next token (or batch, or chunk). Any thread; a no-op when idle.

        An engine that has not answered within :data:`STOP_DEADLINE_SECONDS` is ended, and the request
        raises :class:`~workbench.errors.EngineHung` (a reply keeps the text received so far)."""
        self._stop_requested = time.monotonic()
        child = self._child
        if child is not None:
            child.request_cancel()

    def _clear_cancel(self) -> None:
        child = self._child
        if child is not None:
            child.clear_cancel()

    def unload(self) -> None:
        """End the engine process; its memory returns to the system. An engine that does not answer is
        ended within :data:`STOP_DEADLINE_SECONDS`; this never waits much longer than twice that."""
        self._take()
        try:
            self._stop()
            self.model_info = None
            self.fit = None
        finally:
            self._lock.release()

    close = unload

    def __enter__(self) -> EngineClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.unload()

    # -- the pipe --------------------------------------------------------------------------

    def _require_loaded(self) -> None:
        if self.loaded is None or not self.is_alive():
            raise errors.EngineNotLoaded(tr("Engine", "No model is loaded: load one first."))

    def _send(self, request: Request) -> None:
        child = self._child
        assert child is not None
        self._stop_requested = None
        try:
            child.send(request)
        except ChildDied as exc:
            raise self._crashed(exc) from exc

    def _request(self, request: Request) -> Reply:
        self._send(request)
        reply = self._receive()
        if isinstance(reply, Failed):
            raise _error_from(reply)
        return reply

    def _receive(self) -> Reply:
        child = self._child
        assert child is not None
        while True:
            try:
                reply: Reply | None = child.poll(_POLL_SECONDS)
            except ChildDied as exc:
                raise self._crashed(exc) from exc
            if reply is not None:
                return reply
            asked = self._stop_requested
            if asked is not None and time.monotonic() - asked > STOP_ANSWER_SECONDS:
                code = child.exit_code
                child.kill()  # it does not answer: nothing to wait for (a stopped process ignores SIGTERM, not SIGKILL)
                child.terminate(grace=STOP_DEADLINE_SECONDS / 4)  # reaps it and releases the pipe
                self.loaded = None
                raise errors.EngineHung(
                    tr(
                        "Engine",
                        "The engine did not answer within {seconds} seconds of Stop, so it was ended. The text so "
                        "far is kept; load the model again to go on.",
                    ).format(seconds=format_decimal(STOP_ANSWER_SECONDS, 1)),
                    exit_code=code,
                )

    @staticmethod
    def _crashed(died: ChildDied) -> errors.EngineCrashed:
        code = died.exit_code
        return errors.EngineCrashed(
            tr("Engine", "The engine process stopped (exit code {code}).").format(code=code), exit_code=code
        )


def _error_from(failed: Failed) -> errors.WorkbenchError:
    """Rebuild the typed error the engine reported: in the active language when it is one of the engine's
    fixed sentences (marked for translation where the engine raises it; the engine process itself speaks
    English)."""
    failed = dataclasses.replace(failed, message=tr("Engine", failed.message))
    cls = getattr(errors, failed.kind, None)
    if not (isinstance(cls, type) and issubclass(cls, errors.WorkbenchError)):
        cls = errors.EngineError
    if issubclass(cls, errors.ModelFileError):
        err = errors.WorkbenchError.__new__(cls)
        errors.WorkbenchError.__init__(err, failed.message)
        err.path, err.reason = "", failed.message
        return err
    if issubclass(cls, errors.EngineCrashed):
        return errors.EngineCrashed(failed.message)
    return cls(failed.message)
