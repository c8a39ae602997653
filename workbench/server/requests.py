"""What a client asks the local server, read into typed requests; anything wrong becomes an :class:`ApiError` with
the status and the OpenAI-shaped body a client library understands.

What a client sends is untrusted: each field is checked for type and range, texts are bounded, and fields this
server cannot honour are refused by name rather than quietly dropped, except those that change nothing when left
at their neutral value (see :data:`NEUTRAL_FIELDS`). Fields no OpenAI API knows are ignored (clients add their
own).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from workbench.engine.protocol import ChatMessage
from workbench.sampling import SamplingParams

MAX_BODY_BYTES = 4_000_000
"""The largest request body read (a long conversation is well under a megabyte)."""
MAX_STOPS = 4
MAX_STOP_CHARS = 200
ROLES = ("system", "user", "assistant", "developer")
NEUTRAL_FIELDS: dict[str, tuple[Any, ...]] = {
    "n": (1,),
    "presence_penalty": (0, 0.0),
    "frequency_penalty": (0, 0.0),
    "logit_bias": ({},),
    "logprobs": (False,),
    "tools": ([],),
    "parallel_tool_calls": (True, False),
    "tool_choice": ("none", "auto"),
    "response_format": ({"type": "text"},),
}
"""OpenAI fields this server does not implement, and the values at which they change nothing (accepted);
any other value is refused with a 400 naming the field."""
REFUSED_FIELDS = ("functions", "function_call", "audio", "modalities", "prediction", "best_of", "suffix")
"""Fields whose presence asks for something this server does not do at all."""


class ApiError(Exception):
    """A request the server refuses: an HTTP status and an OpenAI error body."""

    def __init__(self, status: int, message: str, *, kind: str = "invalid_request_error",
                 param: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.kind = kind
        self.param = param
        self.code = code

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.kind, "param": self.param, "code": self.code}}


@dataclass(frozen=True)
class ChatRequest:
    """A ``POST /v1/chat/completions``, checked."""

    model: str
    messages: list[ChatMessage]
    params: SamplingParams
    stop: tuple[str, ...] = ()
    stream: bool = False
    include_usage: bool = False
    extras: dict[str, Any] = field(default_factory=dict)


MAX_TOP_LOGPROBS = 20
COMPLETION_MAX_TOKENS = 16
"""What the OpenAI completions API writes when a request does not say."""


@dataclass(frozen=True)
class CompletionRequest:
    """A ``POST /v1/completions``, checked. ``params.max_tokens`` 0 with ``echo`` scores the prompt only."""

    model: str
    prompt: str
    params: SamplingParams
    echo: bool = False
    logprobs: int | None = None
    """How many most likely tokens to list at each position (0: only the chosen token's); None: no logprobs."""
    stop: tuple[str, ...] = ()
    stream: bool = False
    include_usage: bool = False


def parse_completion(body: dict[str, Any], defaults: SamplingParams, max_tokens_limit: int) -> CompletionRequest:
    """``body`` of a text completion as a :class:`CompletionRequest`."""
    _refuse_unsupported({k: v for k, v in body.items() if k != "logprobs"})
    model = body.get("model", "")
    if not isinstance(model, str):
        raise ApiError(400, "'model' must be a string.", param="model")
    prompt = body.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
        prompt = prompt[0]
    if not isinstance(prompt, str):
        raise ApiError(400, "'prompt' must be one text (lists of texts or of token ids are not supported).",
                       param="prompt")
    if len(prompt.encode("utf-8", "replace")) > MAX_BODY_BYTES:
        raise ApiError(413, "The prompt is too long.", param="prompt")
    echo = _boolean(body, "echo", False)
    logprobs = body.get("logprobs")
    if logprobs is not None:
        logprobs = _integer(logprobs, "logprobs", 0, MAX_TOP_LOGPROBS)
    given = body.get("max_tokens")
    max_tokens = COMPLETION_MAX_TOKENS if given is None else _integer(given, "max_tokens", 0, max_tokens_limit)
    if max_tokens == 0 and not echo:
        raise ApiError(400, "'max_tokens' 0 writes nothing: ask for at least one token, or set 'echo'.",
                       param="max_tokens")
    if logprobs is not None and max_tokens > 0:
        raise ApiError(400, "Log-probabilities are given for the prompt only: set 'echo' and 'max_tokens' 0 "
                            "(prompt scoring), or leave 'logprobs' out.", param="logprobs",
                       code="unsupported_parameter")
    fields = {k: v for k, v in body.items() if k != "max_completion_tokens"}
    sampling = _sampling({**fields, "max_tokens": max(1, max_tokens)}, defaults, max(1, max_tokens_limit))
    stream = _boolean(body, "stream", False)
    options = body.get("stream_options")
    include_usage = isinstance(options, dict) and _boolean(options, "include_usage", False,
                                                           name="stream_options.include_usage")
    return CompletionRequest(model, prompt, sampling.with_changes(max_tokens=max_tokens), echo, logprobs,
                             _stops(body.get("stop")), stream, include_usage)


def parse_json(raw: bytes) -> dict[str, Any]:
    """The body as a JSON object, or a 400."""
    if len(raw) > MAX_BODY_BYTES:
        raise ApiError(413, f"The request is larger than {MAX_BODY_BYTES // 1_000_000} MB.")
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "The request body is not valid JSON.", code="invalid_json") from None
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.", code="invalid_json")
    return body


