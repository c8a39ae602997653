"""The measurement suite as a job for the panel: progress snapshots, and how far along a run is."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable

from workbench.compare.results import CompareRun, CompareSettings, SuiteProgress
from workbench.jobs import CancelToken, ProgressCallback

SuiteFunction = Callable[[list[str], CompareSettings, Callable[[SuiteProgress], None], CancelToken], CompareRun]
"""The shape of :func:`workbench.compare.suite.run_suite`."""

STEP_SHARE = {
    "load": (0.0, 0.05),
    "bench": (0.05, 0.3),
    "perplexity": (0.35, 0.35),
    "kl": (0.35, 0.35),
    "answers": (0.7, 0.3),
    "done": (1.0, 0.0),
}
"""Where each step starts within a variant and how much of it it takes, for the overall bar."""


def default_suite(
    paths: list[str], settings: CompareSettings, progress: Callable[[SuiteProgress], None], cancel: CancelToken
) -> CompareRun:
    from workbench.compare.suite import run_suite

    return run_suite(paths, settings, progress, cancel)


def suite_job(suite: SuiteFunction, paths: list[str], settings: CompareSettings) -> Callable[..., CompareRun]:
    """The suite as a core job whose progress reports carry a snapshot of the variant.

    The suite goes on filling its result after reporting; the copy is made on the worker thread at
    the moment of the report, so the GUI thread never reads a result while it changes.
    """

    def job(progress: ProgressCallback, cancel: CancelToken) -> CompareRun:
        def report(event: SuiteProgress) -> None:
            progress(dataclasses.replace(event, result=copy.deepcopy(event.result)))

        return suite(list(paths), settings, report, cancel)

    job.__name__ = "comparison"
    return job


def overall_fraction(runs_finished: int, report: SuiteProgress) -> float:
    """How far the whole run is (0–1): finished variants plus the reported one's share of its steps."""
    start, share = STEP_SHARE.get(report.step, (0.0, 0.0))
    within = start + share * report.fraction if report.result.status == "running" else 0.0
    return min(1.0, (runs_finished + within) / max(1, report.variant_count))
