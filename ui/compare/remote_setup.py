"""Models on a server as Compare variants: the dialog that picks them from the endpoints the person set up, and the
suite that measures them next to the files on this computer (see :mod:`workbench.compare.remote`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr, tr_noop
from ui.jobs import JobHandle, JobRunner
from ui.untrusted import one_line, tooltip
from workbench.compare.results import CompareRun, CompareSettings, SuiteProgress
from workbench.endpoints.directory import EndpointDirectory
from workbench.endpoints.library import endpoint_listing_job
from workbench.endpoints.paths import parse_remote_path
from workbench.jobs import CancelToken
from workbench.library import LibraryEntry

PathRole = Qt.ItemDataRole.UserRole
SERVER_NOTE = tr_noop(
    "Compare",
    "A model on a server is measured from here: time to first token and tokens per second of streamed replies "
    "(the server's speed, over the network), its answers, and — where the server scores a text — perplexity and "
    "an approximate KL divergence. Its memory is the server's and is not shown.",
)


def is_remote(path: str) -> bool:
    """Whether a variant's path names a model on a server."""
    return parse_remote_path(path) is not None


def remote_label(path: str) -> str:
    """``llama3 on Ollama`` for ``endpoint://Ollama/llama3``."""
    remote = parse_remote_path(path)
    if remote is None:
        return path
    return tr("Compare", "{model} on {server}").format(model=remote[1], server=remote[0])


def remote_suite(endpoints: EndpointDirectory) -> Callable[
        [list[str], CompareSettings, Callable[[SuiteProgress], None], CancelToken], CompareRun]:
    """The measurement suite, with the endpoints' models as variants and a local baseline's token texts."""

    def suite(paths: list[str], settings: CompareSettings, progress: Callable[[SuiteProgress], None],
              cancel: CancelToken) -> CompareRun:
        from workbench.arena.vocab import TokenTexts
        from workbench.compare.suite import run_suite
        from workbench.endpoints.scoring import variant_opener

        return run_suite(paths, settings, progress, cancel, remote=variant_opener(endpoints),
                         token_texts=lambda path: TokenTexts(path).pieces)

    return suite


class ServerModelChooser(QDialog):
    """Pick models of one configured endpoint: the server is asked for its models on a worker thread (bounded by
    the endpoint's timeouts), and what it lists is shown as plain text."""

    def __init__(self, endpoints: EndpointDirectory, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Compare", "Add models on a server"))
        self._endpoints = endpoints
        self._runner = runner
        self._job: JobHandle | None = None
        self.endpoint = QComboBox()
        for name in endpoints.names():
            self.endpoint.addItem(name, name)
        self.list_button = QPushButton(tr("Compare", "List its models"))
        self.models = QListWidget()
        self.models.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        note = QLabel(tr("Compare", SERVER_NOTE))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Compare", "Server:")))
        row.addWidget(self.endpoint, 1)
        row.addWidget(self.list_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.models, 1)
        layout.addWidget(self.status)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.list_button.clicked.connect(self._on_list_button_clicked)
        self.endpoint.currentIndexChanged.connect(lambda _i: self._on_list_button_clicked())
        self.finished.connect(lambda _r: self._stop())
        if not self.endpoint.count():
            self.status.setText(tr("Compare", "No servers are set up yet: add one in Model ▸ Endpoints… first."))
            self.list_button.setEnabled(False)
        else:  # ask the first server at once, as the dialog opens
            QTimer.singleShot(0, self._on_list_button_clicked)
        self.resize(560, 420)

    def chosen(self) -> list[str]:
        return [item.data(PathRole) for item in self.models.selectedItems()]

    @Slot()
    def _on_list_button_clicked(self) -> None:
        name = self.endpoint.currentData()
        if not isinstance(name, str):
            return
        self._stop()
        self.models.clear()
        self.status.setText(tr("Compare", "Asking {name} for its models…").format(name=one_line(name, 60)))
        self.list_button.setEnabled(False)
        handle = self._runner.start(endpoint_listing_job(self._endpoints, name), "server models")
        handle.finished.connect(self._on_job_finished)
        handle.failed.connect(lambda error: self._on_job_failed(str(error)))
        handle.done.connect(lambda: self.list_button.setEnabled(True))
        self._job = handle

    def _stop(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.cancel()

    @Slot(object)
    def _on_job_finished(self, entries: tuple[LibraryEntry, ...]) -> None:
        usable = [e for e in entries if e.readable]
        for entry in usable:
            item = QListWidgetItem(one_line(remote_label(entry.path), 120))
            item.setData(PathRole, entry.path)
            item.setToolTip(tooltip(entry.path))
            self.models.addItem(item)
        if usable:
            if len(usable) == 1:
                found = tr("Compare", "1 model: select it to compare.")
            else:
                found = tr("Compare", "{count} models: select the ones to compare.").format(count=len(usable))
            self.status.setText(found)
        else:
            problem = entries[0].problem if entries else tr("Compare", "it lists no models")
            self.status.setText(
                one_line(tr("Compare", "No models from this server: {problem}").format(problem=problem), 300)
            )

    def _on_job_failed(self, message: str) -> None:
        self.status.setText(
            one_line(tr("Compare", "No models from this server: {problem}").format(problem=message), 300)
        )