def parse_chat(body: dict[str, Any], defaults: SamplingParams, max_tokens_limit: int) -> ChatRequest:
    """``body`` of a chat completion as a :class:`ChatRequest`; ``defaults`` fill what it leaves out."""
    _refuse_unsupported(body)
    model = body.get("model", "")
    if not isinstance(model, str):
        raise ApiError(400, "'model' must be a string.", param="model")
    messages = _messages(body.get("messages"))
    params = _sampling(body, defaults, max_tokens_limit)
    stream = _boolean(body, "stream", False)
    options = body.get("stream_options")
    include_usage = False
    if options is not None:
        if not isinstance(options, dict):
            raise ApiError(400, "'stream_options' must be an object.", param="stream_options")
        include_usage = _boolean(options, "include_usage", False, name="stream_options.include_usage")
    return ChatRequest(model, messages, params, _stops(body.get("stop")), stream, include_usage)


def _refuse_unsupported(body: dict[str, Any]) -> None:
    for name, neutral in NEUTRAL_FIELDS.items():
        if name in body and body[name] is not None and body[name] not in neutral:
            if name == "n":
                raise ApiError(400, "This server writes one choice per request: 'n' must be 1.", param="n")
            raise ApiError(400, f"This server does not support '{name}' (leave it out).", param=name,
                           code="unsupported_parameter")
    for name in REFUSED_FIELDS:
        if body.get(name) is not None:
            raise ApiError(400, f"This server does not support '{name}' (leave it out).", param=name,
                           code="unsupported_parameter")


def _messages(value: Any) -> list[ChatMessage]:
    if not isinstance(value, list) or not value:
        raise ApiError(400, "'messages' must be a non-empty list.", param="messages")
    messages: list[ChatMessage] = []
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise ApiError(400, f"messages[{i}] must be an object.", param="messages")
        role = item.get("role")
        if role not in ROLES:
            raise ApiError(400, f"messages[{i}].role must be one of {', '.join(ROLES)}.", param="messages")
        messages.append({"role": "system" if role == "developer" else role, "content": _content(item, i)})
    return messages


def _content(item: dict[str, Any], i: int) -> str:
    content = item.get("content")
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # parts: only text parts can be read by a text model
        texts = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") != "text" or not isinstance(part.get("text"), str):
                raise ApiError(400, f"messages[{i}].content: this model reads text parts only.", param="messages")
            texts.append(part["text"])
        return "".join(texts)
    raise ApiError(400, f"messages[{i}].content must be text.", param="messages")


def _sampling(body: dict[str, Any], defaults: SamplingParams, max_tokens_limit: int) -> SamplingParams:
    max_tokens = body.get("max_completion_tokens", body.get("max_tokens"))
    changes: dict[str, Any] = {
        "max_tokens": _integer(max_tokens, "max_tokens", 1, max_tokens_limit) if max_tokens is not None
        else min(defaults.max_tokens, max_tokens_limit),
    }
    ranges = {"temperature": (0.0, 2.0), "top_p": (0.0, 1.0), "min_p": (0.0, 1.0), "repeat_penalty": (0.0, 10.0)}
    for name, (low, high) in ranges.items():
        if body.get(name) is not None:
            changes[name] = _number(body[name], name, low, high)
    if body.get("top_k") is not None:
        changes["top_k"] = _integer(body["top_k"], "top_k", 0, 1_000_000)
    if body.get("seed") is not None:
        changes["seed"] = _integer(body["seed"], "seed", -1, 2**31 - 1)
    return defaults.with_changes(**changes)


def _stops(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    stops = [value] if isinstance(value, str) else value
    if not isinstance(stops, list) or not all(isinstance(s, str) for s in stops):
        raise ApiError(400, "'stop' must be a string or a list of strings.", param="stop")
    if len(stops) > MAX_STOPS or any(len(s) > MAX_STOP_CHARS for s in stops):
        raise ApiError(400, f"'stop' takes up to {MAX_STOPS} strings of up to {MAX_STOP_CHARS} characters.",
                       param="stop")
    return tuple(s for s in stops if s)


def _boolean(body: dict[str, Any], key: str, default: bool, *, name: str | None = None) -> bool:
    value = body.get(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise ApiError(400, f"'{name or key}' must be true or false.", param=name or key)
    return value


def _integer(value: Any, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise ApiError(400, f"'{name}' must be a whole number.", param=name)
    if not low <= value <= high:
        raise ApiError(400, f"'{name}' must be between {low} and {high}.", param=name)
    return int(value)


def _number(value: Any, name: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ApiError(400, f"'{name}' must be a number.", param=name)
    if not low <= value <= high:
        raise ApiError(400, f"'{name}' must be between {low:g} and {high:g}.", param=name)
    return float(value)
