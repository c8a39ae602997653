"""System prompt, sampling parameters and load options, each explained in plain words, with presets.

The panel edits the :class:`~workbench.live_settings.LiveSettings` it is given, and shows changes made elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr, tr_noop
from ui.params.live import SettingsSignals
from ui.untrusted import one_line, tooltip
from workbench.engine.options import FLASH_ATTENTION_MODES, KV_CACHE_LABELS, KV_CACHE_TYPES, LoadOptions
from workbench.engine.pages import WEIGHTS_MODES
from workbench.live_settings import LiveSettings
from workbench.sampling import PRESETS, SamplingParams
from workbench.settings import Settings

CUSTOM = tr_noop("Parameters", "Custom")
KEPT_BY_PRESETS = ("max_tokens", "seed")
"""Sampling fields a preset does not change."""
NEXT_LOAD = tr_noop("Parameters", "Takes effect when the model is next loaded.")
NEXT_LOAD_FIELDS = (
    "context_length",
    "threads",
    "batch_size",
    "ubatch_size",
    "gpu_layers",
    "flash_attention",
    "kv_cache_type",
    "weights",
)
"""Loading settings: their tooltips add :data:`NEXT_LOAD`."""
PRESET_NAMES = (tr_noop("Parameters", "Precise"), tr_noop("Parameters", "Balanced"), tr_noop("Parameters", "Creative"))
"""The core's preset names (``workbench.sampling.PRESETS``), marked here so the window can translate them."""
OWN_NAME_LIMIT = 60
"""Characters of a model's name in the tooltip of "Only for this model" (the name is the file's: untrusted)."""

TIPS: dict[str, str] = {
    "temperature": tr_noop(
        "Parameters",
        "How adventurous the wording is. Low (0.2) picks the most likely words and repeats itself "
        "less randomly; high (1.0+) surprises more and errs more. 0 always picks the most likely word.",
    ),
    "top_p": tr_noop(
        "Parameters",
        "Only consider the most likely words that together make up this share of the chances. "
        "Lower keeps the reply on safer ground.",
    ),
    "top_k": tr_noop(
        "Parameters", "Only consider this many of the most likely next words. Smaller is safer, larger more varied."
    ),
    "min_p": tr_noop(
        "Parameters",
        "Ignore words much less likely than the best one (below this fraction of its chance). "
        "Cuts off nonsense while keeping variety.",
    ),
    "repeat_penalty": tr_noop(
        "Parameters", "Discourages repeating the same words. 1.0 means no penalty; 1.1 is a gentle nudge."
    ),
    "max_tokens": tr_noop(
        "Parameters", "The longest reply, in tokens (a token is about ¾ of a word). The reply stops there."
    ),
    "seed": tr_noop(
        "Parameters",
        "The starting point of the randomness. The same seed and settings give the same reply; "
        "-1 draws a new one each time.",
    ),
    "context_length": tr_noop(
        "Parameters",
        "How much text the model can look at at once (your messages and its replies), in tokens. "
        "More needs more memory.",
    ),
    "threads": tr_noop(
        "Parameters",
        "How many processor cores work on the model. Automatic uses every core the computer is not "
        "busy with and re-checks before each reply: sharing a core with another program makes llama.cpp slow "
        "down sharply.",
    ),
    "batch_size": tr_noop(
        "Parameters", "How many prompt tokens llama.cpp hands over at once (llama.cpp's default: 2048)."
    ),
    "ubatch_size": tr_noop(
        "Parameters",
        "How many tokens one step of the computation holds (llama.cpp's default: 512). Larger can "
        "read a long prompt faster and needs more memory.",
    ),
    "gpu_layers": tr_noop(
        "Parameters",
        "How many of the model's layers run on the graphics processor; -1 puts all of them there when "
        "this computer's llama.cpp has GPU support.",
    ),
    "flash_attention": tr_noop(
        "Parameters",
        "A faster way to compute attention. Auto (llama.cpp's default) uses it where the device "
        "supports it, as every processor does.",
    ),
    "kv_cache_type": tr_noop(
        "Parameters",
        "How the model's memory of the conversation is stored. Q8_0 takes about half the memory of "
        "F16 (twice the context in the same room), Q4_0 about a quarter, at a small cost in quality; both need flash "
        "attention.",
    ),
    "weights": tr_noop(
        "Parameters",
        "Where the model's weights are kept. Mapped (llama.cpp's default): read from the file as they are needed, and "
        "the computer can let them go when memory runs short. In memory: read in whole, in large memory pages where "
        "the system offers them, so replies come faster. Automatic reads them in where that helps and the model "
        "takes at most half the free memory.",
    ),
}

