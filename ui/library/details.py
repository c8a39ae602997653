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

from ui.i18n import tr
from ui.untrusted import bounded_field, set_plain
from workbench import formats
from workbench.library import LibraryEntry
from workbench.library.entry import problem_in_words
from workbench.model_info import ModelInfo, format_bytes
from workbench.provenance import provenance_of, provenance_text

TITLE_LIMIT = 120
PATH_LIMIT = 600
VERDICT_STYLE = {"fits": "color: #2e8b57;", "tight": "color: #d08a00;", "does not fit": "color: #c0392b;"}


class LibraryDetails(QWidget):
    """Shows one :class:`LibraryEntry`.

    Signals (GUI thread):
        chat_requested(str): the Chat button was pressed: the model's path.
        quantize_requested(str): the Quantize button was pressed: the model's path.
        compare_clicked(): the Compare button was pressed (the panel knows the selection).
        arena_clicked(): the Arena button was pressed (the panel knows the selection).
        reveal_clicked(): the Show in folder button was pressed.
        delete_clicked(): the Delete button was pressed.
    """

    chat_requested = Signal(str)
    """Chat with the model at this path."""
    quantize_requested = Signal(str)
    """Quantize the model at this path."""
    compare_clicked = Signal()
    """Compare the selected models."""
    arena_clicked = Signal()
    """Open the selected models in the Arena."""
    reveal_clicked = Signal()
    """Show the file in the file manager."""
    delete_clicked = Signal()
    """Delete the file (after confirmation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: LibraryEntry | None = None
        self.cache_type = "f16"
        """The KV-cache type of the load options: the estimate follows it."""
        self.title = QLabel(tr("Library", "Select a model"))
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
        meta_box = QGroupBox(tr("Library", "Model"))
        meta_box.setLayout(self.metadata)

        self.context = QSpinBox()
        self.context.setRange(128, 1_048_576)
        self.context.setSingleStep(1024)
        self.context.setValue(4096)
        #: Suffix of a number box, '4096 tokens'. Keep the leading space.
        self.context.setSuffix(tr("Library", " tokens"))
        self.context.setToolTip(tr("Library", "The context length to estimate memory for"))
        self.weights = QLabel()
        self.kv_cache = QLabel()
        self.buffers = QLabel()
        self.expected = QLabel()
        self.expected.setToolTip(
            tr(
                "Library",
                "What the engine will hold after a typical reply: the weights, the whole KV cache and the buffers a "
                "reply really touches. Measured within a few percent on this app's test models.",
            )
        )
        self.total = QLabel()
        self.total.setToolTip(
            tr(
                "Library",
                "The most it can take: llama.cpp reserves its buffers for a full batch. The fit verdict uses this "
                "figure.",
            )
        )
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        memory = QGridLayout()
        memory.addWidget(QLabel(tr("Library", "Context length")), 0, 0)
        memory.addWidget(self.context, 0, 1)
        for row, (name, label) in enumerate(
            (
                (tr("Library", "Weights"), self.weights),
                (tr("Library", "KV cache"), self.kv_cache),
                (tr("Library", "Buffers"), self.buffers),
                (tr("Library", "Expected use"), self.expected),
                (tr("Library", "Reserved at most"), self.total),
            ),
            start=1,
        ):
            memory.addWidget(QLabel(name), row, 0)
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            memory.addWidget(label, row, 1)
        memory.addWidget(self.verdict, 6, 0, 1, 2)
        memory_box = QGroupBox(tr("Library", "Memory needed"))
        memory_box.setLayout(memory)

        self.chat_button = QPushButton(tr("Library", "Chat"))
        self.quantize_button = QPushButton(tr("Library", "Quantize…"))
        self.compare_button = QPushButton(tr("Library", "Compare"))
        self.compare_button.setToolTip(
            tr("Library", "Compare the selected models side by side (select several with Ctrl)")
        )
        self.arena_button = QPushButton(tr("Library", "Open in Arena"))
        self.arena_button.setToolTip(
            tr("Library", "Ask the selected models (two to four) the same question, side by side")
        )
        self.arena_button.setEnabled(False)
        self.reveal_button = QPushButton(tr("Library", "Show in folder"))
        self.delete_button = QPushButton(tr("Library", "Delete…"))
        actions = QGridLayout()
        for i, button in enumerate(
            (
                self.chat_button,
                self.quantize_button,
                self.compare_button,
                self.arena_button,
                self.reveal_button,
                self.delete_button,
            )
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
        self.arena_button.clicked.connect(self.arena_clicked)
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
        self.quantize_button.setEnabled(entry is not None and entry.can_quantize)
        for button in (self.compare_button, self.reveal_button, self.delete_button):
            button.setEnabled(entry is not None)
        if entry is not None and not entry.local:  # on a server: no file here to show or delete
            self.reveal_button.setEnabled(False)
            self.delete_button.setEnabled(False)
        if entry is None:
            self.title.setText(tr("Library", "Select a model"))
            self.path_label.setText(
                tr("Library", "Pick a row on the left to see its details and how much memory it needs.")
            )
            self.problem_label.hide()
            self._show_memory()
            return
        set_plain(self.title, entry.name, TITLE_LIMIT)  # names, paths and metadata are untrusted: plain, bounded
        set_plain(self.path_label, entry.path, PATH_LIMIT)
        self.problem_label.setVisible(bool(entry.problem))
        set_plain(self.problem_label, problem_in_words(entry.problem) if entry.problem else "")
        for label, value in self._rows(entry):
            title = tr("Library", "{field} of {model}").format(field=label, model=entry.name)
            self.metadata.addRow(label, bounded_field(value, title))
        if entry.info is not None and entry.context_length:
            self.context.blockSignals(True)
            self.context.setValue(min(entry.context_length, max(self.context.value(), 512)))
            self.context.blockSignals(False)
        self._show_memory()

    @staticmethod
    def _rows(entry: LibraryEntry) -> list[tuple[str, str]]:
        rows = [(tr("Library", "Source"), entry.source_label), (tr("Library", "Backend"), entry.backend)]
        if entry.backend_choice is not None:
            rows = [
                rows[0],
                (tr("Library", "Backend"), entry.backend_choice.summary),
                #: Row title: why this backend runs the model.
                (tr("Library", "Why"), entry.backend_choice.explanation),
            ]
        if entry.local:
            rows.append((tr("Library", "File size"), format_bytes(entry.file_size)))
        if entry.info is not None:
            rows += formats.summary_rows(entry.info)
        if isinstance(entry.info, ModelInfo):  # a GGUF file: where it came from, as its metadata says
            rows.append((tr("Library", "Made from"), provenance_text(entry.info.file_type, provenance_of(entry.path))))
        return rows

    def _show_memory(self) -> None:
        entry = self._entry
        fit = entry.fit_at(self.context.value(), self.cache_type) if entry is not None else None
        if entry is None or fit is None:
            for label in (self.weights, self.kv_cache, self.buffers, self.expected, self.total):
                label.setText("—")
            if entry is not None and not entry.local:
                self.verdict.setText(
                    tr("Library", "It runs on the endpoint's server and uses that machine's memory, not this one's.")
                )
            else:
                self.verdict.setText(
                    "" if entry is None else tr("Library", "Cannot estimate: the file cannot be read.")
                )
            self.verdict.setStyleSheet("")
            return
        e = fit.estimate
        self.weights.setText(format_bytes(e.weights + e.repacked))
        self.kv_cache.setText(format_bytes(e.kv_cache))
        self.buffers.setText(
            tr("Library", "{low} to {high}").format(
                low=format_bytes(e.expected - e.weights - e.repacked - e.kv_cache),
                high=format_bytes(e.compute + e.runtime),
            )
        )
        self.expected.setText(f"<b>{format_bytes(e.expected)}</b>")
        self.total.setText(format_bytes(e.total))
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
