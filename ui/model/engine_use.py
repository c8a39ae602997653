"""Who else uses the engine: a status-bar line for the chat's side (the local server answers a request, and the
chat's reply waits its turn)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

from workbench.server.turns import CHAT, EngineTurns, engine_use

POLL_MS = 250


class EngineUseLabel(QLabel):
    """Empty while no one but the chat uses the engine; else says who does, read from ``turns`` four times a
    second (reading the turns never waits)."""

    def __init__(self, turns: EngineTurns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._turns = turns
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        text = engine_use(self._turns.holder, self._turns.waiting, CHAT)
        if text != self.text():
            self.setText(text)
