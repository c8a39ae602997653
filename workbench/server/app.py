"""The local server's HTTP side: an OpenAI-compatible API over the shared engine, on Starlette and sse-starlette.

``GET /v1/models``, ``POST /v1/chat/completions`` and ``POST /v1/completions`` (streamed or not; the latter with
``echo`` and ``logprobs`` scores a prompt), ``GET /metrics``. Errors have OpenAI's
shape ``{"error": {"message", "type", "param", "code"}}``. With an API key set, every path asks for it as
``Authorization: Bearer KEY``.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sse_starlette.sse import EventSourceResponse
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from workbench.engine.protocol import PromptScores
from workbench.errors import ContextOverflow, EngineNotLoaded, PlainTextUnsupported, WorkbenchError
from workbench.sampling import SamplingParams
from workbench.server.hosts import LoopbackHostOnly
from workbench.server.metrics import RequestRecord, ServerMetrics
from workbench.server.models import OnDemandModels, served_name
from workbench.server.replies import (
    Failed,
    Finished,
    Piece,
    ReplyWorker,
    ServerReply,
    ServerScore,
    clock,
    next_item,
)
from workbench.server.requests import ApiError, CompletionRequest, parse_chat, parse_completion, parse_json
from workbench.server.turns import SharedRunner, TurnNotGiven

OWNER = "slm-workbench"


@dataclass(frozen=True)
class ApiSettings:
    """What the HTTP side needs to know beyond the engine."""

    api_key: str = ""
    cors_origins: tuple[str, ...] = ()
    """Browser pages allowed to call the server (none: no CORS headers at all)."""
    defaults: SamplingParams = SamplingParams()
    """Sampling for what a request leaves out."""
    loopback_only: bool = False
    """Bound to a loopback address: answer only requests whose ``Host`` names this computer (DNS rebinding)."""


def model_name(runner: SharedRunner) -> str | None:
    """The name clients use for the loaded model (its file's name without the extension); None: none loaded."""
    loaded = runner.loaded
    if loaded is None:
        return None
    remote = runner.remote_model
    if remote is not None:
        return str(getattr(remote, "model", None) or Path(loaded.path).name)
    return served_name(loaded.path)


def build_app(runner: SharedRunner, settings: ApiSettings, metrics: ServerMetrics, worker: ReplyWorker,
              on_demand: OnDemandModels | None = None) -> Starlette:
    """The ASGI application serving ``runner``'s loaded model; ``worker`` generates its replies. ``app.state.replies``
    holds the replies under way."""
    api = _Api(runner, settings, metrics, worker)
    api.on_demand = on_demand
    routes = [
        Route("/v1/models", api.models, methods=["GET"]),
        Route("/v1/chat/completions", api.chat, methods=["POST"]),
        Route("/v1/completions", api.completions, methods=["POST"]),
        Route("/metrics", api.metrics_text, methods=["GET"]),
    ]
    middleware = []
    if settings.loopback_only:  # first, so that nothing else answers a rebound request
        middleware.append(Middleware(LoopbackHostOnly))
    if settings.cors_origins:
        middleware.append(Middleware(
            CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        ))
    handlers: dict[Any, Callable[..., Any]] = {ApiError: api.api_error, HTTPException: api.http_error}
    app = Starlette(routes=routes, middleware=middleware, exception_handlers=handlers)
    app.state.replies = api.replies
    return app


class _Api:
    def __init__(self, runner: SharedRunner, settings: ApiSettings, metrics: ServerMetrics,
                 worker: ReplyWorker) -> None:
        self.worker = worker
        self.on_demand: OnDemandModels | None = None
        self.runner = runner
        self.settings = settings
        self.metrics = metrics
        self.replies: set[ServerReply] = set()

    # -- errors ------------------------------------------------------------------------------

    async def api_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        self._log(request, exc.status, time.time(), clock(), outcome=exc.message)
        return JSONResponse(exc.body(), status_code=exc.status)

    async def http_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        kind = "not_found_error" if exc.status_code == 404 else "invalid_request_error"
        message = "There is nothing at this path." if exc.status_code == 404 else str(exc.detail)
        error = ApiError(exc.status_code, message, kind=kind)
        self._log(request, exc.status_code, time.time(), clock(), outcome=message)
        return JSONResponse(error.body(), status_code=exc.status_code)

    def _authorize(self, request: Request) -> None:
        key = self.settings.api_key
        if not key:
            return
        given = request.headers.get("authorization", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), key.encode()):
            raise ApiError(401, "This server needs its API key: send it as 'Authorization: Bearer KEY'.",
                           kind="authentication_error", code="invalid_api_key")

    def _log(self, request: Request, status: int, started: float, began: float, **fields: Any) -> None:
        client = request.client
        self.metrics.record(RequestRecord(
            number=self.metrics.next_number(), started=started, method=request.method, path=request.url.path,
            status=status, client=f"{client.host}" if client else "", seconds=clock() - began, **fields,
        ))

    # -- routes ------------------------------------------------------------------------------

    async def models(self, request: Request) -> Response:
        self._authorize(request)
        name = model_name(self.runner)
        names = [] if name is None else [name]
        if self.on_demand is not None:
            names += [n for n in self.on_demand.names if n != name]
        data = [{"id": n, "object": "model", "created": 0, "owned_by": OWNER} for n in names]
        return JSONResponse({"object": "list", "data": data})

    def _model_for(self, body: dict[str, Any]) -> tuple[str, int, Callable[[], None] | None]:
        """The model a request names: its served name, the context that bounds ``max_tokens``, and what loads it
        first when it is not loaded (a model offered on demand); a 404 or 503 when there is none to answer."""
        asked = body.get("model") or ""
        if not isinstance(asked, str):
            raise ApiError(400, "'model' must be a string.", param="model")
        name, loaded = model_name(self.runner), self.runner.loaded
        on_demand = self.on_demand
        if on_demand is not None and asked and asked != name and on_demand.offers(asked):
            return asked, on_demand.options.context_length, lambda: on_demand.ensure(asked)
        if name is None or loaded is None:
            if on_demand is not None and on_demand.names:
                raise ApiError(503, f"No model is loaded: name one of {', '.join(on_demand.names[:20])[:500]}.",
                               kind="server_error", param="model", code="model_not_loaded")
            raise ApiError(503, "No model is loaded: load one in the window first.", kind="server_error",
                           code="model_not_loaded")
        _check_model(asked, name, loaded.path)
        if on_demand is not None:
            return name, loaded.context_length, on_demand.touch
        return name, loaded.context_length, None

    async def metrics_text(self, request: Request) -> Response:
        self._authorize(request)
        return PlainTextResponse(self.metrics.render(), media_type="text/plain; version=0.0.4")

    async def chat(self, request: Request) -> Response:
        started, began = time.time(), clock()
        self._authorize(request)
        body = parse_json(await request.body())
        name, context, prepare = self._model_for(body)
        chat = parse_chat(body, self.settings.defaults, context)
        reply = ServerReply.chat(self.runner, chat.messages, chat.params, chat.stop, asyncio.get_running_loop())
        reply.prepare = prepare
        answer = _Answer(self, request, reply, chat.stream, chat.include_usage, name, started, began)
        return await self._answer(request, answer)

    async def completions(self, request: Request) -> Response:
        started, began = time.time(), clock()
        self._authorize(request)
        body = parse_json(await request.body())
        name, context, prepare = self._model_for(body)
        if self.runner.remote_model is not None and name == model_name(self.runner):
            raise _api_error(PlainTextUnsupported(
                "The model chosen runs on another server: it cannot continue or score plain text here."
            ))
        text = parse_completion(body, self.settings.defaults, context)
        loop = asyncio.get_running_loop()
        if text.params.max_tokens == 0:
            return await self._score(request, text, name, started, began, prepare)
        reply = ServerReply.text(self.runner, text.prompt, text.params, text.stop, loop)
        reply.prepare = prepare
        answer = _Answer(self, request, reply, text.stream, text.include_usage, name, started, began,
                         echo=text.prompt if text.echo else None)
        return await self._answer(request, answer)

    async def _score(self, request: Request, text: CompletionRequest, name: str, started: float,
                     began: float, prepare: Callable[[], None] | None) -> Response:
        """Prompt scoring: the prompt back, with each token's log-probability (no reply is written)."""
        job = ServerScore(self.runner, text.prompt, text.logprobs or 0, asyncio.get_running_loop())
        job.prepare = prepare
        self.metrics.change_in_flight(1)
        self.worker.submit(job)
        try:
            while True:
                try:
                    item = await asyncio.wait_for(job.items.get(), 0.1)
                    break
                except asyncio.TimeoutError:
                    if await request.is_disconnected():
                        job.stop()
                        self._log(request, 499, started, began, model=name, outcome="client went away")
                        return Response(status_code=499)
        finally:
            self.metrics.change_in_flight(-1)
        if isinstance(item, Failed):
            error = _api_error(item.error, "prompt")
            self._log(request, error.status, started, began, model=name, outcome=error.message)
            return JSONResponse(error.body(), status_code=error.status)
        scores = item.scores
        usage = {"prompt_tokens": len(scores.pieces), "completion_tokens": 0, "total_tokens": len(scores.pieces)}
        logprobs = _logprobs(scores) if text.logprobs is not None else None
        self._log(request, 200, started, began, model=name, prompt_tokens=len(scores.pieces), outcome="scored")
        return JSONResponse({
            "id": f"cmpl-{uuid.uuid4().hex[:24]}", "object": "text_completion", "created": int(started),
            "model": name, "choices": [{"text": text.prompt, "index": 0, "logprobs": logprobs,
                                        "finish_reason": "length"}],
            "usage": usage,
        })

    async def _answer(self, request: Request, answer: _Answer) -> Response:
        reply = answer.reply
        self.metrics.change_in_flight(1)
        self.replies.add(reply)
        self.worker.submit(reply)
        try:
            first = await next_item(reply, request.is_disconnected)
            if first is None:
                answer.finish(499, outcome="client went away")
                return Response(status_code=499)
            if isinstance(first, Failed):
                error = _api_error(first.error, answer.field)
                answer.finish(error.status, outcome=error.message)
                return JSONResponse(error.body(), status_code=error.status)
            if answer.stream:
                answer.owns_end = True
                return EventSourceResponse(answer.events(first), ping=15, sep="\n")
            return await answer.whole(first)
        finally:
            if not answer.owns_end:
                answer.close()


