"""The checkable table of quantization types offered for one source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.i18n import format_decimal, format_percent, tr, tr_noop
from workbench.model_info import format_bytes
from workbench.quantize.plan import TargetOption

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    #: Column title: the quantization type, e.g. Q4_K_M.
    tr_noop("Quantize", "Type"),
    tr_noop("Quantize", "Bits per weight"),
    tr_noop("Quantize", "Expected size"),
    tr_noop("Quantize", "Quality"),
    tr_noop("Quantize", "What it is"),
)
HEADER_TIPS = (
    tr_noop("Quantize", "The name llama.cpp gives the format. Tick the ones to make."),
    tr_noop(
        "Quantize",
        "Bits per weight: how many bits each of the model's numbers takes on average. The original uses 16; "
        "fewer bits make a smaller, faster file that is a little less accurate.",
    ),
    tr_noop("Quantize", "The size of the new file, computed from this model's tensors before anything runs."),
    tr_noop("Quantize", "How close to the original the answers stay, in general."),
    tr_noop("Quantize", "A plain description of the format."),
)


class TargetsModel(QAbstractTableModel):
    """Rows are :class:`TargetOption` s; column 0 is checkable unless the option is disabled.

    Signals (GUI thread):
        selection_changed(): the set of ticked types changed.
    """

    selection_changed = Signal()
    """The ticked types changed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._options: list[TargetOption] = []
        self._checked: set[str] = set()
        self._source_bytes = 0

    def set_options(self, options: list[TargetOption], source_bytes: int) -> None:
        """Show ``options``; ticked types stay ticked while they remain enabled."""
        self.beginResetModel()
        self._options = list(options)
        self._source_bytes = source_bytes
        enabled = {o.qtype.name for o in options if o.enabled}
        self._checked &= enabled
        self.endResetModel()
        self.selection_changed.emit()

    def checked_names(self) -> list[str]:
        return [o.qtype.name for o in self._options if o.qtype.name in self._checked]

    def set_checked(self, name: str, checked: bool) -> None:
        row = next((i for i, o in enumerate(self._options) if o.qtype.name == name), None)
        if row is not None:
            self.setData(
                self.index(row, 0),
                Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                Qt.ItemDataRole.CheckStateRole,
            )

    def option(self, row: int) -> TargetOption:
        return self._options[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._options)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr("Quantize", COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Quantize", HEADER_TIPS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._options):
            return Qt.ItemFlag.NoItemFlags
        option = self._options[index.row()]
        if not option.enabled:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._options):
            return None
        o, col = self._options[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return o.qtype.name + (" ★" if o.qtype.recommended else "")
            if col == 1:
                bits = o.prediction.bits_per_weight if o.prediction else o.qtype.bits_per_weight
                return format_decimal(bits, 2)
            if col == 2:
                if o.prediction is None:
                    return "—"
                ratio = o.prediction.file_bytes / self._source_bytes if self._source_bytes else 0
                return f"{format_bytes(o.prediction.file_bytes)} ({format_percent(ratio)})"
            if col == 3:
                return tr("Quantize", "No better than the source") if o.advice else o.qtype.quality
            return o.qtype.description
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if o.qtype.name in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if o.disabled_reason:
                return o.disabled_reason
            tip = f"{o.qtype.name}: {o.qtype.description}" + (f"\n{o.advice}" if o.advice else "")
            if o.prediction is not None and o.prediction.fallbacks:
                tip += tr("Quantize", "\n{fallbacks} tensors use a fallback type because of their shape.").format(
                    fallbacks=o.prediction.fallbacks
                )
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or not index.isValid():
            return False
        o = self._options[index.row()]
        if not o.enabled:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(o.qtype.name)
        else:
            self._checked.discard(o.qtype.name)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selection_changed.emit()
        return True
