"""The Hub tab: search the Hugging Face Hub (or browse the curated catalog offline), open a repository."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.hub.models import FilterRole, HubResultsModel, SortRole, catalog_as_results
from ui.hub.repo_page import RepositoryPage
from ui.i18n import tr, tr_noop
from ui.jobs import JobHandle, JobRunner
from ui.untrusted import LINE_LIMIT, ask_to_open, escaped, set_plain
from workbench.chat.recommend import judge_catalog
from workbench.hub.catalog import CatalogModel
from workbench.hub.client import HubClient, RepoPage, SearchFilters
from workbench.hub.errors import HubAccessDenied, HubOffline
from workbench.hub.quant import PREFERENCE
from workbench.hub.token import HubTokenStore
from workbench.jobs import Job

SORTS = (
    (tr_noop("Hub", "Most downloaded"), "downloads"),
    (tr_noop("Hub", "Most liked"), "likes"),
    (tr_noop("Hub", "Recently updated"), "last_modified"),
)
FORMATS = (
    (tr_noop("Hub", "Any format"), ""),
    ("GGUF", "gguf"),
    ("MLX", "mlx"),
    ("ONNX", "onnx"),
    (tr_noop("Hub", "Safetensors"), "safetensors"),
)
SIZES = (
    tr_noop("Hub", "Any size"),
    #: A model size class (filter): the smallest models.
    tr_noop("Hub", "Tiny"),
    tr_noop("Hub", "Micro"),
    tr_noop("Hub", "Small"),
    tr_noop("Hub", "Medium"),
    tr_noop("Hub", "Large"),
)
#: A license filter: any other license.
LICENSES = (tr_noop("Hub", "Any license"), "apache-2.0", "mit", "llama3.2", "gemma", tr_noop("Hub", "other"))
TOKENS_URL = "https://huggingface.co/settings/tokens"
HUB_URL = "https://huggingface.co/"


class HubPanel(QWidget):
    """Search, results, repository page; every network call runs on ``runner``.

    ``tokens`` is where a token the person enters is stored; pass the same store to ``HubClient(token=tokens)``.

    Signals (GUI thread):
        download_requested(list): download these files (list of ``DownloadRequest``) — connect to
            ``DownloadsPanel.enqueue``.
        offline_changed(bool): the Hub became unreachable (True) or reachable again (False).
    """

    download_requested = Signal(list)
    """Download these DownloadRequests."""
    offline_changed = Signal(bool)
    """True when the Hub cannot be reached."""

    def __init__(
        self,
        client: HubClient,
        catalog: list[CatalogModel],
        runner: JobRunner,
        tokens: HubTokenStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._catalog = catalog
        self._runner = runner
        self._tokens = tokens
        self._job: JobHandle | None = None
        self._pending_repo = ""
        self._opening = ""
        """The repository being opened, while it is."""
        self.offline = False
        self.showing_catalog = False
        """Whether the table shows the recommended models (which the search text then filters at once)."""

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("Hub", "Search the Hugging Face Hub, e.g. qwen3 gguf"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_button = QPushButton(tr("Hub", "Search"))
        self.catalog_button = QPushButton(tr("Hub", "Recommended"))
        self.catalog_button.setToolTip(tr("Hub", "Models recommended for laptops (works offline)"))
        self.sort_combo = QComboBox()
        for label, key in SORTS:
            self.sort_combo.addItem(tr("Hub", label), key)
        self.format_combo = QComboBox()
        for label, key in FORMATS:
            self.format_combo.addItem(tr("Hub", label), key)
        self.size_combo = QComboBox()
        for size in SIZES:
            self.size_combo.addItem(tr("Hub", size), size)
        self.quant_combo = QComboBox()
        self.quant_combo.addItem(tr("Hub", "Any quantization"))
        self.quant_combo.addItems(sorted(PREFERENCE))
        self.license_combo = QComboBox()
        for license_name in LICENSES:
            self.license_combo.addItem(tr("Hub", license_name), license_name)
        row1 = QHBoxLayout()
        row1.addWidget(self.search_edit, 1)
        row1.addWidget(self.search_button)
        row1.addWidget(self.catalog_button)
        row2 = QHBoxLayout()
        for combo in (self.sort_combo, self.format_combo, self.size_combo, self.quant_combo, self.license_combo):
            row2.addWidget(combo)
        row2.addStretch(1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.linkActivated.connect(self._on_status_link_activated)
        self.access_box = QFrame()
        self.access_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.access_text = QLabel()
        self.access_text.setWordWrap(True)
        self.access_text.setTextFormat(Qt.TextFormat.RichText)  # our own, with the Hub's words escaped
        self.access_text.linkActivated.connect(self._on_access_text_link_activated)
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(tr("Hub", "hf_… access token"))
        self.token_button = QPushButton(tr("Hub", "Use token"))
        access = QVBoxLayout(self.access_box)
        access.addWidget(self.access_text)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_edit, 1)
        token_row.addWidget(self.token_button)
        access.addLayout(token_row)
        self.access_box.hide()

        self.results = HubResultsModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.results)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterRole(FilterRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the Hub's order until a header is clicked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for column in range(self.results.columnCount()):  # the repository names in full, on one line
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.open_button = QPushButton(tr("Hub", "Open repository"))
        self.open_button.setEnabled(False)
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.view, 1)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)
        results_layout.addLayout(open_row)
        self.repo_page = RepositoryPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(results_page)
        self.stack.addWidget(self.repo_page)

        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.status)
        layout.addWidget(self.access_box)
        layout.addWidget(self.stack, 1)

        self.search_edit.returnPressed.connect(self.search)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_button.clicked.connect(self.search)
        self.catalog_button.clicked.connect(self.show_catalog)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.repo_page.back_requested.connect(self._on_repo_page_back_requested)
        self.repo_page.download_requested.connect(self.download_requested)
        self.token_button.clicked.connect(self._on_token_button_clicked)
        self.show_catalog()

    # -- what is shown ---------------------------------------------------------------------------

    @Slot()
    def show_catalog(self) -> None:
        """The curated catalog (no network needed)."""
        rows, notes = catalog_as_results(self._catalog)
        self.results.set_results(rows, notes, judge_catalog(self._catalog))
        self.showing_catalog = True
        self._filter_catalog()
        self.stack.setCurrentIndex(0)
        if not self.offline:
            self._set_status(self._catalog_status())

    def retranslate_texts(self) -> None:
        """After a language switch: the catalog's estimates and the count line anew (search results stay as the
        Hub wrote them)."""
        if self.showing_catalog:
            self.results.set_results(*catalog_as_results(self._catalog), judge_catalog(self._catalog))
            self._filter_catalog()
            if not self.offline:
                self._set_status(self._catalog_status())

    def _filter_catalog(self) -> None:
        words = self.search_edit.text().strip() if self.showing_catalog else ""
        self.proxy.setFilterFixedString(words)

    def _catalog_status(self) -> str:
        words = self.search_edit.text().strip()
        if not words:
            return tr(
                "Hub",
                "{count} models recommended for laptops, with their size and whether they fit this computer. Search "
                "to find more on the Hub.",
            ).format(count=len(self._catalog))
        shown = self.proxy.rowCount()
        if shown == 0:
            return tr("Hub", "No recommended model matches “{words}”. Press Search to look on the Hub.").format(
                words=words
            )
        return tr(
            "Hub", "{shown} of {count} recommended models match “{words}”. Press Search to look on the Hub."
        ).format(shown=shown, count=len(self._catalog), words=words)

    def filters(self) -> SearchFilters:
        return SearchFilters(
            format=self.format_combo.currentData() or "",
            size_class="" if self.size_combo.currentIndex() == 0 else self.size_combo.currentData(),
            quantization="" if self.quant_combo.currentIndex() == 0 else self.quant_combo.currentText(),
            license="" if self.license_combo.currentIndex() == 0 else self.license_combo.currentData(),
        )

    @Slot()
    def search(self) -> None:
        """Search the Hub with the text, sort and filters; results replace the table when they arrive."""
        query, sort, filters = self.search_edit.text().strip(), self.sort_combo.currentData(), self.filters()
        client = self._client
        self._opening = ""
        self._start(lambda progress, cancel: client.search(query, sort, filters), "hub search", self._on_results)
        self._set_status(
            tr("Hub", "Searching the Hub for “{query}”…").format(query=query)
            if query
            else tr("Hub", "Listing popular models on the Hub…")
        )

    def open_repository(self, repo_id: str) -> None:
        """Load and show the repository page of ``repo_id``."""
        client = self._client
        self._pending_repo = self._opening = repo_id
        self._start(lambda progress, cancel: client.repository(repo_id), "hub repository", self._on_page)
        if self.offline:
            opening = tr(
                "Hub",
                "Opening {repo_id}… (a repository's files are listed by the Hugging Face Hub: this needs the internet)",
            )
        else:
            opening = tr("Hub", "Opening {repo_id}…")
        self._set_status(opening.format(repo_id=repo_id))

    def _start(self, job: Job, name: str, on_result: Callable[[Any], None]) -> None:
        if self._job is not None:
            self._job.cancel()
        handle = self._runner.start(job, name)
        self._job = handle

        def finished(result: Any, h: JobHandle = handle) -> None:
            if h is self._job:
                on_result(result)

        def failed(exc: BaseException, h: JobHandle = handle) -> None:
            if h is self._job:
                self._on_failed(exc)

        handle.finished.connect(finished)
        handle.failed.connect(failed)
        handle.done.connect(lambda h=handle: self._on_job_done(h))

    def _on_job_done(self, handle: JobHandle) -> None:
        if handle is self._job:
            self._job = None

    def _on_results(self, results: object) -> None:
        assert isinstance(results, list)
        self._set_offline(False)
        self.showing_catalog = False
        self.results.set_results(results)
        self._filter_catalog()
        self.stack.setCurrentIndex(0)
        self.access_box.hide()
        self._set_status(
            tr("Hub", "{count} models found.").format(count=len(results))
            if results
            else tr("Hub", "No models match; try other words or fewer filters.")
        )

    def _on_page(self, page: object) -> None:
        assert isinstance(page, RepoPage)
        self._opening = ""
        self._set_offline(False)
        self.access_box.hide()
        self.repo_page.show_page(page)
        self.stack.setCurrentWidget(self.repo_page)
        self._set_status("")

    def _on_failed(self, exc: object) -> None:
        opening, self._opening = self._opening, ""
        if isinstance(exc, HubOffline):
            self._set_offline(True, str(exc), opening)
            return
        if isinstance(exc, HubAccessDenied):
            self.show_access_needed(exc)
            return
        self._set_status(f"<span style='color:#c0392b'>{escaped(str(exc))}</span>", rich=True)

    def show_access_needed(self, exc: HubAccessDenied) -> None:
        """Explain how to get access to a gated repository and offer to enter a token."""
        self._pending_repo = exc.repo_id or self._pending_repo
        keep = (
            tr("Hub", "saved in your system's keyring")
            if self._tokens.persistent
            else tr("Hub", "kept until the app closes")
        )
        address = escaped(exc.access_url, LINE_LIMIT)
        self.access_text.setText(
            tr(
                "Hub",
                '<b>{headline}</b> {exc}<br><a href="{access_url}">{address}</a> · '
                '<a href="{TOKENS_URL}">Create a token</a> (it will be {keep}).',
            ).format(
                headline=escaped(exc.headline, LINE_LIMIT),
                exc=escaped(str(exc)),
                access_url=html.escape(exc.access_url, quote=True),
                address=address,
                TOKENS_URL=TOKENS_URL,
                keep=keep,
            )
        )
        self.access_box.show()
        self._set_status("")

    def _set_offline(self, offline: bool, reason: str = "", opening: str = "") -> None:
        """``opening``: the repository that could not be opened for it (its page is offered, to open later)."""
        changed = offline != self.offline
        self.offline = offline
        if offline:
            self.show_catalog()
            words = self.search_edit.text().strip()
            matching = (
                tr("Hub", " ({rowCount} matching “{words}”)").format(
                    rowCount=self.proxy.rowCount(), words=escaped(words, LINE_LIMIT)
                )
                if words
                else ""
            )
            what = ""
            if opening:
                address = HUB_URL + opening
                what = tr(
                    "Hub",
                    "<b>{opening} cannot be opened:</b> its files are listed by the Hugging Face Hub. Its page, for "
                    'later: <a href="{address}">{shown_address}</a>.<br>',
                ).format(
                    opening=escaped(opening, LINE_LIMIT),
                    address=html.escape(address, quote=True),
                    shown_address=escaped(address, LINE_LIMIT),
                )
            self._set_status(
                tr(
                    "Hub",
                    "{what}<span style='color:#d08a00'><b>Offline.</b> {reason}</span> The recommended models "
                    "below{matching}, with their size and fit, and your library still work.",
                ).format(what=what, reason=escaped(reason), matching=matching),
                rich=True,
            )
        if changed:
            self.offline_changed.emit(offline)

    @Slot(str)
    def _on_status_link_activated(self, link: str) -> None:
        ask_to_open(self, QUrl(link))  # a repository's page on the Hub: opened only if the person agrees

    @Slot(str)
    def _on_search_edit_text_changed(self, _text: str) -> None:
        if self.showing_catalog:
            self._filter_catalog()
            if not self.offline:
                self._set_status(self._catalog_status())

    def _set_status(self, text: str, rich: bool = False) -> None:
        """Show ``text`` (plain; ``rich`` only for our own rich text with untrusted parts escaped)."""
        if rich:
            self.status.setTextFormat(Qt.TextFormat.RichText)
            self.status.setText(text)
        else:
            set_plain(self.status, text)
        self.status.setVisible(bool(text))

    @Slot(str)
    def _on_access_text_link_activated(self, link: str) -> None:
        if link == TOKENS_URL:  # our own address
            QDesktopServices.openUrl(QUrl(TOKENS_URL))
        else:  # the address the Hub gave: shown whole, opened only if the person agrees
            ask_to_open(self, QUrl(link))

    # -- slots -----------------------------------------------------------------------------------

    def _selected_repo(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.results.result(self.proxy.mapToSource(rows[0]).row()).repo_id if rows else None

    @Slot()
    def _on_view_selection_changed(self) -> None:
        self.open_button.setEnabled(self._selected_repo() is not None)

    @Slot(QModelIndex)
    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        self.open_repository(self.results.result(self.proxy.mapToSource(index).row()).repo_id)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        repo = self._selected_repo()
        if repo:
            self.open_repository(repo)

    @Slot()
    def _on_repo_page_back_requested(self) -> None:
        self.stack.setCurrentIndex(0)

    @Slot()
    def _on_token_button_clicked(self) -> None:
        token = self.token_edit.text().strip()
        if not token:
            return
        self._tokens.set(token)
        self.token_edit.clear()
        self.access_box.hide()
        if self._pending_repo:
            self.open_repository(self._pending_repo)


__all__ = ["HubPanel"]
