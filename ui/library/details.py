"""The details pane: the selected model's full metadata, its memory broken down at a chosen context, actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.library import LibraryEntry, fit_of
from workbench.library.entry import MlxModelInfo
from workbench.model_info import ModelInfo, format_bytes, format_count
from workbench.provenance import provenance_of, provenance_text
from workbench.quantize.mlx import mlx_available

VERDICT_STYLE = {"fits": "color: #2e8b57;", "tight": "color: #d08a00;", "does not fit": "color: #c0392b;"}


class LibraryDetails(QWidget):
    """Shows one :class:`LibraryEntry`.

    Signals (GUI thread):
        chat_requested(str): the Chat button was pressed: the model's path.
        quantize_requested(str): the Quantize button was pressed: the model's path.
        compare_clicked(): the Compare button was pressed (the panel knows the selection).
        reveal_clicked(): the Show in folder button was pressed.
        delete_clicked(): the Delete button was pressed.
    """

    chat_requested = Signal(str)
    """Chat with the model at this path."""
    quantize_requested = Signal(str)
    """Quantize the model at this path."""
    compare_clicked = Signal()
    """Compare the selected models."""
    reveal_clicked = Signal()
    """Show the file in the file manager."""
    delete_clicked = Signal()
    """Delete the file (after confirmation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: LibraryEntry | None = None
        self.title = QLabel("Select a model")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setStyleSheet("color: palette(mid);")
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c0392b; font-weight: 600;")

        self.metadata = QFormLayout()
        meta_box = QGroupBox("Model")
        meta_box.setLayout(self.metadata)

        self.context = QSpinBox()
        self.context.setRange(128, 1_048_576)
        self.context.setSingleStep(1024)
        self.context.setValue(4096)
        self.context.setSuffix(" tokens")
        self.context.setToolTip("The context length to estimate memory for")
        self.weights = QLabel()
        self.kv_cache = QLabel()
        self.buffers = QLabel()
        self.total = QLabel()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        memory = QGridLayout()
        memory.addWidget(QLabel("Context length"), 0, 0)
        memory.addWidget(self.context, 0, 1)
        for row, (name, label) in enumerate(
            (("Weights", self.weights), ("KV cache", self.kv_cache), ("Buffers", self.buffers), ("Total", self.total)),
            start=1,
        ):
            memory.addWidget(QLabel(name), row, 0)
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            memory.addWidget(label, row, 1)
        memory.addWidget(self.verdict, 5, 0, 1, 2)
        memory_box = QGroupBox("Memory needed")
        memory_box.setLayout(memory)

        self.chat_button = QPushButton("Chat")
        self.quantize_button = QPushButton("Quantize…")
        self.compare_button = QPushButton("Compare")
        self.compare_button.setToolTip("Compare the selected models side by side (select several with Ctrl)")
        self.reveal_button = QPushButton("Show in folder")
        self.delete_button = QPushButton("Delete…")
        actions = QGridLayout()
        for i, button in enumerate(
            (self.chat_button, self.quantize_button, self.compare_button, self.reveal_button, self.delete_button)
        ):
            actions.addWidget(button, i // 3, i % 3)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.path_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(meta_box)
        layout.addWidget(memory_box)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.chat_button.clicked.connect(self._on_chat_button_clicked)
        self.quantize_button.clicked.connect(self._on_quantize_button_clicked)
        self.compare_button.clicked.connect(self.compare_clicked)
        self.reveal_button.clicked.connect(self.reveal_clicked)
        self.delete_button.clicked.connect(self.delete_clicked)
        self.context.valueChanged.connect(self._on_context_value_changed)
        self.show_entry(None)

    @property
    def entry(self) -> LibraryEntry | None:
        return self._entry

    def show_entry(self, entry: LibraryEntry | None) -> None:
        """Fill the pane from ``entry`` (None: nothing selected)."""
        self._entry = entry
        while self.metadata.rowCount():
            self.metadata.removeRow(0)
        readable = entry is not None and entry.readable
        runnable = entry is not None and (entry.backend_choice is None or entry.backend_choice.available)
        self.chat_button.setEnabled(readable and runnable)
        quantizable = entry is not None and (entry.format == "gguf" or (entry.format == "mlx" and mlx_available()))
        self.quantize_button.setEnabled(readable and quantizable)
        for button in (self.compare_button, self.reveal_button, self.delete_button):
            button.setEnabled(entry is not None)
        if entry is not None and entry.format == "remote":  # on a server: no file here to show or delete
            self.reveal_button.setEnabled(False)
            self.delete_button.setEnabled(False)
        if entry is None:
            self.title.setText("Select a model")
            self.path_label.setText("Pick a row on the left to see its details and how much memory it needs.")
            self.problem_label.hide()
            self._show_memory()
            return
        self.title.setText(entry.name)
        self.path_label.setText(entry.path)
        self.problem_label.setVisible(bool(entry.problem))
        self.problem_label.setText(entry.problem or "")
        for label, value in self._rows(entry):
            field = QLabel(value)
            field.setTextFormat(Qt.TextFormat.PlainText)  # metadata is untrusted text
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            self.metadata.addRow(label, field)
        if entry.info is not None and entry.context_length:
            self.context.blockSignals(True)
            self.context.setValue(min(entry.context_length, max(self.context.value(), 512)))
            self.context.blockSignals(False)
        self._show_memory()

    @staticmethod
    def _rows(entry: LibraryEntry) -> list[tuple[str, str]]:
        rows = [("Source", entry.source_label), ("Backend", entry.backend)]
        if entry.backend_choice is not None:
            rows = [rows[0], ("Backend", entry.backend_choice.summary), ("Why", entry.backend_choice.explanation)]
        if entry.format != "remote":
            rows.append(("File size", format_bytes(entry.file_size)))
        info = entry.info
        if isinstance(info, ModelInfo):
            rows += info.summary_rows() + [("Made from", provenance_text(info.file_type, provenance_of(entry.path)))]
        elif isinstance(info, MlxModelInfo):
            rows += [
                ("Architecture", info.architecture),
                ("Parameters", format_count(info.parameters)),
                ("Quantization", info.quantization),
                ("Context length", f"{info.context_length:,} tokens"),
                ("Layers", str(info.layers)),
            ]
        return rows

    def _show_memory(self) -> None:
        entry = self._entry
        if entry is None or entry.info is None:
            for label in (self.weights, self.kv_cache, self.buffers, self.total):
                label.setText("—")
            if entry is not None and entry.format == "remote":
                self.verdict.setText("It runs on the endpoint's server and uses that machine's memory, not this one's.")
            else:
                self.verdict.setText("" if entry is None else "Cannot estimate: the file cannot be read.")
            self.verdict.setStyleSheet("")
            return
        fit = fit_of(entry.info, self.context.value())
        e = fit.estimate
        self.weights.setText(format_bytes(e.weights))
        self.kv_cache.setText(format_bytes(e.kv_cache))
        self.buffers.setText(format_bytes(e.compute + e.runtime))
        self.total.setText(f"<b>{format_bytes(e.total)}</b>")
        self.verdict.setText(fit.explanation)
        self.verdict.setStyleSheet(VERDICT_STYLE.get(fit.verdict, ""))

    @Slot(int)
    def _on_context_value_changed(self, _value: int) -> None:
        self._show_memory()

    @Slot()
    def _on_chat_button_clicked(self) -> None:
        if self._entry is not None:
            self.chat_requested.emit(self._entry.path)

    @Slot()
    def _on_quantize_button_clicked(self) -> None:
        if self._entry is not None:
            self.quantize_requested.emit(self._entry.path)


__all__ = ["LibraryDetails"]
