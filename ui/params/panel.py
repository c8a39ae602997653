"""System prompt and sampling parameters, each explained in plain words, with presets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.sampling import PRESETS, SamplingParams

CUSTOM = "Custom"
RUNTIME_FIELDS = ("context_length", "threads", "max_tokens", "seed")
"""Fields a preset does not change."""

TIPS: dict[str, str] = {
    "temperature": "How adventurous the wording is. Low (0.2) picks the most likely words and repeats itself "
    "less randomly; high (1.0+) surprises more and errs more. 0 always picks the most likely word.",
    "top_p": "Only consider the most likely words that together make up this share of the chances. "
    "Lower keeps the reply on safer ground.",
    "top_k": "Only consider this many of the most likely next words. Smaller is safer, larger more varied.",
    "min_p": "Ignore words much less likely than the best one (below this fraction of its chance). "
    "Cuts off nonsense while keeping variety.",
    "repeat_penalty": "Discourages repeating the same words. 1.0 means no penalty; 1.1 is a gentle nudge.",
    "max_tokens": "The longest reply, in tokens (a token is about ¾ of a word). The reply stops there.",
    "seed": "The starting point of the randomness. The same seed and settings give the same reply; "
    "-1 draws a new one each time.",
    "context_length": "How much text the model can look at at once (your messages and its replies), in tokens. "
    "More needs more memory. Takes effect when the model is next loaded.",
    "threads": "How many processor cores work on the model. Usually best at the number of physical cores. "
    "Takes effect when the model is next loaded.",
}

LABELS: dict[str, str] = {
    "temperature": "Temperature",
    "top_p": "Top-p",
    "top_k": "Top-k",
    "min_p": "Min-p",
    "repeat_penalty": "Repeat penalty",
    "max_tokens": "Max tokens",
    "seed": "Seed",
    "context_length": "Context length",
    "threads": "Threads",
}

_RANGES: dict[str, tuple[float, float, float]] = {
    "temperature": (0.0, 2.0, 0.05),
    "top_p": (0.0, 1.0, 0.01),
    "min_p": (0.0, 1.0, 0.01),
    "repeat_penalty": (0.8, 2.0, 0.01),
    "top_k": (0, 1000, 1),
    "max_tokens": (1, 32768, 16),
    "seed": (-1, 2**31 - 1, 1),
    "context_length": (128, 131072, 256),
    "threads": (1, 256, 1),
}


class ParametersPanel(QWidget):
    """Edits a :class:`SamplingParams` and the system prompt.

    Signals (GUI thread):
        params_changed(object): the new ``SamplingParams`` after any field or preset changed.
        system_prompt_changed(str): the system prompt's new text.
    """

    params_changed = Signal(object)
    """The new SamplingParams."""
    system_prompt_changed = Signal(str)
    """The new system prompt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self.system_prompt_edit = QPlainTextEdit()
        self.system_prompt_edit.setToolTip(
            "Instructions the model reads before the conversation, e.g. “Answer in one short paragraph.”"
        )
        self.system_prompt_edit.setMaximumHeight(90)
        self.preset_box = QComboBox()
        self.preset_box.addItems([*PRESETS, CUSTOM])
        self.preset_box.setToolTip(
            "Ready-made settings: Precise for facts and code, Balanced for chat, Creative for stories."
        )
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        form = QFormLayout()
        form.addRow("Preset", self.preset_box)
        for name, (low, high, step) in _RANGES.items():
            spin: QSpinBox | QDoubleSpinBox
            if isinstance(getattr(SamplingParams(), name), float):
                spin = QDoubleSpinBox()
                spin.setDecimals(2)
                spin.setRange(low, high)
                spin.setSingleStep(step)
            else:
                spin = QSpinBox()
                spin.setRange(int(low), int(high))
                spin.setSingleStep(int(step))
            if name == "seed":
                spin.setSpecialValueText("random")
            spin.setToolTip(TIPS[name])
            label = QLabel(LABELS[name])
            label.setToolTip(TIPS[name])
            form.addRow(label, spin)
            self.fields[name] = spin
            spin.valueChanged.connect(self._on_field_value_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("System prompt"))
        layout.addWidget(self.system_prompt_edit)
        layout.addLayout(form)
        layout.addStretch(1)
        self.preset_box.currentTextChanged.connect(self._on_preset_box_current_text_changed)
        self.system_prompt_edit.textChanged.connect(self._on_system_prompt_edit_text_changed)
        self.set_params(SamplingParams())

    def params(self) -> SamplingParams:
        values: dict[str, Any] = {name: spin.value() for name, spin in self.fields.items()}
        return SamplingParams(**values)

    def set_params(self, params: SamplingParams) -> None:
        self._updating = True
        try:
            for name, spin in self.fields.items():
                spin.setValue(getattr(params, name))
            self.preset_box.setCurrentText(_preset_of(params))
        finally:
            self._updating = False

    def system_prompt(self) -> str:
        return self.system_prompt_edit.toPlainText()

    def set_system_prompt(self, text: str) -> None:
        self.system_prompt_edit.setPlainText(text)

    @Slot()
    def _on_field_value_changed(self) -> None:
        if self._updating:
            return
        params = self.params()
        self._updating = True
        self.preset_box.setCurrentText(_preset_of(params))
        self._updating = False
        self.params_changed.emit(params)

    @Slot(str)
    def _on_preset_box_current_text_changed(self, name: str) -> None:
        if self._updating or name not in PRESETS:
            return
        current = self.params()
        runtime = {field: getattr(current, field) for field in RUNTIME_FIELDS}
        params = PRESETS[name].with_changes(**runtime)
        self.set_params(params)
        self.params_changed.emit(params)

    @Slot()
    def _on_system_prompt_edit_text_changed(self) -> None:
        self.system_prompt_changed.emit(self.system_prompt())


def _preset_of(params: SamplingParams) -> str:
    """The preset whose sampling fields ``params`` has, else "Custom"."""
    for name, preset in PRESETS.items():
        runtime = {field: getattr(params, field) for field in RUNTIME_FIELDS}
        if preset.with_changes(**runtime) == params:
            return name
    return CUSTOM
