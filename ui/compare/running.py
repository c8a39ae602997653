"""The measurement suite as a job for the panel, whose progress reports carry snapshots of the variants."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable

from workbench.compare.results import CompareRun, CompareSettings, SuiteProgress
from workbench.jobs import CancelToken, ProgressCallback

SuiteFunction = Callable[[list[str], CompareSettings, Callable[[SuiteProgress], None], CancelToken], CompareRun]
"""The shape of :func:`workbench.compare.suite.run_suite`."""

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
