"""Running one round: each column's model loaded in its own engine (or asked of its server), the same question and
sampling settings for every column, turn by turn as the plan says.

:class:`RoundRun` is a core job (``run(progress, cancel)``). Columns of one turn stream at the same time, each on a
thread of its own that only talks to its own engine; the engines of a turn are unloaded before the next turn
starts. Progress arrives as :class:`ColumnUpdate` s (token texts batched every ``flush_seconds``), which
:func:`apply_update` folds into an :class:`~workbench.arena.session.ArenaColumn` — the receiver keeps its own copy.
A column whose engine crashes or whose server fails keeps its text so far and says why; the others go on.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from workbench.arena.divergence import mark_divergences
from workbench.arena.plan import RunMode, RunPlan, plan_run
from workbench.arena.session import ArenaColumn, ArenaRound, ColumnState, short_labels
from workbench.endpoints.directory import EndpointDirectory
from workbench.endpoints.paths import parse_remote_path
from workbench.engine.client import EngineClient
from workbench.engine.inspect import Inspection, inspect_model
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage, ReplyDone, ReplyEvent, ReplyStats, TokenEvent
from workbench.errors import WorkbenchError
from workbench.i18n import tr
from workbench.jobs import CancelToken, ProgressCallback
from workbench.sampling import SamplingParams

ENGINE_NICENESS = 10
"""All at once, each engine runs this much below normal priority (a "below normal" class on Windows): the engines
share the processor evenly among themselves, and the window, at normal priority, stays responsive."""
FLUSH_SECONDS = 0.05
"""Token texts of a column are sent on at most this often (20 times a second), however fast it streams."""


class ReplyBackend(Protocol):
    """What a column needs of its engine or server (an :class:`EngineClient` or an ``EndpointBackend``)."""

    def generate(self, messages: list[ChatMessage], params: SamplingParams | None = None) -> Iterator[ReplyEvent]: ...

    def cancel(self) -> None: ...

    def unload(self) -> None: ...


@dataclass
class Contender:
    """One column's model: a local model file or folder (loaded in a fresh engine process), or a model on a server
    (``endpoint`` set: its backend, and ``model`` its name there)."""

    label: str
    source: str
    inspection: Inspection | None = None
    """The local model inspected at its load options (its memory estimate and fit), if it was."""
    options: LoadOptions | None = None
    """The load options of this model (its own when it has them, else the defaults); None: the run's."""
    endpoint: object | None = None
    model: str = ""

    @property
    def expected_bytes(self) -> int | None:
        """Memory the model is expected to take here (None for a server's model or one not inspected)."""
        return self.inspection.fit.estimate.expected if self.inspection is not None else None


@dataclass(frozen=True)
class ColumnUpdate:
    """What happened in one column since its last update."""

    column: int
    state: ColumnState
    pieces: tuple[str, ...] = ()
    """Token texts received since the last update."""
    tokens: int = 0
    """Tokens of the reply so far."""
    seconds: float = 0.0
    """Seconds since the reply was asked for (for the live tokens-per-second chart)."""
    stats: ReplyStats | None = None
    error: str = ""
    vocabulary: str = ""
    note: str = ""


