"""A loopback OpenAI-compatible server that misbehaves on purpose, for tests of endpoint error handling.

``MisbehavingServer(mode)`` serves ``/v1/models`` and streaming ``/v1/chat/completions`` on 127.0.0.1 (a free
port) from a background thread. Modes:

- ``ok``: a model list and a well-formed stream of ``tokens`` chunks, ``delay`` seconds apart, with usage.
- ``unauthorized`` / ``server-error`` / ``not-found``: HTTP 401 / 500 / 404 with an OpenAI-style error body.
- ``malformed``: a stream whose second event is not JSON.
- ``stall``: a stream that sends two chunks and then nothing, until the server is closed.
- ``close-mid``: a stream that sends three chunks and then drops the connection.
- ``silent``: reads every request and answers nothing at all (not even headers) until the server is closed.
- ``html``: a web page (200, text/html) for every path, as a wrong base URL would give.
- ``endless``: a stream that ignores ``max_tokens``: chunks ``delay`` seconds apart until the client hangs up.
- ``keep-alive``: a stream that sends two chunks and then only SSE comments (``: keep-alive``), ``delay``
  seconds apart (at least 10 ms), until the client hangs up.
- ``error-200``: HTTP 200 with an OpenAI-style JSON error body (``error_message``) for every path.
- ``error-in-stream``: a stream whose second event is an error (``data: {"error": {...}}``).
- ``redirect-away``: a redirect (302) to another host, ``elsewhere.invalid:8080``, for every path.
- ``redirect-here``: a redirect (307) to the same path under ``/moved`` on this server, which then answers ``ok``.
- ``slow-first-byte``: waits ``first_byte`` seconds before answering anything (not even headers), then ``ok``.
- ``no-stream``: answers a reply request with one whole JSON chat completion instead of a stream.

Use it as a context manager; closing it ends every handler thread.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODEL_ID = "misbehaving-model"
MODES = (
    "ok", "unauthorized", "server-error", "not-found", "malformed", "stall", "close-mid", "html", "silent", "endless",
    "keep-alive", "error-200", "error-in-stream", "redirect-away", "redirect-here", "slow-first-byte", "no-stream",
)
ELSEWHERE = "elsewhere.invalid:8080"
"""Where ``redirect-away`` sends clients."""


def _chunk(content: str | None = None, finish: str | None = None, usage: dict[str, int] | None = None) -> bytes:
    choices = [] if usage else [{"index": 0, "delta": {"content": content} if content else {}, "finish_reason": finish}]
    event: dict[str, Any] = {
        "id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": MODEL_ID, "choices": choices,
    }
    if usage:
        event["usage"] = usage
    return b"data: " + json.dumps(event).encode() + b"\n\n"


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep tests quiet
        return

    def _json(self, status: int, payload: Any) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._json(status, {"error": {"message": message, "type": "test", "code": status}})

    def _common(self) -> bool:
        """Answer the modes that do not depend on the path; True when answered."""
        self.server.requests += 1
        mode = self.server.mode
        if mode == "slow-first-byte":
            self.server.closing.wait(self.server.first_byte)
            return False
        if mode == "redirect-here" and self.path.startswith("/moved/"):
            return False
        if mode in ("redirect-away", "redirect-here"):
            target = f"http://{ELSEWHERE}{self.path}" if mode == "redirect-away" else f"/moved{self.path}"
            self.send_response(302 if mode == "redirect-away" else 307)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif mode == "error-200":
            self._json(200, {"error": {"message": self.server.error_message, "type": "server_error", "code": 503}})
        elif mode == "unauthorized":
            self._error(401, "Incorrect API key provided.")
        elif mode == "server-error":
            self._error(500, "The model crashed while thinking.")
        elif mode == "not-found":
            self._error(404, "Not Found")
        elif mode == "silent":
            self.server.closing.wait()
        elif mode == "html":
            body = b"<html><body><h1>Welcome to a web server</h1></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            return False
        return True

    def do_GET(self) -> None:
        if self._common():
            return
        if self.path.rstrip("/").endswith("/models"):
            self._json(200, {"object": "list", "data": [{"id": MODEL_ID, "object": "model", "owned_by": "test"}]})
        else:
            self._error(404, "Not Found")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.server.last_body = json.loads(self.rfile.read(length) or b"{}")
        self.server.last_auth = self.headers.get("Authorization")
        if self._common():
            return
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._error(404, "Not Found")
            return
        if self.server.mode == "no-stream":
            text = "".join(f"word{i} " for i in range(self.server.tokens))
            self._json(200, {
                "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": MODEL_ID,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            })
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        mode, words = self.server.mode, [f"word{i} " for i in range(self.server.tokens)]
        try:
            if mode in ("malformed", "error-in-stream"):
                self.wfile.write(_chunk(words[0]))
                if mode == "malformed":
                    self.wfile.write(b"data: {this is not json\n\n")
                else:
                    error = {"error": {"message": self.server.error_message, "type": "server_error"}}
                    self.wfile.write(b"data: " + json.dumps(error).encode() + b"\n\n")
                self.wfile.flush()
                return
            if mode in ("endless", "keep-alive"):
                sent = 0
                while not self.server.closing.is_set():
                    endless = mode == "endless" or sent < 2
                    self.wfile.write(_chunk(f"word{sent} ") if endless else b": keep-alive\n\n")
                    self.wfile.flush()
                    sent += 1
                    self.server.sent = sent
                    self.server.closing.wait(max(self.server.delay, 0.0 if endless else 0.01))
                return
            if mode in ("stall", "close-mid"):
                for word in words[: 2 if mode == "stall" else 3]:
                    self.wfile.write(_chunk(word))
                    self.wfile.flush()
                if mode == "stall":
                    self.server.closing.wait()
                else:
                    self.connection.shutdown(socket.SHUT_RDWR)
                return
            for word in words:
                if self.server.closing.is_set():
                    return
                self.wfile.write(_chunk(word))
                self.wfile.flush()
                time.sleep(self.server.delay)
            self.wfile.write(_chunk(finish="stop"))
            usage = {"prompt_tokens": 7, "completion_tokens": len(words), "total_tokens": 7 + len(words)}
            self.wfile.write(_chunk(usage=usage))
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, OSError):
            self.server.disconnects += 1


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True

    def __init__(self, mode: str, tokens: int, delay: float) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode = mode
        self.tokens = tokens
        self.delay = delay
        self.first_byte = 2.0
        """Seconds ``slow-first-byte`` waits before answering."""
        self.error_message = "The model is still loading; try again in 30 seconds."
        """What ``error-200`` and ``error-in-stream`` say."""
        self.sent = 0
        """Chunks or comments sent by the latest ``endless`` / ``keep-alive`` stream."""
        self.closing = threading.Event()
        self.requests = 0
        self.disconnects = 0
        self.last_body: Any = None
        self.last_auth: str | None = None
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        """Shut every open connection down, so handlers waiting on a keep-alive client end."""
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class MisbehavingServer:
    """Runs :class:`_Server` on a thread; ``base_url`` is its ``…/v1``. ``mode`` may be changed between requests."""

    def __init__(self, mode: str = "ok", tokens: int = 5, delay: float = 0.0) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; one of {', '.join(MODES)}")
        self._server = _Server(mode, tokens, delay)
        host, port = self._server.server_address[:2]
        self.base_url = f"http://{host!s}:{port}/v1"
        self._thread = threading.Thread(target=self._server.serve_forever, name="misbehaving-server", daemon=True)
        self._thread.start()

    @property
    def server(self) -> _Server:
        return self._server

    @property
    def mode(self) -> str:
        return self._server.mode

    @mode.setter
    def mode(self, value: str) -> None:
        if value not in MODES:
            raise ValueError(f"unknown mode {value!r}")
        self._server.mode = value

    def close(self) -> None:
        """Stop serving, release stalled handlers, and wait for every thread."""
        self._server.closing.set()
        self._server.shutdown()
        self._server.drop_connections()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> MisbehavingServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
