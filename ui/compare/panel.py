"""The Compare tab: choose variants, run the measurement suite, and read the results as a table,
charts and side-by-side answers; present them to a class; save, reopen and export them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.compare.answers import AnswersView
from ui.compare.chart_grid import ChartGrid
from ui.compare.files import FileActions
from ui.compare.model import LANGUAGE_COLUMN, CompareTableModel
from ui.compare.presentation import PresentationWindow
from ui.compare.remote_setup import ServerModelChooser, remote_suite
from ui.compare.running import SuiteFunction, default_suite, suite_job
from ui.compare.runs import SavedRunsList
from ui.compare.setup import MAX_VARIANTS, MIN_VARIANTS, SettingsForm, VariantPicker
from ui.i18n import tr
from ui.jobs import JobHandle, JobRunner
from ui.untrusted import one_line
from workbench.compare.captions import summary_sentences
from workbench.compare.figures import machine_line
from workbench.compare.present import presentation_slides
from workbench.compare.results import CompareRun, SuiteProgress, VariantResult
from workbench.endpoints.directory import EndpointDirectory
from workbench.errors import WorkbenchError
from workbench.library import LibraryEntry
from workbench.live_settings import LiveSettings

if TYPE_CHECKING:
    from workbench.compare.store import CompareStore

ERROR_STYLE = "color: #c0392b;"


MINIMUM_WIDTH_PX = 600
SIDE_PANEL_MIN_PX = 340


def speed_test_running(report: SuiteProgress) -> bool:
    """Whether the suite is timing speeds now: the speed rounds, or a server's speed test from its first report
    until its last."""
    if report.speed_round:
        return True
    return report.step == "bench" and report.fraction < 1.0 and report.result.status == "running"


class SidePanel(QScrollArea):
    """The settings column: it scrolls up and down, and is never narrower than what it holds (longer words in
    another language widen it rather than being cut off at its right edge)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        needed = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), needed, SIDE_PANEL_MIN_PX), hint.height())