def prepare_round(
    paths: list[str],
    options: LoadOptions | Callable[[str], LoadOptions],
    mode: RunMode,
    endpoints: EndpointDirectory | None = None,
    override: str | None = None,
) -> Callable[[ProgressCallback, CancelToken], tuple[list[Contender], RunPlan]]:
    """The job before a round: inspect every local model (what it is, what it needs at its load options: ``options``
    itself, or ``options(path)`` — a model's own options when a person set some for it), give each model on a
    server (``endpoint://name/model``) a backend of its own from ``endpoints``, name the columns, and plan who runs
    when against the memory available now. ``override`` is the backend setting. Raises the formats' and endpoints'
    typed errors."""

    def job(_progress: ProgressCallback, _cancel: CancelToken) -> tuple[list[Contender], RunPlan]:
        import psutil

        contenders: list[Contender] = []
        names: list[tuple[str, str]] = []
        for path in paths:
            remote = parse_remote_path(path)
            if remote is None:
                own = options(path) if callable(options) else options
                inspection = inspect_model(path, own, override=override)
                contenders.append(Contender("", inspection.path, inspection, own))
                names.append((inspection.info.name, inspection.info.file_type))
            elif endpoints is None:
                raise WorkbenchError(
                    tr("Arena", "{model} is on a server, and no servers are set up here.").format(model=remote[1])
                )
            else:
                contenders.append(Contender("", path, endpoint=endpoints.backend(remote[0]), model=remote[1]))
                names.append((tr("Arena", "{model} on {server}").format(model=remote[1], server=remote[0]), ""))
        labels = short_labels(names)
        for contender, label in zip(contenders, labels, strict=True):
            contender.label = label
        available = int(psutil.virtual_memory().available)
        return contenders, plan_run([c.expected_bytes for c in contenders], available, mode, labels)

    return job


def apply_update(column: ArenaColumn, update: ColumnUpdate) -> None:
    """Fold ``update`` into ``column`` (the runner's own columns and a window's copy alike)."""
    column.state = update.state
    if update.pieces:
        column.pieces.extend(update.pieces)
        column.text += "".join(update.pieces)
    if update.stats is not None:
        column.stats = update.stats.to_dict()
    if update.error:
        column.error = update.error
    if update.vocabulary:
        column.vocabulary = update.vocabulary
    if update.note:
        column.memory_note = update.note


@dataclass
class _Column:
    index: int
    contender: Contender
    backend: ReplyBackend | None = None
    pending: list[str] = field(default_factory=list)
    tokens: int = 0


