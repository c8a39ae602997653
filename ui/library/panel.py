"""The Library tab: every model on this machine in a sortable, filterable table, with details and actions."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.jobs import JobHandle, JobRunner
from ui.library.details import LibraryDetails
from ui.library.model import COLUMNS, LibraryTableModel, PreparedRow, SortRole
from ui.table import RowSortFilterProxyModel
from ui.untrusted import ask, inform, one_line, set_plain
from workbench.jobs import CancelToken, ProgressCallback
from workbench.library import (
    DeleteResult,
    LibraryEntry,
    LibraryScanner,
    ScanProgress,
    ScanResult,
    delete_entry,
    scan_job,
)

INSERT_INTERVAL_MS = 150
"""While a scan reports rows, they go into the table at most this often: each insert repaints the table."""
FIT_SAMPLE_ROWS = 60
NAME_COLUMN_MAX_PX = 260
CELL_PADDING_PX = 16
SORT_ARROW_PX = 14


@dataclass(frozen=True)
class PreparedBatch:
    """A scan's :class:`ScanProgress` with its rows already prepared for the table."""

    rows: tuple[PreparedRow, ...]
    scanned: int


def _prepared_scan(scanner: LibraryScanner) -> Callable[[ProgressCallback, CancelToken], ScanResult]:
    """The scan job, preparing each batch's rows (texts, sort values) on the worker thread."""
    scan = scan_job(scanner)

    def job(progress: ProgressCallback, cancel: CancelToken) -> ScanResult:
        def report(update: object) -> None:
            if isinstance(update, ScanProgress):
                rows = tuple(LibraryTableModel.prepare(entry) for entry in update.entries)
                progress(PreparedBatch(rows, update.scanned))

        return scan(report, cancel)

    return job


