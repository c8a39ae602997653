"""The engine process's main loop: receive a request, run it on the backend, send the answer."""

from __future__ import annotations

import signal
from multiprocessing.connection import Connection
from typing import Any

from workbench.engine.llama_backend import LlamaBackend
from workbench.engine.messages import (
    BenchRequest,
    Event,
    Failed,
    GenerateRequest,
    LoadRequest,
    Result,
    ShutdownRequest,
    TokenizeRequest,
)
from workbench.errors import WorkbenchError


def engine_main(conn: Connection, cancel_event: Any) -> None:
    """Serve requests until shutdown or until the parent goes away."""
    # Ctrl-C in a terminal reaches the whole process group; the parent decides what it means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    backend = LlamaBackend(cancel_event)
    try:
        while True:
            try:
                request = conn.recv()
            except (EOFError, OSError):
                return
            if isinstance(request, ShutdownRequest):
                return
            try:
                _serve(conn, backend, request)
            except (BrokenPipeError, EOFError):
                return
    finally:
        backend.unload()


def _serve(conn: Connection, backend: LlamaBackend, request: object) -> None:
    try:
        if isinstance(request, LoadRequest):
            conn.send(Result(backend.load(request.path, request.params)))
        elif isinstance(request, GenerateRequest):
            for event in backend.generate(request.messages, request.params):
                conn.send(Event(event))
        elif isinstance(request, TokenizeRequest):
            conn.send(Result(len(backend.prompt_tokens(request.messages))))
        elif isinstance(request, BenchRequest):
            conn.send(Result(backend.bench(request.n_prompt, request.n_gen, request.repetitions)))
        else:
            conn.send(Failed("EngineError", f"Unknown request {type(request).__name__}"))
    except WorkbenchError as exc:
        conn.send(Failed(type(exc).__name__, str(exc)))
    except (BrokenPipeError, EOFError):
        raise
    except Exception as exc:  # report anything else rather than die with the model loaded
        conn.send(Failed("EngineError", f"{type(exc).__name__}: {exc}"))
