"""The model runner that answers now: the engine process for a model on this computer, or an endpoint.

:class:`ActiveRunner` has the engine client's interface (load, generate, cancel, unload, rss, is_alive, loaded,
pid), so the chat, the status bar and the charts need not know which kind of model answers. Loading a local
model ends any endpoint session; choosing an endpoint's model unloads the local engine.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from workbench.endpoints.backend import EndpointBackend, RemoteModel
from workbench.engine.client import EngineClient
from workbench.engine.inspect import Inspection
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import BenchResult, ChatMessage, LoadedModel, ReplyEvent
from workbench.sampling import SamplingParams


class ActiveRunner:
    """Wraps ``local`` (an :class:`EngineClient`) and, while one is chosen, an :class:`EndpointBackend`."""

    def __init__(self, local: EngineClient) -> None:
        self.local = local
        self._remote: EndpointBackend | None = None
        self._lock = threading.Lock()

    @property
    def remote(self) -> EndpointBackend | None:
        """The endpoint that answers now, or None when the local engine does."""
        return self._remote

    @property
    def current(self) -> EngineClient | EndpointBackend:
        remote = self._remote
        return remote if remote is not None else self.local

    def use_remote(self, backend: EndpointBackend | None) -> None:
        """Let ``backend`` (with its model loaded) answer from now on, unloading the local engine; None to stop."""
        with self._lock:
            old, self._remote = self._remote, backend
        if old is not None and old is not backend:
            old.unload()
        if backend is not None:
            self.local.unload()

    def __getattr__(self, name: str) -> Any:
        """Anything else the engine client offers (its platform facts, …) comes from the local engine."""
        if name == "local":
            raise AttributeError(name)
        return getattr(self.local, name)

    # -- what the engine client offers ---------------------------------------------------------

    @property
    def loaded(self) -> LoadedModel | None:
        return self.current.loaded

    @property
    def model_info(self) -> Any:
        return self.current.model_info

    @property
    def fit(self) -> Any:
        return self.current.fit

    @property
    def remote_model(self) -> RemoteModel | None:
        remote = self._remote
        return remote.loaded if remote is not None else None

    @property
    def pid(self) -> int | None:
        return self.local.pid

    def is_alive(self) -> bool:
        return self.current.is_alive()

    def rss(self) -> int | None:
        return self.local.rss()

    def kill(self) -> None:
        self.local.kill()

    def load(
        self,
        path: str,
        options: LoadOptions | None = None,
        *,
        force: bool = False,
        inspection: Inspection | None = None,
    ) -> LoadedModel:
        """Load a model file in the local engine (ending the endpoint session, if any)."""
        self.use_remote(None)
        return self.local.load(path, options, force=force, inspection=inspection)

    def generate(
        self, messages: list[ChatMessage], params: SamplingParams | None = None, thinking: bool | None = None
    ) -> Iterator[ReplyEvent]:
        """``thinking``: the local model's ``enable_thinking`` switch; a server applies its own template, so it is
        not sent there (the chat offers the switch only for a model whose template it has read)."""
        current = self.current
        if isinstance(current, EngineClient):
            return current.generate(messages, params, thinking)
        return current.generate(messages, params)

    def count_tokens(self, messages: list[ChatMessage], thinking: bool | None = None) -> int:
        current = self.current
        if isinstance(current, EngineClient):
            return current.count_tokens(messages, thinking)
        return current.count_tokens(messages)

    def bench(self, n_prompt: int = 512, n_gen: int = 128, repetitions: int = 3) -> BenchResult:
        return self.current.bench(n_prompt, n_gen, repetitions)

    def cancel(self) -> None:
        """Stop the running reply, local or remote. Any thread."""
        remote = self._remote
        if remote is not None:
            remote.cancel()
        self.local.cancel()

    def unload(self) -> None:
        """Forget the endpoint's model and end the engine process."""
        self.use_remote(None)
        self.local.unload()

    close = unload