class ComparePanel(FileActions, QWidget):
    """Services come in through the constructor: the job ``runner``, the ``store`` of saved runs (None:
    runs are not kept), where library entries come from, the suite (the real one by default), and the app's
    ``settings`` (their load options' thread count).

    Signals (GUI thread):
        run_finished(object): a comparison ended (finished or cancelled); the :class:`CompareRun`.
        message_shown(str): a one-line message for the person (also shown in the panel).
        arena_requested(list): Open in Arena was chosen for these model paths (two to four, the baseline first).
        divergence_map_requested(object): the divergence map of the shown :class:`CompareRun` was asked for.
    """

    run_finished = Signal(object)
    """A run ended, with what it measured (a CompareRun)."""
    message_shown = Signal(str)
    """A message was shown to the person."""
    arena_requested = Signal(list)
    """Ask these models (paths, two to four, the baseline first) one question side by side in the Arena."""
    divergence_map_requested = Signal(object)
    """Show where the shown run's variants part ways with its baseline (the CompareRun)."""

    def __init__(
        self,
        runner: JobRunner,
        store: CompareStore | None,
        library_entries: Callable[[], list[LibraryEntry]] | None = None,
        suite: SuiteFunction | None = None,
        standard_prompts: Callable[[], list[str]] | None = None,
        settings: LiveSettings | None = None,
        parent: QWidget | None = None,
        endpoints: EndpointDirectory | None = None,
    ) -> None:
        """``endpoints``: the servers set up here, whose models can be variants too (None: files only)."""
        super().__init__(parent)
        self._endpoints = endpoints
        self._settings = settings
        """The app's settings: each variant loads with their thread count (none: the app's default)."""
        # Shown, this tab has the window's whole width (the side docks step aside). Hidden, its natural
        # minimum must not widen the window the chat shares with its docks.
        self.setMinimumWidth(MINIMUM_WIDTH_PX)
        self._runner = runner
        self._store = store
        self._suite = suite or (remote_suite(endpoints) if endpoints is not None else default_suite)
        self._standard_prompts = standard_prompts or _default_prompts
        self._job: JobHandle | None = None
        self.run: CompareRun | None = None
        self._previous: CompareRun | None = None
        self.presentation: PresentationWindow | None = None
        self._build(library_entries)
        self.refresh_saved()
        self._update_buttons()

    def _choose_server_models(self, parent: QWidget) -> list[str]:
        """Ask for models on one of the servers set up here (listed on a worker thread)."""
        assert self._endpoints is not None
        dialog = ServerModelChooser(self._endpoints, self._runner, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []

    # -- layout ---------------------------------------------------------------------------------

    def _build(self, library_entries: Callable[[], list[LibraryEntry]] | None) -> None:
        self.picker = VariantPicker(library_entries, server_models=self._choose_server_models
                                    if self._endpoints is not None else None)
        self.form = SettingsForm()
        self.run_button = QPushButton(tr("Compare", "Run comparison"))
        self.run_button.setObjectName("primary")
        self.run_button.setToolTip(
            tr("Compare", "Measure every model, one after another, each in its own engine process (F5)")
        )
        self.run_button.setShortcut("F5")
        self.cancel_button = QPushButton(tr("Compare", "Cancel"))
        self.cancel_button.setToolTip(tr("Compare", "Stop after the current step; what finished is kept"))
        self.saved = SavedRunsList()
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button, 1)
        run_row.addWidget(self.cancel_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.picker, 1)
        left_layout.addWidget(self.form)
        left_layout.addLayout(run_row)
        left_layout.addWidget(self.saved, 1)
        left_scroll = SidePanel()
        left_scroll.setWidgetResizable(True)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setWidget(left)

        self.title = QLabel(tr("Compare", "Compare models side by side"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.machine = QLabel(
            tr("Compare", "Pick two to eight models on the left and press Run: each is measured on this computer.")
        )
        self.machine.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.status = QLabel()
        self._ended: tuple[bool, bool, int, int] | None = None
        """How the last run ended (cancelled, saved, measured, variants), to say it again in another language."""
        self._status_says_ended = False
        """Whether the status line says how the last run ended (a language switch then says it again)."""
        self.status.setWordWrap(True)
        for label in (self.title, self.machine, self.summary, self.status):  # they name models: plain text
            label.setTextFormat(Qt.TextFormat.PlainText)
        #: Button: show the charts full screen, in large type, for a class (verb).
        self.present_button = QPushButton(tr("Compare", "Present"))
        self.present_button.setToolTip(
            tr("Compare", "Full screen, one chart at a time in large type, for a class (← → to move, Esc)")
        )
        self.export_button = QToolButton()
        self.export_button.setText(tr("Compare", "Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_csv_action = menu.addAction(tr("Compare", "Table as CSV…"), self.choose_csv_file)
        self.export_json_action = menu.addAction(tr("Compare", "Everything as JSON…"), self.choose_json_file)
        self.export_png_action = menu.addAction(tr("Compare", "Charts as PNG pictures…"), self.choose_png_folder)
        self.export_button.setMenu(menu)
        self.arena_button = QToolButton()
        self.arena_button.setText(tr("Compare", "Arena"))
        self.arena_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        arena_menu = QMenu(self.arena_button)
        self.arena_action = arena_menu.addAction(tr("Compare", "Open in Arena"), self.open_in_arena)
        self.arena_action.setToolTip(
            tr("Compare", "Ask the selected models (or the first four) one question side by side")
        )
        self.map_action = arena_menu.addAction(tr("Compare", "Divergence map"), self._on_map_action_triggered)
        self.map_action.setToolTip(tr("Compare", "Where each version parts ways with the baseline, word by word"))
        self.arena_button.setMenu(arena_menu)
        self.arena_button.setToolTip(
            tr(
                "Compare",
                "Ask the selected models one question side by side, or see where they part ways with the baseline",
            )
        )
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.machine)
        top.addLayout(heading, 1)
        top.addWidget(self.present_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.arena_button, 0, Qt.AlignmentFlag.AlignTop)

        self.model = CompareTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setColumnHidden(LANGUAGE_COLUMN, True)  # until a run of several evaluation texts
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.arena_action)
        self.charts = ChartGrid()
        self.answers = AnswersView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, tr("Compare", "Table"))
        self.tabs.addTab(self.charts, tr("Compare", "Charts"))
        self.tabs.addTab(self.answers, tr("Compare", "Answers"))
        self.tabs.setTabToolTip(
            0, tr("Compare", "Every figure, with its uncertainty (hover a column title for what it means)")
        )
        self.tabs.setTabToolTip(2, tr("Compare", "The same prompts answered by each model, side by side"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(top)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.progress)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(left_scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.picker.changed.connect(self._update_buttons)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.present_button.clicked.connect(self.present)
        self.saved.open_requested.connect(self.open_saved)
        self.saved.delete_requested.connect(self._on_saved_delete_requested)
        self.saved.import_requested.connect(self.choose_json_to_open)
        self.progress.hide()

    # -- state ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._job is not None

    def set_variants(self, paths: list[str]) -> None:
        """Put ``paths`` in the picker (the largest file becomes the baseline); nothing runs yet."""
        self.picker.set_paths(paths)
        if len(paths) > MAX_VARIANTS:
            self.show_message(
                tr(
                    "Compare", "Only the first {MAX_VARIANTS} models were added: that is the most one comparison takes."
                ).format(MAX_VARIANTS=MAX_VARIANTS)
            )
        else:
            self.show_message(
                tr("Compare", "Press Run comparison to measure them.") if len(paths) >= MIN_VARIANTS else ""
            )

    @Slot()
    def _update_buttons(self) -> None:
        count = len(self.picker.paths())
        self.run_button.setEnabled(not self.running and MIN_VARIANTS <= count <= MAX_VARIANTS)
        self.cancel_button.setEnabled(self.running)
        self.cancel_button.setText(tr("Compare", "Cancel"))
        has_run = self.run is not None and bool(self.run.variants)
        self.present_button.setEnabled(has_run)
        self.export_button.setEnabled(has_run and not self.running)
        run = self.run
        self.arena_action.setEnabled(count >= MIN_VARIANTS or (run is not None and len(run.variants) >= 2))
        self.map_action.setEnabled(has_run and not self.running and run is not None and bool(run.settings.baseline))
        self.arena_button.setEnabled(self.arena_action.isEnabled() or self.map_action.isEnabled())
        for widget in (self.picker, self.form, self.saved):
            widget.setEnabled(not self.running)

    def show_message(self, text: str, error: bool = False) -> None:
        self._status_says_ended = False
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        if text:
            self.message_shown.emit(text)

    # -- running --------------------------------------------------------------------------------

    @Slot()
    def start(self) -> JobHandle | None:
        """Run the suite over the picked variants; results fill in as they arrive."""
        paths = self.picker.paths()
        if self.running or not MIN_VARIANTS <= len(paths) <= MAX_VARIANTS:
            self.show_message(
                tr("Compare", "Choose {MIN_VARIANTS} to {MAX_VARIANTS} models to compare.").format(
                    MIN_VARIANTS=MIN_VARIANTS, MAX_VARIANTS=MAX_VARIANTS
                ),
                error=True,
            )
            return None
        threads = self._settings.value.load.threads if self._settings is not None else 0
        settings = self.form.settings(self.picker.baseline_path(), self._standard_prompts(), threads)
        pending = [VariantResult(path=p, label=Path(p).name) for p in paths]
        self._previous = self.run
        self._show(
            CompareRun(
                variants=pending,
                settings=settings,
                title=tr("Compare", "Measuring {count} models…").format(count=len(paths)),
            )
        )
        handle = self._runner.start(suite_job(self._suite, paths, settings), "comparison")
        self._job = handle
        handle.progress.connect(lambda report, h=handle: self._on_job_progress(h, report))
        handle.finished.connect(lambda result, h=handle: self._on_job_finished(h, result))
        handle.failed.connect(lambda exc, h=handle: self._on_job_failed(h, exc))
        handle.cancelled.connect(lambda h=handle: self._on_job_cancelled(h))
        self.progress.setValue(0)
        self.progress.show()
        self.show_message(tr("Compare", "Starting: {count} models, one after another.").format(count=len(paths)))
        self._update_buttons()
        return handle

    @Slot()
    def cancel(self) -> None:
        """Stop the run after the current step; what finished is kept and saved."""
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(tr("Compare", "Cancelling…"))
            self.show_message(tr("Compare", "Cancelling: the current step stops, what finished is kept."))

    def _on_job_progress(self, handle: JobHandle, report: object) -> None:
        if handle is not self._job or not isinstance(report, SuiteProgress) or self.run is None:
            return
        self.model.apply_progress(report)
        if 0 <= report.variant_index < len(self.run.variants):
            self.run.variants[report.variant_index] = report.result
        self.progress.setValue(int(1000 * min(max(report.overall, 0.0), 1.0)))
        if report.speed_round:
            self.show_message(report.message)
        else:
            finished = sum(1 for v in self.run.variants if v.status not in ("pending", "running"))
            current = min(finished + 1, report.variant_count)
            self.show_message(
                tr("Compare", "Model {current} of {variant_count}: {message}").format(
                    current=current, variant_count=report.variant_count, message=report.message
                )
            )
        self.charts.hold(speed_test_running(report))
        self.charts.show_run(self.run)
        self._show_summary(self.run)
        if not report.speed_round and (report.result.status != "running" or report.step == "answers"):
            self.answers.show_run(self.run)

    def _on_job_finished(self, handle: JobHandle, result: object) -> None:
        if handle is not self._job:
            return
        self._job = None
        if isinstance(result, CompareRun):
            self._end_run(result)

    def _on_job_failed(self, handle: JobHandle, exc: object) -> None:
        if handle is not self._job:
            return
        self._job = None
        run = self.run
        if run is not None and any(v.status not in ("pending", "running") for v in run.variants):
            for variant in run.variants:  # keep what was measured before the failure
                if variant.status in ("pending", "running"):
                    variant.status, variant.error = "failed", str(exc)
            self._end_run(run)
        else:
            self.progress.hide()
            self._show(self._previous)
        self.show_message(tr("Compare", "The comparison could not run: {exc}").format(exc=exc), error=True)

    def _on_job_cancelled(self, handle: JobHandle) -> None:
        if handle is not self._job or self.run is None:
            return
        self._job = None
        run = self.run
        for variant in run.variants:
            if variant.status in ("pending", "running"):
                variant.status = "cancelled"
        self._end_run(run)

    def _end_run(self, run: CompareRun) -> None:
        self.progress.hide()
        cancelled = any(v.status == "cancelled" for v in run.variants)
        measured = any(v.status == "done" or v.file_bytes for v in run.variants)
        self._show(run)
        saved = self._save(run) if measured else False
        done = sum(1 for v in run.variants if v.status == "done")
        self._ended = (cancelled, saved, done, len(run.variants))
        self.show_message(self._ended_text())
        self._status_says_ended = True
        self._update_buttons()
        self.run_finished.emit(run)

    def _ended_text(self) -> str:
        """How the last run ended, in the current language ("" when none has)."""
        if self._ended is None:
            return ""
        cancelled, saved, done, count = self._ended
        if cancelled and saved:
            text = tr("Compare", "Cancelled: {done} of {count} models measured, saved.")
        elif cancelled:
            text = tr("Compare", "Cancelled: {done} of {count} models measured.")
        elif saved:
            text = tr("Compare", "Finished: {done} of {count} models measured, saved.")
        else:
            text = tr("Compare", "Finished: {done} of {count} models measured.")
        return text.format(done=done, count=count)

    # -- showing --------------------------------------------------------------------------------

    def _show(self, run: CompareRun | None) -> None:
        self.run = run
        self.model.set_variants(run.variants if run else [], run.settings.baseline if run else None)
        self.table.setColumnHidden(LANGUAGE_COLUMN, run is None or len(run.settings.texts()) < 2)
        self.charts.show_run(run, now=True)
        self.answers.show_run(run)
        self.title.setText(one_line(run.title) if run and run.title else tr("Compare", "Compare models side by side"))
        self.machine.setText(machine_line(run) if run else "")
        self._show_summary(run)
        self._update_buttons()

    def _show_summary(self, run: CompareRun | None) -> None:
        sentences = summary_sentences(run) if run else []
        self.summary.setText("\n".join(sentences))
        self.summary.setVisible(bool(sentences))

    def retranslate_texts(self) -> None:
        """After a language switch: compose again, from the shown run, what was written with its figures in it —
        title, the "Measured on …" line, the summary, the charts and the answers — and the presentation's
        slides."""
        if self.running:
            return  # the next progress report writes them anew
        self._show(self.run)
        if self._status_says_ended:
            self.status.setText(self._ended_text())
        if self.presentation is not None and self.run is not None:
            self.presentation.set_slides(presentation_slides(self.run), self.run.title)

    def show_run(self, run: CompareRun) -> None:
        """Show a finished run (reopened or imported); its variants go back in the picker."""
        self._show(run)
        self.picker.set_paths([v.path for v in run.variants])
        self.picker.set_baseline(run.settings.baseline)
        self.form.show_settings(run.settings, self._standard_prompts())

    @Slot()
    def present(self) -> PresentationWindow | None:
        """Open presentation mode over the shown run's charts."""
        if self.run is None:
            return None
        if self.presentation is not None:
            self.presentation.close()
        window = PresentationWindow(presentation_slides(self.run), self.run.title, self)
        window.closed.connect(self._on_presentation_closed)
        self.presentation = window
        window.show_full_screen()
        return window

    @Slot()
    def _on_presentation_closed(self) -> None:
        self.presentation = None

    # -- to the Arena ----------------------------------------------------------------------------

    def arena_paths(self) -> list[str]:
        """The models for the Arena: the rows selected in the table when two or more are, else the shown run's (or
        the picker's) models; the baseline first, at most four."""
        variants = [v.path for v in self.model.variants()]
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        chosen = [variants[r] for r in rows if r < len(variants)]
        if len(chosen) < MIN_VARIANTS:
            chosen = variants if len(variants) >= MIN_VARIANTS else self.picker.paths()
        baseline = self.run.settings.baseline if self.run is not None else self.picker.baseline_path()
        if baseline in chosen:
            chosen = [baseline, *(p for p in chosen if p != baseline)]
        return chosen

    @Slot()
    def open_in_arena(self) -> None:
        """Ask the chosen models (see :meth:`arena_paths`) one question side by side in the Arena."""
        paths = self.arena_paths()
        if len(paths) < 2:
            self.show_message(tr("Compare", "Choose two to four models for the Arena."), error=True)
            return
        if len(paths) > 4:
            self.show_message(
                tr("Compare", "The Arena takes four models at most: the first four went (select rows to choose).")
            )
        self.arena_requested.emit(paths[:4])

    @Slot()
    def _on_map_action_triggered(self) -> None:
        if self.run is not None:
            self.divergence_map_requested.emit(self.run)

    # -- saved runs -----------------------------------------------------------------------------

    def _save(self, run: CompareRun) -> bool:
        if self._store is None:
            return False
        try:
            self._store.save(run)
        except WorkbenchError as exc:
            self.show_message(
                tr("Compare", "The comparison is shown but could not be saved: {exc}").format(exc=exc), error=True
            )
            return False
        self.refresh_saved(select=run.id)
        return True

    def refresh_saved(self, select: int | None = None) -> None:
        if self._store is None:
            self.saved.set_runs([])
            return
        try:
            self.saved.set_runs(self._store.runs(), select)
        except WorkbenchError as exc:
            self.show_message(str(exc), error=True)

    @Slot(int)
    def open_saved(self, run_id: int) -> None:
        if self._store is None or self.running:
            return
        try:
            run = self._store.load(run_id)
        except WorkbenchError as exc:
            self.show_message(tr("Compare", "That comparison cannot be opened: {exc}").format(exc=exc), error=True)
            return
        self.show_run(run)
        self.show_message("")

    def confirm(self, title: str, text: str) -> bool:
        """Ask yes/no; the default answer is No."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @Slot(int)
    def _on_saved_delete_requested(self, run_id: int) -> None:
        if self.confirm(
            tr("Compare", "Delete comparison"),
            tr("Compare", "Delete this saved comparison? Exported files are not touched."),
        ):
            self.delete_saved(run_id)

    def delete_saved(self, run_id: int) -> None:
        if self._store is None:
            return
        try:
            self._store.delete(run_id)
        except WorkbenchError as exc:
            self.show_message(str(exc), error=True)
            return
        if self.run is not None and self.run.id == run_id:
            self.run.id = None
        self.refresh_saved()

    # -- closing --------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Cancel a running comparison and close the presentation (the window waits for the job)."""
        if self._job is not None:
            self._job.cancel()
        if self.presentation is not None:
            self.presentation.close()


def _default_prompts() -> list[str]:
    from workbench.compare.prompts import default_prompts

    return default_prompts()
