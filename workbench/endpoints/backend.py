"""Chat with a model on an OpenAI-compatible server (Ollama, vLLM, llama.cpp's server, LM Studio, Foundry Local).

:class:`EndpointBackend` offers what :class:`workbench.engine.client.EngineClient` offers (load, generate, cancel,
unload, rss, is_alive) over the ``openai`` client library. It runs in the caller's process: there is no native
code, only HTTP, so calls block their (worker) thread and :meth:`EndpointBackend.cancel` may come from any other.
Time to first token and tokens per second are measured here, on the receiving side; the token count comes from
the server's streamed usage when it sends one, else from the number of streamed pieces.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from workbench.endpoints.config import CONNECT_TIMEOUT, EndpointConfig
from workbench.endpoints.errors import (
    EndpointBadReply,
    EndpointCancelled,
    EndpointError,
    EndpointNotFound,
    EndpointStreamBroken,
    translate,
)
from workbench.endpoints.paths import remote_path
from workbench.engine.protocol import (
    BenchResult,
    ChatMessage,
    LoadedModel,
    ReplyDone,
    ReplyEvent,
    ReplyStats,
    StopReason,
    TokenEvent,
)
from workbench.sampling import SamplingParams

REMOTE_BACKEND = "OpenAI-compatible endpoint"
NO_KEY = "no-key"
"""Sent as the key when the person gave none: the client library insists on one, local servers ignore it."""

_FINISH_REASONS: dict[str, StopReason] = {"stop": "eos", "length": "length", "content_filter": "eos"}


@dataclass(frozen=True)
class RemoteModel(LoadedModel):
    """A model served by an endpoint. ``path`` is its library path (``endpoint://<name>/<model>``)."""

    endpoint: str = ""
    model: str = ""
    base_url: str = ""

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc or self.base_url

    @property
    def description(self) -> str:
        """``Ollama · remote``: the status-bar phrase."""
        return f"{self.endpoint} · remote"


@dataclass(frozen=True)
class ConnectionReport:
    """What "Test connection" found: the models the server offers and how long it took to answer."""

    models: tuple[str, ...]
    seconds: float

    @property
    def summary(self) -> str:
        count = len(self.models)
        if not count:
            return f"Connected in {self.seconds:.2f} s, but the server lists no models."
        shown = ", ".join(self.models[:3]) + (f" and {count - 3} more" if count > 3 else "")
        return f"Connected in {self.seconds:.2f} s: {count} model{'s' if count != 1 else ''} ({shown})."


def request_options(params: SamplingParams) -> dict[str, Any]:
    """The standard OpenAI sampling fields for ``params``.

    Only fields every OpenAI-compatible server accepts are sent; top-k, min-p and the repeat penalty have no
    standard name and some servers reject unknown fields, so they stay local-only.
    """
    options: dict[str, Any] = {
        "temperature": params.temperature,
        "top_p": params.top_p,
        "max_tokens": params.max_tokens,
    }
    if params.seed >= 0:
        options["seed"] = params.seed
    return options


def reply_stats(
    *, pieces: int, first: float | None, last: float, elapsed: float, usage: Any, stop_reason: StopReason
) -> ReplyStats:
    """Stats of a streamed reply from our own clock, and the server's usage (token counts) when it sent one.

    ``first``/``last`` are the seconds (since the request) at which the first and last text arrived; the time to
    the first token stands for prompt processing (it includes the network's round trip).
    """
    completion = getattr(usage, "completion_tokens", None) if usage is not None else None
    prompt = getattr(usage, "prompt_tokens", None) if usage is not None else None
    generated = completion if isinstance(completion, int) and completion >= 0 else pieces
    ttft = first if first is not None else elapsed
    return ReplyStats(
        prompt_tokens=prompt if isinstance(prompt, int) and prompt >= 0 else 0,
        prompt_seconds=ttft,
        generated_tokens=generated,
        generation_seconds=max(0.0, last - first) if first is not None else 0.0,
        time_to_first_token=ttft,
        stop_reason=stop_reason,
    )


class EndpointBackend:
    """One endpoint's models, through the ``openai`` client (imported on first use).

    One request runs at a time (a lock serialises them); :meth:`cancel` may be called from any thread: it shuts
    the reply's connection down, so Stop takes effect at once even while the server is silent.
    """

    def __init__(self, config: EndpointConfig, api_key: str | None = None, *,
                 connect_timeout: float = CONNECT_TIMEOUT) -> None:
        self.config = config
        self._api_key = api_key or NO_KEY
        self._connect_timeout = connect_timeout
        self._client: Any = None
        self._lock = threading.RLock()
        self._cancel = threading.Event()
        self._stream_lock = threading.Lock()
        self._stream: Any = None
        self._socket: Any = None
        """The connection of the request under way, from the moment it connects (see :meth:`_on_trace`)."""
        self.loaded: RemoteModel | None = None
        self.model_info: None = None
        self.fit: None = None

    @property
    def name(self) -> str:
        return self.config.name

    def _openai(self) -> Any:
        if self._client is None:
            try:
                import openai
            except ImportError as exc:
                raise EndpointError(
                    f"Talking to endpoints needs the openai package, which is missing here ({exc}): pip install openai"
                ) from exc

            timeout = openai.Timeout(self.config.read_timeout, connect=self._connect_timeout)
            # A fresh connection per request, watched from the moment it connects, so that cancel can shut
            # it down also while the server has not answered yet (no stream exists then).
            http = openai.DefaultHttpxClient(
                limits=_http_module(openai).Limits(max_keepalive_connections=0), event_hooks={"request": [self._watch]}
            )
            self._client = openai.OpenAI(
                base_url=self.config.base_url, api_key=self._api_key, max_retries=0, timeout=timeout,
                http_client=http,
            )
        return self._client

    def _watch(self, request: Any) -> None:
        request.extensions["trace"] = self._on_trace

    def _on_trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace: keep the socket of the connection just made; shut it at once if cancelled."""
        if event != "connection.connect_tcp.complete":
            return
        network = info.get("return_value")
        sock = network.get_extra_info("socket") if network is not None else None
        with self._stream_lock:
            self._socket = sock
        if sock is not None and self._cancel.is_set():
            _shut(sock)

    def _translate(self, exc: BaseException, *, partial: str = "", during: str = "") -> EndpointError:
        return translate(exc, self.config.name, self.config.base_url, read_timeout=self.config.read_timeout,
                         partial_text=partial, during=during)

    # -- models ---------------------------------------------------------------------------------

    def list_models(self) -> list[str]:
        """The ids of the models the server offers, sorted; raises a one-line :class:`EndpointError`
        (:class:`EndpointCancelled` after :meth:`cancel`)."""
        with self._lock:
            self._cancel.clear()
            try:
                page = self._openai().models.list()
                ids = [str(m.id) for m in page]
            except Exception as exc:  # every failure becomes one readable line
                if self._cancel.is_set():
                    raise EndpointCancelled(f"Stopped asking {self.config.name} for its models.") from exc
                raise self._translate(exc, during="listing models") from exc
            finally:
                self._set_socket(None)
            return sorted(set(ids), key=str.lower)

    def test_connection(self) -> ConnectionReport:
        """List the models and time it: what the "Test connection" button shows."""
        start = time.monotonic()
        models = self.list_models()
        return ConnectionReport(tuple(models), time.monotonic() - start)

    def load(self, model: str, params: SamplingParams | None = None) -> RemoteModel:
        """Check that the server answers and offers ``model``; nothing is loaded on this computer."""
        start = time.monotonic()
        models = self.list_models()
        if models and model not in models:
            offered = ", ".join(models[:5]) + ("…" if len(models) > 5 else "")
            raise EndpointNotFound(f"{self.config.name} has no model “{model}” any more; it offers: {offered}.")
        params = params or SamplingParams()
        loaded = RemoteModel(
            path=remote_path(self.config.name, model),
            backend=REMOTE_BACKEND,
            device="remote",
            threads=0,
            context_length=0,
            load_seconds=time.monotonic() - start,
            has_chat_template=True,
            endpoint=self.config.name,
            model=model,
            base_url=self.config.base_url,
        )
        self.loaded = loaded
        return loaded

    # -- replies --------------------------------------------------------------------------------

    def generate(self, messages: list[ChatMessage], params: SamplingParams | None = None) -> Iterator[ReplyEvent]:
        """Stream a reply: :class:`TokenEvent` s, then one :class:`ReplyDone` (stop reason "cancelled" after
        :meth:`cancel`). A failure raises an :class:`EndpointError` whose ``partial_text`` holds the text so far."""
        params = params or SamplingParams()
        with self._lock:
            loaded = self._require_loaded()
            self._cancel.clear()
            start = time.monotonic()
            pieces: list[str] = []
            first: float | None = None
            last = 0.0
            usage: Any = None
            finish: str | None = None
            chunks = 0
            stream: Any = None
            try:
                try:
                    stream = self._openai().chat.completions.create(
                        model=loaded.model,
                        messages=[dict(m) for m in messages],
                        stream=True,
                        stream_options={"include_usage": True},
                        **request_options(params),
                    )
                except Exception as exc:
                    if not self._cancel.is_set():
                        raise self._translate(exc, during="the reply") from exc
                if stream is not None:
                    self._set_stream(stream)
                    if self._cancel.is_set():  # a Stop that came while the request was being sent
                        _interrupt(stream)
                    try:
                        for chunk in stream:
                            chunks += 1
                            if getattr(chunk, "usage", None) is not None:
                                usage = chunk.usage
                            for choice in chunk.choices or ():
                                if getattr(choice, "index", 0) != 0:
                                    continue
                                text = getattr(choice.delta, "content", None) if choice.delta is not None else None
                                if text:
                                    now = time.monotonic() - start
                                    first = now if first is None else first
                                    last = now
                                    pieces.append(text)
                                    yield TokenEvent(text, len(pieces) - 1, now)
                                if choice.finish_reason:
                                    finish = str(choice.finish_reason)
                            if self._cancel.is_set():
                                break
                    except Exception as exc:
                        if not self._cancel.is_set():
                            raise self._translate(exc, partial="".join(pieces), during="the reply") from exc
            finally:
                self._set_stream(None)
                self._set_socket(None)
                if stream is not None:
                    with contextlib.suppress(Exception):
                        stream.close()
            text = "".join(pieces)
            if self._cancel.is_set():
                stop: StopReason = "cancelled"
            elif chunks == 0:
                raise EndpointBadReply(
                    f"{self.config.name} ({self.config.base_url}) sent no reply stream: check the base URL "
                    "(it usually ends in /v1) and that the server speaks the OpenAI API."
                )
            elif finish is None:
                kept = " The text so far is kept." if text else ""
                raise EndpointStreamBroken(
                    f"{self.config.name} closed the connection before the reply was finished.{kept}", text
                )
            else:
                stop = _FINISH_REASONS.get(finish, "eos")
            elapsed = time.monotonic() - start
            stats = reply_stats(pieces=len(pieces), first=first, last=last, elapsed=elapsed, usage=usage,
                                stop_reason=stop)
            yield ReplyDone(text, stats)

    def cancel(self) -> None:
        """Stop the request under way (a reply, or a model listing), even one the server has not started
        answering: its connection is shut down. Any thread; a no-op when idle."""
        self._cancel.set()
        with self._stream_lock:
            stream, sock = self._stream, self._socket
        if stream is not None:
            _interrupt(stream)
        elif sock is not None:
            _shut(sock)

    def _set_socket(self, sock: Any) -> None:
        with self._stream_lock:
            self._socket = sock

    def _set_stream(self, stream: Any) -> None:
        with self._stream_lock:
            self._stream = stream

    def count_tokens(self, messages: list[ChatMessage]) -> int:
        raise EndpointError(f"{self.config.name} does not say how many tokens a conversation takes.")

    def bench(self, n_prompt: int = 512, n_gen: int = 128, repetitions: int = 3) -> BenchResult:
        raise EndpointError("Benchmarks run on models on this computer only, not on an endpoint.")

    # -- lifetime -------------------------------------------------------------------------------

    def is_alive(self) -> bool:
        """True while a model is chosen (the server itself is only asked when a request is made)."""
        return self.loaded is not None

    def rss(self) -> int | None:
        """None: the model's memory is on the server, not in a process of this computer."""
        return None

    @property
    def pid(self) -> int | None:
        return None

    def unload(self) -> None:
        """Forget the model and close the client's connections."""
        self.cancel()
        with self._lock:
            self.loaded = None
            client, self._client = self._client, None
            if client is not None:
                with contextlib.suppress(Exception):
                    client.close()

    close = unload

    def _require_loaded(self) -> RemoteModel:
        if self.loaded is None:
            raise EndpointError("No model of this endpoint is chosen: pick one in the library first.")
        return self.loaded


def _interrupt(stream: Any) -> None:
    """Shut the stream's socket down, which wakes a read blocked on it (closing alone would not)."""
    try:
        network = stream.response.extensions.get("network_stream")
        sock = network.get_extra_info("socket") if network is not None else None
    except Exception:  # noqa: BLE001 - another transport: fall back to closing
        sock = None
    if sock is not None:
        _shut(sock)
    else:
        with contextlib.suppress(Exception):
            stream.close()


def _http_module(openai: Any) -> Any:
    """The HTTP library the installed openai client is built on (``httpx``, or ``httpx2`` in newer releases)."""
    import importlib

    return importlib.import_module(openai.DefaultHttpxClient.__mro__[1].__module__.split(".")[0])


def _shut(sock: socket.socket) -> None:
    """Shut a connection down both ways: a read blocked on it wakes at once (closing alone would not)."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
