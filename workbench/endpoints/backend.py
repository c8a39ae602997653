"""Chat with a model on an OpenAI-compatible server (Ollama, vLLM, llama.cpp's server, LM Studio, Foundry Local).

:class:`EndpointBackend` offers what :class:`workbench.engine.client.EngineClient` offers (load, generate, cancel,
unload, rss, is_alive) over the ``openai`` client library. It runs in the caller's process: there is no native
code, only HTTP, so calls block their (worker) thread and :meth:`EndpointBackend.cancel` may come from any other.
Time to first token and tokens per second are measured here, on the receiving side; the token count comes from
the server's streamed usage when it sends one, else from the number of streamed pieces.

What a server sends is not trusted to end by itself: a reply stops at ``max_tokens`` pieces of text even when the
server ignores that field, after the endpoint's idle wait without a new piece of the reply (keep-alive comments
and empty chunks do not count), and at its whole-reply deadline (see :mod:`workbench.endpoints.config`); every
answer's size is bounded, a redirect to another host is refused, and an error the server sends with HTTP 200 is
shown in its own words.
"""

from __future__ import annotations

import contextlib
import functools
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from workbench.endpoints.answers import ServerSaidError, parse_model_list, parse_whole_reply, redirect_elsewhere
from workbench.endpoints.config import CONNECT_TIMEOUT, EndpointConfig
from workbench.endpoints.errors import (
    AnswerTooLarge,
    EndpointBadReply,
    EndpointCancelled,
    EndpointError,
    EndpointNotFound,
    EndpointReplyCut,
    EndpointServerError,
    EndpointStreamBroken,
    RedirectRefused,
    ReplyOverdue,
    not_a_model_list,
    sentences,
    translate,
)
from workbench.endpoints.paths import remote_path
from workbench.engine.accounting import ReplyTally, stats_of
from workbench.engine.protocol import (
    BenchResult,
    ChatMessage,
    LoadedModel,
    ReplyEvent,
    ReplyStats,
    StopReason,
)
from workbench.i18n import format_decimal, format_integer, tr
from workbench.sampling import SamplingParams
from workbench.sockets import CancellableSockets

REMOTE_BACKEND = "OpenAI-compatible endpoint"
NO_KEY = "no-key"
"""Sent as the key when the person gave none: the client library insists on one, local servers ignore it."""

_FINISH_REASONS: dict[str, StopReason] = {"stop": "eos", "length": "length", "content_filter": "eos"}
LISTING_BYTES = 8_000_000
"""The most a model list (or an error body) may take: far beyond any real server's."""
REPLY_BYTES, BYTES_PER_TOKEN = 8_000_000, 4096
"""A reply stream may take ``REPLY_BYTES`` plus ``BYTES_PER_TOKEN`` per allowed token (a chunk is ~200 bytes)."""
LISTING_DEADLINE = 60.0
"""Seconds a model listing may take in all (at least twice the idle wait, at most the whole-reply deadline)."""


@dataclass
class _Watch:
    """The limits of the request under way, checked each time its bytes arrive (see :meth:`EndpointBackend._check`).

    ``progress`` is when a piece of the reply last arrived (monotonic); ``idle`` is None where any bytes count.
    """

    deadline: float
    seconds: float
    max_bytes: int
    idle: float | None = None
    progress: float = 0.0
    received: int = 0


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
        seconds = format_decimal(self.seconds, 2)
        if not count:
            return tr("Endpoint", "Connected in {seconds} s, but the server lists no models.").format(seconds=seconds)
        if count == 1:
            return tr("Endpoint", "Connected in {seconds} s: 1 model ({model}).").format(
                seconds=seconds, model=self.models[0]
            )
        shown = ", ".join(self.models[:3])
        if count > 3:
            return tr("Endpoint", "Connected in {seconds} s: {count} models ({models} and {more} more).").format(
                seconds=seconds, count=format_integer(count), models=shown, more=format_integer(count - 3)
            )
        return tr("Endpoint", "Connected in {seconds} s: {count} models ({models}).").format(
            seconds=seconds, count=format_integer(count), models=shown
        )


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
    prompt, generated = usage_counts(usage)
    return stats_of(
        prompt_tokens=prompt if prompt is not None else 0,
        generated_tokens=generated if generated is not None else pieces,
        first=first,
        last=last,
        elapsed=elapsed,
        stop_reason=stop_reason,
    )


