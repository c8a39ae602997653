"""The teaching ladder from the welcome page: make the starter's smaller versions, then compare them.

It joins two features (the chat's welcome page and Compare), so it sits beside the main window that assembles them.

One click on "Show how shrinking a model trades size for quality" runs :class:`TeachingLadder` on the
job runner (its progress shows on the welcome page), then hands the original and its four smaller
versions to the Compare tab, shows it and starts the measurement: the teaching ladder's quick comparison
(:mod:`workbench.compare.teaching`), its amounts shown in Compare's form while it runs and said in its summary;
the form's own values come back when it ends.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from ui.chat.welcome import WelcomePage
from ui.compare.panel import ComparePanel
from ui.i18n import format_percent, tr
from ui.jobs import JobHandle, JobRunner
from workbench.compare.teaching import TEACHING
from workbench.errors import WorkbenchError
from workbench.jobs import Progress
from workbench.quantize.ladder import LadderResult, TeachingLadder


class TeachingLadderFlow(QObject):
    """Runs the ladder, then Compare. Services come in through the constructor.

    Signals (GUI thread):
        compare_started(list): Compare was given these paths (``list[str]``, the original first) and started.
        failed(str): the ladder could not be made; one line saying why.
    """

    compare_started = Signal(list)
    """Compare is measuring these files."""
    failed = Signal(str)
    """The ladder could not be made: why, in one line."""

    def __init__(
        self,
        runner: JobRunner,
        compare: ComparePanel,
        welcome: WelcomePage,
        show_compare: Callable[[], None],
        models_dir: str | Path | None = None,
        rescan: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._compare, self._welcome = runner, compare, welcome
        self._show_compare, self._rescan = show_compare, rescan
        self.models_dir = models_dir
        self.source: str | None = None
        """The file to shrink; None: the bundled starter."""
        self.handle: JobHandle | None = None
        self.result: LadderResult | None = None
        welcome.ladder_requested.connect(self.start)

    @property
    def running(self) -> bool:
        return self.handle is not None

    @Slot()
    def start(self) -> JobHandle | None:
        """Make the ladder (unless it is being made already); Compare starts when it is ready."""
        if self.handle is not None:
            return None
        if self._compare.running:
            self.failed.emit(tr("TeachingLadder", "A comparison is already running; wait for it or cancel it first."))
            return None
        job = TeachingLadder(self.source, self.models_dir)
        handle = self._runner.start(job, "teaching ladder")
        self.handle = handle
        handle.progress.connect(self._on_handle_progress)
        handle.finished.connect(self._on_handle_finished)
        handle.failed.connect(self._on_handle_failed)
        handle.cancelled.connect(self._on_handle_cancelled)
        self._welcome.set_busy(tr("TeachingLadder", "Making four smaller versions of the starter model…"))
        return handle

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    @Slot(object)
    def _on_handle_progress(self, report: object) -> None:
        if isinstance(report, Progress) and report.message:
            percent = f" ({format_percent(report.fraction)})" if report.fraction is not None else ""
            self._welcome.set_busy(
                tr("TeachingLadder", "Making smaller versions: {message}{percent}").format(
                    message=report.message, percent=percent
                )
            )

    @Slot(object)
    def _on_handle_finished(self, result: object) -> None:
        self.handle = None
        self._welcome.set_busy(None)
        if not isinstance(result, LadderResult):
            return
        self.result = result
        if self._rescan is not None:
            self._rescan()
        paths = result.paths
        self._compare.set_variants(paths)
        self._show_compare()
        self._compare.form.use_profile(TEACHING)
        comparison = self._compare.start()
        if comparison is None:
            self._compare.form.use_profile("")
            return
        comparison.done.connect(self._on_comparison_done)
        self.compare_started.emit(paths)

    @Slot()
    def _on_comparison_done(self) -> None:
        self._compare.form.use_profile("")  # an ordinary comparison measures the form's own amounts again

    @Slot(object)
    def _on_handle_failed(self, exc: object) -> None:
        self.handle = None
        self._welcome.set_busy(None)
        reason = (
            str(exc)
            if isinstance(exc, WorkbenchError)
            else tr("TeachingLadder", "the smaller versions could not be made ({exc})").format(exc=exc)
        )
        self._welcome.show_fit(f"<span style='color:#c0392b'>{_escape(reason)}</span>")
        self.failed.emit(reason)

    @Slot()
    def _on_handle_cancelled(self) -> None:
        self.handle = None
        self._welcome.set_busy(None)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
