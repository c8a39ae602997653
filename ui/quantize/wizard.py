"""``QuantizeWizard``: source → targets → options → run → results, around the core quantization job.

A GGUF source goes through the llama.cpp targets page (types and importance matrix); an MLX / safetensors
folder through the MLX page (bits, group size, mode) instead.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget, QWizard

from ui.i18n import tr
from ui.jobs import JobRunner
from ui.quantize.mlx_page import MlxTargetsPage
from ui.quantize.pages import OptionsPage, TargetsPage, WizardState
from ui.quantize.run_pages import ResultsPage, RunPage
from ui.quantize.source_page import SourcePage
from workbench.quantize.job import QuantizeResult


class QuantizeWizard(QWizard):
    """Make smaller variants of a GGUF model or an MLX folder; the quantization runs in a child process.

    Jobs run on ``runner``.

    Signals (GUI thread):
        chat_requested(str): the person wants to chat with this new model file.
        compare_requested(list): the person wants to compare these model files (``list[str]``).
        arena_requested(list): the person wants these model files in the Arena (``list[str]``).
        show_in_library_requested(str): the person wants to see this file in the library.
        quantization_finished(list): a run wrote these :class:`QuantizeResult` s (for the library to rescan).
    """

    chat_requested = Signal(str)
    """Chat with this model file."""
    compare_requested = Signal(list)
    """Compare these model files."""
    arena_requested = Signal(list)
    """Open these model files in the Arena."""
    show_in_library_requested = Signal(str)
    """Show this model file in the library."""
    quantization_finished = Signal(list)
    """New files were written and verified."""

    SOURCE, TARGETS, OPTIONS, RUN, RESULTS, MLX_TARGETS = range(6)

    def __init__(self, runner: JobRunner, source: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Quantize", "Make smaller versions of a model"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        # Our own words on the wizard's buttons: Qt ships no Norwegian for them.
        self.setButtonText(QWizard.WizardButton.BackButton, tr("Quantize", "< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Quantize", "&Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Quantize", "Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Quantize", "&Finish"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(900, 620)
        self.state = WizardState()
        self.source_page = SourcePage(self.state, runner)
        self.targets_page = TargetsPage(self.state, runner)
        self.options_page = OptionsPage(self.state, self.targets_page.model, runner)
        self.run_page = RunPage(self.state, runner)
        self.results_page = ResultsPage()
        self.mlx_page = MlxTargetsPage(self.state)
        for page_id, page in enumerate(
            (self.source_page, self.targets_page, self.options_page, self.run_page, self.results_page, self.mlx_page)
        ):
            self.setPage(page_id, page)
        self.run_page.run_finished.connect(self._on_run_finished)
        self.results_page.chat_requested.connect(self.chat_requested)
        self.results_page.compare_requested.connect(self.compare_requested)
        self.results_page.arena_requested.connect(self.arena_requested)
        self.results_page.show_in_library_requested.connect(self.show_in_library_requested)
        if source:
            self.source_page.set_path(source)

    @Slot(list)
    def _on_run_finished(self, results: list[QuantizeResult]) -> None:
        self.results_page.set_results(results, self.run_page.imatrix_result)
        self.quantization_finished.emit(results)
        if self.currentId() == self.RUN:
            self.next()

    def reject(self) -> None:
        """Closing the wizard cancels a running quantization first (its process is terminated)."""
        self.run_page.cancel()
        super().reject()
