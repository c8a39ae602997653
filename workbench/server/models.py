"""Models a headless server offers by name beyond the one loaded: a request that names one loads it (one at a time
on a laptop: the one before is unloaded), and a model no request has used for a while is unloaded, returning its
memory to the system."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from workbench.engine.options import LoadOptions
from workbench.server.turns import SharedRunner

IDLE_UNLOAD_SECONDS = 600.0


def served_name(path: str) -> str:
    """The name clients use for a model file or folder: its name without the extension."""
    return Path(path).stem if Path(path).suffix.lower() == ".gguf" else Path(path).name


def names_for(paths: Iterable[str]) -> dict[str, str]:
    """Each model's served name → its path; the first of two models with one name keeps it."""
    named: dict[str, str] = {}
    for path in paths:
        named.setdefault(served_name(path), path)
    return named


class OnDemandModels:
    """Loads the model a request names in ``runner`` (on the server's reply thread, which runs one reply at a
    time), and unloads it after ``idle_seconds`` without a request."""

    def __init__(self, runner: SharedRunner, models: dict[str, str], options: LoadOptions,
                 idle_seconds: float = IDLE_UNLOAD_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        self.runner = runner
        self.models = dict(models)
        self.options = options
        self.idle_seconds = idle_seconds
        self._clock = clock
        self._last_used = clock()
        self._lock = threading.Lock()
        self.loads = 0
        """How many models were loaded on demand (tests read it)."""

    @property
    def names(self) -> list[str]:
        return list(self.models)

    def offers(self, name: str) -> bool:
        return name in self.models

    def loaded_name(self) -> str | None:
        loaded = self.runner.loaded
        return served_name(loaded.path) if loaded is not None else None

    def ensure(self, name: str) -> None:
        """Have ``name`` loaded (unloading another first); raises the load's own error, as one line."""
        with self._lock:
            self._last_used = self._clock()
            if self.loaded_name() == name and self.runner.is_alive():
                return
            self.runner.load(self.models[name], self.options)
            self.loads += 1
            self._last_used = self._clock()

    def touch(self) -> None:
        """A request used the loaded model now."""
        self._last_used = self._clock()

    def unload_if_idle(self) -> bool:
        """Unload the model when no request has used it for ``idle_seconds``; True if it did."""
        with self._lock:
            if self.runner.loaded is None or self._clock() - self._last_used < self.idle_seconds:
                return False
            self.runner.unload()
            return True
