"""The conversations list beside the chat: pick one, start a new one, rename, delete, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.conversations.model import ConversationListModel
from ui.i18n import tr
from ui.untrusted import ask, one_line
from workbench.conversations import ConversationStore


class ConversationsPanel(QWidget):
    """Lists the store's conversations; the selected one is shown in the chat.

    Signals (GUI thread):
        conversation_selected(object): the id (int) of the conversation to show, or None for none.
        new_conversation_started(int): *New* (or Ctrl+N) gave this conversation id; the person is about to type.
        export_failed(str): writing the Markdown file failed: the reason.
    """

    conversation_selected = Signal(object)
    """Show this conversation id (int), or None when the list is empty."""
    new_conversation_started = Signal(int)
    """*New* was pressed: this conversation (a new one, or the empty one already shown) is ready for typing."""
    export_failed = Signal(str)
    """The reason an export could not be written."""

    def __init__(self, store: ConversationStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.model = ConversationListModel(store)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setToolTip(
            tr("Conversations", "Your conversations, newest first. Double-click a title to rename it.")
        )
        #: Button: start a new conversation.
        self.new_button = QPushButton(tr("Conversations", "New"))
        self.new_button.setToolTip(tr("Conversations", "Start a new conversation (Ctrl+N)"))
        self.new_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus where typing goes
        self.rename_button = QPushButton(tr("Conversations", "Rename"))
        self.delete_button = QPushButton(tr("Conversations", "Delete"))
        self.export_button = QPushButton(tr("Conversations", "Export…"))
        self.export_button.setToolTip(tr("Conversations", "Save this conversation, with its stats, as a Markdown file"))
        buttons = QGridLayout()  # two by two, so the list can be narrow
        for i, button in enumerate((self.new_button, self.rename_button, self.delete_button, self.export_button)):
            buttons.addWidget(button, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_selection_changed)
        self.new_button.clicked.connect(self.new_conversation)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.export_button.clicked.connect(self.choose_export_file)

    @property
    def current_id(self) -> int | None:
        indexes = self.view.selectionModel().selectedIndexes()
        return self.model.conversation(indexes[0].row()).id if indexes else None

    def refresh(self, select: int | None = None) -> None:
        """Re-read the list, keeping (or moving) the selection to ``select`` or the current one."""
        keep = select if select is not None else self.current_id
        blocker = self.view.selectionModel().blockSignals(True)
        self.model.refresh()
        self.view.selectionModel().blockSignals(blocker)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.select(keep)
        elif self.model.rowCount():
            self.select(self.model.conversation(0).id)
        else:
            self.conversation_selected.emit(None)

    def select(self, conversation_id: int | None) -> None:
        row = self.model.row_of(conversation_id) if conversation_id is not None else None
        if row is None:
            return
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        if self.current_id == conversation_id:
            self.conversation_selected.emit(conversation_id)

    def new_conversation(self) -> int:
        """Start a new conversation and select it; an empty one already selected is used as it is (pressing
        *New* twice never leaves empty conversations behind)."""
        current = self.current_id
        if current is not None and not self._store.messages(current):
            conversation_id = current
            self.select(current)
        else:
            conversation_id = self._store.create().id
            self.refresh(select=conversation_id)
        self.new_conversation_started.emit(conversation_id)
        return conversation_id

    def delete(self, conversation_id: int) -> None:
        self._store.delete(conversation_id)
        self.refresh()

    def export(self, conversation_id: int, path: str | Path) -> None:
        """Write the conversation as Markdown to ``path``."""
        try:
            Path(path).write_text(self._store.export_markdown(conversation_id), encoding="utf-8")
        except OSError as exc:
            self.export_failed.emit(
                tr("Conversations", "Could not write {path}: {reason}").format(path=path, reason=exc.strerror or exc)
            )

    def choose_export_file(self) -> None:
        cid = self.current_id
        if cid is None:
            return
        title = self._store.get(cid).title
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title[:80]).strip() or "conversation"
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Conversations", "Export conversation"), f"{safe}.md", tr("Conversations", "Markdown (*.md)")
        )
        if path:
            self.export(cid, path)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.conversation_selected.emit(self.current_id)

    @Slot()
    def _on_rename_button_clicked(self) -> None:
        indexes = self.view.selectionModel().selectedIndexes()
        if indexes:
            self.view.edit(QModelIndex(indexes[0]))

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        cid = self.current_id
        if cid is None:
            return
        title = self._store.get(cid).title
        if ask(
            self,
            tr("Conversations", "Delete conversation"),
            tr("Conversations", "Delete “{title}” and all its messages?").format(title=one_line(title)),
        ):
            self.delete(cid)
