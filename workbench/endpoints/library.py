"""An endpoint's models as library entries, listed by a job (the server is asked on a worker thread)."""

from __future__ import annotations

from collections.abc import Callable

from workbench.backends import BackendChoice, ModelRef, platform_facts, select_backend
from workbench.endpoints.directory import EndpointDirectory
from workbench.endpoints.errors import EndpointError
from workbench.endpoints.paths import remote_path
from workbench.i18n import QT_TRANSLATE_NOOP, tr
from workbench.jobs import CancelToken, ProgressCallback
from workbench.library.entry import LibraryEntry

REMOTE_BACKEND_LABEL = QT_TRANSLATE_NOOP("Library", "remote endpoint")
"""The backend of an endpoint's row when its address is unknown (in the active language where it is shown)."""
UNREACHABLE = "unreachable"


def endpoint_choice(endpoint: str, base_url: str) -> BackendChoice:
    """The backend decision for a model of ``endpoint``: it runs there (what the library and status bar say)."""
    return select_backend(ModelRef("endpoint", base_url, endpoint), platform_facts())


def remote_entry(endpoint: str, model: str, base_url: str = "") -> LibraryEntry:
    """The library row of ``model`` served by ``endpoint`` (at ``base_url``)."""
    return LibraryEntry(
        path=remote_path(endpoint, model), source="endpoint", format="remote", info=None, problem=None, fit=None,
        backend=REMOTE_BACKEND_LABEL, label=model, endpoint=endpoint,
        backend_choice=endpoint_choice(endpoint, base_url) if base_url else None,
    )


def unreachable_entry(endpoint: str, reason: str, prefix: str = UNREACHABLE, base_url: str = "") -> LibraryEntry:
    """One row standing for an endpoint that did not answer, with the reason."""
    return LibraryEntry(
        path=remote_path(endpoint, "?"), source="endpoint", format="remote", info=None,
        problem=f"{prefix}: {reason}", fit=None, backend=REMOTE_BACKEND_LABEL,
        label=endpoint, endpoint=endpoint,  # its name says "(not reachable)" in the language in use
        backend_choice=endpoint_choice(endpoint, base_url) if base_url else None,
    )


def list_endpoint_entries(directory: EndpointDirectory, name: str, cancel: CancelToken | None = None
                          ) -> tuple[LibraryEntry, ...]:
    """The models endpoint ``name`` offers, or one "unreachable" row saying why; never raises an EndpointError.

    Bounded by the endpoint's timeouts (connect about 5 s, read as configured), so an offline server cannot
    hang the library.
    """
    try:
        backend = directory.backend(name)
        base_url = backend.config.base_url
    except EndpointError as exc:
        return (unreachable_entry(name, str(exc)),)
    if cancel is not None:
        cancel.on_cancel(backend.cancel)
    try:
        models = backend.list_models()
    except EndpointError as exc:
        return (unreachable_entry(name, str(exc), base_url=base_url),)
    finally:
        backend.unload()
    if not models:
        return (unreachable_entry(
            name, tr("Endpoint", "the server answers but lists no models"), "no models", base_url
        ),)
    return tuple(remote_entry(name, m, base_url) for m in models)


def endpoint_listing_job(
    directory: EndpointDirectory, name: str
) -> Callable[[ProgressCallback, CancelToken], tuple[LibraryEntry, ...]]:
    """A job (progress, cancel) -> tuple of entries, for the UI's job runner."""

    def job(progress: ProgressCallback, cancel: CancelToken) -> tuple[LibraryEntry, ...]:
        return list_endpoint_entries(directory, name, cancel)

    return job
