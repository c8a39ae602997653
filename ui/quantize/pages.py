"""The first three wizard pages: pick the source, the target types, then where and how."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
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

from ui.errors import error_line
from ui.i18n import tr, tr_noop
from ui.jobs import JobRunner
from ui.quantize.imatrix_box import ImatrixBox
from ui.quantize.targets_model import TargetsModel
from ui.untrusted import LINE_LIMIT, escaped
from workbench.errors import WorkbenchError
from workbench.evaltext import BUNDLED, evaluation_text
from workbench.jobs import CancelToken, ProgressCallback
from workbench.model_info import format_bytes
from workbench.quantize.catalog import quant_catalog
from workbench.quantize.errors import OutputExists
from workbench.quantize.imatrix import check_imatrix, load_imatrix
from workbench.quantize.mlx import MlxPlan, MlxQuantizeOptions, MlxSource, plan_mlx_quantization
from workbench.quantize.plan import (
    DEFAULT_IMATRIX_CHUNKS,
    OnExists,
    QuantizePlan,
    TargetOption,
    default_output_folder,
    default_targets,
    plan_quantization,
    quantized_source_note,
    target_options,
)
from workbench.quantize.source import SourceModel
from workbench.sampling import default_threads

ERROR_STYLE = "color: #b3261e;"


@dataclass
class WizardState:
    """What the pages decided so far (GUI thread only)."""

    source: SourceModel | None = None
    options: list[TargetOption] = field(default_factory=list)
    allow_requantize: bool = False
    imatrix: str | None = None
    imatrix_text: str | None = None
    """Compute the importance matrix from this text (``bundled`` or a file) before quantizing."""
    imatrix_chunks: int = DEFAULT_IMATRIX_CHUNKS
    plan: QuantizePlan | None = None
    mlx_source: MlxSource | None = None
    """Set instead of ``source`` when the source is a Hugging Face / MLX safetensors folder."""
    mlx_predictions: dict[MlxQuantizeOptions, int] = field(default_factory=dict)
    mlx_options: MlxQuantizeOptions | None = None
    mlx_plan: MlxPlan | None = None


ImatrixCheck = tuple[int, list[TargetOption], str | None]
"""(which choice, the types predicted with it, or why it was refused)."""


def error_label() -> QLabel:
    """A label for one-line problems; plain text, since they name files and quote what a file says."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


IMATRIX_TEXT_NAMES = {
    BUNDLED: tr_noop("Quantize", "the bundled evaluation text"),
    "da": tr_noop("Quantize", "the Danish evaluation text"),
    "nb": tr_noop("Quantize", "the Norwegian (Bokmål) evaluation text"),
    "sv": tr_noop("Quantize", "the Swedish evaluation text"),
}
"""How the summary names a text that ships with the app."""


def imatrix_summary(state: WizardState) -> str:
    """One line on the importance matrix the run will use."""
    if state.imatrix:
        return tr("Quantize", "Importance matrix: {name}").format(name=Path(state.imatrix).name)
    if state.imatrix_text:
        named = IMATRIX_TEXT_NAMES.get(state.imatrix_text)
        text = tr("Quantize", named) if named else Path(state.imatrix_text).name
        return tr(
            "Quantize",
            "Importance matrix: computed first from {text}, at most {imatrix_chunks} chunks of 512 tokens (this takes "
            "longer than quantizing; progress is shown per chunk)",
        ).format(text=text, imatrix_chunks=state.imatrix_chunks)
    return tr("Quantize", "Importance matrix: none")


