"""Table models of the Hub browser: search results (or the catalog) and a repository's files."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ui.i18n import format_integer, tr, tr_noop
from ui.table import RowTableModel
from ui.untrusted import CELL_LIMIT, one_line, tooltip
from workbench.chat.recommend import CatalogFit
from workbench.hub.catalog import CatalogModel
from workbench.hub.client import HubModel, RepoPage
from workbench.hub.quant import QuantGroup
from workbench.memory import verdict_label
from workbench.model_info import format_bytes, format_count

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
FilterRole = Qt.ItemDataRole.UserRole + 2
"""The words a row is found by (its repository, the catalog's name and summary), lower case."""
VERDICT_COLORS = {"fits": QColor("#2e8b57"), "tight": QColor("#d08a00"), "does not fit": QColor("#c0392b")}
UNREADABLE = QColor("#8a8a8a")

RESULT_COLUMNS = (
    tr_noop("Hub", "Repository"),
    tr_noop("Hub", "Parameters"),
    tr_noop("Hub", "Size class"),
    #: Column title: the size of the download (a noun).
    tr_noop("Hub", "Download"),
    tr_noop("Hub", "Fit on this machine"),
    tr_noop("Hub", "Formats"),
    tr_noop("Hub", "Quantizations"),
    tr_noop("Hub", "License"),
    #: Column title: how many times the model was downloaded (a count).
    tr_noop("Hub", "Downloads"),
    #: Column title: how many people liked the model on the Hub (a count).
    tr_noop("Hub", "Likes"),
    #: Column title: when the repository last changed.
    tr_noop("Hub", "Updated"),
)
"""A Hub search result's download size and fit show on its repository page; a recommended model's are estimated
from the catalog (its recommended file type and parameter count), offline."""


def catalog_as_results(catalog: list[CatalogModel]) -> tuple[list[HubModel], dict[str, str]]:
    """The catalog as result rows, and each one's summary (shown as its tooltip)."""
    rows = [HubModel(repo_id=m.repo_id, license=m.license, formats=m.formats, parameters=m.parameters) for m in catalog]
    return rows, {m.repo_id: f"{m.name}: {m.summary}" for m in catalog}


class HubResultsModel(RowTableModel[HubModel]):
    """Rows of :class:`HubModel`; replaced as a whole per search."""

    columns = RESULT_COLUMNS
    translation_context = "Hub"

    def __init__(self) -> None:
        super().__init__()
        self._notes: dict[str, str] = {}
        self._fits: dict[str, CatalogFit] = {}

    def set_results(
        self, rows: list[HubModel], notes: dict[str, str] | None = None, fits: list[CatalogFit] | None = None
    ) -> None:
        """Show ``rows``; ``notes`` are tooltips by repository, ``fits`` the catalog's size and fit estimates."""
        self.beginResetModel()
        self._rows = list(rows)
        self._notes = dict(notes or {})
        self._fits = {f.model.repo_id: f for f in fits or ()}
        self.endResetModel()

    def fit_of(self, repo_id: str) -> CatalogFit | None:
        return self._fits.get(repo_id)

    def result(self, row: int) -> HubModel:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        column = RESULT_COLUMNS[index.column()]
        fit = self._fits.get(m.repo_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            name, colon, summary = self._notes.get(m.repo_id, "").partition(": ")
            note = f"{name}: {tr('HubCatalog', summary)}" if colon else name  # a catalog summary in the language
            gated = tr("Hub", "\nGated: you need to accept its license on the website.") if m.gated else ""
            estimate = ""
            if fit is not None:
                file_type = fit.model.recommended_file or "4-bit"
                estimate = tr(
                    "Hub",
                    "\nIts {file_type} file: about {download_bytes}. {explanation}. Estimated from the catalog, "
                    "before any download.",
                ).format(
                    file_type=file_type,
                    download_bytes=format_bytes(fit.download_bytes),
                    explanation=fit.fit.explanation,
                )
            return tooltip(f"{m.repo_id}\n{note}{gated}{estimate}".strip())
        if role == SortRole:
            numeric = {
                "Parameters": m.parameters or 0,
                "Downloads": m.downloads,
                "Likes": m.likes,
                "Updated": m.last_modified.timestamp() if m.last_modified else 0,
                "Download": fit.download_bytes if fit else 0,
            }
            return numeric.get(column, str(self.data(index)).lower())
        if role == FilterRole:
            return f"{m.repo_id} {self._notes.get(m.repo_id, '')}".lower()
        if role == Qt.ItemDataRole.ForegroundRole and column == "Fit on this machine" and fit is not None:
            return VERDICT_COLORS.get(fit.verdict)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return one_line(self._display(m, column, fit), CELL_LIMIT)  # what the Hub says: one line, bounded

    @staticmethod
    def _display(m: HubModel, column: str, fit: CatalogFit | None) -> str:
        return {
            "Repository": tr("Hub", "{repository}  (gated)").format(repository=m.repo_id) if m.gated else m.repo_id,
            "Parameters": format_count(m.parameters) if m.parameters else "",
            "Size class": tr("Hub", m.size_class) if m.size_class else "",
            "Download": f"≈{format_bytes(fit.download_bytes)}" if fit else "",
            "Fit on this machine": verdict_label(fit.verdict) if fit else "",
            "Formats": ", ".join(f.upper() for f in m.formats),
            "Quantizations": ", ".join(m.quantizations[:6]) + ("…" if len(m.quantizations) > 6 else ""),
            "License": m.license,
            "Downloads": format_integer(m.downloads) if m.downloads else "",
            "Likes": format_integer(m.likes) if m.likes else "",
            "Updated": m.last_modified.strftime("%Y-%m-%d") if m.last_modified else "",
        }[column]


FILE_COLUMNS = (
    tr_noop("Hub", "Quantization"),
    tr_noop("Hub", "File"),
    #: Column title: the file's size on disk.
    tr_noop("Hub", "Size"),
    tr_noop("Hub", "Bits/weight"),
    tr_noop("Hub", "Fit on this machine"),
)


class RepoFilesModel(RowTableModel[QuantGroup]):
    """A repository's GGUF models, one row each: a single file, or a split model's parts together."""

    columns = FILE_COLUMNS
    translation_context = "Hub"

    def set_page(self, page: RepoPage | None) -> None:
        self.beginResetModel()
        self._rows = list(page.groups) if page else []
        self.endResetModel()

    def group(self, row: int) -> QuantGroup:
        return self._rows[row]

    def row_of_group(self, group: QuantGroup) -> int | None:
        return next((i for i, g in enumerate(self._rows) if g is group), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        group = self._rows[index.row()]
        column = FILE_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "Quantization":
                return one_line(group.quantization, CELL_LIMIT)
            if column == "File":  # file names are the uploader's: one line, bounded
                return one_line(group.label, CELL_LIMIT)
            if column == "Size":
                return format_bytes(group.size)
            if column == "Bits/weight":
                return f"≈{group.bits_per_weight:g}" if group.bits_per_weight else ""
            if column == "Fit on this machine":
                return one_line(group.problem or (verdict_label(group.fit.verdict) if group.fit else ""), CELL_LIMIT)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = "\n".join(f"{f.filename}  {format_bytes(f.size)}" for f in group.files)
            if group.problem:
                return tooltip(
                    tr("Hub", "{problem}: the repository lacks some of this model's files.\n{parts}").format(
                        problem=group.problem, parts=parts
                    )
                )
            if group.fit is not None:
                return tooltip(
                    tr(
                        "Hub",
                        "{parts}\n{explanation}\nEstimated from the file size; the exact figure appears in the "
                        "library after download.",
                    ).format(parts=parts, explanation=group.fit.explanation)
                )
            return tooltip(parts)
        if role == Qt.ItemDataRole.ForegroundRole and column == "Fit on this machine":
            if group.problem:
                return UNREADABLE
            if group.fit:
                return VERDICT_COLORS.get(group.fit.verdict)
        if role == Qt.ItemDataRole.FontRole and column in ("Quantization", "Fit on this machine"):
            font = QFont()
            font.setBold(True)
            return font
        return None
