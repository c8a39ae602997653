"""The Downloads panel: each download's progress bar, speed and time left; cancel, resume, remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr, tr_noop
from ui.jobs import JobHandle, JobRunner
from ui.table import RowTableModel
from ui.untrusted import CELL_LIMIT, one_line, tooltip
from workbench.hub.download import DownloadProgress, DownloadRecord, DownloadRequest, DownloadService
from workbench.hub.errors import HubAccessDenied
from workbench.model_info import format_bytes

Index = QModelIndex | QPersistentModelIndex
FractionRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    tr_noop("Hub", "File"),
    tr_noop("Hub", "Repository"),
    tr_noop("Hub", "Progress"),
    tr_noop("Hub", "Speed"),
    tr_noop("Hub", "Time left"),
    tr_noop("Hub", "Status"),
)
STATUS_TEXT = {
    "queued": tr_noop("Hub", "Waiting"),
    "downloading": tr_noop("Hub", "Downloading"),
    "paused": tr_noop("Hub", "Paused"),
    "failed": tr_noop("Hub", "Failed"),
    "done": tr_noop("Hub", "Done"),
}


def format_duration(seconds: float | None) -> str:
    """``2 min 5 s``; empty when unknown."""
    if seconds is None:
        return ""
    s = int(seconds + 0.5)
    if s >= 3600:
        return tr("Hub", "{hours} h {minutes} min").format(hours=s // 3600, minutes=s % 3600 // 60)
    if s >= 60:
        return tr("Hub", "{minutes} min {seconds} s").format(minutes=s // 60, seconds=s % 60)
    return f"{s} s"


class DownloadsModel(RowTableModel[DownloadRecord]):
    """Rows of :class:`DownloadRecord` with the latest :class:`DownloadProgress` of each; ``dataChanged`` per row."""

    columns = COLUMNS
    translation_context = "Hub"

    def __init__(self) -> None:
        super().__init__()
        self._progress: dict[str, DownloadProgress] = {}

    def record(self, row: int) -> DownloadRecord:
        return self._rows[row]

    def row_of(self, key: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.key == key), None)

    def set_record(self, record: DownloadRecord) -> None:
        row = self.row_of(record.key)
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(record)
            self.endInsertRows()
        else:
            self._rows[row] = record
            self.row_changed(row)

    def set_progress(self, progress: DownloadProgress) -> None:
        self._progress[progress.key] = progress
        row = self.row_of(progress.key)
        if row is not None:
            self.row_changed(row)

    def remove(self, key: str) -> None:
        row = self.row_of(key)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self._progress.pop(key, None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        progress = self._progress.get(record.key)
        total = record.request.size or (progress.total if progress else 0)
        done = progress.downloaded if progress else record.downloaded
        if record.status == "done":
            done = total or done
        column = COLUMNS[index.column()]
        if role == FractionRole:
            return done / total if total else 0.0
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(record.message or record.request.key)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        text = self._display(record, column, progress, done, total)
        return None if text is None else one_line(text, CELL_LIMIT)  # file names, server messages: bounded

    @staticmethod
    def _display(
        record: DownloadRecord, column: str, progress: DownloadProgress | None, done: int, total: int
    ) -> str | None:
        active = record.status == "downloading" and progress is not None
        if column == "File":
            return record.request.filename
        if column == "Repository":
            return record.request.repo_id
        if column == "Progress":
            if total:
                return tr("Hub", "{done} of {total}").format(done=format_bytes(done), total=format_bytes(total))
            return format_bytes(done)
        if column == "Speed":
            return f"{format_bytes(progress.speed)}/s" if active and progress and progress.speed else ""
        if column == "Time left":
            return format_duration(progress.seconds_left) if active and progress else ""
        if column == "Status":
            text = tr("Hub", STATUS_TEXT[record.status]) if record.status in STATUS_TEXT else record.status
            return f"{text}: {record.message}" if record.message and record.status in ("failed", "paused") else text
        return None


class ProgressBarDelegate(QStyledItemDelegate):
    """Paints the Progress column as a progress bar with the byte counts on it."""

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum = 0
        bar.maximum = 1000
        bar.progress = int(1000 * float(index.data(FractionRole) or 0.0))
        bar.text = str(index.data() or "")
        bar.textVisible = True
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class DownloadsPanel(QWidget):
    """Runs downloads from ``service`` on ``runner``, several at once, and shows them.

    Signals (GUI thread):
        download_finished(str): a file was downloaded and verified: its path (rescan the library).
        access_needed(object): a download needs a token: the ``HubAccessDenied`` error (show HubPanel's box).
    """

    download_finished = Signal(str)
    """A verified file now in the Hugging Face cache."""
    access_needed = Signal(object)
    """A gated repository refused a download: the HubAccessDenied error."""

    def __init__(self, service: DownloadService, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._handles: dict[str, JobHandle] = {}
        self.model = DownloadsModel()
        for record in service.downloads.records():
            self.model.set_record(record)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(COLUMNS.index("Progress"), ProgressBarDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 200, 220, 90, 90)):
            self.view.setColumnWidth(column, width)
        self.cancel_button = QPushButton(tr("Hub", "Cancel"))
        self.resume_button = QPushButton(tr("Hub", "Resume"))
        self.remove_button = QPushButton(tr("Hub", "Remove from list"))
        self.hint = QLabel(
            tr(
                "Hub",
                "Downloads go to the Hugging Face cache, shared with other tools, and are checked "
                "against the Hub's SHA-256 before they appear in the library.",
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        for button in (self.cancel_button, self.resume_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def enqueue(self, requests: list[DownloadRequest]) -> None:
        """Add and start these downloads (a file already downloading is left alone)."""
        for request in requests:
            if request.key in self._handles:
                continue
            self.model.set_record(self._service.add(request))
            self.start(request.key)

    def start(self, key: str) -> None:
        """Start (or resume) the download ``key`` on the runner."""
        if key in self._handles:
            return
        handle = self._runner.start(self._service.job(key), f"download {key}")
        self._handles[key] = handle
        handle.progress.connect(self._on_handle_progress)
        handle.finished.connect(lambda path, k=key: self._on_handle_finished(k, str(path)))
        handle.failed.connect(lambda exc, k=key: self._on_handle_failed(k, exc))
        handle.done.connect(lambda k=key: self._on_handle_done(k))
        self._service.downloads.update(key, status="queued", message="")  # "Waiting" until a thread takes it
        self._refresh(key)

    def cancel(self, key: str) -> None:
        """Stop the download ``key`` (its connection is shut at once, whatever it is waiting for). One still
        waiting for a free thread is shown paused right away; its job ends as soon as it is given one."""
        handle = self._handles.get(key)
        if handle is None:
            return
        handle.cancel()
        record = self._service.downloads.get(key)
        if record is not None and record.status == "queued":
            self._service.downloads.update(
                key, status="paused", message=tr("Hub", "Cancelled; press Resume to continue.")
            )
        self._refresh(key)

    def _refresh(self, key: str) -> None:
        record = self._service.downloads.get(key)
        if record is not None:
            self.model.set_record(record)
        self._update_buttons()

    @Slot(object)
    def _on_handle_progress(self, progress: object) -> None:
        if isinstance(progress, DownloadProgress):
            row = self.model.row_of(progress.key)
            if row is not None and self.model.record(row).status != "downloading":
                self._refresh(progress.key)  # a thread took it: "Waiting" becomes "Downloading"
            self.model.set_progress(progress)

    def _on_handle_finished(self, key: str, path: str) -> None:
        self._refresh(key)
        self.download_finished.emit(path)

    def _on_handle_failed(self, key: str, exc: object) -> None:
        self._refresh(key)
        if isinstance(exc, HubAccessDenied):
            self.access_needed.emit(exc)

    def _on_handle_done(self, key: str) -> None:
        self._handles.pop(key, None)
        self._refresh(key)

    def _selected_key(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()).key if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        key = self._selected_key()
        record = self._service.downloads.get(key) if key else None
        running = key in self._handles if key else False
        self.cancel_button.setEnabled(running)
        self.resume_button.setEnabled(record is not None and not running and record.status in ("paused", "failed"))
        self.remove_button.setEnabled(record is not None and not running)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        key = self._selected_key()
        if key:
            self.cancel(key)

    @Slot()
    def _on_resume_button_clicked(self) -> None:
        key = self._selected_key()
        if key:
            self.start(key)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        key = self._selected_key()
        if key and key not in self._handles:
            self._service.downloads.remove(key)
            self.model.remove(key)
            self._update_buttons()
