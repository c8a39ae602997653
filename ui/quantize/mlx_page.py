"""The wizard's targets page for MLX / safetensors sources: bits, group size and mode for mlx-lm."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.i18n import format_percent, tr, tr_noop
from ui.quantize.pages import WizardState
from workbench.model_info import format_bytes
from workbench.quantize.mlx import (
    MLX_BITS,
    MLX_BITS_HINTS,
    MLX_GROUP_SIZES,
    MlxQuantizeOptions,
)

GROUP_TIP = tr_noop(
    "Quantize",
    "How many weights share one scale. Smaller groups keep more detail and make the file a little "
    "larger; 64 is mlx-lm's default.",
)
MODE_TIP = tr_noop(
    "Quantize",
    "affine: a scale and an offset per group (mlx-lm's default, any bit width). mxfp4: the 4-bit "
    "microscaling float format (4 bits, groups of 32), fast on recent Apple chips.",
)


def _bits_label(bits: int) -> str:
    return tr("Quantize", "{bits} bits").format(bits=bits) + ("  ★" if bits == 4 else "")


class MlxTargetsPage(QWizardPage):
    """Choose the MLX quantization: bits (each with its expected size), group size and mode."""

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setTitle(tr("Quantize", "How small should the MLX version be?"))
        self.setSubTitle(
            tr(
                "Quantize",
                "mlx-lm stores each weight in fewer bits. Fewer bits: a smaller, faster model that "
                "answers a little worse.",
            )
        )
        self._bits = QButtonGroup(self)
        self._sizes: dict[int, QLabel] = {}
        box = QGroupBox(tr("Quantize", "Bits per weight"))
        grid = QGridLayout(box)
        for row, bits in enumerate(MLX_BITS):
            radio = QRadioButton(_bits_label(bits))
            self._bits.addButton(radio, bits)
            size = QLabel()
            hint = QLabel(tr("Quantize", MLX_BITS_HINTS[bits]))
            hint.setWordWrap(True)
            grid.addWidget(radio, row, 0)
            grid.addWidget(size, row, 1)
            grid.addWidget(hint, row, 2)
            self._sizes[bits] = size
        grid.setColumnStretch(2, 1)
        self._bits.button(4).setChecked(True)
        self._bits.idToggled.connect(self._on_bits_id_toggled)
        self.group_combo = QComboBox()
        for g in MLX_GROUP_SIZES:
            self.group_combo.addItem(str(g), g)
        self.group_combo.setCurrentIndex(MLX_GROUP_SIZES.index(64))
        self.group_combo.setToolTip(tr("Quantize", GROUP_TIP))
        self.group_combo.currentIndexChanged.connect(self._on_group_combo_current_index_changed)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(tr("Quantize", "affine (default)"), "affine")
        self.mode_combo.addItem(tr("Quantize", "mxfp4 (4-bit float, groups of 32)"), "mxfp4")
        self.mode_combo.setToolTip(tr("Quantize", MODE_TIP))
        self.mode_combo.currentIndexChanged.connect(self._on_mode_combo_current_index_changed)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(tr("Quantize", "Group size:"), self.group_combo)
        form.addRow(tr("Quantize", "Mode:"), self.mode_combo)
        self.total = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(self.total)
        layout.addStretch(1)

    def retranslate_texts(self) -> None:
        """After a language switch: the bit widths' labels (a number in a sentence) anew."""
        for bits in MLX_BITS:
            button = self._bits.button(bits)
            if button is not None:
                button.setText(_bits_label(bits))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._refresh()

    def options(self) -> MlxQuantizeOptions:
        mode = str(self.mode_combo.currentData())
        if mode == "mxfp4":
            return MlxQuantizeOptions(bits=4, group_size=32, mode=mode)
        return MlxQuantizeOptions(self._bits.checkedId(), int(self.group_combo.currentData()), mode)

    def set_options(self, bits: int, group_size: int = 64, mode: str = "affine") -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        self.group_combo.setCurrentIndex(self.group_combo.findData(group_size))
        self._bits.button(bits).setChecked(True)
        self._refresh()

    def _refresh(self) -> None:
        source = self._state.mlx_source
        mxfp4 = self.mode_combo.currentData() == "mxfp4"
        for bits, label in self._sizes.items():
            self._bits.button(bits).setEnabled(not mxfp4 or bits == 4)
            if source is None:
                label.setText("")
                continue
            group = 32 if mxfp4 else int(self.group_combo.currentData())
            mode = "mxfp4" if mxfp4 and bits == 4 else "affine"
            predicted = self._state.mlx_predictions.get(MlxQuantizeOptions(bits, group, mode), 0)
            ratio = predicted / source.file_bytes if source.file_bytes else 0
            label.setText(
                tr("Quantize", "about {predicted} ({ratio} of the source)").format(
                    predicted=format_bytes(predicted), ratio=format_percent(ratio, 0)
                )
            )
        if mxfp4:
            self._bits.button(4).setChecked(True)
        self.group_combo.setEnabled(not mxfp4)
        self._state.mlx_options = self.options()
        if source is not None:
            o = self._state.mlx_options
            self.total.setText(
                tr(
                    "Quantize", "{bits} bits, groups of {group_size}, {mode}: about {size} (the source is {file_bytes})"
                ).format(
                    bits=o.bits,
                    group_size=o.group_size,
                    mode=o.mode,
                    size=format_bytes(self._state.mlx_predictions.get(o, 0)),
                    file_bytes=format_bytes(source.file_bytes),
                )
            )

    @Slot(int, bool)
    def _on_bits_id_toggled(self, bits: int, checked: bool) -> None:
        if checked:
            self._refresh()

    @Slot(int)
    def _on_group_combo_current_index_changed(self, index: int) -> None:
        self._refresh()

    @Slot(int)
    def _on_mode_combo_current_index_changed(self, index: int) -> None:
        self._refresh()

    def nextId(self) -> int:  # noqa: N802 - Qt API
        from ui.quantize.wizard import QuantizeWizard

        return QuantizeWizard.OPTIONS
