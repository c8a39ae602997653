"""The status bar: which model is loaded, on what backend/device/threads, and the engine's memory."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from ui.i18n import format_integer, tr, tr_noop
from ui.model.engine_use import EngineUseLabel
from ui.model.session import ModelSession
from ui.untrusted import one_line, tooltip
from workbench.backends import BackendChoice
from workbench.engine.protocol import LoadedModel
from workbench.model_info import format_bytes

POLL_MS = 1000
NAME_LIMIT = 48
"""Characters of a model's name in the status bar (the whole name is in the tooltip)."""
BACKEND_TOOLTIP = tr_noop("Model", "Which program runs the model, on which device, with how many threads")


def loaded_tooltip(loaded: LoadedModel, choice: BackendChoice | None) -> str:
    """Which backend runs the model and why, the load options in force, and what the backend changed."""
    lines = [tr("Model", BACKEND_TOOLTIP) + "."]
    if choice is not None:
        lines.append(choice.text())
    if loaded.options is not None:
        lines += ["", tr("Model", "Loaded with:"), *(f"  {line}" for line in loaded.options.summary_lines())]
    elif loaded.context_length:
        lines += [
            "",
            tr("Model", "Context: {context_length} tokens").format(
                context_length=format_integer(loaded.context_length)
            ),
        ]
    if loaded.threads_detail:
        lines.append(tr("Model", "  Threads in use: {threads_detail}").format(threads_detail=loaded.threads_detail))
    if loaded.huge_pages:
        lines.append(tr("Model", "  Memory pages: 2 MB (the processor finds the weights faster)"))
    lines += [tr("Model", "Note: {note}").format(note=note) for note in loaded.notes]
    return "\n".join(lines)


class ModelStatusBar(QStatusBar):
    """Always shows the model state; polls the engine's resident memory about once a second."""

    def __init__(self, session: ModelSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model_label = QLabel()
        self.backend_label = QLabel()
        self.backend_label.setToolTip(tr("Model", BACKEND_TOOLTIP))
        self.memory_label = QLabel()
        for label in (self.model_label, self.backend_label, self.memory_label):  # they may hold a model's name
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.memory_label.setToolTip(
            tr("Model", "Memory the engine process uses right now (model weights, cache and buffers)")
        )
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.engine_use_label = EngineUseLabel(session.engine.turns)
        self.addWidget(self.model_label)
        self.addWidget(self.busy_bar)
        self.addWidget(self.engine_use_label)
        self.addPermanentWidget(self.backend_label)
        self.addPermanentWidget(self.memory_label)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()
        session.load_started.connect(self._on_session_load_started)
        session.loaded.connect(self._on_session_loaded)
        session.load_failed.connect(self._on_session_load_failed)
        session.unloaded.connect(self._on_session_unloaded)
        self._show_unloaded()

    def _show_unloaded(self) -> None:
        self.busy_bar.hide()
        self._show_model(tr("Model", "No model loaded"))
        self.backend_label.setText("")
        self.backend_label.setToolTip(tr("Model", BACKEND_TOOLTIP))
        self._on_timer_timeout()

    def _show_model(self, text: str, name: str = "") -> None:
        """``text`` in the model label; a name too long to show whole goes in its tooltip."""
        self.model_label.setText(text)
        self.model_label.setToolTip(tooltip(name) if len(name) > NAME_LIMIT else "")

    @Slot(str)
    def _on_session_load_started(self, name: str) -> None:
        self._show_model(tr("Model", "Loading {name}…").format(name=one_line(name, NAME_LIMIT)), name)
        self.busy_bar.show()

    @Slot(object)
    def _on_session_loaded(self, loaded: Any) -> None:
        self.busy_bar.hide()
        self._show_model(
            tr("Model", "Model: {model_name}").format(model_name=one_line(self._session.model_name, NAME_LIMIT)),
            self._session.model_name,
        )
        self.backend_label.setText(one_line(loaded.description))
        self.backend_label.setToolTip(tooltip(loaded_tooltip(loaded, self._session.choice)))
        self._on_timer_timeout()

    def show_loaded(self) -> None:
        """Show the loaded model's details again (its threads were measured anew)."""
        loaded = self._session.engine.loaded
        if loaded is not None and self._session.is_loaded:
            self._on_session_loaded(loaded)

    def retranslate_texts(self) -> None:
        """After a language switch: write the model line, its details and the memory line anew."""
        if self._session.is_busy:
            return  # loading: the next step writes them
        if self._session.is_loaded:
            self.show_loaded()
        else:
            self._show_unloaded()
        self._on_timer_timeout()

    @Slot(str)
    def _on_session_load_failed(self, reason: str) -> None:
        if self._session.is_loaded:
            self.busy_bar.hide()
            self._show_model(
                tr("Model", "Model: {model_name}").format(model_name=one_line(self._session.model_name, NAME_LIMIT)),
                self._session.model_name,
            )
        else:
            self._show_unloaded()

    @Slot()
    def _on_session_unloaded(self) -> None:
        if not self._session.is_busy:
            self._show_unloaded()

    @Slot()
    def _on_timer_timeout(self) -> None:
        remote = getattr(self._session.engine, "remote_model", None)
        if remote is not None:  # an endpoint's model: its memory is on the server
            self.memory_label.setText(tr("Model", "Model memory: on {host}").format(host=one_line(remote.host)))
            return
        rss = self._session.engine.rss()
        self.memory_label.setText(
            tr("Model", "Engine memory: {rss}").format(rss=format_bytes(rss))
            if rss is not None
            else tr("Model", "Engine: not running")
        )
