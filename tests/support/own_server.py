"""The app's own server on loopback, serving one model loaded in a real engine, for tests that talk to it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.server.local import LocalServer, ServerConfig
from workbench.server.turns import SharedRunner


@contextlib.contextmanager
def serving(model: str | Path, context_length: int = 512) -> Iterator[LocalServer]:
    """Load ``model`` in an engine (one thread) and serve it on a free loopback port; stop both afterwards."""
    client = EngineClient()
    client.load(str(model), LoadOptions(context_length=context_length, threads=1))
    server = LocalServer(SharedRunner(client), ServerConfig(port=0))
    try:
        server.start()
        yield server
    finally:
        server.stop()
        client.unload()
