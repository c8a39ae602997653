"""The first three wizard pages: pick the source, the target types, then where and how."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.jobs import JobRunner
from ui.quantize.targets_model import TargetsModel
from workbench.errors import WorkbenchError
from workbench.jobs import CancelToken, ProgressCallback
from workbench.model_info import format_bytes
from workbench.quantize.errors import OutputExists
from workbench.quantize.imatrix import check_imatrix, load_imatrix
from workbench.quantize.plan import QuantizePlan, TargetOption, plan_quantization, target_options
from workbench.quantize.source import SourceModel, read_source, source_label
from workbench.sampling import default_threads

IMATRIX_TIP = (
    "An importance matrix records which numbers of the model matter most on real text. The smallest formats "
    "(2- and 3-bit i-quants) need one to keep the model usable; the others get a little better with one. "
    "Make one with llama.cpp's llama-imatrix tool."
)
ERROR_STYLE = "color: #b3261e;"


@dataclass
class WizardState:
    """What the pages decided so far (GUI thread only)."""

    source: SourceModel | None = None
    options: list[TargetOption] = field(default_factory=list)
    allow_requantize: bool = False
    imatrix: str | None = None
    plan: QuantizePlan | None = None


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _inspect(path: str, imatrix: str | None) -> tuple[SourceModel, list[TargetOption]]:
    source = read_source(path)
    if imatrix:
        check_imatrix(load_imatrix(imatrix), source)
    return source, target_options(source, imatrix is not None)


class SourcePage(QWizardPage):
    """Choose the GGUF model to quantize; already-quantized sources need an explicit confirmation."""

    def __init__(self, state: WizardState, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state, self._runner = state, runner
        self.setTitle("Which model do you want to make smaller?")
        self.setSubTitle("Pick a GGUF model file. An unquantized one (F16, BF16 or F32) gives the best results.")
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText("/path/to/model-F16.gguf")
        self.path_edit.editingFinished.connect(self._on_path_edit_finished)
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = _error_label()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.confirm = QCheckBox("I understand the quality loss: quantize this already-quantized model anyway")
        self.confirm.toggled.connect(self._on_confirm_toggled)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._loading = False
        self._show_source(None)

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)
        self._load(path)

    @Slot()
    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose a GGUF model", self.path_edit.text(), "GGUF (*.gguf)")
        if path:
            self.set_path(path)

    @Slot()
    def _on_path_edit_finished(self) -> None:
        path = self.path_edit.text().strip()
        if path and (self._state.source is None or self._state.source.path != path):
            self._load(path)

    @Slot(bool)
    def _on_confirm_toggled(self, checked: bool) -> None:
        self._state.allow_requantize = checked
        self.completeChanged.emit()

    def _load(self, path: str) -> None:
        self._loading = True
        self.summary.setText("Reading the model…")
        self.error.clear()
        self._state.source = None
        self.completeChanged.emit()
        imatrix = self._state.imatrix

        def job(progress: ProgressCallback, cancel: CancelToken) -> tuple[SourceModel, list[TargetOption]]:
            return _inspect(path, imatrix)

        handle = self._runner.start(job, "read quantize source")
        handle.finished.connect(self._on_read_finished)
        handle.failed.connect(self._on_read_failed)

    @Slot(object)
    def _on_read_finished(self, result: tuple[SourceModel, list[TargetOption]]) -> None:
        self._loading = False
        self._state.source, self._state.options = result
        self._show_source(result[0])

    @Slot(object)
    def _on_read_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._show_source(None)
        self.error.setText(str(exc) if isinstance(exc, WorkbenchError) else f"{type(exc).__name__}: {exc}")

    def _show_source(self, source: SourceModel | None) -> None:
        quantized = source is not None and source.is_quantized
        self.summary.setText(
            "" if source is None else
            f"<b>{source.name}</b><br>{source_label(source)} · {source.parameters / 1e6:.0f} million weights · "
            f"{source.bits_per_weight:.2f} bits per weight"
        )
        self.warning.setVisible(quantized)
        self.confirm.setVisible(quantized)
        if quantized and source is not None:
            self.warning.setText(
                f"⚠ This model is already quantized ({source.file_type}). Quantizing it again adds a second "
                "rounding error to the first: the result is worse than the same type made from the original "
                "F16/BF16 model. Use the original if you have it."
            )
        self.confirm.setChecked(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        source = self._state.source
        if source is None or self._loading:
            return False
        return not source.is_quantized or self.confirm.isChecked()


class TargetsPage(QWizardPage):
    """Tick one or more types; each shows its bits per weight, expected size, quality and description."""

    def __init__(self, state: WizardState, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state, self._runner = state, runner
        self.setTitle("Which smaller versions do you want?")
        self.setSubTitle("Tick one or several. ★ marks the usual choices. Greyed-out types say why when you point "
                         "at them.")
        self.model = TargetsModel(self)
        self.model.selection_changed.connect(self.completeChanged)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.imatrix_edit = QLineEdit()
        self.imatrix_edit.setPlaceholderText("none (optional)")
        self.imatrix_edit.setReadOnly(True)
        self.imatrix_edit.setToolTip(IMATRIX_TIP)
        choose = QPushButton("Choose…")
        choose.clicked.connect(self._on_choose_imatrix_clicked)
        clear = QPushButton("Clear")
        clear.clicked.connect(self._on_clear_imatrix_clicked)
        label = QLabel("Importance matrix:")
        label.setToolTip(IMATRIX_TIP)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.imatrix_edit, 1)
        row.addWidget(choose)
        row.addWidget(clear)
        self.error = _error_label()
        self.total = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        self.model.selection_changed.connect(self._on_selection_changed)

    def initializePage(self) -> None:
        source = self._state.source
        if source is not None:
            self.model.set_options(self._state.options, source.file_size)
            if not self.model.checked_names():
                for name in ("Q8_0", "Q4_K_M"):
                    self.model.set_checked(name, True)

    @Slot()
    def _on_selection_changed(self) -> None:
        source = self._state.source
        chosen = {o.qtype.name: o for o in self._state.options}
        total = sum(
            chosen[n].prediction.file_bytes for n in self.model.checked_names() if chosen[n].prediction is not None
        )
        count = len(self.model.checked_names())
        self.total.setText(
            f"{count} chosen · about {format_bytes(total)} in all"
            + (f" (the source is {format_bytes(source.file_size)})" if source else "")
        )

    @Slot()
    def _on_choose_imatrix_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose an importance matrix", "", "imatrix (*.gguf *.dat)")
        if path:
            self.set_imatrix(path)

    @Slot()
    def _on_clear_imatrix_clicked(self) -> None:
        self.set_imatrix(None)

    def set_imatrix(self, path: str | None) -> None:
        """Use ``path`` (checked against the source) as the importance matrix, or none."""
        source = self._state.source
        self.error.clear()
        if path is not None and source is not None:
            try:
                check_imatrix(load_imatrix(path), source)
            except WorkbenchError as exc:
                self.error.setText(str(exc))
                return
        self._state.imatrix = path
        self.imatrix_edit.setText(path or "")
        if source is not None:
            self._state.options = target_options(source, path is not None)
            self.model.set_options(self._state.options, source.file_size)

    def isComplete(self) -> bool:
        return bool(self.model.checked_names())


class OptionsPage(QWizardPage):
    """Where to write, how many threads, what to do with names that are taken; checks the plan on Next."""

    def __init__(self, state: WizardState, targets: TargetsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state, self._targets = state, targets
        self.setTitle("Where should the new files go?")
        self.setSubTitle("Everything is checked before starting: free disk space, names, permissions.")
        self.setCommitPage(True)
        self.folder_edit = QLineEdit()
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(QLabel("Output folder:"))
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.threads = QSpinBox()
        self.threads.setRange(1, 256)
        self.threads.setValue(default_threads())
        self.threads.setToolTip("How many processor cores llama.cpp may use. More is faster, until all are busy.")
        trow = QHBoxLayout()
        trow.addWidget(QLabel("Threads:"))
        trow.addWidget(self.threads)
        trow.addStretch(1)
        self.exists_label = QLabel()
        self.exists_label.setWordWrap(True)
        self.keep_both = QRadioButton("Keep both (the new file gets a number)")
        self.replace = QRadioButton("Replace the existing file once the new one is complete")
        self.keep_both.setChecked(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(trow)
        layout.addWidget(self.exists_label)
        layout.addWidget(self.keep_both)
        layout.addWidget(self.replace)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._show_exists(None)

    def initializePage(self) -> None:
        self.setButtonText(self.wizard().WizardButton.CommitButton, "Start")
        source = self._state.source
        if source is not None and not self.folder_edit.text():
            self.folder_edit.setText(str(Path(source.path).parent))
        self.error.clear()
        self._show_exists(None)
        self.summary.setText(f"Types: {', '.join(self._targets.checked_names())}")

    @Slot()
    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Output folder", self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _show_exists(self, path: str | None) -> None:
        for w in (self.exists_label, self.keep_both, self.replace):
            w.setVisible(path is not None)
        if path:
            self.exists_label.setText(f"<b>{Path(path).name}</b> already exists in that folder. What should happen?")

    def validatePage(self) -> bool:
        """Plan now: any problem is shown here and the run does not start."""
        source = self._state.source
        if source is None:
            return False
        asked = self.exists_label.isVisible()
        on_exists = ("replace" if self.replace.isChecked() else "keep-both") if asked else "ask"
        try:
            self._state.plan = plan_quantization(
                source.path, self._targets.checked_names(), self.folder_edit.text().strip() or None,
                imatrix=self._state.imatrix, allow_requantize=self._state.allow_requantize,
                on_exists=on_exists, threads=self.threads.value(),
            )
        except OutputExists as exc:
            self._show_exists(exc.path)
            self.error.setText("Choose what to do with the existing file, then press Start again.")
            return False
        except WorkbenchError as exc:
            self.error.setText(str(exc))
            return False
        return True
