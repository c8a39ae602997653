"""The Arena tab: pick two to four models, ask one question, and watch every answer stream side by side.

Fair by default (greedy decoding, one seed for every column); memory first (the sum of the estimates is checked
before anything loads, and what does not fit together runs on its own turn); blind mode for a class (answers
A–D in a shuffled order, a vote, Reveal, a tally across the session, CSV and picture export); the first token
where a variant leaves the baseline's reply is marked in both columns; Present makes the type large.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.arena.column import ArenaColumnView
from ui.arena.divergence_view import DivergenceMapView
from ui.arena.picker import ModelPicker
from ui.arena.rate_chart import ColumnRateChart
from ui.arena.saver import FLUSH_SECONDS, SessionSaver
from ui.arena.settings_row import RoundSettings
from ui.i18n import format_integer, tr
from ui.jobs import JobHandle, JobRunner
from ui.untrusted import one_line
from workbench.arena import blind
from workbench.arena.compare_map import map_from_run
from workbench.arena.divergence import DivergenceMap
from workbench.arena.plan import MAX_COLUMNS, MIN_COLUMNS, RunPlan
from workbench.arena.runner import ColumnUpdate, Contender, RoundRun, apply_update, prepare_round
from workbench.arena.session import ArenaColumn, ArenaRound, ArenaSession
from workbench.arena.store import ArenaStore, ArenaStoreError
from workbench.compare.results import CompareRun
from workbench.compare.store import CompareStore, CompareStoreError
from workbench.endpoints.directory import EndpointDirectory
from workbench.engine.options import LoadOptions
from workbench.errors import WorkbenchError
from workbench.library.entry import LibraryEntry
from workbench.sampling import SamplingParams

SAVE_EVERY_SECONDS = 10.0
"""While columns stream, the session is saved when a column starts, ends or fails, and otherwise at most this often
(a crash loses at most that much of the replies). The window only hands a copy to :class:`SessionSaver`, which
writes it on a thread of its own."""
READ_BACK_SECONDS = 1.0
"""Before the saved sessions are listed or one is reopened, saves under way get this long to end."""
MAX_QUESTION = 8000
"""Characters of a question (a question is typed, not pasted books)."""


class ArenaPanel(QWidget):
    """The Arena. Services come in through the constructor: the job runner, the store of sessions (None: sessions
    are not kept), the library's entries, the load options in force, the saved Compare runs (for divergence maps)
    and the servers set up (for their models); ``model_load_options(path)``, when given, is the load options of one
    model (its own, set "only for this model", else the defaults): each column loads with its model's.
    ``backend_override()``, when given, is the backend setting in force (a local backend's id, or None for
    automatic), read at each question: the columns choose their backend as the chat's model does.

    Signals (GUI thread):
        round_started(object): a round's models were checked and they start loading (its :class:`ArenaRound`).
        round_finished(object): a round ended (its :class:`ArenaRound`, every column final).
        present_changed(bool): Present mode was switched on or off.
        columns_started(list, list): a round's columns began: their names as shown (a letter while blind) and
            their colours, in the order shown.
        columns_renamed(list): the columns are shown under new names (after Reveal).
        column_tokens(int, int, float): the column shown at an index received a number of tokens at a time
            (``time.monotonic()``).
        column_finished(int): the column shown at an index ended (done, stopped or failed).
    """

    round_started = Signal(object)
    """A round began; the argument is its :class:`~workbench.arena.session.ArenaRound` (columns waiting)."""
    round_finished = Signal(object)
    """A round ended; the argument is the finished :class:`~workbench.arena.session.ArenaRound`."""
    present_changed = Signal(bool)
    """Present mode on (True) or off."""
    columns_started = Signal(list, list)
    """A round's columns: names as shown (letters while blind, never the hidden models) and colours (QColor)."""
    columns_renamed = Signal(list)
    """The columns' names as shown now (after Reveal: the letter and the model)."""
    column_tokens = Signal(int, int, float)
    """The column shown at this index got this many tokens at this ``time.monotonic()``."""
    column_finished = Signal(int)
    """The column shown at this index ended."""

    def __init__(
        self,
        jobs: JobRunner,
        store: ArenaStore | None = None,
        library_entries: Callable[[], list[LibraryEntry]] | None = None,
        load_options: Callable[[], LoadOptions] | None = None,
        compare_store: CompareStore | None = None,
        endpoints: EndpointDirectory | None = None,
        parent: QWidget | None = None,
        *,
        model_load_options: Callable[[str], LoadOptions] | None = None,
        backend_override: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._model_load_options = model_load_options
        self._backend_override = backend_override
        self._endpoints = endpoints
        self._store = store
        self._saver = SessionSaver(store.path, self) if store is not None else None
        if self._saver is not None:
            self._saver.failed.connect(self._on_saver_failed)
        self._session_key = 0
        """Names the session in :attr:`session` for the saver (a new session, a new key)."""
        self._compare_store = compare_store
        self._load_options = load_options or LoadOptions
        self.session = ArenaSession(created=_now())
        self.round: ArenaRound | None = None
        self._handle: JobHandle | None = None
        self._run: RoundRun | None = None
        self._present = False
        self._saved_at = 0.0
        self._build(library_entries)
        self._show_columns([])
        self._refresh()

    # -- building -------------------------------------------------------------------------------

    def _build(self, library_entries: Callable[[], list[LibraryEntry]] | None) -> None:
        self.picker = ModelPicker(library_entries)
        self.round_settings = settings = RoundSettings()
        self.mode, self.greedy, self.seed = settings.mode, settings.greedy, settings.seed
        self.max_tokens, self.blind_box = settings.max_tokens, settings.blind
        self.sessions_button = QPushButton(tr("Arena", "Sessions"))
        self.sessions_button.setToolTip(tr("Arena", "Reopen a saved Arena session"))
        self.sessions_button.setEnabled(self._store is not None)
        self.map_button = QPushButton(tr("Arena", "Divergence map"))
        self.map_button.setToolTip(
            tr("Arena", "Where quantized versions part ways with the original, word by word, from a saved comparison")
        )
        self.map_button.setEnabled(self._compare_store is not None)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.picker, 1)
        picker_row.addWidget(self.map_button)
        picker_row.addWidget(self.sessions_button)
        self.setup = QWidget()
        setup_layout = QVBoxLayout(self.setup)
        setup_layout.setContentsMargins(0, 0, 0, 0)
        setup_layout.addLayout(picker_row)
        setup_layout.addWidget(self.round_settings)

        self.memory = QLabel()
        self._plan: RunPlan | None = None  # the shown memory line's plan, to write it again after a language switch
        self.memory.setTextFormat(Qt.TextFormat.PlainText)  # names the models: a stranger's words
        self.memory.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label = QLabel()
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setWordWrap(True)
        self.columns_box = QGridLayout()
        self.columns_box.setSpacing(8)
        self.views: list[ArenaColumnView] = []
        columns_widget = QWidget()
        columns_widget.setLayout(self.columns_box)
        self.columns_widget = columns_widget
        self.chart = ColumnRateChart()
        self.chart.setMaximumHeight(150)
        self.chart.setMinimumHeight(110)

        self.vote_buttons = [
            QPushButton(tr("Arena", "{letter} is best").format(letter=letter)) for letter in blind.LETTERS
        ]
        #: Button: show which model wrote which answer (verb).
        self.reveal_button = QPushButton(tr("Arena", "Reveal"))
        self.reveal_button.setToolTip(tr("Arena", "Show which model wrote which answer"))
        self.tally = QLabel()
        self.tally.setTextFormat(Qt.TextFormat.PlainText)
        self.tally.setWordWrap(True)
        self.export_button = QPushButton(tr("Arena", "Export…"))
        self.export_button.setToolTip(
            tr("Arena", "Save the session's answers and votes as CSV, or the columns as a picture")
        )
        vote_row = QHBoxLayout()
        for button in self.vote_buttons:
            vote_row.addWidget(button)
        vote_row.addWidget(self.reveal_button)
        vote_row.addWidget(self.tally, 1)
        vote_row.addWidget(self.export_button)

        self.question = QPlainTextEdit()
        self.question.setPlaceholderText(tr("Arena", "One question for every model…"))
        self.question.setMaximumHeight(72)
        self.ask_button = QPushButton(tr("Arena", "Ask all"))
        self.ask_button.setDefault(True)
        self.stop_button = QPushButton(tr("Arena", "Stop"))
        self.stop_button.setToolTip(tr("Arena", "Stop every column; what they wrote so far stays"))
        #: Button: show the columns full screen, in large type, for a class (verb).
        self.present_button = QPushButton(tr("Arena", "Present"))
        self.present_button.setCheckable(True)
        self.present_button.setToolTip(tr("Arena", "Large type for a room (Esc leaves)"))
        ask_buttons = QVBoxLayout()
        for button in (self.ask_button, self.stop_button, self.present_button):
            ask_buttons.addWidget(button)
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.question, 1)
        ask_row.addLayout(ask_buttons)

        self.map_view = DivergenceMapView()
        self.map_back_button = QPushButton(tr("Arena", "Back to the answers"))
        map_layout = self.map_view.layout()
        assert isinstance(map_layout, QVBoxLayout)
        map_layout.insertWidget(0, self.map_back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.map_view.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.setup)
        layout.addWidget(self.memory)
        layout.addWidget(self.message)
        layout.addWidget(self.question_label)
        layout.addWidget(columns_widget, 1)
        layout.addWidget(self.map_view, 1)
        layout.addWidget(self.chart)
        layout.addLayout(vote_row)
        layout.addLayout(ask_row)

        self.ask_button.clicked.connect(lambda _=False: self.ask())
        self.stop_button.clicked.connect(self.stop)
        self.present_button.toggled.connect(self.set_present)
        self.reveal_button.clicked.connect(self.reveal)
        for letter, button in zip(blind.LETTERS, self.vote_buttons, strict=False):
            button.clicked.connect(lambda _=False, shown=letter: self.vote(shown))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.sessions_button.clicked.connect(self._on_sessions_button_clicked)
        self.map_button.clicked.connect(self._on_map_button_clicked)
        self.map_back_button.clicked.connect(self.show_columns_again)
        self.picker.changed.connect(self._refresh)
        QShortcut(QKeySequence("Ctrl+Return"), self.question, lambda: self.ask())

    # -- asking ---------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._handle is not None

    def set_models(self, paths: list[str]) -> None:
        """Pick ``paths`` (the first four) for the next question."""
        self.picker.set_paths(paths)

    def params(self) -> SamplingParams:
        return self.round_settings.params()

    def ask(self, question: str | None = None) -> bool:
        """Ask ``question`` (else the box's text) of every chosen model; False, with the reason shown, when it
        cannot start."""
        if self.running:
            return False
        text = (question if question is not None else self.question.toPlainText()).strip()
        paths = self.picker.paths()
        if not MIN_COLUMNS <= len(paths) <= MAX_COLUMNS:
            self.show_message(
                tr("Arena", "Pick two to four models first ({count} picked).").format(count=len(paths)), error=True
            )
            return False
        if not text:
            self.show_message(tr("Arena", "Type a question for the models first."), error=True)
            return False
        if len(text) > MAX_QUESTION:
            self.show_message(
                tr("Arena", "The question is too long for the Arena: at most {limit} characters.").format(
                    limit=format_integer(MAX_QUESTION)
                ),
                error=True,
            )
            return False
        if question is None:
            self.question.clear()
        self.show_message(tr("Arena", "Checking what the models need…"))
        mode = self.round_settings.run_mode()
        self._pending_question = text
        override = self._backend_override() if self._backend_override is not None else None
        prepare = prepare_round(paths, self._model_load_options or self._load_options(), mode, self._endpoints,
                                override=override)
        self._handle = self._jobs.start(prepare, "arena-prepare")
        self._handle.finished.connect(self._on_prepare_finished)
        self._handle.failed.connect(self._on_job_failed)
        self._handle.cancelled.connect(self._on_job_cancelled)
        self._refresh()
        return True

    @Slot(object)
    def _on_prepare_finished(self, result: object) -> None:
        contenders: list[Contender]
        plan: RunPlan
        contenders, plan = result  # type: ignore[misc]
        self._handle = None
        self._plan = plan
        self.memory.setText(plan.text())
        round_ = ArenaRound(
            self._pending_question, [ArenaColumn(c.label, c.source) for c in contenders], created=_now()
        )
        if self.blind_box.isChecked():
            round_.order = blind.shuffled_order(len(contenders))
        self.session.params = self.params()
        self.session.mode = plan.mode
        if not self.session.rounds:
            self.session.title = " vs ".join(c.label for c in contenders)
        self.session.rounds.append(round_)
        self.round = round_
        self._save()
        self._show_round(round_)
        names = [self._title(round_, c, short=True) for c in self._shown(round_)]
        self.chart.start(names)
        self.columns_started.emit(names, [self.chart.color(i) for i in range(len(names))])
        self._run = RoundRun(round_, contenders, plan, [{"role": "user", "content": round_.question}],
                             self.session.params, self._load_options())
        self._handle = self._jobs.start(self._run.run, "arena-round")
        self._handle.progress.connect(self._on_round_progress)
        self._handle.finished.connect(self._on_round_finished)
        self._handle.failed.connect(self._on_job_failed)
        self._handle.cancelled.connect(self._on_job_cancelled)
        self.show_message("")
        self._refresh()
        self.round_started.emit(round_)

    @Slot(object)
    def _on_round_progress(self, update: object) -> None:
        if not isinstance(update, ColumnUpdate) or self.round is None:
            return
        column = self.round.columns[update.column]
        state_before = column.state
        apply_update(column, update)
        view = self.views[self._position(update.column)]
        view.append("".join(update.pieces))
        if update.state != state_before or update.error or update.stats is not None:
            view.show_state(column, self._hidden(self.round))
        elif update.tokens:
            view.show_live_rate(update.tokens, update.seconds)
        position = self._position(update.column)
        if update.tokens:
            self.chart.add_point(position, update.seconds, update.tokens)
        if update.pieces:
            self.column_tokens.emit(position, len(update.pieces), time.monotonic())
        if column.finished:
            self.column_finished.emit(position)
        if time.monotonic() - self._saved_at >= SAVE_EVERY_SECONDS or update.state != "streaming":
            self._save()

    @Slot(object)
    def _on_round_finished(self, result: object) -> None:
        self._handle, self._run = None, None
        if isinstance(result, ArenaRound) and self.round is not None:
            index = self.session.rounds.index(self.round)
            result.order = self.round.order  # the blind order is the window's
            self.session.rounds[index] = result
            self.round = result
        self._save()
        if self.round is not None:
            self._show_round(self.round)
            failed = [c for c in self.round.columns if c.state == "failed"]
            if failed:
                self.show_message(
                    tr("Arena", "{count} column(s) could not answer; their reasons are in the columns.").format(
                        count=len(failed)
                    ),
                    error=True,
                )
            self.round_finished.emit(self.round)
        self._refresh()

    @Slot(object)
    def _on_job_failed(self, exc: object) -> None:
        self._handle, self._run = None, None
        reason = (
            str(exc)
            if isinstance(exc, WorkbenchError)
            else tr("Arena", "The Arena could not run: {exc}").format(exc=exc)
        )
        self.show_message(reason, error=True)
        self._refresh()

    @Slot()
    def _on_job_cancelled(self) -> None:
        self._handle, self._run = None, None
        self.show_message(tr("Arena", "Stopped."))
        self._refresh()

    def stop(self) -> None:
        """Stop every column; what they wrote so far stays."""
        if self._handle is not None:
            self._handle.cancel()

    def shutdown(self) -> None:
        """Stop the round (the job runner waits for it) and the chart's timer; the last saves get
        :data:`FLUSH_SECONDS` to be written."""
        self.stop()
        self.chart.stop()
        self.wait_saved(FLUSH_SECONDS)

    # -- blind mode -----------------------------------------------------------------------------

    def vote(self, shown: str) -> None:
        """The class chose the answer shown as ``shown`` (a letter in blind mode, a column number otherwise)."""
        if self.round is None or self.running:
            return
        try:
            blind.vote(self.round, shown)
        except ValueError as exc:
            self.show_message(str(exc), error=True)
            return
        self._save()
        self._show_round(self.round)
        self._refresh()

    def reveal(self) -> None:
        if self.round is None:
            return
        self.round.revealed = True
        self._save()
        self._show_round(self.round)
        self.columns_renamed.emit([self._title(self.round, c, short=True) for c in self._shown(self.round)])
        self._refresh()

    # -- showing --------------------------------------------------------------------------------

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #C0392B;" if error else "")
        self.message.setVisible(bool(text))

    @staticmethod
    def _hidden(round_: ArenaRound) -> bool:
        return round_.blind and not round_.revealed

    def _shown(self, round_: ArenaRound) -> list[ArenaColumn]:
        """The columns in the order they are shown (shuffled in blind mode)."""
        order = round_.order or list(range(len(round_.columns)))
        return [round_.columns[i] for i in order]

    def _position(self, column: int) -> int:
        if self.round is None or not self.round.order:
            return column
        return self.round.order.index(column)

    def _title(self, round_: ArenaRound, column: ArenaColumn, short: bool = False) -> str:
        index = round_.columns.index(column)
        shown_as = blind.letter(round_, index)
        won = round_.winner == index
        if not round_.blind:
            if short:
                return column.label
            title = tr("Arena", "{label} (baseline)").format(label=column.label) if index == 0 else column.label
            return tr("Arena", "{title} — chosen by the class").format(title=title) if won else title
        if not round_.revealed:
            if short:
                return shown_as
            if won:
                return tr("Arena", "Answer {letter} — chosen by the class").format(letter=shown_as)
            return tr("Arena", "Answer {letter}").format(letter=shown_as)
        if short:
            return f"{shown_as}: {column.label}"
        if won:
            chosen = tr("Arena", "Answer {letter}: {label} — chosen by the class")
            return chosen.format(letter=shown_as, label=column.label)
        return tr("Arena", "Answer {letter}: {label}").format(letter=shown_as, label=column.label)

    def _show_columns(self, columns: list[ArenaColumn]) -> None:
        while len(self.views) < len(columns):
            view = ArenaColumnView()
            view.set_present(self._present)
            self.views.append(view)
        for i, view in enumerate(self.views):
            self.columns_box.removeWidget(view)
            view.setVisible(i < len(columns))
        for i in range(MAX_COLUMNS):  # every column as wide as the others, whatever its header says
            self.columns_box.setColumnStretch(i, 1 if i < len(columns) else 0)
        for i in range(len(columns)):
            self.columns_box.addWidget(self.views[i], 0, i)

    def _show_round(self, round_: ArenaRound) -> None:
        shown = self._shown(round_)
        self._show_columns(shown)
        self.question_label.setText(one_line(tr("Arena", "Question: {question}").format(question=round_.question), 400))
        hidden = self._hidden(round_)
        for i, (view, column) in enumerate(zip(self.views, shown, strict=False)):
            view.set_color(self.chart.color(i))
            view.show_column(column, self._title(round_, column), hidden)
            if hidden:
                view.note.setText("")

    def _refresh(self, *_args: object) -> None:
        running = self.running
        count = len(self.picker.paths())
        self.ask_button.setEnabled(not running and MIN_COLUMNS <= count <= MAX_COLUMNS)
        self.ask_button.setToolTip("" if count >= MIN_COLUMNS else tr("Arena", "Pick two to four models first"))
        self.stop_button.setEnabled(running)
        self.setup.setEnabled(not running)
        round_ = self.round
        blind_round = round_ is not None and round_.blind
        finished = round_ is not None and not running and all(c.finished for c in round_.columns)
        for i, button in enumerate(self.vote_buttons):
            columns = len(round_.columns) if round_ is not None else 0
            button.setVisible(blind_round and i < columns)
            button.setEnabled(finished and round_ is not None and round_.winner is None)
        self.reveal_button.setVisible(blind_round)
        self.reveal_button.setEnabled(finished and round_ is not None and not round_.revealed)
        lines = blind.tally_lines(self.session)
        self.tally.setText(one_line(tr("Arena", "Tally: {votes}").format(votes="; ".join(lines)), 400) if lines else "")
        self.export_button.setEnabled(bool(self.session.rounds))

    def retranslate_texts(self) -> None:
        """After a language switch: the vote buttons, the tally and the shown round's column texts anew."""
        for letter, button in zip(blind.LETTERS, self.vote_buttons, strict=False):
            button.setText(tr("Arena", "{letter} is best").format(letter=letter))
        if self._plan is not None and self.memory.text():
            self.memory.setText(self._plan.text())
        if self.round is not None and not self.running:
            self._show_round(self.round)
        self._refresh()

    def set_present(self, present: bool) -> None:
        """Large type for a room: the setup rows step aside, the columns (or the divergence map) take the screen."""
        if present == self._present:
            return
        self._present = present
        self.present_button.setChecked(present)
        self.setup.setVisible(not present)
        self.memory.setVisible(not present)
        for view in self.views:
            view.set_present(present)
        self.map_view.set_present(present)
        self.chart.set_present(present)
        self.chart.setMaximumHeight(150)  # in a room the replies come first: the chart keeps its size
        self.chart.setMinimumHeight(120 if present else 110)
        self.question.setMaximumHeight(44 if present else 72)
        font = self.question_label.font()
        base = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 10.0
        font.setPointSizeF(base * (1.8 if present else 1.0))
        font.setBold(present)
        self.question_label.setFont(font)
        self.tally.setFont(font)
        self.present_changed.emit(present)

    @property
    def present(self) -> bool:
        return self._present

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self._present:
            self.set_present(False)
            return
        super().keyPressEvent(event)

    # -- divergence map -------------------------------------------------------------------------

    def open_divergence_map(self, run: CompareRun) -> bool:
        """Build the divergence map of a Compare ``run`` (on a worker: its vocabulary is read from the baseline's
        file) and show it; False, with the reason shown, when it cannot start."""
        if self.running:
            self.show_message(
                tr("Arena", "The divergence map opens once the models have answered (or Stop)."), error=True
            )
            return False
        self.show_message(tr("Arena", "Reading the comparison's tokens…"))
        self._handle = self._jobs.start(lambda _progress, _cancel: map_from_run(run), "arena-map")
        self._handle.finished.connect(self._on_map_finished)
        self._handle.failed.connect(self._on_job_failed)
        self._handle.cancelled.connect(self._on_job_cancelled)
        self._refresh()
        return True

    @Slot(object)
    def _on_map_finished(self, the_map: object) -> None:
        self._handle = None
        self.show_message("")
        if isinstance(the_map, DivergenceMap):
            self.show_divergence_map(the_map)
        self._refresh()

    @Slot()
    def _on_map_button_clicked(self) -> None:
        if self._compare_store is None:
            return
        menu = QMenu(self)
        for run_id, created, title in self._compare_store.runs()[:20]:
            action = menu.addAction(one_line(f"{created[:16].replace('T', ' ')}  {title}", 90))
            action.triggered.connect(lambda _=False, i=run_id: self._open_compare_run(i))
        if menu.isEmpty():
            menu.addAction(tr("Arena", "No saved comparisons yet: run one in Compare with a baseline")).setEnabled(
                False
            )
        menu.exec(self.map_button.mapToGlobal(self.map_button.rect().bottomLeft()))

    def _open_compare_run(self, run_id: int) -> None:
        assert self._compare_store is not None
        try:
            run = self._compare_store.load(run_id)
        except CompareStoreError as exc:
            self.show_message(str(exc), error=True)
            return
        self.open_divergence_map(run)

    def show_divergence_map(self, the_map: DivergenceMap) -> None:
        """Show a divergence map (of a Compare run) in place of the columns; :meth:`show_columns_again` returns."""
        self.map_view.show_map(the_map)
        self.map_view.show()
        self.columns_widget.hide()
        self.chart.hide()

    def show_columns_again(self) -> None:
        self.map_view.hide()
        self.columns_widget.show()
        self.chart.show()

    # -- keeping --------------------------------------------------------------------------------

    def _save(self) -> None:
        """Hand a copy of the session to the saver (written on its thread; a failure comes back as a message)."""
        self._saved_at = time.monotonic()
        if self._saver is not None:
            self._saver.save(self._session_key, self.session)

    def wait_saved(self, timeout: float = FLUSH_SECONDS) -> bool:
        """Wait at most ``timeout`` seconds for the saves handed over to be written; False when they were not."""
        if self._saver is None:
            return True
        written = self._saver.flush(timeout)
        if self.session.id is None:
            self.session.id = self._saver.session_id(self._session_key)
        return written

    @Slot(str)
    def _on_saver_failed(self, reason: str) -> None:
        self.show_message(reason, error=True)

    def open_session(self, session_id: int) -> bool:
        """Reopen a saved session: its last round in the columns, its tally below."""
        if self._store is None or self.running:
            return False
        self.wait_saved(READ_BACK_SECONDS)
        try:
            session = self._store.load(session_id)
        except ArenaStoreError as exc:
            self.show_message(str(exc), error=True)
            return False
        for round_ in session.rounds:  # a reply under way when the app closed
            for column in round_.columns:
                if not column.finished:
                    column.state = "stopped"
                    column.error = column.error or tr(
                        "Arena", "Interrupted: the app closed before this reply finished."
                    )
        self.session = session
        self._session_key += 1
        self.round = session.rounds[-1] if session.rounds else None
        if self.round is not None:
            self._show_round(self.round)
            self.picker.set_paths([c.source for c in self.round.columns if Path(c.source).exists()])
        self.show_message(
            tr("Arena", "Reopened: {title} ({count} question(s)).").format(
                title=one_line(session.title, 80), count=len(session.rounds)
            )
        )
        self._refresh()
        return True

    def new_session(self) -> None:
        if not self.running:
            self.session = ArenaSession(created=_now())
            self._session_key += 1
            self.round = None
            self._show_columns([])
            self._refresh()

    @Slot()
    def _on_sessions_button_clicked(self) -> None:
        if self._store is None:
            return
        self.wait_saved(READ_BACK_SECONDS)
        menu = QMenu(self)
        menu.addAction(tr("Arena", "New session"), self.new_session)
        menu.addSeparator()
        for session_id, created, title in self._store.sessions()[:20]:
            action = menu.addAction(one_line(f"{created[:16].replace('T', ' ')}  {title}", 90))
            action.triggered.connect(lambda _=False, i=session_id: self.open_session(i))
        menu.exec(self.sessions_button.mapToGlobal(self.sessions_button.rect().bottomLeft()))

    @Slot()
    def _on_export_button_clicked(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            tr("Arena", "Export the Arena session"),
            "arena.csv",
            tr("Arena", "CSV table (*.csv);;Picture of the columns (*.png)"),
        )
        if path:
            self.export(path, picture="png" in chosen.lower() or path.lower().endswith(".png"))

    def export(self, path: str, picture: bool = False) -> bool:
        """Write the session as CSV, or the columns as a PNG picture, to ``path``."""
        try:
            if picture:
                if not self.columns_widget.grab().save(path, "PNG"):
                    raise OSError(tr("Arena", "the picture could not be written"))
            else:
                Path(path).write_text(blind.to_csv(self.session), encoding="utf-8")
        except OSError as exc:
            self.show_message(
                tr("Arena", "Could not export to {path}: {exc}").format(path=one_line(path, 120), exc=exc), error=True
            )
            return False
        self.show_message(tr("Arena", "Exported to {path}.").format(path=one_line(path, 120)))
        return True

    def snapshot(self) -> ArenaSession:
        """A copy of the session as it stands."""
        return copy.deepcopy(self.session)


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
