"""What to compare and how much to measure: the variant list, the baseline and the suite's settings."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.compare.remote_setup import SERVER_NOTE, is_remote, remote_label
from ui.i18n import tr, tr_noop
from ui.untrusted import tooltip
from workbench.compare.baseline import default_baseline
from workbench.compare.figures import format_size
from workbench.compare.present import EXPLAIN
from workbench.compare.results import CompareSettings
from workbench.compare.teaching import TEACHING, teaching_settings
from workbench.evaltext import BUNDLED, LANGUAGES
from workbench.library import LibraryEntry

MIN_VARIANTS = 2
MAX_VARIANTS = 8
NO_BASELINE = tr_noop("Compare", "No baseline (skip KL divergence)")
PathRole = Qt.ItemDataRole.UserRole


def _describe(path: str) -> str:
    if is_remote(path):
        return f"{remote_label(path)}  ·  on a server"
    try:
        size = os.stat(path).st_size if os.path.isfile(path) else 0
    except OSError:
        size = 0
    name = Path(path).name
    return f"{name}  ·  {format_size(size)}" if size else name


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size if os.path.isfile(path) else 0
    except OSError:
        return 0


class VariantPicker(QGroupBox):
    """The 2–8 model files to compare, in order, and which one is the baseline.

    Signals (GUI thread):
        changed(): the variants or the baseline changed.
    """

    changed = Signal()
    """The list or the baseline changed."""

    def __init__(
        self, library_entries: Callable[[], list[LibraryEntry]] | None = None, parent: QWidget | None = None,
        server_models: Callable[[QWidget], list[str]] | None = None,
    ) -> None:
        """``server_models`` asks the person for models on a server (None: no servers here)."""
        super().__init__(tr("Compare", "Models to compare"), parent)
        self._library_entries = library_entries
        self._server_models = server_models
        self.server_button = QPushButton(tr("Compare", "From a server…"))
        self.server_button.setToolTip(tr("Compare", SERVER_NOTE))
        self.server_button.setVisible(server_models is not None)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setToolTip(tr("Compare", "Two to eight model files (or variants of one model). Drag to reorder."))
        self.add_button = QPushButton(tr("Compare", "Add files…"))
        self.library_button = QPushButton(tr("Compare", "From library…"))
        self.library_button.setEnabled(library_entries is not None)
        self.remove_button = QPushButton(tr("Compare", "Remove"))
        self.baseline = QComboBox()
        self.baseline.setToolTip(EXPLAIN["baseline"] + "\n" + EXPLAIN["kl"])
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QGridLayout()  # two by two: four in a row do not fit the panel's width (nor longer translations)
        for index, button in enumerate((self.add_button, self.library_button, self.server_button, self.remove_button)):
            buttons.addWidget(button, index // 2, index % 2)
        baseline_row = QHBoxLayout()
        self.baseline_label = QLabel(tr("Compare", "Baseline:"))
        self.baseline_label.setToolTip(self.baseline.toolTip())
        baseline_row.addWidget(self.baseline_label)
        baseline_row.addWidget(self.baseline, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(baseline_row)
        layout.addWidget(self.hint)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.library_button.clicked.connect(self._on_library_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.server_button.clicked.connect(self._on_server_button_clicked)
        self.list.model().rowsMoved.connect(self._refresh)
        self.baseline.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._refresh()

    def paths(self) -> list[str]:
        return [self.list.item(i).data(PathRole) for i in range(self.list.count())]

    def retranslate_texts(self) -> None:
        """After a language switch: the baseline's two-part tooltip, and the hint, anew."""
        tip = EXPLAIN["baseline"] + "\n" + EXPLAIN["kl"]
        self.baseline.setToolTip(tip)
        self.baseline_label.setToolTip(tip)
        self._refresh(keep_baseline=self.baseline_path())

    def set_paths(self, paths: list[str]) -> None:
        """Replace the list (at most eight; duplicates dropped); the largest file becomes the baseline."""
        self.list.clear()
        self.add_paths(paths, choose_baseline=True)

    def add_paths(self, paths: list[str], choose_baseline: bool = False) -> None:
        known = set(self.paths())
        for path in paths:
            if path in known or self.list.count() >= MAX_VARIANTS:
                continue
            known.add(path)
            item = QListWidgetItem(_describe(path))
            item.setData(PathRole, path)
            item.setToolTip(tooltip(path))
            self.list.addItem(item)
        keep = None if choose_baseline else self.baseline_path()
        self._refresh(keep_baseline=keep)

    def baseline_path(self) -> str | None:
        data = self.baseline.currentData()
        return data if isinstance(data, str) and data else None

    def set_baseline(self, path: str | None) -> None:
        index = self.baseline.findData(path or "")
        if index >= 0:
            self.baseline.setCurrentIndex(index)

    @Slot()
    def _refresh(self, *_args: object, keep_baseline: str | None = None) -> None:
        paths = self.paths()
        current = keep_baseline if keep_baseline is not None else self.baseline_path()
        self.baseline.blockSignals(True)
        self.baseline.clear()
        self.baseline.addItem(tr("Compare", NO_BASELINE), "")
        local = [path for path in paths if not is_remote(path)]  # a server sends no whole distributions
        for path in local:
            self.baseline.addItem(Path(path).name, path)
        if current not in local:
            current = default_baseline(local)
        self.baseline.setCurrentIndex(max(0, self.baseline.findData(current or "")))
        self.baseline.blockSignals(False)
        count = len(paths)
        if count < MIN_VARIANTS:
            self.hint.setText(
                tr("Compare", "Add one more model file.")
                if MIN_VARIANTS - count == 1
                else tr("Compare", "Add {count} more model files.").format(count=MIN_VARIANTS - count)
            )
        elif count >= MAX_VARIANTS:
            self.hint.setText(
                tr("Compare", "{MAX_VARIANTS} is the most one comparison takes.").format(MAX_VARIANTS=MAX_VARIANTS)
            )
        else:
            self.hint.setText(tr("Compare", "{count} models.").format(count=count))
        self.add_button.setEnabled(count < MAX_VARIANTS)
        self.server_button.setEnabled(count < MAX_VARIANTS)
        self.changed.emit()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, tr("Compare", "Add model files to compare"), "", tr("Compare", "GGUF models (*.gguf)")
        )
        if files:
            self.add_paths(files)

    @Slot()
    def _on_library_button_clicked(self) -> None:
        if self._library_entries is None:
            return
        dialog = LibraryChooser(self._library_entries(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_paths(dialog.chosen())

    @Slot()
    def _on_server_button_clicked(self) -> None:
        if self._server_models is not None:
            self.add_paths(self._server_models(self))

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._refresh()


class LibraryChooser(QDialog):
    """Pick models from the library (readable ones only)."""

    def __init__(self, entries: list[LibraryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Compare", "Choose models from the library"))
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for entry in entries:
            if not entry.readable:
                continue
            quant = getattr(entry.info, "quantization", "") or ""
            item = QListWidgetItem(
                f"{entry.name}  ·  {quant}  ·  {format_size(entry.file_size)}".replace(" ·  · ", " ·")
            )
            item.setData(PathRole, entry.path)
            item.setToolTip(tooltip(entry.path))
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Compare", "Select the models to add (click several):")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen(self) -> list[str]:
        return [item.data(PathRole) for item in self.list.selectedItems()]


def _spin(low: int, high: int, value: int, step: int, tip: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setToolTip(tip)
    return spin


class TextChooser(QWidget):
    """Which evaluation texts perplexity and KL divergence are measured on: English, Danish, Norwegian (Bokmål),
    Swedish; English alone by default, at least one always. Several show how much each variant loses in each
    language.

    Signals (GUI thread):
        changed(): the chosen texts changed.
    """

    changed = Signal()
    """A text was chosen or left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        tip = tr(
            "Compare",
            "The texts perplexity and KL divergence are measured on. Choose several to see how much each variant "
            "loses in each language; every text adds to the time the comparison takes.",
        )
        self.setToolTip(tip)
        for n, (key, language) in enumerate(LANGUAGES.items()):
            box = QCheckBox(tr("Language", language))
            box.setChecked(key == BUNDLED)
            box.setToolTip(tip)
            box.toggled.connect(self._on_box_toggled)
            self.boxes[key] = box
            grid.addWidget(box, n // 2, n % 2)

    def texts(self) -> list[str]:
        """The chosen texts' names (``bundled``, ``da``, ``nb``, ``sv``), English first."""
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def set_texts(self, texts: list[str]) -> None:
        """Choose ``texts`` (names not shipped with the app are left out; none left: English)."""
        wanted = [t for t in texts if t in self.boxes] or [BUNDLED]
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in wanted)
            box.blockSignals(False)
        self.changed.emit()

    @Slot(bool)
    def _on_box_toggled(self, checked: bool) -> None:
        if not checked and not self.texts():  # at least one text: perplexity needs something to read
            box = self.sender()
            if isinstance(box, QCheckBox):
                box.blockSignals(True)
                box.setChecked(True)
                box.blockSignals(False)
            return
        self.changed.emit()


class SettingsForm(QGroupBox):
    """How much the suite measures; defaults are llama-bench's (512 prompt tokens, 128 generated, 3 runs).

    :meth:`use_profile` switches to the teaching ladder's quick comparison (its amounts shown in the form) and
    back to the form's own values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Compare", "What to measure"), parent)
        defaults = CompareSettings()
        self.profile = ""
        """"": the form's own values; :data:`~workbench.compare.teaching.TEACHING`: the teaching ladder's."""
        self._own: tuple[int, ...] | None = None
        """The form's own values while a profile's are shown."""
        self.n_prompt = _spin(
            16, 8192, defaults.n_prompt, 64, tr("Compare", "Prompt tokens read per speed run.\n") + EXPLAIN["prompt"]
        )
        self.n_gen = _spin(
            8, 2048, defaults.n_gen, 16, tr("Compare", "New tokens written per speed run.\n") + EXPLAIN["generation"]
        )
        self.repetitions = _spin(1, 20, defaults.repetitions, 1, EXPLAIN["repetitions"])
        self.chunks = _spin(2, 64, defaults.max_chunks, 1, EXPLAIN["chunks"] + "\n" + EXPLAIN["perplexity"])
        self.chunk_tokens = _spin(
            64,
            4096,
            defaults.chunk_tokens,
            64,
            tr("Compare", "Tokens in each perplexity chunk (the context the model sees)."),
        )
        self.texts = TextChooser()
        self.own_prompts = QPlainTextEdit()
        self.own_prompts.setPlaceholderText(tr("Compare", "Your own prompts, one per line (optional)"))
        self.own_prompts.setToolTip(
            tr(
                "Compare",
                "Every variant answers a few everyday questions, to read side by side.\n"
                "Each line here adds a prompt of your own.",
            )
        )
        self.own_prompts.setMaximumHeight(80)
        form = QFormLayout(self)
        for label, widget in (
            (tr("Compare", "Prompt tokens (pp):"), self.n_prompt),
            (tr("Compare", "Generated tokens (tg):"), self.n_gen),
            (tr("Compare", "Repetitions:"), self.repetitions),
            (tr("Compare", "Perplexity chunks:"), self.chunks),
            (tr("Compare", "Tokens per chunk:"), self.chunk_tokens),
        ):
            caption = QLabel(label)
            caption.setToolTip(widget.toolTip())
            form.addRow(caption, widget)
        texts_caption = QLabel(tr("Compare", "Evaluation texts:"))
        texts_caption.setToolTip(self.texts.toolTip())
        form.addRow(texts_caption)  # the four languages get the form's whole width, two to a row
        form.addRow(self.texts)
        form.addRow(self.own_prompts)

    def use_profile(self, profile: str) -> None:
        """Measure as ``profile`` says: :data:`~workbench.compare.teaching.TEACHING` shows the teaching ladder's
        quick amounts in the form (the person's own are kept); "" puts the person's own back."""
        spins = (self.n_prompt, self.n_gen, self.repetitions, self.chunks, self.chunk_tokens)
        if profile == TEACHING and self._own is None:
            self._own = tuple(spin.value() for spin in spins)
            quick = teaching_settings(CompareSettings(repetitions=self.repetitions.value()))
            values = (quick.n_prompt, quick.n_gen, quick.repetitions, quick.max_chunks, quick.chunk_tokens)
            for spin, value in zip(spins, values, strict=True):
                spin.setValue(value)
        elif not profile and self._own is not None:
            for spin, value in zip(spins, self._own, strict=True):
                spin.setValue(value)
            self._own = None
        self.profile = profile

    def retranslate_texts(self) -> None:
        """After a language switch: the tooltips made of two explanations, on each field and its caption."""
        form = self.layout()
        for widget, tip in (
            (self.n_prompt, tr("Compare", "Prompt tokens read per speed run.\n") + EXPLAIN["prompt"]),
            (self.n_gen, tr("Compare", "New tokens written per speed run.\n") + EXPLAIN["generation"]),
            (self.repetitions, EXPLAIN["repetitions"]),
            (self.chunks, EXPLAIN["chunks"] + "\n" + EXPLAIN["perplexity"]),
        ):
            widget.setToolTip(tip)
            caption = form.labelForField(widget) if isinstance(form, QFormLayout) else None
            if caption is not None:
                caption.setToolTip(tip)

    def settings(self, baseline: str | None, standard_prompts: list[str], threads: int = 0) -> CompareSettings:
        own = [line.strip() for line in self.own_prompts.toPlainText().splitlines() if line.strip()]
        prompts = standard_prompts + [p for p in own if p not in standard_prompts]
        texts = self.texts.texts() or [BUNDLED]
        settings = CompareSettings(
            n_prompt=self.n_prompt.value(),
            n_gen=self.n_gen.value(),
            repetitions=self.repetitions.value(),
            max_chunks=self.chunks.value(),
            chunk_tokens=self.chunk_tokens.value(),
            threads=threads,
            baseline=baseline,
            prompts=prompts,
            evaluation_text=texts[0],
            evaluation_texts=texts if len(texts) > 1 else [],
        )
        return teaching_settings(settings, standard_prompts) if self.profile == TEACHING else settings

    def show_settings(self, settings: CompareSettings, standard_prompts: list[str]) -> None:
        """Fill the form from a reopened run's settings (they become the form's own)."""
        self._own, self.profile = None, ""
        self.n_prompt.setValue(settings.n_prompt)
        self.n_gen.setValue(settings.n_gen)
        self.repetitions.setValue(settings.repetitions)
        self.chunks.setValue(settings.max_chunks)
        self.chunk_tokens.setValue(settings.chunk_tokens)
        self.texts.set_texts(settings.texts())
        own = [p for p in settings.prompts if p not in standard_prompts]
        self.own_prompts.setPlainText("\n".join(own))
