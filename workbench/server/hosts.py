"""The Host-header check of a server bound to loopback: a defence against DNS rebinding.

A web page on another site can make the browser resolve its own name to 127.0.0.1 and then call the server as if
from that site; the browser then sends that site's name as ``Host``. A server only this computer may reach answers
only requests naming it as this computer does: ``127.0.0.1``, ``localhost`` or ``[::1]``, with any port. Others get
an OpenAI-shaped 400 error (and nothing of the model).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]"})

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def host_name(header: str) -> str:
    """The name in a ``Host`` header, without its port, lower case: ``[::1]:8080`` → ``[::1]``."""
    value = header.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        return value[: end + 1] if end > 0 else value
    name, _, port = value.rpartition(":") if ":" in value else (value, "", "")
    return name if port.isdigit() or port == "" else value


def is_loopback_host(header: str) -> bool:
    """Whether a ``Host`` header names this computer as a loopback client would (any port, or none)."""
    value = header.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        rest = value[end + 1 :] if end > 0 else "?"
    else:
        rest = value[value.find(":") :] if ":" in value else ""
    if rest and not (rest.startswith(":") and rest[1:].isdigit()):
        return False
    return host_name(value) in LOOPBACK_NAMES


class LoopbackHostOnly:
    """ASGI middleware: requests whose ``Host`` is not a loopback name get a 400 error; the rest go to ``app``."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        host = headers.get(b"host", b"").decode("latin-1")
        if is_loopback_host(host):
            await self.app(scope, receive, send)
            return
        body = json.dumps({"error": {
            "message": "This server answers only requests addressed to this computer (127.0.0.1, localhost or "
                       "[::1]).",
            "type": "invalid_request_error", "param": None, "code": "host_not_allowed",
        }}).encode()
        await send({"type": "http.response.start", "status": 400,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