LABELS: dict[str, str] = {
    "temperature": tr_noop("Parameters", "Temperature"),
    "top_p": "Top-p",
    "top_k": "Top-k",
    "min_p": "Min-p",
    "repeat_penalty": tr_noop("Parameters", "Repeat penalty"),
    "max_tokens": tr_noop("Parameters", "Max tokens"),
    #: The random seed of sampling.
    "seed": tr_noop("Parameters", "Seed"),
    "context_length": tr_noop("Parameters", "Context length"),
    "threads": tr_noop("Parameters", "Threads"),
    "batch_size": tr_noop("Parameters", "Batch size"),
    "ubatch_size": "Micro-batch",
    "gpu_layers": tr_noop("Parameters", "GPU layers"),
    "flash_attention": tr_noop("Parameters", "Flash attention"),
    "kv_cache_type": tr_noop("Parameters", "KV cache"),
    #: Where the model's weights are kept: mapped from the file, or read into memory.
    "weights": tr_noop("Parameters", "Weights"),
}

SAMPLING_RANGES: dict[str, tuple[float, float, float]] = {
    "temperature": (0.0, 2.0, 0.05),
    "top_p": (0.0, 1.0, 0.01),
    "min_p": (0.0, 1.0, 0.01),
    "repeat_penalty": (0.8, 2.0, 0.01),
    "top_k": (0, 1000, 1),
    "max_tokens": (1, 32768, 16),
    "seed": (-1, 2**31 - 1, 1),
}
LOAD_RANGES: dict[str, tuple[int, int, int]] = {
    "context_length": (128, 131072, 256),
    "threads": (0, 256, 1),
    "batch_size": (32, 8192, 256),
    "ubatch_size": (32, 8192, 128),
    "gpu_layers": (-1, 999, 1),
}
WEIGHTS_LABELS = {
    #: Weights: the app decides.
    "auto": tr_noop("Parameters", "Automatic"),
    #: Weights: the model file mapped into memory.
    "map": tr_noop("Parameters", "Mapped from the file"),
    #: Weights: read into the engine's memory.
    "read": tr_noop("Parameters", "In memory"),
}
FLASH_LABELS = {
    #: Flash attention: llama.cpp decides.
    "auto": tr_noop("Parameters", "Auto"),
    #: Flash attention: on.
    "on": tr_noop("Parameters", "On"),
    #: Flash attention: off.
    "off": tr_noop("Parameters", "Off"),
}