class _Answer:
    """One chat completion's answer, whole or as server-sent events, and its log entry."""

    def __init__(self, api: _Api, request: Request, reply: ServerReply, stream: bool, include_usage: bool,
                 name: str, started: float, began: float, *, echo: str | None = None) -> None:
        """A chat or a text completion, as ``reply`` is; a text completion's text starts with ``echo`` (the prompt,
        when the request asks for it back)."""
        self.api, self.request, self.reply, self.name = api, request, reply, name
        self.stream, self.include_usage = stream, include_usage
        self.text_kind = reply.kind == "text"
        self.field = "prompt" if self.text_kind else "messages"
        self.echo = echo or ""
        self.started, self.began = started, began
        self.id = f"{'cmpl' if self.text_kind else 'chatcmpl'}-{uuid.uuid4().hex[:24]}"
        self.created = int(started)
        self.first_token: float | None = None
        self.owns_end = False
        self.logged = False
        self.closed = False

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.reply.stop()
            self.api.replies.discard(self.reply)
            self.api.metrics.change_in_flight(-1)

    def finish(self, status: int, end: Finished | None = None, **fields: Any) -> None:
        if self.logged:
            return
        self.logged = True
        if end is not None:
            rate = end.stats.tokens_per_second if end.stats is not None else 0.0
            fields.update(prompt_tokens=end.prompt_tokens, completion_tokens=end.completion_tokens,
                          tokens_per_second=rate, outcome=fields.get("outcome", end.finish_reason))
        ttft = self.first_token - self.began if self.first_token is not None else None
        self.api._log(self.request, status, self.started, self.began, model=self.name, stream=self.stream,
                      time_to_first_token=ttft, **fields)

    def _seen(self, item: Piece | Finished | Failed | None) -> None:
        if isinstance(item, Piece) and self.first_token is None:
            self.first_token = clock()

    async def whole(self, first: Piece | Finished | Failed) -> Response:
        parts: list[str] = []
        item: Piece | Finished | Failed | None = first
        while True:
            self._seen(item)
            if item is None:
                self.finish(499, outcome="client went away")
                return Response(status_code=499)
            if isinstance(item, Failed):
                error = _api_error(item.error, self.field)
                self.finish(error.status, outcome=error.message)
                return JSONResponse(error.body(), status_code=error.status)
            if isinstance(item, Finished):
                self.finish(200, item)
                text = self.echo + "".join(parts)
                choice: dict[str, Any] = (
                    {"index": 0, "text": text} if self.text_kind
                    else {"index": 0, "message": {"role": "assistant", "content": text}}
                )
                return JSONResponse({
                    "id": self.id, "object": "text_completion" if self.text_kind else "chat.completion",
                    "created": self.created, "model": self.name,
                    "choices": [{**choice, "logprobs": None, "finish_reason": item.finish_reason}],
                    "usage": _usage(item),
                })
            parts.append(item.text)
            item = await next_item(self.reply, self.request.is_disconnected)

    async def events(self, first: Piece | Finished | Failed) -> AsyncIterator[dict[str, str]]:
        item: Piece | Finished | Failed | None = first
        try:
            opening = self.echo if self.text_kind else ""
            if opening or not self.text_kind:
                yield {"data": json.dumps(self._chunk(opening, None, role=True))}
            while item is not None:
                self._seen(item)
                if isinstance(item, Failed):
                    error = _api_error(item.error, self.field)
                    self.finish(error.status, outcome=error.message)
                    yield {"data": json.dumps(error.body())}
                    return
                if isinstance(item, Finished):
                    usage = _usage(item)
                    last = self._chunk(None, item.finish_reason)
                    if not self.include_usage:
                        last["usage"] = usage  # as llama.cpp's server does; with include_usage, a chunk of its own
                    yield {"data": json.dumps(last)}
                    if self.include_usage:
                        yield {"data": json.dumps({**self._chunk(None, None), "choices": [], "usage": usage})}
                    yield {"data": "[DONE]"}
                    self.finish(200, item)
                    return
                yield {"data": json.dumps(self._chunk(item.text, None))}
                item = await self.reply.items.get()
        finally:
            if not self.logged:
                self.finish(200, outcome="client went away")
            self.close()

    def _chunk(self, text: str | None, finish: str | None, *, role: bool = False) -> dict[str, Any]:
        """One streamed chunk: ``text`` (None: none, as at the end) and why the reply ended, if it did."""
        if self.text_kind:
            choice: dict[str, Any] = {"index": 0, "text": text or ""}
        else:
            delta = {"role": "assistant"} if role else {}
            if text is not None:
                delta["content"] = text
            choice = {"index": 0, "delta": delta}
        chunk: dict[str, Any] = {
            "id": self.id, "object": "text_completion" if self.text_kind else "chat.completion.chunk",
            "created": self.created, "model": self.name,
            "choices": [{**choice, "logprobs": None, "finish_reason": finish}],
        }
        if self.include_usage:
            chunk["usage"] = None
        return chunk


