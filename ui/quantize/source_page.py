"""The wizard's first page: which model to make smaller (a GGUF file, or an MLX / safetensors folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.errors import error_line
from ui.i18n import format_decimal, tr
from ui.jobs import JobRunner
from ui.quantize.pages import WizardState, error_label
from ui.untrusted import LINE_LIMIT, escaped
from workbench import formats
from workbench.jobs import CancelToken, ProgressCallback
from workbench.quantize.errors import SourceNotUsable
from workbench.quantize.imatrix import check_imatrix, load_imatrix
from workbench.quantize.mlx import (
    MlxQuantizeOptions,
    MlxSource,
    mlx_available,
    predict_mlx_outputs,
    read_mlx_source,
)
from workbench.quantize.plan import TargetOption, target_options
from workbench.quantize.source import SourceModel, read_source, source_label

GgufRead = tuple[SourceModel, list[TargetOption]]
MlxRead = tuple[MlxSource, dict[MlxQuantizeOptions, int]]


def _inspect(path: str, imatrix: str | None, computed: bool) -> GgufRead | MlxRead:
    """Read a source off the GUI thread: a GGUF file's tensor table, or a model folder's tables and predictions."""
    if formats.format_of_path(path).folder:  # a Hugging Face / MLX folder: mlx-lm quantizes it
        if not mlx_available():
            raise SourceNotUsable(
                tr(
                    "Quantize",
                    "{name} is a model folder: quantizing it needs mlx-lm, which is not installed (pip install "
                    "mlx-lm; on Linux mlx-lm[cpu])",
                ).format(name=Path(path).name)
            )
        mlx_source = read_mlx_source(path)
        if mlx_source.quantized:
            raise SourceNotUsable(
                tr("Quantize", "{name} is already quantized; choose the unquantized model folder").format(
                    name=mlx_source.name
                )
            )
        return mlx_source, predict_mlx_outputs(mlx_source)
    source = read_source(path)
    if imatrix:
        check_imatrix(load_imatrix(imatrix), source)
    return source, target_options(source, imatrix is not None or computed)


class SourcePage(QWizardPage):
    """Choose the model to quantize; already-quantized GGUF sources need an explicit confirmation.

    A folder in the Hugging Face / MLX layout (config.json and safetensors) leads to the MLX page instead,
    where mlx-lm is installed.
    """

    def __init__(self, state: WizardState, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state, self._runner = state, runner
        self._mlx = mlx_available()
        self.setTitle(tr("Quantize", "Which model do you want to make smaller?"))
        self.setSubTitle(
            tr(
                "Quantize",
                "Pick a GGUF model file. An unquantized one (F16, BF16 or F32) gives the best results. Or pick a "
                "Hugging Face / MLX model folder (safetensors) to make an MLX version.",
            )
            if self._mlx
            else tr("Quantize", "Pick a GGUF model file. An unquantized one (F16, BF16 or F32) gives the best results.")
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(
            tr("Quantize", "/path/to/model-F16.gguf or a model folder") if self._mlx else "/path/to/model-F16.gguf"
        )
        self.path_edit.editingFinished.connect(self._on_path_edit_finished)
        browse = QPushButton(tr("Quantize", "Choose file…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.folder_button = QPushButton(tr("Quantize", "Choose folder…"))
        self.folder_button.setToolTip(
            tr("Quantize", "A Hugging Face / MLX model folder: config.json and *.safetensors (mlx-lm)")
        )
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.folder_button.setVisible(self._mlx)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.folder_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = error_label()
        self.warning = QLabel()
        self.warning.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the file's own type name
        self.warning.setWordWrap(True)
        self.confirm = QCheckBox(
            tr("Quantize", "I understand the quality loss: quantize this already-quantized model anyway")
        )
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
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Quantize", "Choose a GGUF model"), self.path_edit.text(), tr("Quantize", "GGUF (*.gguf)")
        )
        if path:
            self.set_path(path)

    @Slot()
    def _on_folder_button_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Quantize", "Choose a model folder"), self.path_edit.text())
        if path:
            self.set_path(path)

    @Slot()
    def _on_path_edit_finished(self) -> None:
        path = self.path_edit.text().strip()
        current = self._state.source or self._state.mlx_source
        if path and (current is None or current.path != path):
            self._load(path)

    @Slot(bool)
    def _on_confirm_toggled(self, checked: bool) -> None:
        self._state.allow_requantize = checked
        self.completeChanged.emit()

    def _load(self, path: str) -> None:
        self._loading = True
        self.summary.setText(tr("Quantize", "Reading the model…"))
        self.error.clear()
        self._state.source = None
        self._state.mlx_source = None
        self.completeChanged.emit()
        imatrix, computed = self._state.imatrix, self._state.imatrix_text is not None

        def job(progress: ProgressCallback, cancel: CancelToken) -> GgufRead | MlxRead:
            return _inspect(path, imatrix, computed)

        handle = self._runner.start(job, "read quantize source")
        handle.finished.connect(self._on_read_finished)
        handle.failed.connect(self._on_read_failed)

    @Slot(object)
    def _on_read_finished(self, result: GgufRead | MlxRead) -> None:
        self._loading = False
        if isinstance(result[0], MlxSource):
            self._state.mlx_source, self._state.mlx_predictions = result
            self._show_mlx_source(result[0])
            return
        self._state.source, self._state.options = result
        self._show_source(result[0])

    @Slot(object)
    def _on_read_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._show_source(None)
        self.error.setText(error_line(exc))

    def _show_mlx_source(self, source: MlxSource) -> None:
        from workbench.model_info import format_bytes

        self.summary.setText(
            tr(
                "Quantize",
                "<b>{name}</b><br>Hugging Face / MLX model folder · {dtype} · {millions} million weights · "
                "{file_bytes}<br>It will be quantized with mlx-lm into a new MLX folder next to it.",
            ).format(
                name=escaped(source.name, LINE_LIMIT),
                dtype=escaped(source.dtype),
                millions=format_decimal(source.parameters / 1000000.0, 0),
                file_bytes=format_bytes(source.file_bytes),
            )
        )
        self.warning.setVisible(False)
        self.confirm.setVisible(False)
        self.completeChanged.emit()

    def _show_source(self, source: SourceModel | None) -> None:
        quantized = source is not None and source.is_quantized
        self.summary.setText(
            ""
            if source is None
            else tr(
                "Quantize",
                "<b>{name}</b><br>{source} · {millions} million weights · {bits_per_weight} bits per weight",
            ).format(
                name=escaped(source.name, LINE_LIMIT),
                source=escaped(source_label(source)),
                millions=format_decimal(source.parameters / 1000000.0, 0),
                bits_per_weight=format_decimal(source.bits_per_weight, 2),
            )
        )
        self.warning.setVisible(quantized)
        self.confirm.setVisible(quantized)
        if quantized and source is not None:
            self.warning.setText(
                tr(
                    "Quantize",
                    "⚠ This model is already quantized ({file_type}). Quantizing it again adds a second rounding "
                    "error to the first: the result is worse than the same type made from the original F16/BF16 "
                    "model. Use the original if you have it.",
                ).format(file_type=source.file_type)
            )
        self.confirm.setChecked(False)
        self.completeChanged.emit()

    def retranslate_texts(self) -> None:
        """After a language switch: describe the source read anew (a tick in the confirmation stays)."""
        if self._loading:
            return
        if self._state.mlx_source is not None:
            self._show_mlx_source(self._state.mlx_source)
        elif self._state.source is not None:
            confirmed = self.confirm.isChecked()
            self._show_source(self._state.source)
            self.confirm.setChecked(confirmed)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        if self._loading:
            return False
        if self._state.mlx_source is not None:
            return True
        source = self._state.source
        if source is None:
            return False
        return not source.is_quantized or self.confirm.isChecked()

    def nextId(self) -> int:  # noqa: N802 - Qt API
        from ui.quantize.wizard import QuantizeWizard

        return QuantizeWizard.MLX_TARGETS if self._state.mlx_source is not None else QuantizeWizard.TARGETS
