"""The importance-matrix choice of the targets page: none, an existing file, or computed from a text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ui.i18n import tr, tr_noop
from ui.untrusted import tooltip
from workbench.evaltext import BUNDLED
from workbench.quantize.plan import DEFAULT_IMATRIX_CHUNKS

IMATRIX_TIP = tr_noop(
    "Quantize",
    "An importance matrix records which numbers of the model matter most on real text. The smallest formats "
    "(2- and 3-bit i-quants) need one to keep the model usable; the others get a little better with one.",
)
TEXT_CHOICES = {
    BUNDLED: tr_noop("Quantize", "The English evaluation text (prose from Python's help pages)"),
    "da": tr_noop("Quantize", "The Danish evaluation text"),
    "nb": tr_noop("Quantize", "The Norwegian (Bokmål) evaluation text"),
    "sv": tr_noop("Quantize", "The Swedish evaluation text"),
}
"""The texts that ship with the app, as the list offers them (the key is what the importance matrix job takes)."""
TEXT_TIP = tr_noop(
    "Quantize",
    "The importance matrix learns which numbers matter from this text. Choose the language the model will "
    "mostly be used in: a matrix made from Danish text keeps what matters for Danish.",
)
HINT = tr_noop(
    "Quantize",
    "Computed before quantizing by running the model over the text, {chunks} chunks of 512 tokens at most. "
    "It is saved next to the new files (NAME.imatrix.gguf) so you can reuse it.",
)


class ImatrixBox(QGroupBox):
    """Choose how quantization gets an importance matrix.

    Signals (GUI thread):
        changed(): the choice changed (mode, file, text or chunk count).
    """

    changed = Signal()
    """The choice changed: read :meth:`mode`, :meth:`file_path`, :meth:`text_source`, :meth:`chunks`."""

    NONE, FILE, COMPUTE = "none", "file", "compute"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Quantize", "Importance matrix (optional; the 2- and 3-bit i-quants need one)"), parent)
        self.setToolTip(tr("Quantize", IMATRIX_TIP))
        #: Importance matrix: none (a radio button).
        self.none_radio = QRadioButton(tr("Quantize", "None"))
        self.file_radio = QRadioButton(tr("Quantize", "Use a file:"))
        self.compute_radio = QRadioButton(tr("Quantize", "Compute one from a text:"))
        self._group = QButtonGroup(self)
        for button in (self.none_radio, self.file_radio, self.compute_radio):
            self._group.addButton(button)
        self.none_radio.setChecked(True)
        self._group.buttonToggled.connect(self._on_group_button_toggled)

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(
            tr("Quantize", "an imatrix file made by llama-imatrix or by this app (.gguf or .dat)")
        )
        self.file_button = QPushButton(tr("Quantize", "Choose…"))
        self.file_button.clicked.connect(self._on_file_button_clicked)

        self.text_combo = QComboBox()
        self.text_combo.setToolTip(tr("Quantize", TEXT_TIP))
        for key, label in TEXT_CHOICES.items():
            self.text_combo.addItem(tr("Quantize", label), key)
        self.text_combo.currentIndexChanged.connect(self._on_text_combo_index_changed)
        self.text_button = QPushButton(tr("Quantize", "Other text…"))
        self.text_button.setToolTip(tr("Quantize", "Choose a UTF-8 .txt file like the text you will use the model for"))
        self.text_button.clicked.connect(self._on_text_button_clicked)
        self.chunks_spin = QSpinBox()
        self.chunks_spin.setRange(1, 1000)
        self.chunks_spin.setValue(DEFAULT_IMATRIX_CHUNKS)
        #: Suffix of a number box, '32 chunks'. Keep the leading space.
        self.chunks_spin.setSuffix(tr("Quantize", " chunks"))
        self.chunks_spin.setToolTip(
            tr("Quantize", "More chunks: a better matrix, computed more slowly (512 tokens each)")
        )
        self.chunks_spin.valueChanged.connect(self._on_chunks_spin_value_changed)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self._text: str = BUNDLED
        self._setting = False

        grid = QGridLayout(self)
        grid.addWidget(self.none_radio, 0, 0)
        grid.addWidget(self.file_radio, 1, 0)
        grid.addWidget(self.file_edit, 1, 1)
        grid.addWidget(self.file_button, 1, 2)
        grid.addWidget(self.compute_radio, 2, 0)
        text_row = QHBoxLayout()
        text_row.addWidget(self.text_combo, 1)
        text_row.addWidget(self.chunks_spin)
        grid.addLayout(text_row, 2, 1)
        grid.addWidget(self.text_button, 2, 2)
        grid.addWidget(self.hint, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self._update_enabled()

    # -- what was chosen --------------------------------------------------------------------------------------------

    def mode(self) -> str:
        if self.file_radio.isChecked() and self.file_edit.text():
            return self.FILE
        if self.compute_radio.isChecked():
            return self.COMPUTE
        return self.NONE

    def file_path(self) -> str | None:
        return self.file_edit.text() or None if self.mode() == self.FILE else None

    def text_source(self) -> str | None:
        """``bundled``, ``da``, ``nb``, ``sv`` or a text file's path when computing, else None."""
        return self._text if self.mode() == self.COMPUTE else None

    def chunks(self) -> int:
        return self.chunks_spin.value()

    # -- setting it -------------------------------------------------------------------------------------------------

    def set_file(self, path: str | None) -> None:
        def show() -> None:
            self.file_edit.setText(path or "")
            (self.file_radio if path else self.none_radio).setChecked(True)

        self._quietly(show)

    def set_compute(self, text: str = BUNDLED, chunks: int | None = None) -> None:
        def apply() -> None:
            self._text = text
            index = self.text_combo.findData(text)
            if index < 0:  # a file of the user's: one entry for it after the texts that ship with the app
                while self.text_combo.count() > len(TEXT_CHOICES):
                    self.text_combo.removeItem(self.text_combo.count() - 1)
                self.text_combo.addItem(Path(text).name, text)
                self.text_combo.setItemData(self.text_combo.count() - 1, tooltip(text), Qt.ItemDataRole.ToolTipRole)
                index = self.text_combo.count() - 1
            self.text_combo.setCurrentIndex(index)
            if chunks is not None:
                self.chunks_spin.setValue(chunks)
            self.compute_radio.setChecked(True)

        self._quietly(apply)

    def _quietly(self, change: Callable[[], object]) -> None:
        """Apply a programmatic change, then say ``changed`` once (not once per widget touched)."""
        self._setting = True
        try:
            change()
        finally:
            self._setting = False
        self._update_enabled()
        self.changed.emit()

    def set_none(self) -> None:
        self.none_radio.setChecked(True)

    def retranslate_texts(self) -> None:
        """After a language switch: the hint with its chunk count anew."""
        self._update_enabled()

    def _update_enabled(self) -> None:
        computing = self.compute_radio.isChecked()
        for w in (self.text_combo, self.text_button, self.chunks_spin, self.hint):
            w.setEnabled(computing)
        self.hint.setText(tr("Quantize", HINT).format(chunks=self.chunks()))

    @Slot(object, bool)
    def _on_group_button_toggled(self, button: object, checked: bool) -> None:
        if not checked or self._setting:
            return
        self._update_enabled()
        if button is self.file_radio and not self.file_edit.text():
            self._on_file_button_clicked()
            return
        self.changed.emit()

    @Slot()
    def _on_file_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Quantize", "Choose an importance matrix"), "", tr("Quantize", "imatrix (*.gguf *.dat)")
        )
        if path:
            self.set_file(path)
        elif not self.file_edit.text():
            self.none_radio.setChecked(True)

    @Slot()
    def _on_text_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Quantize", "Choose a calibration text"), "", tr("Quantize", "Text (*.txt);;All files (*)")
        )
        if path:
            self.set_compute(path)

    @Slot(int)
    def _on_text_combo_index_changed(self, index: int) -> None:
        data = self.text_combo.itemData(index)
        if self._setting or not isinstance(data, str):
            return
        self._text = data
        if self.compute_radio.isChecked():
            self.changed.emit()

    @Slot(int)
    def _on_chunks_spin_value_changed(self, value: int) -> None:
        self._update_enabled()
        if self.compute_radio.isChecked() and not self._setting:
            self.changed.emit()
