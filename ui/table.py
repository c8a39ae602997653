"""A table model over a list of rows with fixed, named columns: the plumbing every table here shares."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


def roles_asked(roles: QModelRoleDataSpan | QModelRoleData) -> Iterable[QModelRoleData]:
    """The roles of a ``multiData`` call, one by one (Qt passes a span; its type stubs do not say it iterates)."""
    return (roles,) if isinstance(roles, QModelRoleData) else cast(Iterable[QModelRoleData], roles)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows in ``self._rows``, one column per name in :attr:`columns`; subclasses provide ``data``."""

    columns: ClassVar[tuple[str, ...]] = ()
    """The columns' English names (marked with ``tr_noop``); the header shows them translated."""
    translation_context: ClassVar[str] = "Table"
    """The context the column names are translated in (the panel's name)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Row] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:  # noqa: N802, N803
        """Every role a view asks for a cell, in one call from Qt rather than one call per role.

        A view paints a cell by asking for some seven roles. Each call from C++ into Python must take
        the GIL; while a worker thread runs Python (a library scan), every one of those waits its turn,
        and a repaint of a few hundred cells stalled the window for 100 ms and more.
        """
        for role_data in roles_asked(roleDataSpan):
            role_data.setData(self.data(index, role_data.role()))

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt API
        """Qt's own ``index`` asks ``rowCount`` and ``columnCount`` each time (two calls into Python per
        cell painted); this answers from the list directly."""
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(self.columns)):
            return QModelIndex()
        return self.createIndex(row, column)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.translation_context, self.columns[section])
        return None

    def row_changed(self, row: int) -> None:
        """Tell the views that every cell of ``row`` changed."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def row_at(self, index: Index) -> Row | None:
        """The row under ``index``, or None for an invalid or stale index."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]


class RowSortFilterProxyModel(QSortFilterProxyModel):
    """A sorting and filtering view of a :class:`RowTableModel` that passes a cell's roles to it in one call
    (Qt's proxy asks its source for each role separately)."""

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:  # noqa: N802, N803
        source = self.sourceModel()
        if source is not None:
            source.multiData(self.mapToSource(index), roleDataSpan)
