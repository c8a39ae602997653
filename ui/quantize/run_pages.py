"""The last two wizard pages: the run (progress, cancel) and the results (sizes, next steps)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.errors import error_line
from ui.i18n import format_decimal, format_percent, tr, tr_noop
from ui.jobs import JobHandle, JobRunner
from ui.quantize.pages import ERROR_STYLE, WizardState
from workbench.model_info import format_bytes
from workbench.quantize.imatrix_job import ImatrixResult
from workbench.quantize.job import IMATRIX_INDEX, QuantizationJob, QuantizeProgress, QuantizeResult
from workbench.quantize.mlx import MlxQuantizationJob

BPW_TIP = tr_noop(
    "Quantize", "Bits per weight: the average number of bits each of the model's numbers takes in this file."
)


class RunPage(QWizardPage):
    """Runs the plan: a bar per target and one overall, the current tensor, and Cancel.

    Signals (GUI thread):
        run_finished(list): the run ended with these :class:`QuantizeResult` s.
        run_ended(str): the run stopped without results: ``"cancelled"`` or the error message.
    """

    run_finished = Signal(list)
    """Every target is written and verified."""
    run_ended = Signal(str)
    """The run was cancelled or failed; nothing partial was kept."""

    def __init__(self, state: WizardState, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state, self._runner = state, runner
        self._handle: JobHandle | None = None
        self._done = False
        self.setTitle(tr("Quantize", "Making the smaller versions…"))
        self.setSubTitle(
            tr("Quantize", "You can keep using the app. Cancel stops at once and keeps nothing half-written.")
        )
        self._grid = QGridLayout()
        self.overall = QProgressBar()
        self.overall.setFormat("All: %p%")
        self.current = QLabel(" ")
        self.status = QLabel(" ")
        for label in (self.current, self.status):  # tensor names and messages come from the file
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(tr("Quantize", "Cancel quantization"))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid)
        layout.addWidget(self.overall)
        layout.addWidget(self.current)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(row)
        self._bars: dict[int, QProgressBar] = {}
        self._job: QuantizationJob | None = None

    @property
    def running(self) -> bool:
        return self._handle is not None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._bars = {}
        self._job = None
        state = self._state
        if state.mlx_plan is not None:
            mlx = state.mlx_plan
            bar = self._add_row(
                0,
                tr("Quantize", "<b>MLX {label}</b> → {name}").format(label=mlx.options.label, name=mlx.output.name),
                tr("Quantize", "about {predicted_bytes}").format(predicted_bytes=format_bytes(mlx.predicted_bytes)),
            )
            bar.setRange(0, 0)  # mlx-lm reports no progress: a busy bar until it is done
            job: Any = MlxQuantizationJob(mlx)
        else:
            plan = state.plan
            assert plan is not None
            row = 0
            if plan.imatrix_compute is not None:
                spec = plan.imatrix_compute
                self._add_row(
                    row,
                    tr("Quantize", "<b>Importance matrix</b> → {name}").format(name=spec.output.name),
                    (
                        tr("Quantize", "{count} chunks at most").format(count=spec.max_chunks)
                        if spec.max_chunks
                        else tr("Quantize", "all chunks")
                    ),
                    IMATRIX_INDEX,
                )
                row += 1
            for i, output in enumerate(plan.outputs):
                self._add_row(
                    row + i,
                    f"<b>{output.qtype.name}</b> → {output.path.name}",
                    tr("Quantize", "about {file_bytes}").format(file_bytes=format_bytes(output.prediction.file_bytes)),
                    i,
                )
            job = self._job = QuantizationJob(plan)
            job.prestart()  # the child imports llama.cpp while the page draws
        self._done = False
        self.status.setStyleSheet("")
        self.status.setText(tr("Quantize", "Starting…"))
        self.current.setText(" ")
        self.overall.setValue(0)
        self.cancel_button.setEnabled(True)
        handle = self._runner.start(job, "quantize")
        handle.progress.connect(self._on_job_progress)
        handle.finished.connect(self._on_job_finished)
        handle.failed.connect(self._on_job_failed)
        handle.cancelled.connect(self._on_job_cancelled)
        self._handle = handle

    def _add_row(self, row: int, name: str, size: str, key: int = 0) -> QProgressBar:
        bar = QProgressBar()
        bar.setFormat("%p%")
        bar.setValue(0)
        name_label = QLabel(name)
        name_label.setTextFormat(Qt.TextFormat.PlainText)
        self._grid.addWidget(name_label, row, 0)
        self._grid.addWidget(bar, row, 1)
        self._grid.addWidget(QLabel(size), row, 2)
        self._bars[key] = bar
        return bar

    @property
    def imatrix_result(self) -> ImatrixResult | None:
        """The importance matrix the last run computed (kept even if the run was then cancelled)."""
        return self._job.imatrix_result if self._job is not None else None

    def cancel(self) -> None:
        """Stop the run (terminates the quantize process); a no-op when idle."""
        if self._handle is not None:
            self.status.setText(tr("Quantize", "Cancelling…"))
            self.cancel_button.setEnabled(False)
            self._handle.cancel()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self.cancel()

    @Slot(object)
    def _on_job_progress(self, report: object) -> None:
        if not isinstance(report, QuantizeProgress):
            return
        if report.fraction is not None:
            self.overall.setValue(round(report.fraction * 100))
        bar = self._bars.get(report.target_index)
        if bar is not None and bar.maximum() > 0:
            for key, other in self._bars.items():
                if key < report.target_index:
                    other.setValue(100)
            bar.setValue(round(report.target_fraction * 100))
        if report.target_index == IMATRIX_INDEX:
            self.current.setText(
                tr("Quantize", "{message} · running the model over the text to see which weights matter most").format(
                    message=report.message
                )
            )
            self.status.setText(tr("Quantize", "Step 1: importance matrix"))
            return
        tensor = report.tensor
        if tensor is not None:
            change = (
                tensor.source_type
                if tensor.source_type == tensor.target_type
                else (f"{tensor.source_type} → {tensor.target_type}")
            )
            self.current.setText(
                tr("Quantize", "{quant}: tensor {index} of {total} · {name} · {change}").format(
                    quant=report.quant, index=tensor.index, total=tensor.total, name=tensor.name, change=change
                )
            )
            self.status.setText(
                tr("Quantize", "Target {number} of {target_count}").format(
                    number=report.target_index + 1, target_count=report.target_count
                )
            )
        else:
            self.status.setText(report.message)

    @Slot(object)
    def _on_job_finished(self, results: list[QuantizeResult]) -> None:
        self._handle = None
        self._done = True
        self.cancel_button.setEnabled(False)
        self.overall.setValue(100)
        for bar in self._bars.values():
            bar.setRange(0, 100)
            bar.setValue(100)
        self.status.setText(tr("Quantize", "Done: every file is written and checked."))
        self.completeChanged.emit()
        self.run_finished.emit(list(results))

    @Slot(object)
    def _on_job_failed(self, exc: BaseException) -> None:
        self._handle = None
        self._discard_prestarted()
        message = error_line(exc)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(
            tr("Quantize", "Stopped: {message}. No partial file was kept.{kept_note}").format(
                message=message, kept_note=self._kept_note()
            )
        )
        self._stop_busy_bars()
        self.cancel_button.setEnabled(False)
        self.run_ended.emit(message)

    @Slot()
    def _on_job_cancelled(self) -> None:
        self._handle = None
        self._discard_prestarted()
        self.status.setText(
            tr("Quantize", "Cancelled. No partial file was kept; the source is unchanged.{kept_note}").format(
                kept_note=self._kept_note()
            )
        )
        self._stop_busy_bars()
        self.cancel_button.setEnabled(False)
        self.run_ended.emit("cancelled")

    def _discard_prestarted(self) -> None:
        """A job cancelled before it ran leaves its prestarted child waiting: end it (a no-op after a run)."""
        if self._job is not None:
            self._job.discard()

    def _kept_note(self) -> str:
        result = self.imatrix_result
        return (
            tr("Quantize", " The importance matrix was finished and kept: {name}.").format(name=Path(result.path).name)
            if result
            else ""
        )

    def _stop_busy_bars(self) -> None:
        for bar in self._bars.values():
            if bar.maximum() == 0:
                bar.setRange(0, 100)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self._done


class ResultsPage(QWizardPage):
    """Each output's size, ratio to the source, bits per weight and time, and what to do next.

    Signals (GUI thread):
        chat_requested(str): open this model file in the chat.
        compare_requested(list): compare these model files (``list[str]``).
        arena_requested(list): ask these model files one question side by side in the Arena (``list[str]``).
        show_in_library_requested(str): show this file in the library.
    """

    chat_requested = Signal(str)
    """Chat with this model file."""
    compare_requested = Signal(list)
    """Compare these model files."""
    arena_requested = Signal(list)
    """Open these model files in the Arena."""
    show_in_library_requested = Signal(str)
    """Show this model file in the library."""

    COLUMNS = (
        tr_noop("Quantize", "Type"),
        tr_noop("Quantize", "Size"),
        tr_noop("Quantize", "Of the source"),
        tr_noop("Quantize", "Bits per weight"),
        #: Column title: the size predicted before quantizing.
        tr_noop("Quantize", "Predicted"),
        #: Column title: how long quantizing took.
        tr_noop("Quantize", "Time"),
        tr_noop("Quantize", "File"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Quantize", "Your new models are ready"))
        self.setSubTitle(tr("Quantize", "Pick one to chat with, or compare them side by side."))
        self.results: list[QuantizeResult] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr("Quantize", c) for c in self.COLUMNS])
        bpw_item = self.table.horizontalHeaderItem(3)
        assert bpw_item is not None  # the labels are set just above
        bpw_item.setToolTip(tr("Quantize", BPW_TIP))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for col in range(len(self.COLUMNS) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.chat_button = QPushButton(tr("Quantize", "Chat with it"))
        self.compare_button = QPushButton(tr("Quantize", "Compare these"))
        self.arena_button = QPushButton(tr("Quantize", "Open in Arena"))
        self.arena_button.setToolTip(
            tr("Quantize", "Ask the original and up to three new versions the same question, side by side")
        )
        self.library_button = QPushButton(tr("Quantize", "Show in library"))
        self.chat_button.clicked.connect(self._on_chat_clicked)
        self.arena_button.clicked.connect(lambda _=False: self.arena_requested.emit([r.path for r in self.results]))
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.library_button.clicked.connect(self._on_library_clicked)
        row = QHBoxLayout()
        row.addWidget(self.chat_button)
        row.addWidget(self.compare_button)
        row.addWidget(self.arena_button)
        row.addWidget(self.library_button)
        row.addStretch(1)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return -1  # the last page (the MLX page's id comes after this one's)

    def set_results(self, results: list[QuantizeResult], imatrix: ImatrixResult | None = None) -> None:
        self.results = list(results)
        self.note.setVisible(imatrix is not None)
        if imatrix is not None:
            self.note.setText(
                tr(
                    "Quantize",
                    "Importance matrix: {name} ({chunks} chunks of {chunk_tokens} tokens, {seconds} s). Choose it "
                    "as a file next time to skip computing it again.",
                ).format(
                    name=Path(imatrix.path).name,
                    chunks=imatrix.chunks,
                    chunk_tokens=imatrix.chunk_tokens,
                    seconds=format_decimal(imatrix.seconds, 0),
                )
            )
        self.table.setRowCount(len(results))
        for row, r in enumerate(results):
            cells = (
                r.quant,
                format_bytes(r.file_bytes),
                format_percent(r.ratio),
                format_decimal(r.bits_per_weight, 2),
                format_bytes(r.predicted_bytes),
                f"{format_decimal(r.seconds, 1)} s",
                Path(r.path).name,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(r.path if col == 6 else (tr("Quantize", BPW_TIP) if col == 3 else text))
                self.table.setItem(row, col, item)
        if results:
            self.table.selectRow(0)
        self.compare_button.setEnabled(len(results) > 0)
        self.arena_button.setEnabled(len(results) > 0)

    def selected_path(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        return self.results[row].path if 0 <= row < len(self.results) else None

    @Slot()
    def _on_chat_clicked(self) -> None:
        path = self.selected_path()
        if path:
            self.chat_requested.emit(path)

    @Slot()
    def _on_compare_clicked(self) -> None:
        self.compare_requested.emit([r.path for r in self.results])

    @Slot()
    def _on_library_clicked(self) -> None:
        path = self.selected_path()
        if path:
            self.show_in_library_requested.emit(path)
