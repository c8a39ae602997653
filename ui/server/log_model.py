"""The live request log: one row per request the local server answered, newest first."""

from __future__ import annotations

import time
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt

from ui.i18n import format_decimal, tr, tr_noop
from ui.table import Index, RowTableModel
from ui.untrusted import tooltip
from workbench.server.metrics import RequestRecord

MAX_ROWS = 500


class RequestLogModel(RowTableModel[RequestRecord]):
    """Requests as the log shows them; :meth:`add` puts a new one on top (GUI thread)."""

    translation_context: ClassVar[str] = "Server"
    columns: ClassVar[tuple[str, ...]] = (
        #: Column title: the time of day the request came in.
        tr_noop("Server", "Time"),
        tr_noop("Server", "Request"),
        tr_noop("Server", "Status"),
        tr_noop("Server", "Tokens (prompt + reply)"),
        "Tokens/s",
        tr_noop("Server", "First token"),
        #: Column title: how the request ended.
        tr_noop("Server", "Outcome"),
    )

    def add(self, record: RequestRecord) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, record)
        self.endInsertRows()
        if len(self._rows) > MAX_ROWS:
            self.beginRemoveRows(QModelIndex(), MAX_ROWS, len(self._rows) - 1)
            del self._rows[MAX_ROWS:]
            self.endRemoveRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.row_at(index)
        if record is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return tooltip(record.outcome)  # literally: a client's model name, in an error, may say anything
        return None


def cell_text(record: RequestRecord, column: int) -> str:
    if column == 0:
        return time.strftime("%H:%M:%S", time.localtime(record.started))
    if column == 1:
        request = f"{record.method} {record.path.removeprefix('/v1/')}"
        return (tr("Server", "{request} · streamed").format(request=request) if record.stream else request)[:120]
    if column == 2:
        return str(record.status)
    if column == 3:
        return f"{record.prompt_tokens} + {record.completion_tokens}" if record.completion_tokens else ""
    if column == 4:
        return format_decimal(record.tokens_per_second, 1) if record.tokens_per_second else ""
    if column == 5:
        ttft = record.time_to_first_token
        return f"{format_decimal(ttft * 1000, 0)} ms" if ttft is not None else ""
    return record.outcome[:200]