class LibraryPanel(QWidget):
    """Lists what ``scanner`` finds, scanning on ``runner`` (never on the GUI thread), rows added as found.

    Signals (GUI thread):
        chat_requested(str): chat with the model at this path.
        quantize_requested(str): open quantization for the model at this path.
        compare_requested(list): compare these model paths (list of str).
        arena_requested(list): open these model paths (two to four, list of str) in the Arena.
        folders_changed(list): the person added or removed folders to scan (list of str) — persist them.
        scan_finished(int): a scan ended with this many models listed.
    """

    chat_requested = Signal(str)
    """Chat with the model at this path."""
    quantize_requested = Signal(str)
    """Quantize the model at this path."""
    compare_requested = Signal(list)
    """Compare the models at these paths."""
    arena_requested = Signal(list)
    """Open the models at these paths (two to four) in the Arena."""
    folders_changed = Signal(list)
    """The user-added folders now are these paths (str); save them in the settings."""
    scan_finished = Signal(int)
    """A scan finished; the number of models listed."""

    def __init__(self, scanner: LibraryScanner, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scanner = scanner
        self._runner = runner
        self._scan: JobHandle | None = None
        self._queue: deque[PreparedRow] = deque()
        """Rows found but not yet in the table: inserted every :data:`INSERT_INTERVAL_MS`."""
        self._finished: ScanResult | None = None
        self._drain_timer = QTimer(self)
        self._drain_timer.setInterval(INSERT_INTERVAL_MS)
        self._drain_timer.timeout.connect(self._on_drain_timer_timeout)
        self.model = LibraryTableModel()
        self.proxy = RowSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Library", "Filter by name, architecture, quantization, source…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.rescan_button = QPushButton(tr("Library", "Rescan"))
        self.add_folder_button = QPushButton(tr("Library", "Add folder…"))
        self.add_folder_button.setToolTip(tr("Library", "Also look for models in a folder of your choice"))
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.status)
        top.addWidget(self.add_folder_button)
        top.addWidget(self.rescan_button)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 80, 75, 65, 80, 70, 70, 60, 90, 80)):
            self.view.setColumnWidth(column, width)
        self.details = LibraryDetails()
        splitter = QSplitter()
        splitter.addWidget(self.view)
        details_scroll = QScrollArea()  # a long name or license, or a short window: the details scroll
        details_scroll.setWidget(self.details)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.addWidget(details_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.rescan_button.clicked.connect(self.rescan)
        self.add_folder_button.clicked.connect(self._on_add_folder_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.details.chat_requested.connect(self.chat_requested)
        self.details.quantize_requested.connect(self.quantize_requested)
        self.details.compare_clicked.connect(self._on_details_compare_clicked)
        self.details.arena_clicked.connect(self._on_details_arena_clicked)
        self.details.reveal_clicked.connect(self._on_details_reveal_clicked)
        self.details.delete_clicked.connect(self._on_details_delete_clicked)
        self._set_status("")

    # -- scanning --------------------------------------------------------------------------------

    @property
    def scanning(self) -> bool:
        return self._scan is not None

    @Slot()
    def rescan(self) -> None:
        """Start a scan (cancelling one in progress); rows appear as files are read."""
        if self._scan is not None:
            self._scan.cancel()
        handle = self._runner.start(_prepared_scan(self._scanner), "library scan")
        self._scan = handle
        # While a scan inserts rows, the sorted view would compare each new row with others by calling
        # data() from C++ — thousands of calls, each waiting for the GIL the scanning thread holds (stalls
        # of 100 ms and more). Rows found go in unsorted; the view sorts once when the scan ends.
        self.proxy.setDynamicSortFilter(False)
        self._finished = None
        self._queue.clear()  # rows the cancelled scan found; this one finds them again
        handle.progress.connect(lambda report, h=handle: self._on_scan_progress(h, report))
        handle.finished.connect(lambda result, h=handle: self._on_scan_finished(h, result))
        handle.failed.connect(lambda exc, h=handle: self._on_scan_failed(h, exc))
        handle.cancelled.connect(lambda h=handle: self._on_scan_ended(h))
        self._set_status(tr("Library", "Scanning…"))

    def _on_scan_progress(self, handle: JobHandle, report: object) -> None:
        if handle is self._scan and isinstance(report, PreparedBatch):
            self._queue.extend(report.rows)
            if not self._drain_timer.isActive():
                self._drain_timer.start()
            self._set_status(tr("Library", "Scanning… {scanned} found").format(scanned=report.scanned))

    def _on_drain_timer_timeout(self) -> None:
        """Insert the rows found since the last turn, all at once: one repaint for them all."""
        first = self.model.rowCount() == 0
        batch = list(self._queue)
        self._queue.clear()
        self.model.add_prepared(batch)
        if first and batch:
            self.fit_columns()
        self._drain_timer.stop()
        if self._finished is not None:
            result, self._finished = self._finished, None
            self._complete_scan(result)

    def _on_scan_finished(self, handle: JobHandle, result: object) -> None:
        if handle is not self._scan or not isinstance(result, ScanResult):
            return
        self._scan = None
        if self._queue:
            self._finished = result  # completed once the queued rows are in
        else:
            self._complete_scan(result)

    def _complete_scan(self, result: ScanResult) -> None:
        missing = [e for e in result.entries if self.model.row_of(e.path) is None]
        self.model.add_entries(missing)
        listed_elsewhere = {e.path for e in self.model.entries() if e.source == "endpoint"}  # the endpoints' feed
        self.model.retain({e.path for e in result.entries} | listed_elsewhere)
        self._set_status("")
        self._sort_again()
        self.fit_columns()
        self._show_selection()  # a selected row the scan found changed (a part back, a problem in other words)
        self.scan_finished.emit(self.model.rowCount())

    def _sort_again(self) -> None:
        """Back to keeping the view sorted (and filtered) as rows change, and sort what the scan added."""
        self.proxy.setDynamicSortFilter(True)
        header = self.view.horizontalHeader()
        self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def fit_columns(self) -> None:
        """Size the columns to their text, judged on a sample of rows.

        Not ``resizeColumnsToContents``: that asks the model for every cell in several roles, which took
        seconds on the GUI thread for a few hundred models.
        """
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        rows = self.model.rowCount()
        step = max(1, rows // FIT_SAMPLE_ROWS)
        texts = [self.model.display_row(row) for row in range(0, rows, step)]
        for column, name in enumerate(COLUMNS[:-1]):  # the last column stretches
            widest = max([metrics.horizontalAdvance(t[column]) for t in texts], default=0)
            title = tr("Library", name)  # the header as shown, in the language in use
            width = max(widest, header.fontMetrics().horizontalAdvance(title) + SORT_ARROW_PX) + CELL_PADDING_PX
            self.view.setColumnWidth(column, min(width, NAME_COLUMN_MAX_PX) if column == 0 else width)

    def _on_scan_failed(self, handle: JobHandle, exc: object) -> None:
        if handle is self._scan:
            self._scan = None
            self._set_status(tr("Library", "The scan stopped: {exc}").format(exc=exc))
            self._sort_again()

    def _on_scan_ended(self, handle: JobHandle) -> None:
        if handle is self._scan:
            self._scan = None
            self._set_status("")
            self._sort_again()

    def retranslate_texts(self) -> None:
        """After a language switch: the table's cells, the count line and the details pane anew. What is wrong
        with a file was described in the language of its scan: such files are read again."""
        self.model.retranslate()
        self.refresh_status()
        self._show_selection()
        self.fit_columns()
        if any(e.problem and e.local for e in self.model.entries()):
            self._scanner.forget_problems()
            self.rescan()

    def refresh_status(self) -> None:
        """Recount the rows in the status line (rows added from elsewhere, e.g. an endpoint's models)."""
        if self._scan is None:
            self._set_status("")

    def _set_status(self, text: str) -> None:
        entries = self.model.entries()
        offline = sum(1 for e in entries if not e.local and not e.readable)  # an endpoint that is down
        count = len(entries) - offline
        unreadable = sum(1 for e in entries if not e.readable) - offline
        parts = [tr("Library", "1 model") if count == 1 else tr("Library", "{count} models").format(count=count)]
        if unreadable:
            parts.append(tr("Library", "{count} unreadable").format(count=unreadable))
        if offline == 1:
            parts.append(tr("Library", "1 endpoint not reachable"))
        elif offline:
            parts.append(tr("Library", "{count} endpoints not reachable").format(count=offline))
        summary = ", ".join(parts)
        set_plain(self.status, one_line(text or summary))

    # -- selection and actions -------------------------------------------------------------------

    def selected_entries(self) -> list[LibraryEntry]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.entry(r) for r in rows]

    def select_path(self, path: str) -> bool:
        row = self.model.row_of(path)
        if row is None:
            return False
        self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selection()

    def _show_selection(self) -> None:
        """The details pane and its buttons for the selected rows (as they are now)."""
        entries = self.selected_entries()
        self.details.show_entry(entries[0] if entries else None)
        self.details.compare_button.setEnabled(len(entries) >= 2)
        self.details.arena_button.setEnabled(2 <= len([e for e in entries if e.readable]) <= 4)

    @Slot()
    def _on_details_compare_clicked(self) -> None:
        paths = [e.path for e in self.selected_entries() if e.readable]
        if len(paths) >= 2:
            self.compare_requested.emit(paths)

    @Slot()
    def _on_details_arena_clicked(self) -> None:
        paths = [e.path for e in self.selected_entries() if e.readable]
        if 2 <= len(paths) <= 4:
            self.arena_requested.emit(paths)

    @Slot()
    def _on_details_reveal_clicked(self) -> None:
        entry = self.details.entry
        if entry is not None:
            path = Path(entry.path)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path if path.is_dir() else path.parent)))

    @Slot()
    def _on_details_delete_clicked(self) -> None:
        entry = self.details.entry
        if entry is not None:
            self.delete(entry)

    def confirm(self, title: str, text: str) -> bool:
        """Ask yes/no (``text`` names the model: plain text); the default answer is No."""
        return ask(self, title, text)

    def delete(self, entry: LibraryEntry) -> DeleteResult | None:
        """Delete after confirmation; outside the app's folders a second, explicit question is asked."""
        own = self._scanner.sources.own_folders()
        result = delete_entry(entry, own, outside_confirmed=False) if entry.source in ("starter", "ollama") else None
        if result is None:
            if not self.confirm(
                tr("Library", "Delete model"),
                tr("Library", "Delete {name} ({file}) from the disk?").format(
                    name=entry.name, file=Path(entry.path).name
                ),
            ):
                return None
            result = delete_entry(entry, own)
            if result.outcome == "needs-confirmation":
                if not self.confirm(tr("Library", "Delete a file outside the app's folders"), result.message):
                    return None
                result = delete_entry(entry, own, outside_confirmed=True)
        if result.outcome == "deleted":
            self._scanner.forget(entry.path)
            self.model.remove_path(entry.path)
            self._set_status("")
        else:
            inform(self, tr("Library", "Delete model"), result.message)
        return result

    @Slot()
    def _on_add_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Library", "Add a folder with models"))
        if folder:
            self.add_folder(folder)

    def add_folder(self, folder: str) -> None:
        """Scan ``folder`` too (from now on) and rescan."""
        sources = self._scanner.sources
        if Path(folder) not in sources.user_folders:
            sources.user_folders = [*sources.user_folders, Path(folder)]
            self.folders_changed.emit([str(p) for p in sources.user_folders])
        self.rescan()
