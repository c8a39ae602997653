"""The engine process's main loop: receive a request, run it on the backend, send the answer."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any

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
    Result,
    ScoreTextRequest,
    ShutdownRequest,
    TokenizeRequest,
    TokenizeTextRequest,
    VocabularyRequest,
)
from workbench.engine.protocol import EngineBackend, ReplyDone, ReplyEvent
from workbench.engine.registry import UnknownBackend, create_backend
from workbench.errors import EngineError, EngineNotLoaded, WorkbenchError
from workbench.i18n import QT_TRANSLATE_NOOP

FLUSH_SECONDS = 0.025
"""Fast token streams are sent in batches about this long: imperceptible to a reader, and it spares
the parent (which shares the CPU cores with the engine) a wake-up per token."""


def engine_main(conn: Connection, cancel_event: Any) -> None:
    """Serve requests until shutdown or until the parent goes away."""
    # Ctrl-C in a terminal reaches the whole process group; the parent decides what it means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A native abort ends this process and the window reports it; llama.cpp would first run a debugger for a
    # backtrace, which takes seconds and fills the terminal.
    os.environ.setdefault("GGML_NO_BACKTRACE", "1")
    backend: EngineBackend | None = None
    conn.send(Result(None))  # ready: the process started and imported what it needs
    try:
        while True:
            try:
                request = conn.recv()
            except (EOFError, OSError):
                return
            if isinstance(request, ShutdownRequest):
                return
            try:
                if isinstance(request, LoadRequest):
                    backend = backend_for(request.backend, backend, cancel_event)
                _serve(conn, backend, request)
            except (BrokenPipeError, EOFError):
                return
    finally:
        if backend is not None:
            backend.unload()


def backend_for(backend_id: str, current: EngineBackend | None, cancel_event: Any) -> EngineBackend | None:
    """The backend a load request names, looked up in :mod:`workbench.engine.registry`: the current one, or a new
    one after the current one has unloaded (None when no backend has that id: the load then fails with a reason).
    Creating a backend imports no native code; its first load does."""
    if current is not None and current.backend_id == backend_id:
        return current
    if current is not None:
        current.unload()
    try:
        return create_backend(backend_id, cancel_event)
    except UnknownBackend:
        return None


def _serve(conn: Connection, backend: EngineBackend | None, request: object) -> None:
    try:
        if backend is None:
            if isinstance(request, LoadRequest):
                raise EngineError(f"This engine has no backend named {request.backend!r}.")
            raise EngineNotLoaded(QT_TRANSLATE_NOOP("Engine", "No model is loaded."))
        if isinstance(request, LoadRequest):
            keep_sweeps = getattr(backend, "keep_thread_sweeps", None)  # backends that choose threads (llama.cpp)
            if keep_sweeps is not None:
                keep_sweeps(request.threads_cache)
            conn.send(Result(backend.load(request.path, request.options)))
        elif isinstance(request, MeasureThreadsRequest):
            measure = getattr(backend, "measure_threads", None)
            if measure is None:
                raise EngineError(
                    QT_TRANSLATE_NOOP("Engine", "This backend chooses its own threads: there is nothing to measure.")
                )
            conn.send(Result(measure()))
        elif isinstance(request, GenerateRequest):
            _stream(conn, backend.generate(request.messages, request.params))
        elif isinstance(request, GenerateTextRequest):
            _stream(conn, _text_backend(backend).generate_text(request.text, request.params))
        elif isinstance(request, ScoreTextRequest):
            conn.send(Result(_text_backend(backend).score_text(request.text, request.top)))
        elif isinstance(request, TokenizeRequest):
            conn.send(Result(len(backend.prompt_tokens(request.messages))))
        elif isinstance(request, BenchRequest):
            conn.send(Result(backend.bench(request.n_prompt, request.n_gen, request.repetitions)))
        elif isinstance(request, TokenizeTextRequest):
            conn.send(Result(backend.tokenize_text(request.text)))
        elif isinstance(request, VocabularyRequest):
            conn.send(Result(backend.vocabulary()))
        elif isinstance(request, EvaluateRequest):
            conn.send(Result(backend.evaluate(request.tokens, request.first_scored, request.distributions)))
        elif isinstance(request, EvaluateChunksRequest):
            evaluations = backend.evaluate_chunks(request.chunks, request.first_scored, request.distributions)
            conn.send(Result(tuple(evaluations)))
        else:
            conn.send(Failed("EngineError", f"Unknown request {type(request).__name__}"))
    except WorkbenchError as exc:
        conn.send(Failed(type(exc).__name__, str(exc)))
    except (BrokenPipeError, EOFError):
        raise
    except Exception as exc:  # noqa: BLE001 - report anything else rather than die with the model loaded
        conn.send(Failed("EngineError", f"The engine met an unexpected problem: {str(exc)[:300] or 'no details'}"))


def _text_backend(backend: EngineBackend) -> Any:
    """The backend, if it continues and scores plain texts (llama.cpp does); else an error that says so."""
    if not hasattr(backend, "score_text"):
        raise EngineError(f"The {backend.backend_id} backend does not continue or score plain text here.")
    return backend


def _stream(conn: Connection, events: Iterator[ReplyEvent]) -> None:
    """Send a reply's events, batching only while tokens come faster than one per half a flush
    interval, so a held token waits at most one short token interval; the first goes at once."""
    pending: list[ReplyEvent] = []
    last_flush = previous = float("-inf")
    try:
        for event in events:
            pending.append(event)
            now = time.perf_counter()
            fast = now - previous < FLUSH_SECONDS / 2
            previous = now
            if isinstance(event, ReplyDone) or not fast or now - last_flush >= FLUSH_SECONDS:
                conn.send(Events(tuple(pending)))
                pending.clear()
                last_flush = now
    except (BrokenPipeError, EOFError):
        raise
    except Exception:
        if pending:  # the text held back for batching is part of the reply the error interrupts
            conn.send(Events(tuple(pending)))
        raise