def _check_model(asked: str, name: str, path: str) -> None:
    """A 404 unless ``asked`` is empty or names the loaded model (by its name or its file's name)."""
    if asked and asked not in (name, Path(path).name):
        raise ApiError(404, f"The model '{asked[:100]}' is not loaded here; this server has '{name}'.",
                       kind="invalid_request_error", param="model", code="model_not_found")


def _logprobs(scores: PromptScores) -> dict[str, Any]:
    """OpenAI's ``logprobs`` object of a text completion, for the scored prompt."""
    offsets, at = [], 0
    for piece in scores.pieces:
        offsets.append(at)
        at += len(piece)
    return {
        "tokens": scores.pieces,
        "token_logprobs": scores.logprobs,
        "top_logprobs": [dict(top) if top else None for top in scores.top] if any(scores.top) else None,
        "text_offset": offsets,
    }


def _usage(end: Finished) -> dict[str, int]:
    return {"prompt_tokens": end.prompt_tokens, "completion_tokens": end.completion_tokens,
            "total_tokens": end.prompt_tokens + end.completion_tokens}


def _api_error(error: WorkbenchError, param: str = "messages") -> ApiError:
    """An engine's refusal as an OpenAI error (``param``: the field a text too long for the context came in)."""
    message = str(error)[:500]
    if isinstance(error, ContextOverflow):
        return ApiError(400, message, param=param, code="context_length_exceeded")
    if isinstance(error, PlainTextUnsupported):  # /v1/completions for an MLX, ONNX or remote model
        return ApiError(400, f"{message} Use /v1/chat/completions with this model.", param="prompt",
                        code="unsupported_model")
    if isinstance(error, EngineNotLoaded):
        return ApiError(503, message, kind="server_error", code="model_not_loaded")
    if isinstance(error, TurnNotGiven):
        return ApiError(503, message, kind="server_error", code="model_busy")
    return ApiError(500, message, kind="server_error")
