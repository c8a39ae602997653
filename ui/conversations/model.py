"""A list model over the store's conversations; editing a title renames the conversation."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ui.i18n import tr
from ui.untrusted import CELL_LIMIT, one_line, tooltip
from workbench.conversations import Conversation, ConversationStore

Index = QModelIndex | QPersistentModelIndex
ConversationIdRole = Qt.ItemDataRole.UserRole + 1


class ConversationListModel(QAbstractListModel):
    """Conversations, most recently changed first."""

    def __init__(self, store: ConversationStore) -> None:
        super().__init__()
        self._store = store
        self._rows: list[Conversation] = []
        self.refresh()

    def refresh(self) -> None:
        """Re-read the list from the store."""
        self.beginResetModel()
        self._rows = self._store.conversations()
        self.endResetModel()

    def conversation(self, row: int) -> Conversation:
        return self._rows[row]

    def row_of(self, conversation_id: int) -> int | None:
        return next((i for i, c in enumerate(self._rows) if c.id == conversation_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conversation = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # a title may be a pasted message: one line, bounded
            return one_line(conversation.title, CELL_LIMIT)
        if role == Qt.ItemDataRole.EditRole:
            return conversation.title
        if role == Qt.ItemDataRole.ToolTipRole:
            changed = time.strftime("%Y-%m-%d %H:%M", time.localtime(conversation.updated))
            return tooltip(
                tr("Conversations", "{title}\nLast changed {changed}").format(title=conversation.title, changed=changed)
            )
        if role == ConversationIdRole:
            return conversation.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        title = str(value).strip()
        if not title:
            return False
        old = self._rows[index.row()]
        self._store.rename(old.id, title)
        self._rows[index.row()] = self._store.get(old.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True
