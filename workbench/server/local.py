"""The local server: the OpenAI-compatible API on uvicorn, on this computer's loopback address unless the person
chooses otherwise (then only with an API key, and told plainly who can reach the model).

:meth:`LocalServer.start` serves on a thread of its own (the window); :meth:`LocalServer.serve` in the caller's
thread until Ctrl-C (``slm-workbench serve``). :meth:`LocalServer.stop` stops the replies it is sending, closes
the connections and ends its threads, each step with a deadline.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from workbench.errors import WorkbenchError
from workbench.i18n import tr
from workbench.sampling import SamplingParams
from workbench.server.app import ApiSettings, build_app, model_name
from workbench.server.metrics import ServerMetrics
from workbench.server.models import OnDemandModels
from workbench.server.replies import ReplyWorker, ServerReply
from workbench.server.turns import SERVER, SharedRunner

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
START_DEADLINE_SECONDS = 10.0
STOP_DEADLINE_SECONDS = 5.0


class ServerRefused(WorkbenchError):
    """The server cannot start as asked: an address that needs a key, a port in use, …"""


@dataclass(frozen=True)
class ServerConfig:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    """0: any free port (tests)."""
    api_key: str = ""
    cors_origins: tuple[str, ...] = ()
    defaults: SamplingParams = field(default_factory=SamplingParams)


def is_loopback(host: str) -> bool:
    """Whether only programs on this computer can reach ``host``."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def who_can_reach(config: ServerConfig) -> str:
    """One plain sentence: who can use the model through this server."""
    if is_loopback(config.host):
        return tr("Server", "Only programs on this computer can reach the model.")
    if config.host in ("0.0.0.0", "::"):
        return tr("Server", "Anyone on the networks this computer is on can reach the model, if they have the API key "
                  "and no firewall stops them.")
    return tr("Server", "Anyone who can reach {host} can use the model, if they have the API key.").format(
        host=config.host
    )


def check_config(config: ServerConfig) -> None:
    """:class:`ServerRefused` unless the address is loopback or an API key is set."""
    if not 0 <= config.port <= 65535:
        raise ServerRefused(f"The port must be between 1 and 65535, not {config.port}.")
    if not is_loopback(config.host) and not config.api_key.strip():
        raise ServerRefused(
            f"Serving on {config.host} lets other computers use the model: set an API key first "
            "(or serve on 127.0.0.1, this computer only)."
        )


class LocalServer:
    """Serves ``runner``'s loaded model over HTTP as ``config`` says."""

    def __init__(self, runner: SharedRunner, config: ServerConfig, metrics: ServerMetrics | None = None,
                 on_demand: OnDemandModels | None = None) -> None:
        """``on_demand``: models a request may name beyond the one loaded (``slm-workbench serve --library``)."""
        check_config(config)
        self.runner = runner
        self.on_demand = on_demand
        self.config = config
        self.metrics = metrics or ServerMetrics(
            queue_length=self.queue_length, engine_memory=runner.rss
        )
        self._socket: socket.socket | None = None
        self._server: object | None = None
        self._thread: threading.Thread | None = None
        self._replies: set[ServerReply] = set()
        self._worker: ReplyWorker | None = None
        self._lock = threading.Lock()
        """Held while starting and stopping: a stop that comes while the server starts waits for it (bounded)."""
        self._closed = False
        self.port = config.port

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:8080/v1``: what clients are given (a wildcard address shows as this computer's)."""
        host = self.config.host
        if host in ("0.0.0.0", "::"):
            host = DEFAULT_HOST
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}/v1"

    def queue_length(self) -> int:
        """Replies waiting for the engine: the server's and the chat's."""
        worker = self._worker
        return len(self.runner.turns.waiting) + (worker.backlog if worker is not None else 0)

    @property
    def model_name(self) -> str | None:
        return model_name(self.runner)

    def _prepare(self) -> object:
        import uvicorn

        family = socket.AF_INET6 if ":" in self.config.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.config.host, self.config.port))
        except OSError as exc:
            sock.close()
            if exc.errno in (98, 48, 10048):  # address in use (Linux, macOS, Windows)
                raise ServerRefused(f"Port {self.config.port} is in use by another program: choose another.") from None
            raise ServerRefused(f"Cannot serve on {self.config.host}:{self.config.port}: {exc.strerror}.") from None
        sock.listen(64)
        self._socket = sock
        self.port = sock.getsockname()[1]
        settings = ApiSettings(self.config.api_key, self.config.cors_origins, self.config.defaults,
                               loopback_only=is_loopback(self.config.host))
        on_demand = self.on_demand
        self._worker = ReplyWorker(on_idle=on_demand.unload_if_idle if on_demand is not None else None)
        app = build_app(self.runner, settings, self.metrics, self._worker, on_demand)
        self._replies = app.state.replies
        uv_config = uvicorn.Config(
            app, log_config=None, log_level="warning", access_log=False, lifespan="off",
            timeout_graceful_shutdown=2, timeout_keep_alive=5,
        )
        server = uvicorn.Server(uv_config)
        self._server = server
        return server

    def start(self) -> None:
        """Serve on a thread of its own; returns once the server accepts connections."""
        with self._lock:
            if self._closed:
                raise ServerRefused("The server was stopped before it started.")
            server = self._prepare()
            thread = threading.Thread(target=self._run, args=(server,), name="local-server", daemon=True)
            self._thread = thread
            thread.start()
            deadline = time.monotonic() + START_DEADLINE_SECONDS
            while not getattr(server, "started", False) and thread.is_alive() and time.monotonic() < deadline:
                time.sleep(0.01)
            started = getattr(server, "started", False)
        if not started:
            self.stop()
            raise ServerRefused("The server did not start; its error is in the log.")

    def serve(self, on_listening: Callable[[], None] | None = None) -> None:
        """Serve in this thread until interrupted (Ctrl-C), then stop. ``on_listening`` is called once the port
        is bound (:attr:`base_url` is then final)."""
        server = self._prepare()
        if on_listening is not None:
            on_listening()
        try:
            self._run(server)
        finally:
            self.stop()

    def _run(self, server: object) -> None:
        import uvicorn

        assert isinstance(server, uvicorn.Server) and self._socket is not None
        server.run(sockets=[self._socket])

    def stop(self) -> None:
        """Stop the replies being sent, close the connections and end the server's threads. Safe to call twice,
        and from another thread while :meth:`start` runs (it waits for it, at most its deadline)."""
        if not self._lock.acquire(timeout=START_DEADLINE_SECONDS + 1):
            return
        try:
            self._closed = True
            self._stop()
        finally:
            self._lock.release()

    def _stop(self) -> None:
        server, self._server = self._server, None
        self.runner.cancel(SERVER)
        if server is not None:
            server.should_exit = True  # type: ignore[attr-defined]
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(STOP_DEADLINE_SECONDS)
        for reply in list(self._replies):
            reply.stop()
        worker, self._worker = self._worker, None
        if worker is not None:  # the replies were stopped: the engine answers Stop within its own deadline
            worker.stop(STOP_DEADLINE_SECONDS)
        sock, self._socket = self._socket, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.close()
