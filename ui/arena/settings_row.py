"""How the next question is asked in the Arena: one after another or all at once, greedy or sampled with one seed,
how long a reply may be, and blind mode."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QWidget

from ui.i18n import tr, tr_noop
from workbench.arena.plan import RunMode
from workbench.arena.session import ARENA_SAMPLING
from workbench.sampling import SamplingParams

MODES: tuple[tuple[RunMode, str, str], ...] = (
    (
        "in turn",
        tr_noop("Arena", "One after another"),
        tr_noop("Arena", "Each model gets the whole computer in its turn: honest speeds."),
    ),
    (
        "at once",
        tr_noop("Arena", "All at once"),
        tr_noop(
            "Arena",
            "Every model that fits next to the others answers at the same time: they share the "
            "processor, so each is slower than alone.",
        ),
    ),
)
SAMPLING_DICE = replace(ARENA_SAMPLING, temperature=0.7, top_p=0.95, top_k=40, min_p=0.05, repeat_penalty=1.1)
"""With "Greedy" off: the chat's balanced settings, still one seed for every column."""


class RoundSettings(QWidget):
    """The settings row of the Arena (the same for every column: fair by default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox()
        for mode, text, tip in MODES:
            self.mode.addItem(tr("Arena", text), mode)
            self.mode.setItemData(self.mode.count() - 1, tr("Arena", tip), Qt.ItemDataRole.ToolTipRole)
        #: Check box: every model picks its most likely next word (greedy decoding).
        self.greedy = QCheckBox(tr("Arena", "Greedy"))
        self.greedy.setChecked(True)
        self.greedy.setToolTip(
            tr(
                "Arena",
                "Every model picks its most likely next word: differences come from the model, not "
                "the dice. Off: sampled, with the same seed for every column.",
            )
        )
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(ARENA_SAMPLING.seed)
        #: Prefix of a number box, 'seed 42': the random seed. Keep the trailing space.
        self.seed.setPrefix(tr("Arena", "seed "))
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(8, 4096)
        self.max_tokens.setValue(ARENA_SAMPLING.max_tokens)
        #: Suffix of a number box, '256 tokens at most'. Keep the leading space.
        self.max_tokens.setSuffix(tr("Arena", " tokens at most"))
        #: Check box: hide which model wrote which answer until the vote.
        self.blind = QCheckBox(tr("Arena", "Blind"))
        self.blind.setToolTip(
            tr("Arena", "Show the answers as A, B, C, D in a shuffled order; the class votes, then Reveal.")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.mode, self.greedy, self.seed, self.max_tokens, self.blind):
            layout.addWidget(widget)
        layout.addStretch(1)

    def run_mode(self) -> RunMode:
        mode: RunMode = self.mode.currentData()
        return mode

    def params(self) -> SamplingParams:
        """The sampling settings every column gets."""
        base = ARENA_SAMPLING if self.greedy.isChecked() else SAMPLING_DICE
        return replace(base, seed=self.seed.value(), max_tokens=self.max_tokens.value())
