"""Model ▸ Measure best threads: the thread sweep on demand, on a worker, with Stop, and what it found."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.errors import error_line
from ui.i18n import format_decimal, tr
from ui.jobs import JobHandle, JobRunner
from workbench.engine.thread_sweep import ThreadSweep
from workbench.jobs import CancelToken, JobCancelled, ProgressCallback
from workbench.server.turns import SharedRunner, Turn

MEASURING = "the thread measurement"
"""Who holds the engine while it measures, as the chat and the server are told."""


def sweep_report(sweep: ThreadSweep, fixed_threads: int) -> str:
    """What a sweep found, in plain words: the counts, when, how fast each count ran, and whether they are used."""
    when = sweep.measured.replace("T", " ").replace("Z", " UTC")
    lines = [
        tr("Threads", "Fastest here: {summary}.").format(summary=sweep.summary()),
        tr("Threads", "Measured on {when} in {seconds} s.").format(when=when, seconds=format_decimal(sweep.seconds, 1)),
        tr("Threads", "Speed in {details}.").format(details=sweep.details()),
    ]
    if sweep.busy:
        lines.append(
            tr(
                "Threads",
                "Other programs were using about {busy} cores meanwhile, so these figures may say more about them "
                "than about the model: measure again when the computer is quiet.",
            ).format(busy=format_decimal(sweep.others_busy or 0.0, 1))
        )
    if fixed_threads > 0:
        lines.append(
            tr(
                "Threads",
                "Threads are set to {threads} in Parameters: set them to automatic to use the measured counts.",
            ).format(threads=fixed_threads)
        )
    else:
        lines.append(
            tr(
                "Threads",
                "Automatic threads now start from these counts, for every model of this kind and size on this "
                "computer, and still leave a core to a program that is using it.",
            )
        )
    return "\n".join(lines)


class MeasureThreadsDialog(QDialog):
    """Runs the loaded model's thread sweep on a worker (a few seconds) and shows the result; Stop ends it between
    thread counts.

    Signals (GUI thread):
        measured(object): the :class:`ThreadSweep` just measured (the engine uses it from the next step on).
    """

    measured = Signal(object)
    """A sweep finished; the loaded model's thread details changed."""

    def __init__(self, engine: SharedRunner, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Threads", "Measure best threads"))
        self._engine = engine
        self._jobs = jobs
        self._handle: JobHandle | None = None
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(420)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.stop_button = self.buttons.addButton(tr("Threads", "Stop"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.stop_button.clicked.connect(self.stop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)

    @property
    def running(self) -> bool:
        return self._handle is not None

    def start(self) -> None:
        """Measure the loaded model now; without a model on this computer, say so."""
        if self._handle is not None:
            return
        loaded = self._engine.loaded
        if self._engine.remote is not None or loaded is None or not self._engine.is_alive():
            self._finish(
                tr("Threads", "Load a model on this computer first: the measurement runs it at each thread count.")
            )
            return
        if loaded.backend != "llama.cpp":
            self._finish(
                tr("Threads", "The {backend} backend chooses its own threads: there is nothing to measure.").format(
                    backend=loaded.backend
                )
            )
            return
        engine = self._engine

        def measure(progress: ProgressCallback, cancel: CancelToken) -> ThreadSweep:
            turn = Turn(MEASURING)
            cancel.on_cancel(lambda: engine.cancel_turn(turn))
            engine.turns.take(turn)
            try:
                if cancel.cancelled:
                    raise JobCancelled()
                sweep = engine.local.measure_threads()
            except Exception:
                if cancel.cancelled:
                    raise JobCancelled() from None
                raise
            finally:
                engine.turns.release(turn)
            return sweep

        self.message.setText(
            tr(
                "Threads",
                "Timing a short prompt and a short reply at each thread count, as llama-bench does (a few seconds). "
                "Other programs running now make the figures less reliable.",
            )
        )
        self.busy_bar.show()
        self.stop_button.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(False)
        self._handle = self._jobs.start(measure, "measure threads")
        self._handle.finished.connect(self._on_job_finished)
        self._handle.failed.connect(self._on_job_failed)
        self._handle.cancelled.connect(self._on_job_cancelled)

    @Slot()
    def stop(self) -> None:
        """Stop the measurement (between thread counts); the previous counts stay in use."""
        if self._handle is not None:
            self._handle.cancel()
            self.stop_button.setEnabled(False)

    def _finish(self, text: str) -> None:
        self._handle = None
        self.message.setText(text)
        self.busy_bar.hide()
        self.stop_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(True)

    @Slot(object)
    def _on_job_finished(self, sweep: Any) -> None:
        assert isinstance(sweep, ThreadSweep)
        loaded = self._engine.loaded
        fixed = loaded.options.threads if loaded is not None and loaded.options is not None else 0
        self._finish(sweep_report(sweep, fixed))
        self.measured.emit(sweep)

    @Slot(object)
    def _on_job_failed(self, exc: Any) -> None:
        self._finish(tr("Threads", "The measurement did not finish: {reason}").format(reason=error_line(exc)))

    @Slot()
    def _on_job_cancelled(self) -> None:
        self._finish(tr("Threads", "Stopped. The thread counts measured before stay in use."))

    def reject(self) -> None:
        """Escape or the window's close button: stop a running measurement first."""
        if self._handle is not None:
            self.stop()
            return
        super().reject()
