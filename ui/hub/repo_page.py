"""A repository's page: model card summary, license, its models (split files as one) with fit, a hint, Download."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.hub.models import RepoFilesModel
from ui.i18n import format_integer, tr
from ui.untrusted import LABEL_LIMIT, LINE_LIMIT, BoundedText, ask_to_open, one_line, set_plain, tooltip
from workbench.hub.client import RepoPage
from workbench.hub.download import DownloadRequest
from workbench.hub.quant import PREFERENCE
from workbench.model_info import format_count


class RepositoryPage(QWidget):
    """Shows one :class:`RepoPage`.

    Signals (GUI thread):
        download_requested(list): download these files (list of :class:`DownloadRequest`: one model, every part).
        back_requested(): return to the results.
    """

    download_requested = Signal(list)
    """Download these DownloadRequests (the parts of one quantization)."""
    back_requested = Signal()
    """Go back to the list of results."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: RepoPage | None = None
        self.back_button = QPushButton(tr("Hub", "← Results"))
        # Everything the Hub says (name, license, model card, file names) is plain text, bounded.
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.facts = BoundedText(title=tr("Hub", "License"))
        self.website = QLabel(
            tr("Hub", '<a href="website">Open on the website</a>')
        )  # our own link, to our own address
        self.website.setTextFormat(Qt.TextFormat.RichText)
        self.website.setToolTip(tr("Hub", "Asks first, then opens the repository's page in your web browser"))
        self.summary = BoundedText(limit=LABEL_LIMIT * 2, title=tr("Hub", "Model card"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(
            "padding: 8px; border-radius: 6px; background: rgba(46, 139, 87, 0.12); font-weight: 600;"
        )
        self.files = RepoFilesModel()
        self.view = QTableView()
        self.view.setModel(self.files)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel(
            tr("Hub", "Fit is estimated from each file's size at 4,096 tokens of context; hover a row for the numbers.")
        )
        self.note.setStyleSheet("color: palette(mid);")
        self.note.setWordWrap(True)  # longer in Danish, Norwegian and Swedish: it must not widen the window
        #: Button: download the chosen file (a verb).
        self.download_button = QPushButton(tr("Hub", "Download", "button"))
        self.download_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.download_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        facts = QHBoxLayout()
        facts.addWidget(self.facts, 1)
        facts.addWidget(self.website, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(facts)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.back_button.clicked.connect(self.back_requested)
        self.website.linkActivated.connect(self._on_website_link_activated)
        self.download_button.clicked.connect(self._on_download_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)

    def show_page(self, page: RepoPage) -> None:
        """Fill the page, and preselect the file the hint recommends."""
        self.page = page
        set_plain(self.title, page.repo_id, LINE_LIMIT)
        facts = [tr("Hub", "License: {license}").format(license=page.license)]
        if page.parameters:
            facts.insert(0, tr("Hub", "{parameters} parameters").format(parameters=format_count(page.parameters)))
        if page.gated:
            facts.append(tr("Hub", "gated: accept the license on the website"))
        self.facts.set_text(" · ".join(facts))
        self.summary.set_text(page.summary)
        set_plain(self.hint, page.hint)
        self.files.set_page(page)
        self.note.setText(
            tr(
                "Hub",
                "Fit is estimated from each file's size at {context_length} tokens of context; hover a row for the "
                "numbers.",
            ).format(context_length=format_integer(page.context_length))
        )
        self._select_recommended()

    def _select_recommended(self) -> None:
        page = self.page
        if page is None or not page.groups:
            self.download_button.setEnabled(False)
            return
        whole = [g for g in page.groups if g.complete]
        if not whole:
            self.download_button.setEnabled(False)
            return
        fitting = [g for g in whole if g.fit is not None and g.fit.verdict != "does not fit"] or whole
        rank = {q: i for i, q in enumerate(PREFERENCE)}
        best = min(fitting, key=lambda g: rank.get(g.quantization, len(PREFERENCE)))
        row = self.files.row_of_group(best)
        if row is not None:
            self.view.selectRow(row)

    def selected_requests(self) -> list[DownloadRequest]:
        """The files of the selected model (every part of a split one); none for an incomplete one."""
        rows = self.view.selectionModel().selectedRows()
        if self.page is None or not rows:
            return []
        group = self.files.group(rows[0].row())
        if not group.complete:
            return []
        return [DownloadRequest(self.page.repo_id, f.filename, size=f.size, sha256=f.sha256) for f in group.files]

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        requests = self.selected_requests()
        self.download_button.setEnabled(bool(requests))
        rows = self.view.selectionModel().selectedRows()
        if rows:
            group = self.files.group(rows[0].row())
            parts = (
                tr("Hub", " ({part_count} parts)").format(part_count=group.part_count) if group.part_count > 1 else ""
            )
            self.download_button.setText(
                tr("Hub", "Download {quantization}{parts}").format(
                    quantization=one_line(group.quantization, 40), parts=parts
                )
            )
            self.download_button.setToolTip(tooltip(group.problem or ""))

    @Slot(str)
    def _on_website_link_activated(self, _link: str) -> None:
        if self.page is not None:
            ask_to_open(self, QUrl(self.page.url))

    @Slot()
    def _on_download_button_clicked(self) -> None:
        requests = self.selected_requests()
        if requests:
            self.download_requested.emit(requests)


__all__ = ["RepositoryPage"]
