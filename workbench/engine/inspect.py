"""Inspect before loading, once: what a model is, which backend runs it here, and whether it fits.

The window, the CLI and Compare call :func:`inspect_model` once per model and hand the :class:`Inspection` to
:meth:`workbench.engine.client.EngineClient.load`, which then reads nothing again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from workbench import formats
from workbench.backends import BackendChoice, ModelRef, PlatformFacts, platform_facts, select_backend
from workbench.engine.options import LoadOptions
from workbench.errors import EngineError
from workbench.formats import ModelDescription, ModelFormat
from workbench.i18n import tr
from workbench.memory import FitEstimate


@dataclass(frozen=True)
class Inspection:
    """A model before it is loaded: its description, its format, the fit at the load options' context length and
    KV-cache type, and which backend will run it (and why)."""

    path: str
    info: ModelDescription
    format: ModelFormat
    fit: FitEstimate
    choice: BackendChoice
    options: LoadOptions

    def check_runnable(self) -> None:
        """:class:`~workbench.errors.EngineError` with what to install when no backend here can run it."""
        if not self.choice.available:
            raise EngineError(
                tr("Engine", "{name} cannot be loaded here. {explanation}").format(
                    name=self.info.name, explanation=self.choice.explanation
                )
            )

    def matches(self, path: str, options: LoadOptions) -> bool:
        """This inspection was made for ``path`` with these options (else it must be made again)."""
        return self.path == str(path) and self.options == options


def inspect_model(
    path: str | os.PathLike[str],
    options: LoadOptions,
    facts: PlatformFacts | None = None,
    override: str | None = None,
    *,
    info: ModelDescription | None = None,
) -> Inspection:
    """Read ``path`` (unless its ``info`` was read already), choose its backend over ``facts`` and the backend
    setting ``override``, and judge its fit at ``options``. The typed errors of the format's reader."""
    fmt = formats.format_of_path(path) if info is None else formats.format_of(info)
    described = info if info is not None else fmt.read(path)
    choice = select_backend(ModelRef(fmt.id, str(path)), facts or platform_facts(), override)
    fit = formats.fit(
        described, options.context_length, cache_type=options.estimate_cache_type, weights=options.weights
    )
    return Inspection(str(path), described, fmt, fit, choice, options)
