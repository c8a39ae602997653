"""Reading what an OpenAI-compatible server answers, as untrusted data: pure functions, tested on samples.

A model list, an error body sent with HTTP 200, a whole reply sent as one JSON body instead of a stream, and the
target of a redirect are read here. Whatever the server wrote comes back plain and bounded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from workbench.endpoints.errors import HOST_LENGTH, MESSAGE_LENGTH, one_line

MODEL_ID_LENGTH = 200
"""A model id longer than this is not listed (no real one comes near it)."""
MAX_MODELS = 1000
"""The most model ids a listing keeps."""
_DEFAULT_PORTS = {"http": 80, "https": 443}


class ServerSaidError(Exception):
    """The server answered 200 but with an error body; ``message`` is its text (plain, bounded; may be empty)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class WholeReply:
    """A reply the server sent as one JSON body although a stream was asked for."""

    text: str
    finish_reason: str | None


def error_message(body: Any) -> str | None:
    """The message of an OpenAI-style error body (``{"error": {"message": …}}``, ``{"error": "…"}``), plain and
    bounded; ``""`` for an error without words; None when ``body`` is not an error."""
    if not isinstance(body, dict) or not body.get("error"):
        return None
    error = body["error"]
    if isinstance(error, dict):
        for key in ("message", "detail", "msg"):
            value = error.get(key)
            if isinstance(value, str) and value.strip():
                return one_line(value, MESSAGE_LENGTH)
        return ""
    if isinstance(error, str):
        return one_line(error, MESSAGE_LENGTH)
    return ""


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError("the answer is not JSON") from exc


def parse_model_list(body: bytes) -> list[str]:
    """The model ids of a ``/models`` answer, sorted, without duplicates; ids that are not short plain text are
    skipped. Raises :class:`ServerSaidError` for an error body, ValueError for anything else unreadable."""
    data = _json(body)
    said = error_message(data)
    if said is not None:
        raise ServerSaidError(said)
    items = data.get("data") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ValueError("the answer holds no list of models")
    ids: set[str] = set()
    for item in items:
        model_id = item.get("id") if isinstance(item, dict) else None
        if (isinstance(model_id, str) and model_id.strip() and len(model_id) <= MODEL_ID_LENGTH
                and model_id.isprintable()):
            ids.add(model_id)
    return sorted(ids, key=str.lower)[:MAX_MODELS]


def parse_whole_reply(body: bytes) -> WholeReply:
    """A chat completion sent as one JSON body. Raises :class:`ServerSaidError` for an error body, ValueError for
    anything else."""
    data = _json(body)
    said = error_message(data)
    if said is not None:
        raise ServerSaidError(said)
    choices = data.get("choices") if isinstance(data, dict) else None
    first = choices[0] if isinstance(choices, list) and choices and isinstance(choices[0], dict) else None
    message = first.get("message") if first is not None else None
    text = message.get("content") if isinstance(message, dict) else None
    if not isinstance(text, str):
        raise ValueError("the answer holds no reply")
    finish = first.get("finish_reason") if first is not None else None
    return WholeReply(text, finish if isinstance(finish, str) else None)


def _origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or _DEFAULT_PORTS.get(scheme, 0)  # ValueError for a port that is not a number
    return scheme, (parts.hostname or "").lower(), port


def redirect_elsewhere(request_url: str, location: str) -> str | None:
    """Where a redirect from ``request_url`` to ``location`` leads, when that is another host; None when it stays
    on the same host and port (or only moves from http to https on the default ports). The host comes back plain
    and bounded."""
    target = location.strip()
    try:
        scheme, host, port = _origin(urljoin(request_url, target))
        here_scheme, here_host, here_port = _origin(request_url)
    except ValueError:
        return one_line(target, HOST_LENGTH) or "an address that cannot be read"
    upgrade = (here_scheme, here_port, scheme, port) == ("http", 80, "https", 443)
    if host == here_host and (port == here_port or upgrade):
        return None
    shown = host if port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    return one_line(shown, HOST_LENGTH) or "an address without a host name"
