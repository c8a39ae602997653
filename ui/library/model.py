"""The library table: a QAbstractTableModel over LibraryEntry rows, appended as a scan finds them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ui.i18n import format_decimal, format_integer, tr, tr_noop
from ui.table import RowTableModel, roles_asked
from ui.untrusted import CELL_LIMIT, one_line, tooltip
from workbench.library import LibraryEntry
from workbench.library.entry import problem_in_words, problem_kind_in_words
from workbench.memory import verdict_label
from workbench.model_info import format_bytes, format_count

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
"""Raw values (numbers for numeric columns) for sorting."""

COLUMNS = (
    tr_noop("Library", "Name"),
    tr_noop("Library", "Architecture"),
    tr_noop("Library", "Parameters"),
    tr_noop("Library", "Size class"),
    tr_noop("Library", "Quantization"),
    tr_noop("Library", "Bits/weight"),
    tr_noop("Library", "File size"),
    tr_noop("Library", "Context"),
    #: Column title: whether the model fits in this computer's memory.
    tr_noop("Library", "Fit"),
    tr_noop("Library", "Backend"),
    tr_noop("Library", "Source"),
)
NUMERIC_COLUMNS = (
    tr_noop("Library", "Parameters"),
    "Bits/weight",
    tr_noop("Library", "File size"),
    tr_noop("Library", "Context"),
)
VERDICT_COLORS = {"fits": QColor("#2e8b57"), "tight": QColor("#d08a00"), "does not fit": QColor("#c0392b")}
UNREADABLE_COLOR = QColor("#8a8a8a")
DISPLAY = Qt.ItemDataRole.DisplayRole
ANSWERED_ROLES = frozenset(
    (SortRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole)
)
"""The roles besides display that :meth:`LibraryTableModel.data` answers."""


@dataclass(frozen=True)
class PreparedRow:
    """An entry with its column texts and sort values, made wherever it is convenient — a scan makes them
    on its worker thread, so the GUI thread only appends them."""

    entry: LibraryEntry
    texts: tuple[str, ...]
    keys: tuple[Any, ...]


class LibraryTableModel(RowTableModel[LibraryEntry]):
    """One row per :class:`LibraryEntry`; :meth:`add_entries` inserts new rows and updates known ones in place."""

    columns = COLUMNS
    translation_context = "Library"

    def __init__(self) -> None:
        super().__init__()
        self._row_of: dict[str, int] = {}
        self._keys: list[tuple[Any, ...]] = []
        """Each row's sort values, made once: the sorted view asks for them many times per inserted row."""
        self._texts: list[tuple[str, ...]] = []
        """Each row's column texts, made once: every repaint asks for them."""

    def entry(self, row: int) -> LibraryEntry:
        return self._rows[row]

    def entries(self) -> list[LibraryEntry]:
        return list(self._rows)

    def display_row(self, row: int) -> tuple[str, ...]:
        """Every column's text of ``row``, straight from the entry (no view round trips)."""
        return self._texts[row]

    def retranslate(self) -> None:
        """Write every row's cells again in the language installed now (a language switch)."""
        self._texts = [self._row_texts(entry) for entry in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def row_of(self, path: str) -> int | None:
        return self._row_of.get(path)

    @classmethod
    def prepare(cls, entry: LibraryEntry) -> PreparedRow:
        """``entry`` with its texts and sort values; plain Python, safe on any thread."""
        return PreparedRow(entry, cls._row_texts(entry), cls._sort_keys(entry))

    def add_entries(self, entries: list[LibraryEntry] | tuple[LibraryEntry, ...]) -> None:
        """Append new paths with one insert; changed known paths emit ``dataChanged`` for their row only."""
        self.add_prepared([self.prepare(entry) for entry in entries])

    def add_prepared(self, rows: list[PreparedRow]) -> None:
        """:meth:`add_entries` for rows already prepared."""
        new = []
        for prepared in rows:
            row = self._row_of.get(prepared.entry.path)
            if row is None:
                new.append(prepared)
            elif self._rows[row] != prepared.entry:
                self._rows[row], self._texts[row], self._keys[row] = prepared.entry, prepared.texts, prepared.keys
                self.row_changed(row)
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for prepared in new:
                self._row_of[prepared.entry.path] = len(self._rows)
                self._rows.append(prepared.entry)
                self._texts.append(prepared.texts)
                self._keys.append(prepared.keys)
            self.endInsertRows()

    def remove_path(self, path: str) -> None:
        row = self._row_of.get(path)
        if row is not None:
            self._remove_rows([row])

    def retain(self, paths: set[str]) -> None:
        """Drop rows whose path a finished scan no longer found."""
        self._remove_rows([i for i, e in enumerate(self._rows) if e.path not in paths])

    def _remove_rows(self, rows: list[int]) -> None:
        """Remove ``rows`` in runs of neighbours, last first, and renumber once."""
        if not rows:
            return
        runs: list[list[int]] = []
        for row in sorted(rows, reverse=True):
            if runs and runs[-1][0] == row + 1:
                runs[-1][0] = row
            else:
                runs.append([row, row])
        for first, last in runs:
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            del self._keys[first : last + 1]
            del self._texts[first : last + 1]
            self.endRemoveRows()
        self._row_of = {e.path: i for i, e in enumerate(self._rows)}

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:  # noqa: N802, N803
        """A painted cell's roles in one pass; the roles this model never answers (decoration, font, check
        state …) are left empty without a call to :meth:`data`."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return
        for role_data in roles_asked(roleDataSpan):
            role = role_data.role()
            if role == DISPLAY:
                role_data.setData(self._texts[index.row()][index.column()])
            elif role in ANSWERED_ROLES:
                role_data.setData(self.data(index, role))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == SortRole:
            return self._keys[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        entry = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:  # paths and problems may hold a stranger's words: escaped
            if column == "Backend" and entry.backend_choice is not None:
                return tooltip(entry.backend_choice.explanation)
            if entry.problem:
                return tooltip(f"{entry.path}\n{problem_in_words(entry.problem)}")
            return tooltip(f"{entry.path}\n{entry.fit.explanation}" if entry.fit else entry.path)
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.problem:
                return UNREADABLE_COLOR
            if column == "Fit" and entry.fit is not None:
                return VERDICT_COLORS.get(entry.fit.verdict)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(entry: LibraryEntry, column: str) -> str:
        if column == "Name":
            return entry.name
        if column == "Fit":
            return problem_kind_in_words(entry.problem) if entry.problem else verdict_label(entry.verdict)
        if column == "Backend":
            return entry.backend_choice.summary if entry.backend_choice is not None else tr("Library", entry.backend)
        if column == "Source":
            return entry.source_label
        if column == "File size":
            return format_bytes(entry.file_size) if entry.file_size else ""
        if not entry.readable:
            return ""
        return {
            "Architecture": entry.architecture,
            "Parameters": format_count(entry.parameters) if entry.parameters else "",
            "Size class": tr("Hub", entry.size_class) if entry.size_class else "",
            "Quantization": entry.quantization,
            "Bits/weight": format_decimal(entry.bits_per_weight, 2) if entry.bits_per_weight else "",
            "Context": format_integer(entry.context_length) if entry.context_length else "",
        }.get(column, "")

    @classmethod
    def _row_texts(cls, entry: LibraryEntry) -> tuple[str, ...]:
        """The cells' texts, each on one line and cut to :data:`CELL_LIMIT` characters: names and metadata
        come from the files, and a 100 KB one would stall every repaint."""
        return tuple(one_line(cls._display(entry, column), CELL_LIMIT) for column in COLUMNS)

    @classmethod
    def _sort_keys(cls, entry: LibraryEntry) -> tuple[Any, ...]:
        return tuple(cls._sort_value(entry, column) for column in COLUMNS)

    @staticmethod
    def _sort_value(entry: LibraryEntry, column: str) -> Any:
        numeric = {
            "Parameters": entry.parameters,
            "Bits/weight": entry.bits_per_weight,
            "File size": entry.file_size,
            "Context": entry.context_length,
            "Fit": {"fits": 0, "tight": 1, "does not fit": 2}.get(entry.verdict, 3),
        }
        if column in numeric:
            return numeric[column]
        return LibraryTableModel._display(entry, column).lower()