def usage_counts(usage: Any) -> tuple[int | None, int | None]:
    """(prompt tokens, completion tokens) of a server's usage report; None for a count it did not give."""
    completion = getattr(usage, "completion_tokens", None) if usage is not None else None
    prompt = getattr(usage, "prompt_tokens", None) if usage is not None else None
    return (
        prompt if isinstance(prompt, int) and prompt >= 0 else None,
        completion if isinstance(completion, int) and completion >= 0 else None,
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
        self._sockets = CancellableSockets(self._cancel.is_set)
        """The connection of the request under way, from the moment its socket exists."""
        self._watching: _Watch | None = None
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
                    tr(
                        "Endpoint",
                        "Talking to endpoints needs the openai package, which is missing here ({detail}): pip install "
                        "openai",
                    ).format(detail=exc)
                ) from exc

            timeout = openai.Timeout(self.config.read_timeout, connect=self._connect_timeout)
            # A fresh connection per request, watched from the moment its socket exists, so that cancel ends
            # it also while connecting to a host that does not answer, or before the server has answered.
            http = openai.DefaultHttpxClient(
                limits=_http_module(openai).Limits(max_keepalive_connections=0),
                event_hooks={"response": [self._on_response]},
            )
            self._sockets.attach(http)
            self._client = openai.OpenAI(
                base_url=self.config.base_url, api_key=self._api_key, max_retries=0, timeout=timeout,
                http_client=http,
            )
        return self._client

    def _on_response(self, response: Any) -> None:
        """Refuse a redirect to another host; watch the body's bytes against the request's limits."""
        if response.has_redirect_location:
            elsewhere = redirect_elsewhere(str(response.request.url), response.headers.get("location", ""))
            if elsewhere is not None:
                raise RedirectRefused(elsewhere)
        response.stream = _watched_stream(response.stream, self._check)

    def _check(self, size: int) -> None:
        """Called as each block of an answer arrives: raise when it is too big, overdue, or only keep-alives."""
        watch = self._watching
        if watch is None:
            return
        watch.received += size
        now = time.monotonic()
        if watch.received > watch.max_bytes:
            raise AnswerTooLarge(watch.max_bytes)
        if now >= watch.deadline:
            raise ReplyOverdue("deadline", watch.seconds)
        if watch.idle is not None and now - watch.progress >= watch.idle:
            raise ReplyOverdue("idle", watch.idle)

    def _begin(self, seconds: float, max_bytes: int, idle: float | None = None) -> _Watch:
        now = time.monotonic()
        self._watching = _Watch(now + seconds, seconds, max_bytes, idle, now)
        return self._watching

    def _per_request_timeout(self, openai: Any, seconds: float) -> Any:
        """The read timeout for one request: the idle wait, but never past the request's whole deadline."""
        return openai.Timeout(min(self.config.read_timeout, seconds), connect=self._connect_timeout)

    def _translate(self, exc: BaseException, *, partial: str = "", during: str = "") -> EndpointError:
        return translate(exc, self.config.name, self.config.base_url, read_timeout=self.config.read_timeout,
                         partial_text=partial, during=during)

    # -- models ---------------------------------------------------------------------------------

    def list_models(self) -> list[str]:
        """The ids of the models the server offers, sorted; raises a one-line :class:`EndpointError`
        (:class:`EndpointCancelled` after :meth:`cancel`)."""
        with self._lock:
            self._cancel.clear()
            seconds = min(self.config.reply_deadline, max(LISTING_DEADLINE, 2 * self.config.read_timeout))
            self._begin(seconds, LISTING_BYTES)
            try:
                client = self._openai()
                import openai

                raw = client.models.with_raw_response.list(timeout=self._per_request_timeout(openai, seconds))
                body = raw.http_response.content
            except Exception as exc:
                if self._cancel.is_set():
                    raise EndpointCancelled(
                        tr("Endpoint", "Stopped asking {name} for its models.").format(name=self.config.name)
                    ) from exc
                raise self._translate(exc, during="listing models") from exc
            finally:
                self._watching = None
                self._set_socket(None)
            try:
                return parse_model_list(body)
            except ServerSaidError as exc:
                raise self._server_said(exc.message) from exc
            except ValueError as exc:
                raise EndpointBadReply(not_a_model_list(self.config.name, self.config.base_url)) from exc

    def _server_said(self, message: str, partial: str = "") -> EndpointServerError:
        """The error a server sent with HTTP 200, in its own words."""
        said = message.rstrip(".")
        text = (
            tr("Endpoint", "{name} answered with an error: {said}.") if said
            else tr("Endpoint", "{name} answered with an error, without saying what went wrong.")
        )
        kept = tr("Endpoint", "The text so far is kept.") if partial else ""
        return EndpointServerError(sentences(text.format(name=self.config.name, said=said), kept), partial)

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
            raise EndpointNotFound(
                tr("Endpoint", "{name} has no model “{model}” any more; it offers: {offered}.").format(
                    name=self.config.name, model=model, offered=offered
                )
            )
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
            tally = ReplyTally(0, clock=time.monotonic)
            usage: Any = None
            finish: str | None = None
            chunks = 0
            stream: Any = None
            budget = params.max_tokens if params.max_tokens > 0 else None
            over_budget = False
            whole: Any = None
            seconds = self.config.reply_deadline
            max_bytes = REPLY_BYTES + BYTES_PER_TOKEN * (budget or 0)
            watch = self._begin(seconds, max_bytes if budget else 4 * REPLY_BYTES, self.config.read_timeout)
            try:
                try:
                    client = self._openai()
                    import openai

                    stream = client.chat.completions.create(
                        model=loaded.model,
                        messages=[dict(m) for m in messages],
                        stream=True,
                        stream_options={"include_usage": True},
                        timeout=self._per_request_timeout(openai, seconds),
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
                        if _is_json(stream):  # a whole answer (often an error) instead of a stream
                            whole = parse_whole_reply(stream.response.read())
                            chunks = 1
                            if whole.text:
                                yield tally.token(whole.text)
                            finish = whole.finish_reason or "stop"
                        for chunk in () if whole is not None else stream:
                            chunks += 1
                            if _makes_progress(chunk):  # text, reasoning, a finish: not a keep-alive
                                watch.progress = time.monotonic()
                            if getattr(chunk, "usage", None) is not None:
                                usage = chunk.usage
                            for choice in chunk.choices or ():
                                if getattr(choice, "index", 0) != 0:
                                    continue
                                text = getattr(choice.delta, "content", None) if choice.delta is not None else None
                                if text and budget is not None and tally.count >= budget:
                                    over_budget = True  # the server ignores max_tokens: cut here
                                    break
                                if text:
                                    yield tally.token(text)
                                if choice.finish_reason:
                                    finish = str(choice.finish_reason)
                            if self._cancel.is_set() or over_budget:
                                break
                    except ServerSaidError as exc:
                        raise self._server_said(exc.message, tally.reply_text) from exc
                    except Exception as exc:
                        if not self._cancel.is_set():
                            raise self._translate(exc, partial=tally.reply_text, during="the reply") from exc
            finally:
                self._watching = None
                self._set_stream(None)
                self._set_socket(None)
                if stream is not None:
                    with contextlib.suppress(Exception):
                        stream.close()
            text = tally.reply_text
            if over_budget and not self._cancel.is_set():
                raise EndpointReplyCut(
                    tr(
                        "Endpoint",
                        "{name} kept writing past the {budget}-token limit (it ignores the maximum reply length), so "
                        "the reply was cut there. The text so far is kept.",
                    ).format(name=self.config.name, budget=budget),
                    text,
                )
            if self._cancel.is_set():
                stop: StopReason = "cancelled"
            elif chunks == 0:
                raise EndpointBadReply(
                    tr(
                        "Endpoint",
                        "{name} ({url}) sent no reply stream: check the base URL (it usually ends in /v1) and that "
                        "the server speaks the OpenAI API.",
                    ).format(name=self.config.name, url=self.config.base_url)
                )
            elif finish is None:
                kept = tr("Endpoint", "The text so far is kept.") if text else ""
                raise EndpointStreamBroken(
                    sentences(
                        tr("Endpoint", "{name} closed the connection before the reply was finished.").format(
                            name=self.config.name
                        ),
                        kept,
                    ),
                    text,
                )
            else:
                stop = _FINISH_REASONS.get(finish, "eos")
            prompt_tokens, generated = usage_counts(usage)
            yield tally.done(stop, prompt_tokens=prompt_tokens or 0, generated_tokens=generated)

    def cancel(self) -> None:
        """Stop the request under way (a reply, or a model listing), even one the server has not started
        answering: its connection is shut down. Any thread; a no-op when idle."""
        self._cancel.set()
        with self._stream_lock:
            stream = self._stream
        if stream is not None:
            _interrupt(stream)
        else:
            self._sockets.shut()

    def _set_socket(self, sock: Any) -> None:
        self._sockets.adopt(sock)

    def _set_stream(self, stream: Any) -> None:
        with self._stream_lock:
            self._stream = stream

    def count_tokens(self, messages: list[ChatMessage]) -> int:
        raise EndpointError(
            tr("Endpoint", "{name} does not say how many tokens a conversation takes.").format(name=self.config.name)
        )

    def bench(self, n_prompt: int = 512, n_gen: int = 128, repetitions: int = 3) -> BenchResult:
        raise EndpointError(tr("Endpoint", "Benchmarks run on models on this computer only, not on an endpoint."))

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
            raise EndpointError(tr("Endpoint", "No model of this endpoint is chosen: pick one in the library first."))
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


def _makes_progress(chunk: Any) -> bool:
    """True when a streamed chunk carries something (text, reasoning, a tool call, a finish, usage), not just an
    empty delta: only such chunks restart the idle wait."""
    if getattr(chunk, "usage", None) is not None:
        return True
    for choice in getattr(chunk, "choices", None) or ():
        if getattr(choice, "finish_reason", None):
            return True
        delta: Any = getattr(choice, "delta", None)
        fields = delta.model_dump(exclude_none=True) if hasattr(delta, "model_dump") else {}
        if any(value for key, value in fields.items() if key != "role"):
            return True
    return False


def _is_json(stream: Any) -> bool:
    """True when the server answered a stream request with a JSON body (an error, or a whole reply)."""
    kind = str(stream.response.headers.get("content-type", "")).lower()
    return "json" in kind and "event-stream" not in kind


def _watched_stream(inner: Any, check: Callable[[int], None]) -> Any:
    """``inner`` (an httpx byte stream) wrapped so that ``check(len(block))`` runs as each block arrives."""
    base = next((c for c in type(inner).__mro__ if c.__name__ == "SyncByteStream"), None)
    return inner if base is None else _watched_class(base)(inner, check)


@functools.cache
def _watched_class(base: type) -> type:
    """A byte stream class deriving from the HTTP library's own ``SyncByteStream`` (which the library checks
    for), made on first use so that the library is imported only when an endpoint is used."""

    class WatchedStream(base):
        def __init__(self, inner: Any, check: Callable[[int], None]) -> None:
            self.inner, self.check = inner, check

        def __iter__(self) -> Iterator[bytes]:
            for block in self.inner:
                self.check(len(block))
                yield block

        def close(self) -> None:
            self.inner.close()

    return WatchedStream


def _http_module(openai: Any) -> Any:
    """The HTTP library the installed openai client is built on (``httpx``, or ``httpx2`` in newer releases)."""
    import importlib

    return importlib.import_module(openai.DefaultHttpxClient.__mro__[1].__module__.split(".")[0])


def _shut(sock: socket.socket) -> None:
    """Shut a connection down both ways: a read blocked on it wakes at once (closing alone would not)."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