class RoundRun:
    """One round of the Arena: ``contenders`` answer ``messages`` with ``params``, in the turns of ``plan``.

    ``run(progress, cancel)`` returns the round with every column's reply and the first divergences marked.
    :attr:`backends` holds the engine (or server) each running column talks to, by column.
    """

    def __init__(
        self,
        round_: ArenaRound,
        contenders: list[Contender],
        plan: RunPlan,
        messages: list[ChatMessage],
        params: SamplingParams,
        options: LoadOptions | None = None,
        *,
        engine_factory: Callable[[], EngineClient] = EngineClient,
        flush_seconds: float = FLUSH_SECONDS,
    ) -> None:
        if len(contenders) != len(round_.columns):
            raise ValueError("one contender per column")
        self.round = copy.deepcopy(round_)
        """The runner's own copy of the round (a window keeps its copy up to date with :func:`apply_update`)."""
        self.contenders = contenders
        self.plan = plan
        self.messages = list(messages)
        self.params = params
        self.options = options or LoadOptions()
        self._engine_factory = engine_factory
        self._flush = flush_seconds
        self.backends: dict[int, ReplyBackend] = {}
        self._lock = threading.Lock()
        self._cancel: CancelToken | None = None
        self._engines: list[EngineClient] = []
        """Every engine started, loaded or not (Stop or an error while loading still ends it)."""

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> ArenaRound:
        self._cancel = cancel
        cancel.on_cancel(self._on_cancel)
        try:
            for turn in self.plan.turns:
                if cancel.cancelled:
                    break
                self._run_turn(turn, progress)
        finally:
            self._unload_all()
        for i, column in enumerate(self.round.columns):
            if column.state in ("waiting", "loading", "streaming"):
                self._report(progress, ColumnUpdate(i, "stopped", error=tr("Arena", "Stopped before its turn came.")))
        mark_divergences(self.round)
        return self.round

    # -- turns ----------------------------------------------------------------------------------

    def _run_turn(self, turn: tuple[int, ...], progress: ProgressCallback) -> None:
        columns = [_Column(i, self.contenders[i]) for i in turn]
        if len(columns) == 1:
            self._run_column(columns[0], progress)
        else:
            threads = [
                threading.Thread(target=self._run_column, args=(c, progress, True), name=f"arena-column-{c.index + 1}")
                for c in columns
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()  # each column ends by itself: its reply is bounded, and Stop ends it within a deadline
        self._unload_all()

    def _run_column(self, column: _Column, progress: ProgressCallback, together: bool = False) -> None:
        i = column.index
        self._report(progress, ColumnUpdate(i, "loading"))
        try:
            backend, vocabulary = self._open(column.contender)
            if together and isinstance(backend, EngineClient):
                lower_priority(backend.pid)
        except WorkbenchError as exc:
            self._report(progress, ColumnUpdate(i, "failed", error=str(exc)))
            return
        with self._lock:
            self.backends[i] = backend
            stopped = self._cancel is not None and self._cancel.cancelled
        if stopped:
            stopped_note = tr("Arena", "Stopped before it began.")
            self._report(progress, ColumnUpdate(i, "stopped", vocabulary=vocabulary, error=stopped_note))
            return
        self._report(progress, ColumnUpdate(i, "streaming", vocabulary=vocabulary))
        start = time.monotonic()
        last_flush = start
        try:
            for event in backend.generate(self.messages, self.params):
                if isinstance(event, TokenEvent):
                    column.pending.append(event.text)
                    column.tokens += 1
                    now = time.monotonic()
                    if now - last_flush >= self._flush:
                        last_flush = now
                        self._flush_pending(column, progress, now - start)
                elif isinstance(event, ReplyDone):
                    state: ColumnState = "stopped" if event.stats.stop_reason == "cancelled" else "done"
                    pieces, column.pending = tuple(column.pending), []
                    note = " ".join(event.notes)
                    self._report(progress, ColumnUpdate(i, state, pieces, column.tokens, time.monotonic() - start,
                                                        event.stats, note=note))
        except WorkbenchError as exc:
            pieces, column.pending = tuple(column.pending), []
            self._report(progress, ColumnUpdate(i, "failed", pieces, column.tokens, time.monotonic() - start,
                                                error=str(exc)))

    def _flush_pending(self, column: _Column, progress: ProgressCallback, seconds: float) -> None:
        pieces, column.pending = tuple(column.pending), []
        self._report(progress, ColumnUpdate(column.index, "streaming", pieces, column.tokens, seconds))

    def _open(self, contender: Contender) -> tuple[ReplyBackend, str]:
        """The column's backend, loaded; and its vocabulary as ``size:digest`` (empty for a server's model)."""
        if contender.endpoint is not None:
            endpoint = contender.endpoint
            endpoint.load(contender.model)  # type: ignore[attr-defined]
            return endpoint, ""  # type: ignore[return-value]
        client = self._engine_factory()
        with self._lock:
            self._engines.append(client)
        try:
            client.load(contender.source, contender.options or self.options, inspection=contender.inspection)
            vocabulary = client.vocabulary()
        except WorkbenchError:
            client.unload()
            raise
        return client, f"{vocabulary.size}:{vocabulary.digest}"

    # -- ending -----------------------------------------------------------------------------------

    def _report(self, progress: ProgressCallback, update: ColumnUpdate) -> None:
        apply_update(self.round.columns[update.column], update)
        progress(update)

    def _on_cancel(self) -> None:
        with self._lock:
            backends = list(self.backends.values())
        for backend in backends:
            backend.cancel()

    def _unload_all(self) -> None:
        with self._lock:
            backends, self.backends = list(self.backends.values()), {}
            engines, self._engines = self._engines, []
        for backend in backends:
            backend.unload()
        for client in engines:
            if client not in backends:
                client.unload()


def lower_priority(pid: int | None) -> bool:
    """Run process ``pid`` below normal priority (see :data:`ENGINE_NICENESS`); False where the system refuses."""
    import sys

    import psutil

    if pid is None:
        return False
    try:
        process = psutil.Process(pid)
        if sys.platform == "win32":
            process.nice(psutil.BELOW_NORMAL_PRIORITY_CLASS)
        else:
            process.nice(min(19, process.nice() + ENGINE_NICENESS))
    except (psutil.Error, OSError, AttributeError):
        return False
    return True