class TargetsPage(QWizardPage):
    """Tick one or more types; each shows its bits per weight, expected size, quality and description."""

    def __init__(self, state: WizardState, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state, self._runner = state, runner
        self.setTitle(tr("Quantize", "Which smaller versions do you want?"))
        self.setSubTitle(
            tr(
                "Quantize",
                "Tick one or several. ★ marks the usual choices. Greyed-out types say why when you point at them.",
            )
        )
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
        self.imatrix_box = ImatrixBox()
        self.imatrix_box.changed.connect(self._on_imatrix_box_changed)
        self._generation = 0
        self._pending: tuple[str | None, str | None, int] | None = None
        self.error = error_label()
        self.total = QLabel()
        self.source_note = QLabel()
        self.source_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_note)
        layout.addWidget(self.imatrix_box)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        self.model.selection_changed.connect(self._on_selection_changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        source = self._state.source
        if source is not None:
            self.model.set_options(self._state.options, source.file_size)
            note = quantized_source_note(source)
            self.source_note.setText(note)
            self.source_note.setVisible(bool(note))
            if not self.model.checked_names():
                for name in default_targets(self._state.options):
                    self.model.set_checked(name, True)

    def retranslate_texts(self) -> None:
        """After a language switch: the types' descriptions, the source note and the total in the new language."""
        source = self._state.source
        if source is None or not self._state.options:
            return
        fresh = {qtype.name: qtype for qtype in quant_catalog()}
        self._state.options = [replace(o, qtype=fresh.get(o.qtype.name, o.qtype)) for o in self._state.options]
        self.model.set_options(self._state.options, source.file_size)
        note = quantized_source_note(source)
        self.source_note.setText(note)
        self._on_selection_changed()

    @Slot()
    def _on_selection_changed(self) -> None:
        source = self._state.source
        chosen = {o.qtype.name: o for o in self._state.options}
        predictions = [chosen[n].prediction for n in self.model.checked_names()]
        total = sum(p.file_bytes for p in predictions if p is not None)
        count = len(self.model.checked_names())
        self.total.setText(
            tr("Quantize", "{count} chosen · about {total} in all (the source is {source_size})").format(
                count=count, total=format_bytes(total), source_size=format_bytes(source.file_size)
            )
            if source
            else tr("Quantize", "{count} chosen · about {total} in all").format(
                count=count, total=format_bytes(total)
            )
        )

    @Slot()
    def _on_imatrix_box_changed(self) -> None:
        box = self.imatrix_box
        self._apply_imatrix(box.file_path(), box.text_source(), box.chunks())

    @property
    def checking(self) -> bool:
        """True while an importance-matrix choice is being checked and the types re-predicted."""
        return self._pending is not None

    def _apply_imatrix(self, path: str | None, text: str | None, chunks: int) -> None:
        """Check the choice and predict every type again, off the GUI thread (large models take a while)."""
        source = self._state.source
        if source is None:
            return
        self.error.clear()
        self._generation += 1
        generation = self._generation

        def job(progress: ProgressCallback, cancel: CancelToken) -> ImatrixCheck:
            try:
                if path is not None:
                    check_imatrix(load_imatrix(path), source)
                elif text is not None and text != BUNDLED:
                    evaluation_text(text)
            except WorkbenchError as exc:
                return generation, [], str(exc)
            return generation, target_options(source, path is not None or text is not None), None

        handle = self._runner.start(job, "check importance matrix")
        self._pending = (path, text, chunks)
        handle.finished.connect(self._on_imatrix_checked)
        handle.failed.connect(self._on_imatrix_check_failed)
        self.completeChanged.emit()

    @Slot(object)
    def _on_imatrix_checked(self, result: ImatrixCheck) -> None:
        generation, options, problem = result
        if generation != self._generation or self._pending is None or self._state.source is None:
            return  # a later choice is being checked
        path, text, chunks = self._pending
        self._pending = None
        if problem is not None:
            self.imatrix_box.set_none()  # re-predicts without one
            self.error.setText(problem)
            return
        self._state.imatrix, self._state.imatrix_text, self._state.imatrix_chunks = path, text, chunks
        self._state.options = options
        self.model.set_options(options, self._state.source.file_size)  # keeps the ticks still allowed
        self.completeChanged.emit()

    @Slot(object)
    def _on_imatrix_check_failed(self, exc: BaseException) -> None:
        self._pending = None
        self.error.setText(error_line(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.model.checked_names()) and not self.checking


class OptionsPage(QWizardPage):
    """Where to write, how many threads, what to do with names that are taken; checks the plan on Next."""

    def __init__(
        self, state: WizardState, targets: TargetsModel, runner: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._state, self._targets, self._runner = state, targets, runner
        self._checking = False
        self._approved = False
        self.setTitle(tr("Quantize", "Where should the new files go?"))
        self.setSubTitle(tr("Quantize", "Everything is checked before starting: free disk space, names, permissions."))
        self.setCommitPage(True)
        self.folder_edit = QLineEdit()
        browse = QPushButton(tr("Quantize", "Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Quantize", "Output folder:")))
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.threads = QSpinBox()
        self.threads.setRange(1, 256)
        self.threads.setValue(default_threads())
        self.threads.setToolTip(
            tr("Quantize", "How many processor cores llama.cpp may use. More is faster, until all are busy.")
        )
        trow = QHBoxLayout()
        self.threads_label = QLabel(tr("Quantize", "Threads:"))
        trow.addWidget(self.threads_label)
        trow.addWidget(self.threads)
        trow.addStretch(1)
        self.exists_label = QLabel()
        self.exists_label.setWordWrap(True)
        self.keep_both = QRadioButton(tr("Quantize", "Keep both (the new file gets a number)"))
        self.replace = QRadioButton(tr("Quantize", "Replace the existing file once the new one is complete"))
        self.keep_both.setChecked(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = error_label()
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

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.setButtonText(self.wizard().WizardButton.CommitButton, tr("Quantize", "Start"))
        state = self._state
        source = state.mlx_source or state.source
        if source is not None and not self.folder_edit.text():
            self.folder_edit.setText(str(default_output_folder(source.path)))  # the app's models folder
        self.error.clear()
        self._show_exists(None)
        self._approved = False
        mlx = state.mlx_source is not None
        self.threads.setVisible(not mlx)  # mlx-lm decides its own threads
        self.threads_label.setVisible(not mlx)
        self._show_summary()

    def retranslate_texts(self) -> None:
        """After a language switch: the summary of what will be made, anew."""
        self._show_summary()

    def _show_summary(self) -> None:
        state = self._state
        if state.mlx_source is not None and state.mlx_options is not None:
            o = state.mlx_options
            self.summary.setText(
                tr(
                    "Quantize",
                    "MLX quantization with mlx-lm: {bits} bits, groups of {group_size}, {mode}. The result is a new "
                    "model folder.",
                ).format(bits=o.bits, group_size=o.group_size, mode=o.mode)
            )
        else:
            self.summary.setText(
                tr("Quantize", "Types: {checked_names}<br>{state}").format(
                    checked_names=", ".join(self._targets.checked_names()),
                    state=escaped(imatrix_summary(state), LINE_LIMIT),
                )
            )

    @Slot()
    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Quantize", "Output folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _show_exists(self, path: str | None) -> None:
        for w in (self.exists_label, self.keep_both, self.replace):
            w.setVisible(path is not None)
        if path:
            name = escaped(Path(path).name, LINE_LIMIT)
            self.exists_label.setText(
                tr("Quantize", "<b>{name}</b> already exists in that folder. What should happen?").format(name=name)
            )

    @property
    def checking(self) -> bool:
        """True while the plan is being checked (off the GUI thread: reading a large model takes a while)."""
        return self._checking

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        """Start only with a checked plan: the first press checks (off the GUI thread), then moves on by itself.

        Any problem is shown here and the run does not start.
        """
        if self._approved:
            self._approved = False
            return True
        if self._checking:
            return False
        state = self._state
        source, mlx_source, mlx_options = state.source, state.mlx_source, state.mlx_options
        asked = self.exists_label.isVisible()
        on_exists: OnExists = ("replace" if self.replace.isChecked() else "keep-both") if asked else "ask"
        folder = self.folder_edit.text().strip() or None
        types, threads = self._targets.checked_names(), self.threads.value()
        imatrix, text, chunks = state.imatrix, state.imatrix_text, state.imatrix_chunks
        allow = state.allow_requantize
        state.plan, state.mlx_plan = None, None

        def job(progress: ProgressCallback, cancel: CancelToken) -> QuantizePlan | MlxPlan:
            if mlx_source is not None and mlx_options is not None:
                return plan_mlx_quantization(mlx_source.path, mlx_options, folder, on_exists=on_exists)
            if source is None:
                raise WorkbenchError(tr("Quantize", "choose a model first"))
            return plan_quantization(
                source,
                types,
                folder,
                imatrix=imatrix,
                imatrix_text=text,
                imatrix_chunks=chunks,
                allow_requantize=allow,
                on_exists=on_exists,
                threads=threads,
            )

        self._checking = True
        self.error.setStyleSheet("")
        self.error.setText(tr("Quantize", "Checking the source, the folder and the free disk space…"))
        handle = self._runner.start(job, "plan quantization")
        handle.finished.connect(self._on_plan_finished)
        handle.failed.connect(self._on_plan_failed)
        return False

    @Slot(object)
    def _on_plan_finished(self, plan: QuantizePlan | MlxPlan) -> None:
        self._checking = False
        self.error.clear()
        if isinstance(plan, MlxPlan):
            self._state.mlx_plan = plan
        else:
            self._state.plan = plan
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            self._approved = True
            wizard.next()

    @Slot(object)
    def _on_plan_failed(self, exc: BaseException) -> None:
        self._checking = False
        self.error.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, OutputExists):
            self._show_exists(exc.path)
            self.error.setText(tr("Quantize", "Choose what to do with the existing file, then press Start again."))
        else:
            self.error.setText(error_line(exc))