class ParametersPanel(QWidget):
    """Edits the sampling parameters, the load options and the system prompt of a :class:`LiveSettings`.

    Signals (GUI thread):
        params_changed(object): the new ``SamplingParams`` after any sampling field or preset changed.
        load_options_changed(object): the new ``LoadOptions`` after any load option changed.
        system_prompt_changed(str): the system prompt's new text.
    """

    params_changed = Signal(object)
    """The new SamplingParams."""
    load_options_changed = Signal(object)
    """The new LoadOptions."""
    system_prompt_changed = Signal(str)
    """The new system prompt."""

    def __init__(self, settings: LiveSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._updating = False
        self.system_prompt_edit = QPlainTextEdit()
        self.system_prompt_edit.setToolTip(
            tr(
                "Parameters",
                "Instructions the model reads before the conversation, e.g. “Answer in one short paragraph.”",
            )
        )
        self.system_prompt_edit.setMaximumHeight(90)
        self.preset_box = QComboBox()
        for preset in (*PRESETS, CUSTOM):
            self.preset_box.addItem(tr("Parameters", preset), preset)
        self.preset_box.setToolTip(
            tr(
                "Parameters",
                "Ready-made settings: Precise for facts and code, Balanced for chat, Creative for stories.",
            )
        )
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self._tipped: list[tuple[str, QWidget, QWidget]] = []
        self._model_name = ""
        form = QFormLayout()
        form.addRow(tr("Parameters", "Preset"), self.preset_box)
        for name, (low, high, step) in SAMPLING_RANGES.items():
            self._add_spin(form, name, low, high, step, isinstance(getattr(SamplingParams(), name), float))
        load_form = QFormLayout()
        for name, (ilow, ihigh, istep) in LOAD_RANGES.items():
            self._add_spin(load_form, name, ilow, ihigh, istep, False)
        self.fields["gpu_layers"].setSpecialValueText(tr("Parameters", "all", "GPU layers: every layer"))
        self.fields["threads"].setSpecialValueText(tr("Parameters", "automatic", "threads: chosen by the app"))
        flash_items = [(tr("Parameters", FLASH_LABELS[m]), m) for m in FLASH_ATTENTION_MODES]
        self.flash_box = self._add_combo(load_form, "flash_attention", flash_items)
        self.kv_box = self._add_combo(load_form, "kv_cache_type", [(KV_CACHE_LABELS[t], t) for t in KV_CACHE_TYPES])
        weights_items = [(tr("Parameters", WEIGHTS_LABELS[m]), m) for m in WEIGHTS_MODES]
        self.weights_box = self._add_combo(load_form, "weights", weights_items)
        self._model_path: str | None = None
        self.own_box = QCheckBox(tr("Parameters", "Only for this model"))
        self.own_box.setToolTip(
            tr(
                "Parameters",
                "Keep these loading settings for the loaded model alone: it is loaded with them every time, and other "
                "models keep the usual ones. Untick to go back to the usual settings.",
            )
        )
        self.own_box.setVisible(False)
        self.own_box.toggled.connect(self._on_own_box_toggled)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Parameters", "System prompt")))
        layout.addWidget(self.system_prompt_edit)
        layout.addLayout(form)
        loading = QLabel(tr("Parameters", "<b>Loading</b> (takes effect at the next load)"))
        layout.addWidget(loading)
        layout.addWidget(self.own_box)
        layout.addLayout(load_form)
        layout.addStretch(1)
        self.preset_box.currentIndexChanged.connect(self._on_preset_box_current_index_changed)
        self.system_prompt_edit.textChanged.connect(self._on_system_prompt_edit_text_changed)
        self._signals = SettingsSignals(settings, self)
        self._signals.changed.connect(self._on_settings_changed)
        self._show(settings.value)

    def _add_spin(self, form: QFormLayout, name: str, low: float, high: float, step: float, real: bool) -> None:
        spin: QSpinBox | QDoubleSpinBox
        if real:
            spin = QDoubleSpinBox()
            spin.setDecimals(2)
            spin.setRange(low, high)
            spin.setSingleStep(step)
        else:
            spin = QSpinBox()
            spin.setRange(int(low), int(high))
            spin.setSingleStep(int(step))
        if name == "seed":
            spin.setSpecialValueText(tr("Parameters", "random", "seed: a new one each time"))
        spin.setToolTip(_tip(name))
        label = QLabel(tr("Parameters", LABELS[name]))
        label.setToolTip(_tip(name))
        self._tipped.append((name, spin, label))
        form.addRow(label, spin)
        self.fields[name] = spin
        spin.valueChanged.connect(self._on_field_value_changed)

    def _add_combo(self, form: QFormLayout, name: str, items: Sequence[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        for text, value in items:
            box.addItem(text, value)
        box.setToolTip(_tip(name))
        label = QLabel(tr("Parameters", LABELS[name]))
        label.setToolTip(_tip(name))
        self._tipped.append((name, box, label))
        form.addRow(label, box)
        box.currentIndexChanged.connect(self._on_field_value_changed)
        return box

    # -- reading and showing ---------------------------------------------------------------------

    def params(self) -> SamplingParams:
        values: dict[str, Any] = {name: self.fields[name].value() for name in SAMPLING_RANGES}
        return SamplingParams(**values)

    def load_options(self) -> LoadOptions:
        """The load options the fields show: the loaded model's own when "Only for this model" is ticked."""
        values: dict[str, Any] = {name: self.fields[name].value() for name in LOAD_RANGES}
        return self._shown_load(self._settings.value).with_changes(
            **values, flash_attention=self.flash_box.currentData(), kv_cache_type=self.kv_box.currentData(),
            weights=self.weights_box.currentData(),
        )

    def set_model(self, path: str | None, name: str = "") -> None:
        """The model now loaded (None: none, or one on an endpoint): "Only for this model" then applies to it,
        and the fields show the options it is loaded with."""
        self._model_path = path
        self._model_name = name
        self.own_box.setVisible(path is not None)
        self._show_own_tip()
        self._show(self._settings.value)

    def retranslate_texts(self) -> None:
        """After a language switch: the fields' tooltips (two sentences each) and "Only for this model"'s."""
        for name, field, label in self._tipped:
            field.setToolTip(_tip(name))
            label.setToolTip(_tip(name))
        self._show_own_tip()

    def _show_own_tip(self) -> None:
        name = self._model_name
        if name:
            text = tr(
                "Parameters",
                "Keep these loading settings for the loaded model ({name}) alone: it is loaded with them every "
                "time, and other models keep the usual ones. Untick to go back to the usual settings.",
            ).format(name=one_line(name, OWN_NAME_LIMIT))
        else:
            text = tr(
                "Parameters",
                "Keep these loading settings for the loaded model alone: it is loaded with them every "
                "time, and other models keep the usual ones. Untick to go back to the usual settings.",
            )
        self.own_box.setToolTip(
            tooltip(  # the name is untrusted: escaped, never rich text
                text
            )
        )

    def _shown_load(self, settings: Settings) -> LoadOptions:
        return settings.load_for(self._model_path) if self._model_path is not None else settings.load

    def system_prompt(self) -> str:
        return self.system_prompt_edit.toPlainText()

    def _show(self, settings: Settings) -> None:
        self._updating = True
        try:
            for name in SAMPLING_RANGES:
                self.fields[name].setValue(getattr(settings.sampling, name))
            load = self._shown_load(settings)
            for name in LOAD_RANGES:
                self.fields[name].setValue(getattr(load, name))
            self.flash_box.setCurrentIndex(max(0, self.flash_box.findData(load.flash_attention)))
            self.kv_box.setCurrentIndex(max(0, self.kv_box.findData(load.kv_cache_type)))
            self.weights_box.setCurrentIndex(max(0, self.weights_box.findData(load.weights)))
            self.own_box.setChecked(self._model_path is not None and settings.has_own_load(self._model_path))
            self.preset_box.setCurrentIndex(self.preset_box.findData(_preset_of(settings.sampling)))
            if self.system_prompt_edit.toPlainText() != settings.system_prompt:
                self.system_prompt_edit.setPlainText(settings.system_prompt)
        finally:
            self._updating = False

    # -- edits ---------------------------------------------------------------------------------

    @Slot(object, object)
    def _on_settings_changed(self, settings: Settings, changed: frozenset[str]) -> None:
        if not self._updating and changed & {"sampling", "load", "model_load", "system_prompt"}:
            self._show(settings)

    @Slot()
    def _on_field_value_changed(self) -> None:
        if self._updating:
            return
        params, options = self.params(), self.load_options()
        self._updating = True
        try:
            self.preset_box.setCurrentIndex(self.preset_box.findData(_preset_of(params)))
            if self.own_box.isChecked() and self._model_path is not None:
                own = self._settings.value.with_model_load(self._model_path, options).model_load
                changed = self._settings.update(sampling=params, model_load=own)
            else:
                changed = self._settings.update(sampling=params, load=options)
        finally:
            self._updating = False
        if "sampling" in changed:
            self.params_changed.emit(params)
        if changed & {"load", "model_load"}:
            self.load_options_changed.emit(options)

    @Slot(bool)
    def _on_own_box_toggled(self, checked: bool) -> None:
        if self._updating or self._model_path is None:
            return
        settings = self._settings.value
        own = settings.with_model_load(self._model_path, self.load_options() if checked else None).model_load
        self._settings.update(model_load=own)  # unticked: the fields show the usual options again
        self.load_options_changed.emit(self._settings.value.load_for(self._model_path))

    @Slot(int)
    def _on_preset_box_current_index_changed(self, _index: int) -> None:
        name = self.preset_box.currentData()
        if self._updating or name not in PRESETS:
            return
        current = self.params()
        params = PRESETS[name].with_changes(**{field: getattr(current, field) for field in KEPT_BY_PRESETS})
        self._updating = True
        try:
            for field in SAMPLING_RANGES:
                self.fields[field].setValue(getattr(params, field))
            self._settings.update(sampling=params)
        finally:
            self._updating = False
        self.params_changed.emit(params)

    @Slot()
    def _on_system_prompt_edit_text_changed(self) -> None:
        if self._updating:
            return
        text = self.system_prompt()
        self._updating = True
        try:
            self._settings.update(system_prompt=text)
        finally:
            self._updating = False
        self.system_prompt_changed.emit(text)


def _tip(name: str) -> str:
    """The tooltip of the field ``name``, in the window's language."""
    tip = tr("Parameters", TIPS[name])
    return f"{tip} {tr('Parameters', NEXT_LOAD)}" if name in NEXT_LOAD_FIELDS else tip


def _preset_of(params: SamplingParams) -> str:
    """The preset whose sampling fields ``params`` has, else "Custom"."""
    for name, preset in PRESETS.items():
        kept = {field: getattr(params, field) for field in KEPT_BY_PRESETS}
        if preset.with_changes(**kept) == params:
            return name
    return CUSTOM
