"""The model the window talks to: inspect, check the fit, load and unload, on worker threads."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ui.errors import error_line
from ui.i18n import tr
from ui.jobs import JobHandle, JobRunner
from workbench.backends import BackendChoice, normalize_override
from workbench.endpoints.directory import EndpointDirectory
from workbench.endpoints.library import endpoint_choice
from workbench.endpoints.paths import parse_remote_path
from workbench.engine.client import EngineClient
from workbench.engine.inspect import Inspection, inspect_model
from workbench.engine.protocol import LoadedModel
from workbench.errors import WorkbenchError
from workbench.jobs import CancelToken, ProgressCallback
from workbench.live_settings import LiveSettings
from workbench.server.turns import SharedRunner

__all__ = ["FitConfirmer", "Inspection", "ModelSession"]


FitConfirmer = Callable[[Inspection], bool]
"""Asks the person whether to load a model that is tight (or, forced, does not fit); True to go on."""


class ModelSession(QObject):
    """Owns what is loaded in the :class:`EngineClient` and tells the window about it.

    ``open_model(path)`` reads the file's header and estimates its memory on a worker; a model that
    fits loads at once, a tight one or one that does not fit asks :attr:`confirm_fit` first (the
    main window sets a dialog; tests set a function). Loading runs on a worker too.

    Signals (all on the GUI thread):
        inspected(object): an :class:`Inspection` of the chosen file, before loading.
        load_started(str): loading began; the argument is the model's display name.
        loaded(object): the :class:`~workbench.engine.protocol.LoadedModel` now running.
        load_failed(str): the file cannot be used or the engine refused it: the one-line reason.
        unloaded(): no model is loaded any more (unloaded by the person, or the engine died).
    """

    inspected = Signal(object)
    """An :class:`Inspection` of the chosen file (name, size, fit estimate), before loading."""
    load_started = Signal(str)
    """Loading of the named model began on a worker."""
    loaded = Signal(object)
    """The :class:`LoadedModel` that now answers."""
    load_failed = Signal(str)
    """One line: why the file could not be loaded (the window stays as it was)."""
    unloaded = Signal()
    """No model is loaded any more."""

    def __init__(
        self,
        engine: EngineClient,
        jobs: JobRunner,
        settings: LiveSettings,
        endpoints: EndpointDirectory | None = None,
        confirm_fit: FitConfirmer | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``settings`` gives the load options, the backend setting and (for an endpoint) the sampling parameters,
        read when a model is opened; ``endpoints`` the servers an ``endpoint://`` path names; ``confirm_fit`` asks
        the person about a tight model (default: load what fits, refuse what does not)."""
        super().__init__(parent)
        self.engine = SharedRunner(engine)
        """The local engine, or while an endpoint's model is chosen, that endpoint (same interface); the chat and
        the local server take turns with it."""
        self.endpoints = endpoints
        """The endpoints set up in the settings: ``open_model`` of an ``endpoint://`` path asks it."""
        self._jobs = jobs
        self._settings = settings
        self.confirm_fit: FitConfirmer = confirm_fit or (lambda inspection: inspection.fit.verdict != "does not fit")
        self.last_path: str | None = None
        self.model_name = ""
        self.choice: BackendChoice | None = None
        """Which backend runs the loaded model, and why."""
        self._pending_choice: BackendChoice | None = None
        self._busy: JobHandle | None = None

    # -- state ---------------------------------------------------------------------------------

    @property
    def is_loaded(self) -> bool:
        return self.engine.loaded is not None and self.engine.is_alive()

    @property
    def is_busy(self) -> bool:
        """Inspecting or loading."""
        return self._busy is not None

    # -- actions -------------------------------------------------------------------------------

    def open_model(self, path: str | os.PathLike[str], *, confirm: bool = True) -> None:
        """Inspect ``path``, check its fit, and load it (asking first when it is tight).

        An endpoint's model (an ``endpoint://<name>/<model>`` path from the library) goes to :meth:`open_remote`.
        """
        if self._busy is not None:
            return
        target = str(path)
        remote = parse_remote_path(target)
        if remote is not None:
            self.open_remote(*remote)
            return

        settings = self._settings.value
        facts, override, options = self.engine.facts, normalize_override(settings.backend), settings.load_for(target)

        def inspect(progress: ProgressCallback, cancel: CancelToken) -> Inspection:
            inspection = inspect_model(target, options, facts, override)
            inspection.check_runnable()
            return inspection

        handle = self._jobs.start(inspect, "inspect model")
        handle.setProperty("confirm", confirm)
        handle.finished.connect(self._on_inspect_finished)
        handle.failed.connect(self._on_job_failed)
        handle.cancelled.connect(self._on_job_cancelled)
        self._busy = handle
        self.load_started.emit(Path(target).name)

    def open_remote(self, endpoint: str, model: str) -> None:
        """Chat with ``model`` on ``endpoint``: check on a worker that the server answers and offers it (no fit
        check: it runs there), then let it answer instead of the local engine (which is unloaded)."""
        if self._busy is not None:
            return
        directory, params = self.endpoints, self._settings.value.sampling
        if directory is None:
            self.load_failed.emit(tr("Model", "No endpoints are set up: add one in Model ▸ Endpoints…."))
            return

        def load(progress: ProgressCallback, cancel: CancelToken) -> LoadedModel:
            backend = directory.backend(endpoint)
            cancel.on_cancel(backend.cancel)
            try:
                loaded = backend.load(model, params)
            except BaseException:
                backend.unload()
                raise
            self.engine.use_remote(backend)
            return loaded

        handle = self._jobs.start(load, "choose endpoint model")
        handle.setProperty("name", model)
        handle.finished.connect(self._on_load_finished)
        handle.failed.connect(self._on_job_failed)
        handle.cancelled.connect(self._on_job_cancelled)
        self._busy = handle
        try:
            self._pending_choice = endpoint_choice(endpoint, directory.get(endpoint).base_url)
        except WorkbenchError:
            self._pending_choice = None
        self.load_started.emit(tr("Model", "{model} on {endpoint}").format(model=model, endpoint=endpoint))

    def reload(self) -> None:
        """Load the last model again (after the engine died), without asking about the fit again."""
        if self.last_path is not None:
            self.open_model(self.last_path, confirm=False)

    def unload(self) -> None:
        """End the engine process on a worker (it takes a few tens of milliseconds); ``unloaded`` follows."""
        self.engine.cancel()

        def unload(progress: ProgressCallback, cancel: CancelToken) -> None:
            self.engine.unload()

        handle = self._jobs.start(unload, "unload model")
        handle.done.connect(self.unloaded.emit)

    def notice_engine_died(self) -> None:
        """The chat saw the engine die mid-reply: tell everyone no model is loaded."""
        self.unloaded.emit()

    def shutdown(self) -> None:
        """Stop whatever the engine does and end it (the window is closing)."""
        self.engine.cancel()
        if self._busy is not None:
            self._busy.cancel()

    # -- job results -----------------------------------------------------------------------------

    @Slot(object)
    def _on_inspect_finished(self, inspection: Any) -> None:
        assert isinstance(inspection, Inspection)
        self._busy = None
        self._pending_choice = inspection.choice
        confirm = bool(self.sender().property("confirm")) if self.sender() is not None else True
        self.inspected.emit(inspection)
        force = inspection.fit.verdict == "does not fit"
        if confirm and inspection.fit.verdict != "fits" and not self.confirm_fit(inspection):
            self.load_failed.emit(
                tr("Model", "{name} was not loaded. {explanation}").format(
                    name=inspection.info.name, explanation=inspection.fit.explanation
                )
            )
            return
        self._start_load(inspection, force=force)

    def _start_load(self, inspection: Inspection, *, force: bool) -> None:
        path = inspection.path

        def load(progress: ProgressCallback, cancel: CancelToken) -> LoadedModel:
            return self.engine.load(path, inspection.options, force=force, inspection=inspection)

        handle = self._jobs.start(load, "load model")
        handle.setProperty("name", inspection.info.name)
        handle.setProperty("path", path)
        handle.finished.connect(self._on_load_finished)
        handle.failed.connect(self._on_job_failed)
        handle.cancelled.connect(self._on_job_cancelled)
        self._busy = handle

    @Slot(object)
    def _on_load_finished(self, loaded: Any) -> None:
        sender = self.sender()
        self._busy = None
        self.model_name = str(sender.property("name")) if sender is not None else Path(loaded.path).stem
        self.choice = self._pending_choice
        self.last_path = loaded.path
        self.loaded.emit(loaded)

    @Slot(object)
    def _on_job_failed(self, exc: Any) -> None:
        self._busy = None
        self.load_failed.emit(error_line(exc))
        if not self.is_loaded:
            self.unloaded.emit()

    @Slot()
    def _on_job_cancelled(self) -> None:
        self._busy = None
